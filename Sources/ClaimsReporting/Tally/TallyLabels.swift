import ClaimsCore

/// How group keys read in tables: display names from the taxonomy instead of ids.
public struct TallyLabels: Sendable {
    private let systemName: @Sendable (String) -> String
    private let actorName: @Sendable (String) -> String?
    private let placeName: @Sendable (String) -> String?

    /// Labels with names from `taxonomy`; without one, keys are shown as they are.
    public init(taxonomy: Taxonomy?) {
        guard let taxonomy else {
            self.init(system: { $0 }, actor: { _ in nil }, place: { _ in nil })
            return
        }
        self.init(system: taxonomy.displayName(ofSystem:), actor: { taxonomy.actor(id: $0)?.name }, place: { taxonomy.place(id: $0)?.name })
    }

    private init(
        system: @escaping @Sendable (String) -> String, actor: @escaping @Sendable (String) -> String?,
        place: @escaping @Sendable (String) -> String?
    ) {
        systemName = system
        actorName = actor
        placeName = place
    }

    /// The column title of a dimension.
    public static func title(of dimension: TallyDimension) -> String {
        dimension.rawValue.uppercased()
    }

    /// The text shown for `key` in `dimension`.
    public func text(for key: String?, in dimension: TallyDimension) -> String {
        guard let key else {
            switch dimension {
            case .region: return "(no place)"
            case .weaponSide: return "(unknown)"
            default: return "(no date)"
            }
        }
        switch dimension {
        case .system: return systemName(key)
        case .claimant: return actorName(key) ?? key
        case .region: return placeName(key) ?? key
        case .side, .weaponSide, .day, .week, .month: return key
        }
    }

    /// The weapons of a `weapon_side` key in words: "Russian weapons", "weapons of an unknown side".
    public static func weapons(of side: String?) -> String {
        switch side {
        case "russia": "Russian weapons"
        case "ukraine": "Ukrainian weapons"
        case nil: "weapons of an unknown side"
        case let other?: "\(other) weapons"
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
