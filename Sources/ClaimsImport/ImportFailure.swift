/// Why an import file was refused: the file, the line, and what is wrong and how to fix it, as
/// one line (`claims.csv:12: count: 'abc' is not a whole number ...`).
///
/// A decoder emits one as its last record; the store turns it into
/// `StoreError.importFailed(file:line:problem:)` and leaves the ledger unchanged.
public struct ImportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The 1-based line the problem is on.
    public var line: Int
    /// What is wrong (naming the field) and what to do about it.
    public var problem: String

    /// A failure at `file:line`.
    ///
    /// - Parameters:
    ///   - file: The file as the user named it.
    ///   - line: The 1-based line.
    ///   - problem: The field, what is wrong with it and the fix. Line breaks are replaced by
    ///     spaces, so that the message stays one line whatever bytes the file held.
    public init(file: String, line: Int, problem: String) {
        self.file = file
        self.line = line
        self.problem = Self.oneLine(problem)
    }

    /// `file:line: problem`.
    public var description: String { "\(file):\(line): \(problem)" }

    /// `text` with control characters (line breaks, tabs, NUL) shown as spaces.
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return text }
        return String(decoding: text.utf8.map { $0 < 0x20 || $0 == 0x7F ? 0x20 : $0 }, as: UTF8.self)
    }
}
