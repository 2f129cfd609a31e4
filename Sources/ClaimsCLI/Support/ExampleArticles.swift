/// The example articles of `examples/`, embedded at build time for `claims demo`.
enum EmbeddedExamples {}
