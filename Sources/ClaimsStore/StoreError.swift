import ClaimsCore
import GRDB

/// Errors of the ledger store. Each message names the file, claim or line and says what to do.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// No ledger file at the path.
    case noLedger(path: String)
    /// The file is not a claims ledger.
    case notALedger(path: String, reason: String)
    /// The ledger was written by a newer version of the tool.
    case newerSchema(path: String)
    /// No claim with that id.
    case claimNotFound(Int64)
    /// No source with that id.
    case sourceNotFound(Int64)
    /// A change the ledger refuses (retracting twice, merging a claim into itself...).
    case refused(String)
    /// A line of an import file is wrong; nothing was imported.
    case importFailed(file: String, line: Int, problem: String)
    /// The validator refused the write; the findings say why (errors first).
    case rejected([Finding])
    /// A domain error (invalid field, unknown name) raised inside a write.
    case invalid(ClaimsError)
    /// Another process held the ledger (writing, or recovering an interrupted write) for longer
    /// than the busy timeout.
    case busy(path: String)
    /// SQLite could not open the ledger; `reason` says why and what to do.
    case cannotOpen(path: String, reason: String)
    /// SQLite reported an error.
    case database(String)
    /// An error thrown by the caller's own code inside ``Ledger/write(_:)``, passed through.
    case caller(any Error & Sendable)

    public var description: String {
        switch self {
        case let .noLedger(path):
            return "no ledger at \(path): run `claims init --db \(path)` first, or pass --db / set CLAIMS_DB"
        case let .notALedger(path, reason):
            return "\(path) is not a claims ledger (\(reason)): pass the path of a ledger made by `claims init`"
        case let .newerSchema(path):
            return "\(path) was written by a newer version of claims: upgrade the tool to read it"
        case let .claimNotFound(id):
            return "claim \(id) does not exist: see `claims list`"
        case let .sourceNotFound(id):
            return "source \(id) does not exist: pass a URL to create a source, or an existing source id"
        case let .refused(reason):
            return reason
        case let .importFailed(file, line, problem):
            return "\(file):\(line): \(problem); nothing was imported"
        case let .invalid(error):
            return error.description
        case let .rejected(findings):
            let errors = findings.filter { $0.severity == .error }
            guard let first = errors.first ?? findings.first else { return "the claim was refused" }
            let more = errors.count > 1 ? " (and \(errors.count - 1) more: see `claims validate`)" : ""
            return "\(first.field): \(first.message) [\(first.rule.rawValue)]; \(first.fix)\(more)"
        case let .busy(path):
            return "\(path) is busy: another `claims` process is writing to it; try again when it has finished"
        case let .cannotOpen(path, reason):
            return "cannot open \(path): \(reason)"
        case let .database(message):
            return "database error: \(message)"
        case let .caller(error):
            return "\(error)"
        }
    }

    /// Maps errors from GRDB and the domain to store errors at the library edge; `path` names the
    /// ledger in the message of a lock that was not released in time.
    static func wrap(_ error: any Error, path: String? = nil) -> StoreError {
        switch error {
        case let error as StoreError: return error
        case let error as ClaimsError: return .invalid(error)
        case let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode):
            return .busy(path: path ?? "the ledger")
        case let error as DatabaseError: return .database(error.message ?? error.description)
        default: return .caller(error)
        }
    }
}
