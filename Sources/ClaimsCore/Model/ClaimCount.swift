/// How a count was stated.
public enum CountQualifier: String, Sendable, Codable, CaseIterable {
    /// "10 missiles".
    case exact
    /// "at least 20", "more than 40" (the minimum is kept, the maximum is open).
    case atLeast = "at-least"
    /// "about 30", "some 30": a rough figure, never summed.
    case about
    /// "up to 17" (the maximum is kept, the minimum is 0).
    case upTo = "up-to"
    /// "20-25".
    case range
    /// "several", "dozens", or no number at all: never summed.
    case unknown
}

/// A claimed count as bounds: exact counts are summed, bounded counts are carried as
/// an interval, vague counts are never summed (SPEC §4).
public struct ClaimCount: Sendable, Equatable, Hashable, Codable {
    /// The count when stated exactly.
    public var exact: Int?
    /// The smallest value the wording allows, when it has one.
    public var minimum: Int?
    /// The largest value the wording allows; `nil` means open.
    public var maximum: Int?
    /// The words used, when they are not a plain number ("at least 20", "several").
    public var text: String?
    public var qualifier: CountQualifier

    public init(exact: Int?, minimum: Int?, maximum: Int?, text: String?, qualifier: CountQualifier) {
        self.exact = exact
        self.minimum = minimum
        self.maximum = maximum
        self.text = text
        self.qualifier = qualifier
    }

    /// An exactly stated count.
    public static func exactly(_ value: Int, text: String? = nil) -> ClaimCount {
        ClaimCount(exact: value, minimum: value, maximum: value, text: text, qualifier: .exact)
    }

    /// A count nobody stated ("several missiles", "missiles").
    public static func unknown(text: String? = nil) -> ClaimCount {
        ClaimCount(exact: nil, minimum: nil, maximum: nil, text: text, qualifier: .unknown)
    }

    /// Whether the count may be summed with others as a number.
    public var isExact: Bool { qualifier == .exact && exact != nil }

    /// Whether the count has at least one bound (exact, at-least, up-to or range).
    public var isBounded: Bool {
        switch qualifier {
        case .exact, .atLeast, .upTo, .range: true
        case .about, .unknown: false
        }
    }
}

extension ClaimCount: CustomStringConvertible {
    /// A short human form: "10", "≥ 20", "≤ 17", "20–25", "about 30", or the words ("several").
    public var description: String {
        switch qualifier {
        case .exact: return exact.map(String.init) ?? text ?? "?"
        case .atLeast: return minimum.map { "≥ \($0)" } ?? text ?? "?"
        case .upTo: return maximum.map { "≤ \($0)" } ?? text ?? "?"
        case .range:
            if let minimum, let maximum { return "\(minimum)–\(maximum)" }
            return text ?? "?"
        case .about, .unknown: return text ?? "?"
        }
    }
}
