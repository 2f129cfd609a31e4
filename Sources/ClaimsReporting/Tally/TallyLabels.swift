import ClaimsCore

/// How group keys read in tables: display names from the taxonomy instead of ids.
public struct TallyLabels: Sendable {
    let taxonomy: Taxonomy?

    /// Labels with names from `taxonomy`; without one, keys are shown as they are.
    public init(taxonomy: Taxonomy?) {
        self.taxonomy = taxonomy
    }

    /// The column title of a dimension.
    public static func title(of dimension: TallyDimension) -> String {
        dimension.rawValue.uppercased()
    }

    /// The text shown for `key` in `dimension`.
    public func text(for key: String?, in dimension: TallyDimension) -> String {
        guard let key else { return dimension == .region ? "(no place)" : "(no date)" }
        guard let taxonomy else { return key }
        switch dimension {
        case .system: return taxonomy.displayName(ofSystem: key)
        case .claimant: return taxonomy.actor(id: key)?.name ?? key
        case .region: return taxonomy.place(id: key)?.name ?? key
        case .side, .day, .week, .month: return key
        }
    }

    /// Whether the data form (CSV) has a name column beside the id column of `dimension`.
    static func hasNameColumn(_ dimension: TallyDimension) -> Bool {
        dimension == .system || dimension == .claimant || dimension == .region
    }
}

extension TallyFigures {
    /// The interval in words when the total is not one number: "140–160", "140–160 or more",
    /// "≥ 140"; empty when the exact count is the whole story, or when nothing bounds the total
    /// (only vague claims: "≥ 0" would say nothing).
    public var boundsText: String { bounds(compact: false) }

    /// The interval for narrow table cells: "140–160", "140–160+", "≥ 140".
    public var compactBoundsText: String { bounds(compact: true) }

    private func bounds(compact: Bool) -> String {
        guard isInterval, countMin > 0 || maximumSum > 0 else { return "" }
        if let countMax { return countMax == countMin ? "\(countMin)" : "\(countMin)–\(countMax)" }
        guard maximumSum > minimumSum else { return "≥ \(countMin)" }
        return "\(countMin)–\(maximumSum)" + (compact ? "+" : " or more")
    }

    /// The intercept rate as a percentage with one decimal ("85.7%"); empty when unknown.
    public var rateText: String {
        guard let interceptRate else { return "" }
        let tenths = Int((interceptRate * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
