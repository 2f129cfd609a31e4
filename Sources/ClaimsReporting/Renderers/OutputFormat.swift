/// The formats every data-printing command offers (`--format`).
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal.
    case table
    /// One JSON document (stable key order).
    case json
    /// RFC 4180 CSV, UTF-8.
    case csv
    /// A GitHub-flavoured Markdown table.
    case md
}
