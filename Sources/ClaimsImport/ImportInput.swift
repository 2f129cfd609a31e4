import ClaimsCore

/// Where a decoder reads from: a file, or bytes held in memory (tests, fuzzing).
public enum ImportInput: Sendable {
    /// A file on disk, read in chunks so memory stays flat.
    case file(path: String)
    /// Bytes in memory, named like a file in error messages.
    case bytes([UInt8], name: String)

    /// The name errors show: the path as given, or the bytes' name.
    public var name: String {
        switch self {
        case let .file(path): return path
        case let .bytes(_, name): return name
        }
    }

    /// The last path component of ``name`` (a ledger is shared: revision reasons name the file,
    /// not the user's directories).
    public var fileName: String {
        name.split(separator: "/").last.map(String.init) ?? name
    }

    /// A line reader over the input.
    ///
    /// - Throws: ``ImportFailure`` (line 1) when the file cannot be opened.
    func lineReader() throws(ImportFailure) -> LineReader {
        switch self {
        case let .file(path):
            do { return try LineReader(path: path) } catch { throw ImportFailure(file: path, line: 1, problem: error.description) }
        case let .bytes(bytes, _):
            return LineReader(bytes: bytes)
        }
    }

    /// A CSV record reader over the input.
    ///
    /// - Throws: ``ImportFailure`` (line 1) when the file cannot be opened.
    func csvReader() throws(ImportFailure) -> CSVRecordReader {
        switch self {
        case let .file(path):
            do { return try CSVRecordReader(path: path) } catch { throw ImportFailure(file: path, line: 1, problem: error.description) }
        case let .bytes(bytes, _):
            return CSVRecordReader(bytes: bytes)
        }
    }
}
