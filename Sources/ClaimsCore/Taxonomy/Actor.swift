/// What kind of body an actor is.
public enum ActorKind: String, Sendable, Codable {
    case ministry
    case armedForces = "armed-forces"
    case regionalOfficial = "regional-official"
    case headOfState = "head-of-state"
    case independentMonitor = "independent-monitor"
    case media
    case other
}

/// Who makes a claim (the Russian Defence Ministry, the Ukrainian Air Force, a governor...).
public struct Actor: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var side: Side
    public var kind: ActorKind
    public var aliases: [String]
    /// Social-media handles the actor posts from (`kpszsu`).
    public var accounts: [String]
    /// For regional officials: the place id of their region.
    public var region: String?

    enum CodingKeys: String, CodingKey { case id, name, side, kind, aliases, accounts, region }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        side = try container.decode(Side.self, forKey: .side)
        kind = try container.decodeIfPresent(ActorKind.self, forKey: .kind) ?? .other
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        accounts = try container.decodeIfPresent([String].self, forKey: .accounts) ?? []
        region = try container.decodeIfPresent(String.self, forKey: .region)
    }

    public var allNames: [String] { [id, name] + aliases }
}

/// What kind of place a gazetteer entry is.
public enum PlaceKind: String, Sendable, Codable {
    case country, region, city, sea, base, district, village
}

/// A gazetteer entry (Zaporizhzhia region, the Black Sea, Belbek air base...).
public struct Place: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var kind: PlaceKind
    public var country: String?
    public var parent: String?
    public var aliases: [String]

    enum CodingKeys: String, CodingKey { case id, name, kind, country, parent, aliases }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        kind = try container.decode(PlaceKind.self, forKey: .kind)
        country = try container.decodeIfPresent(String.self, forKey: .country)
        parent = try container.decodeIfPresent(String.self, forKey: .parent)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }

    public var allNames: [String] { [id, name] + aliases }
}
