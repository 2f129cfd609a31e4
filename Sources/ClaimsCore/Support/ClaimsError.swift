/// Errors of the domain library. Each message names the field or input and says what to do.
public enum ClaimsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A field holds a value the ledger cannot accept.
    case invalidField(_ field: String, _ problem: String)
    /// A name did not resolve through the taxonomy.
    case unknownName(kind: String, name: String, suggestions: [String])
    /// A taxonomy file is malformed.
    case taxonomy(file: String, problem: String)

    public var description: String {
        switch self {
        case let .invalidField(field, problem):
            return "\(field): \(problem)"
        case let .unknownName(kind, name, suggestions):
            let hint = suggestions.isEmpty
                ? "see `claims taxonomy list --kind \(kind)s`"
                : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            return "unknown \(kind) '\(name)': \(hint)"
        case let .taxonomy(file, problem):
            return "taxonomy/\(file): \(problem)"
        }
    }
}
