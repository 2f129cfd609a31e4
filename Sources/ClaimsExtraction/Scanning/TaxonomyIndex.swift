import ClaimsCore

/// A weapon family: which generic mentions a specific system may refine ("10 missiles" and
/// "10 ATACMS missiles" in one article are one claim).
enum WeaponFamily: UInt8, Sendable {
    case missile, drone, naval, rocket, bomb, aircraft, artillery, interceptor, other
    /// "Aerial targets": missiles, drones, rockets or aircraft, not told apart.
    case aerialTarget

    init(category: String) {
        if category == "aerial-target" {
            self = .aerialTarget
        } else if category == "air-defence-system" {
            self = .interceptor
        } else if category == "naval-drone" {
            self = .naval
        } else if category.contains("missile") || category == "icbm" {
            self = .missile
        } else if category.contains("drone") || category.contains("loitering") {
            self = .drone
        } else if category.contains("rocket") {
            self = .rocket
        } else if category.contains("bomb") {
            self = .bomb
        } else if category.contains("aircraft") {
            self = .aircraft
        } else if category.contains("artillery") {
            self = .artillery
        } else {
            self = .other
        }
    }

    /// Whether a generic mention of `self` may stand for a system of `other` (rockets are often
    /// called missiles).
    func admits(_ other: WeaponFamily) -> Bool {
        self == other || (self == .missile && other == .rocket) || (self == .rocket && other == .missile)
            || (self == .aerialTarget && other != .interceptor && other != .naval)
    }
}

/// The taxonomy prepared for scanning: one trie over every folded name, and per-entry facts the
/// rules need. Built once per ``Extractor``.
struct TaxonomyIndex: Sendable {
    struct WeaponInfo: Sendable {
        var id: String
        var isGeneric: Bool
        var family: WeaponFamily
        /// The taxonomy category id ("cruise-missile").
        var category: String
        var isInterceptor: Bool
        var sides: [Side]
        var origin: String?
    }

    struct ActorInfo: Sendable {
        var id: String
        var side: Side
        var kind: ActorKind
        var isAirForce: Bool
        var isGeneralStaff: Bool
        /// For regional officials: the place id of their region.
        var region: String?
    }

    struct PlaceInfo: Sendable {
        var id: String
        var kind: PlaceKind
        /// The country whose side defends this place (Crimea counts as Russian-controlled).
        var controllingSide: Side?
        /// The region the place lies in (itself for a region).
        var region: String?
    }

    let trie: AliasTrie
    let weapons: [WeaponInfo]
    let actors: [ActorInfo]
    let places: [PlaceInfo]
    /// Regional officials by the place id of their region.
    let officialByRegion: [String: String]
    /// Weapon index of each generic id (`unspecified-drone`...).
    let genericByID: [String: Int32]
    /// Actor index by id.
    let actorIndexByID: [String: Int32]

    init(taxonomy: Taxonomy) {
        var entries: [(key: [UInt8], ref: EntityRef)] = []
        var seenWeaponKeys: [[UInt8]: Int32] = [:]
        var weapons: [WeaponInfo] = []
        var genericByID: [String: Int32] = [:]
        for (index, weapon) in taxonomy.weapons.enumerated() {
            let family = WeaponFamily(category: weapon.category)
            weapons.append(WeaponInfo(
                id: weapon.id, isGeneric: weapon.kind == .generic, family: family, category: weapon.category,
                isInterceptor: weapon.role == .interceptor || family == .interceptor, sides: weapon.sides,
                origin: weapon.origin.flatMap { $0 == "unknown" ? nil : $0 }
            ))
            if weapon.kind == .generic { genericByID[weapon.id] = Int32(index) }
            for name in weapon.allNames where name != weapon.id {
                let key = Array(NameFolding.key(name).utf8)
                seenWeaponKeys[key] = Int32(index)
                // Generic nouns ("Ballistic Missile" in the dataset's spelling) match in any case.
                let requiresCapital = weapon.kind != .generic && Self.isProperWord(name)
                entries.append((key, EntityRef(section: .weapon, index: Int32(index), requiresCapital: requiresCapital)))
            }
        }
        // Category nouns ("hypersonic missiles") point at the category's generic entry, else the family's.
        let familyGeneric: [WeaponFamily: String] = [
            .missile: "unspecified-missile", .drone: "unspecified-drone", .naval: "unspecified-naval-drone",
            .rocket: "unspecified-rocket", .bomb: "unspecified-bomb", .aircraft: "unspecified-aircraft",
            .artillery: "unspecified-artillery",
        ]
        for category in taxonomy.categories {
            let family = WeaponFamily(category: category.id)
            let generic = taxonomy.weapons.firstIndex { $0.kind == .generic && $0.category == category.id }
                ?? familyGeneric[family].flatMap { id in taxonomy.weapons.firstIndex { $0.id == id } }
            guard let generic else { continue }
            for noun in category.nouns {
                let key = Array(NameFolding.key(noun).utf8)
                if let owner = seenWeaponKeys[key], owner != Int32(generic) { continue }
                seenWeaponKeys[key] = Int32(generic)
                entries.append((key, EntityRef(section: .weapon, index: Int32(generic), requiresCapital: false)))
            }
        }
        var actors: [ActorInfo] = []
        var officialByRegion: [String: String] = [:]
        for (index, actor) in taxonomy.actors.enumerated() {
            actors.append(ActorInfo(id: actor.id, side: actor.side, kind: actor.kind, isAirForce: actor.name.contains("Air "),
                                    isGeneralStaff: actor.name.contains("General Staff"), region: actor.region))
            if actor.kind == .regionalOfficial, let region = actor.region, officialByRegion[region] == nil {
                officialByRegion[region] = actor.id
            }
            for name in actor.allNames where name != actor.id {
                entries.append((Array(NameFolding.key(name).utf8), EntityRef(section: .actor, index: Int32(index), requiresCapital: Self.isProperWord(name))))
            }
        }
        var places: [PlaceInfo] = []
        for (index, place) in taxonomy.places.enumerated() {
            places.append(PlaceInfo(
                id: place.id, kind: place.kind, controllingSide: Self.controllingSide(place, taxonomy),
                region: Self.region(of: place, taxonomy)
            ))
            for name in place.allNames where name != place.id {
                entries.append((Array(NameFolding.key(name).utf8), EntityRef(section: .place, index: Int32(index), requiresCapital: Self.isProperWord(name))))
            }
        }
        trie = AliasTrie(entries: entries)
        self.weapons = weapons
        self.actors = actors
        self.places = places
        self.officialByRegion = officialByRegion
        self.genericByID = genericByID
        var actorIndexByID: [String: Int32] = [:]
        for (index, actor) in taxonomy.actors.enumerated() { actorIndexByID[actor.id] = Int32(index) }
        self.actorIndexByID = actorIndexByID
    }

    /// A capitalised name without digits: it must be capitalised in the text too.
    static func isProperWord(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isUppercase else { return false }
        return !name.unicodeScalars.contains { $0.value >= 0x30 && $0.value <= 0x39 }
    }

    private static func controllingSide(_ place: Place, _ taxonomy: Taxonomy) -> Side? {
        var current: Place? = place
        var steps = 0
        while let node = current, steps < 8 {
            if node.id == "crimea" || node.id == "sevastopol" { return .russia }
            current = node.parent.flatMap { taxonomy.place(id: $0) }
            steps += 1
        }
        switch place.country {
        case "russia": return .russia
        case "ukraine": return .ukraine
        default: return nil
        }
    }

    private static func region(of place: Place, _ taxonomy: Taxonomy) -> String? {
        var current: Place? = place
        var steps = 0
        while let node = current, steps < 8 {
            if node.kind == .region { return node.id }
            if node.id == "sevastopol" || node.id == "kyiv" { return node.id }
            current = node.parent.flatMap { taxonomy.place(id: $0) }
            steps += 1
        }
        return nil
    }
}
