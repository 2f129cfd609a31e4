/// What kind of taxonomy entry a weapon is.
public enum WeaponEntryKind: String, Sendable, Codable {
    /// One weapon system.
    case system
    /// A family that groups variants (Shahed-136/131).
    case family
    /// "A/B": the report could not tell which member it was (Iskander-M/KN-23).
    case ambiguous
    /// An `unspecified-*` entry for generic nouns (drones, missiles).
    case generic
}

/// Whether a weapon attacks targets, intercepts other weapons, or both.
public enum WeaponRole: String, Sendable, Codable {
    case strike
    case interceptor
    case both
}

/// A weapon category with its plausibility ceiling.
public struct WeaponCategory: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    /// The largest count one claim about one event could credibly state.
    public var ceiling: Int?
    /// Generic English nouns for the category.
    public var nouns: [String]

    enum CodingKeys: String, CodingKey { case id, name, ceiling, nouns }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        ceiling = try container.decodeIfPresent(Int.self, forKey: .ceiling)
        nouns = try container.decodeIfPresent([String].self, forKey: .nouns) ?? []
    }
}

/// A weapon system of the taxonomy (Kalibr, Shahed-136/131, Patriot...).
public struct WeaponSystem: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var kind: WeaponEntryKind
    public var designations: [String]
    public var nato: String?
    public var aliases: [String]
    public var category: String
    public var origin: String?
    public var sides: [Side]
    public var role: WeaponRole
    public var parent: String?
    /// For ambiguous entries: the systems it may be.
    public var members: [String]
    /// When the system entered service (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    public var inService: String?
    /// The first date each side is known to have used it in this war.
    public var sideSince: [Side: String]
    public var notes: String?

    enum CodingKeys: String, CodingKey {
        case id, name, kind, designations, nato, aliases, category, origin, sides, role, parent
        case members, notes
        case inService = "in_service"
        case sideSince = "side_since"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        kind = try container.decodeIfPresent(WeaponEntryKind.self, forKey: .kind) ?? .system
        designations = try container.decodeIfPresent([String].self, forKey: .designations) ?? []
        nato = try container.decodeIfPresent(String.self, forKey: .nato)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        category = try container.decode(String.self, forKey: .category)
        origin = try container.decodeIfPresent(String.self, forKey: .origin)
        sides = try container.decodeIfPresent([Side].self, forKey: .sides) ?? []
        role = try container.decodeIfPresent(WeaponRole.self, forKey: .role) ?? .strike
        parent = try container.decodeIfPresent(String.self, forKey: .parent)
        members = try container.decodeIfPresent([String].self, forKey: .members) ?? []
        inService = try container.decodeIfPresent(String.self, forKey: .inService)
        let since = try container.decodeIfPresent([String: String].self, forKey: .sideSince) ?? [:]
        var sideSince: [Side: String] = [:]
        for (key, value) in since {
            guard let side = Side(rawValue: key) else {
                throw DecodingError.dataCorruptedError(forKey: .sideSince, in: container, debugDescription: "unknown side '\(key)'")
            }
            sideSince[side] = value
        }
        self.sideSince = sideSince
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(category, forKey: .category)
    }

    /// Every name the entry answers to: id, name, designations, NATO name and aliases.
    public var allNames: [String] {
        [id, name] + designations + (nato.map { [$0] } ?? []) + aliases
    }
}
