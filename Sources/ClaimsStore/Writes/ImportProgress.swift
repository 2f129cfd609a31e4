/// How far a long import is, for a progress bar.
public struct ImportProgress: Sendable, Equatable {
    /// Rows (or lines) read so far.
    public var rows: Int
    /// Bytes of the file consumed so far.
    public var bytes: Int
    /// The file's size in bytes, when known.
    public var totalBytes: Int?

    public init(rows: Int, bytes: Int, totalBytes: Int?) {
        self.rows = rows
        self.bytes = bytes
        self.totalBytes = totalBytes
    }
}
