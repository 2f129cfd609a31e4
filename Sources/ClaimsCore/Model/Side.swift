/// A party to the war, as seen by the ledger.
public enum Side: String, Sendable, Codable, CaseIterable, Comparable {
    case russia
    case ukraine
    case thirdParty = "third-party"

    /// The other warring side; `nil` for third parties.
    public var opponent: Side? {
        switch self {
        case .russia: .ukraine
        case .ukraine: .russia
        case .thirdParty: nil
        }
    }

    public static func < (lhs: Side, rhs: Side) -> Bool { lhs.rawValue < rhs.rawValue }
}
