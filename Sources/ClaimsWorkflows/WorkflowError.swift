import ClaimsStore

/// A workflow refused its input, with a one-line message that names the field and the fix.
///
/// The command line maps it to a message and an exit status (``Kind/usage`` → 2, else 1); the
/// server maps it to an HTTP status and a JSON body `{"error": ..., "field": ...}`.
public struct WorkflowError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for the edge that maps it.
    public enum Kind: Sendable, Equatable {
        /// The request itself is malformed (a missing or contradictory field).
        case usage
        /// A value is well-formed but not acceptable (unknown name, bad count).
        case invalid
        /// The thing named does not exist.
        case notFound
        /// The thing named is in a state that forbids the action (already accepted).
        case conflict
    }

    /// The one-line message.
    public var message: String
    /// What went wrong.
    public var kind: Kind
    /// The field (flag or form field) at fault, when one is.
    public var field: String?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - message: The one-line message.
    ///   - kind: What went wrong (default ``Kind/invalid``).
    ///   - field: The field at fault; by default the message's prefix before `": "` when it is one word.
    public init(_ message: String, kind: Kind = .invalid, field: String? = nil) {
        self.message = message
        self.kind = kind
        self.field = field ?? Self.leadingField(of: message)
    }

    /// The one-line message.
    public var description: String { message }

    /// Bad usage (exit 2 on the command line, 400 on the server).
    public static func usage(_ message: String, field: String? = nil) -> WorkflowError {
        WorkflowError(message, kind: .usage, field: field)
    }

    /// Something named does not exist (404 on the server).
    public static func notFound(_ message: String, field: String? = nil) -> WorkflowError {
        WorkflowError(message, kind: .notFound, field: field)
    }

    /// An action the current state forbids (409 on the server).
    public static func conflict(_ message: String, field: String? = nil) -> WorkflowError {
        WorkflowError(message, kind: .conflict, field: field)
    }

    /// `"count: 12 is..."` → `"count"`; `nil` when the message does not start with a field name.
    private static func leadingField(of message: String) -> String? {
        guard let colon = message.firstIndex(of: ":") else { return nil }
        let prefix = message[..<colon]
        guard !prefix.isEmpty, prefix.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
        return String(prefix)
    }
}

/// Runs a ledger operation, unwrapping a ``WorkflowError`` thrown inside its transaction (the
/// store wraps what its callers throw in `StoreError.caller`); other store errors pass through
/// for the edge (CLI, server) to map.
func store<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        if case let .caller(inner) = error, let failure = inner as? WorkflowError { throw failure }
        throw error
    }
}
