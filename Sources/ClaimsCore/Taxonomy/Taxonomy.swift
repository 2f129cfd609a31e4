/// The weapons, actors and places the ledger knows, with alias indexes for resolution.
///
/// The taxonomy's source of truth is the YAML in `taxonomy/` at the repository root, embedded into
/// the binary at build time (``Taxonomy/embedded()``).
public struct Taxonomy: Sendable {
    public let categories: [WeaponCategory]
    public let weapons: [WeaponSystem]
    public let actors: [Actor]
    public let places: [Place]

    private let weaponByID: [String: Int]
    private let actorByID: [String: Int]
    private let placeByID: [String: Int]
    private let categoryByID: [String: Int]
    let weaponKeys: [String: String]
    let actorKeys: [String: String]
    let placeKeys: [String: String]
    private let actorByAccount: [String: String]

    /// Builds the indexes and checks every cross-reference.
    ///
    /// - Throws: ``ClaimsError/taxonomy(file:problem:)`` for a duplicate id, a name shared by two
    ///   entries, or a reference to an id that does not exist.
    public init(categories: [WeaponCategory], weapons: [WeaponSystem], actors: [Actor], places: [Place]) throws(ClaimsError) {
        self.categories = categories
        self.weapons = weapons
        self.actors = actors
        self.places = places
        categoryByID = try Self.index(categories.map(\.id), file: "weapons.yaml")
        weaponByID = try Self.index(weapons.map(\.id), file: "weapons.yaml")
        actorByID = try Self.index(actors.map(\.id), file: "actors.yaml")
        placeByID = try Self.index(places.map(\.id), file: "places.yaml")
        weaponKeys = try Self.aliasIndex(weapons.map { ($0.id, $0.allNames) }, file: "weapons.yaml")
        actorKeys = try Self.aliasIndex(actors.map { ($0.id, $0.allNames) }, file: "actors.yaml")
        placeKeys = try Self.aliasIndex(places.map { ($0.id, $0.allNames) }, file: "places.yaml")
        var accounts: [String: String] = [:]
        for actor in actors {
            for account in actor.accounts { accounts[account.lowercased()] = actor.id }
        }
        actorByAccount = accounts

        for weapon in weapons {
            guard categoryByID[weapon.category] != nil else {
                throw .taxonomy(file: "weapons.yaml", problem: "\(weapon.id): unknown category '\(weapon.category)'")
            }
            for reference in weapon.members + (weapon.parent.map { [$0] } ?? []) where weaponByID[reference] == nil {
                throw .taxonomy(file: "weapons.yaml", problem: "\(weapon.id): unknown weapon id '\(reference)'")
            }
            if weapon.kind == .ambiguous, weapon.members.count < 2 {
                throw .taxonomy(file: "weapons.yaml", problem: "\(weapon.id): an ambiguous entry needs at least two members")
            }
        }
        for place in places {
            if let parent = place.parent, placeByID[parent] == nil {
                throw .taxonomy(file: "places.yaml", problem: "\(place.id): unknown parent '\(parent)'")
            }
        }
        for actor in actors {
            if let region = actor.region, placeByID[region] == nil {
                throw .taxonomy(file: "actors.yaml", problem: "\(actor.id): unknown region '\(region)'")
            }
        }
    }

    // MARK: - Lookup by id

    public func weapon(id: String) -> WeaponSystem? { weaponByID[id].map { weapons[$0] } }
    public func actor(id: String) -> Actor? { actorByID[id].map { actors[$0] } }
    public func place(id: String) -> Place? { placeByID[id].map { places[$0] } }
    public func category(id: String) -> WeaponCategory? { categoryByID[id].map { categories[$0] } }

    /// The actor that posts from a social-media handle (`kpszsu` → `ua-air-force`).
    public func actor(account: String) -> Actor? {
        actorByAccount[account.lowercased()].flatMap { actor(id: $0) }
    }

    /// Whether `system` is a known id or a composite of known ids.
    public func isKnownSystem(_ system: String) -> Bool {
        if weaponByID[system] != nil { return true }  // the common case, without splitting
        return SystemReference(system).members.allSatisfy { weaponByID[$0] != nil } && !system.isEmpty
    }

    /// The display name of a system id or composite ("Kh-101/Kh-555 + Kalibr").
    public func displayName(ofSystem system: String) -> String {
        if let weapon = weapon(id: system) { return weapon.name }
        let reference = SystemReference(system)
        guard reference.isComposite else { return system }
        return reference.members.map { weapon(id: $0)?.name ?? $0 }.joined(separator: " + ")
    }

    // MARK: - Private

    private static func index(_ ids: [String], file: String) throws(ClaimsError) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, id) in ids.enumerated() {
            guard isSlug(id) else {
                throw .taxonomy(file: file, problem: "'\(id)' is not a valid id: use lower-case letters, digits and hyphens")
            }
            guard index.updateValue(position, forKey: id) == nil else {
                throw .taxonomy(file: file, problem: "duplicate id '\(id)'")
            }
        }
        return index
    }

    private static func aliasIndex(_ entries: [(String, [String])], file: String) throws(ClaimsError) -> [String: String] {
        var index: [String: String] = [:]
        for (id, names) in entries {
            for name in names {
                let key = NameFolding.key(name)
                guard !key.isEmpty else { continue }
                if let other = index[key], other != id {
                    throw .taxonomy(file: file, problem: "the name '\(name)' of '\(id)' is also a name of '\(other)'; names must be unique")
                }
                index[key] = id
            }
        }
        return index
    }

    private static func isSlug(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                || $0 == UInt8(ascii: "-")
        }
    }
}
