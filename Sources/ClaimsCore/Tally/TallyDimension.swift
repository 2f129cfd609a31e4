/// What a tally groups claims by (`claims tally --by system,month`).
public enum TallyDimension: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The weapon system id; a composite (`a+b`) is its own group, never split between members.
    case system
    /// The actor id of the claimant.
    case claimant
    /// The claimant's side.
    case side
    /// The side whose weapon it is (`weapon_side`): what a comparison of opposing claims keys its
    /// rows by, so that figures about different sides' weapons never meet in one row. When a
    /// claim does not state it, the side its kind implies (``ClaimContent/effectiveWeaponSide``).
    case weaponSide = "weapon_side"
    /// The claim's place resolved up to its region (a city counts under its oblast).
    case region
    /// The day the event is attributed to (``EventWindow/day``: the end of the window).
    case day
    /// The ISO 8601 week of that day (`2024-W20`).
    case week
    /// The month of the event's end (`2024-05`).
    case month

    /// Whether the dimension is a time axis (rows are a series; missing periods are gaps).
    public var isTime: Bool { self == .day || self == .week || self == .month }

    /// Declaration order, so that `--by month,system` and `--by system,month` sort the same way.
    public static func < (lhs: TallyDimension, rhs: TallyDimension) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses a comma-separated list (`system,month`); `none` or an empty text is the grand total.
    ///
    /// - Throws: ``ClaimsError/invalidField(_:_:)`` naming the unknown word and the choices.
    public static func parseList(_ text: String) throws(ClaimsError) -> [TallyDimension] {
        var dimensions: [TallyDimension] = []
        for word in text.split(separator: ",") {
            let name = word.trimmingSpaces()
            if name.isEmpty || name == "none" { continue }
            guard let dimension = TallyDimension(rawValue: name) else {
                let choices = allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalidField("by", "unknown grouping '\(name)': use one or more of \(choices) (comma-separated)")
            }
            if !dimensions.contains(dimension) { dimensions.append(dimension) }
        }
        return dimensions
    }

    /// The key of `content` in this dimension; `nil` when the claim has no such value (no place,
    /// no event date, or a month-precision date asked for by day or week).
    ///
    /// - Parameter regionOf: Maps a place id to its region id (identity for places not listed).
    public func key(of content: ClaimContent, regionOf: [String: String]) -> String? {
        switch self {
        case .system: return content.system
        case .claimant: return content.claimant
        case .side: return content.claimantSide.rawValue
        case .weaponSide: return content.effectiveWeaponSide?.rawValue
        case .region: return content.place.map { regionOf[$0] ?? $0 }
        case .day: return Self.day(of: content.event)?.description
        case .week: return Self.day(of: content.event)?.isoWeek
        case .month: return content.event.map { String($0.end.description.prefix(7)) }
        }
    }

    private static func day(of event: EventWindow?) -> CalendarDate? {
        guard let event, event.end.precision != .month else { return nil }
        return event.day
    }
}
