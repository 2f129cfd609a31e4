import ClaimsCore

/// Which weapon systems may be the same weapons in one raid, for pairing claims by event.
///
/// A system belongs to its family (the root of its taxonomy `parent` chain: Shahed-131 is a
/// Shahed-136); an ambiguous entry or a composite belongs to each member's family; a generic
/// entry (`unspecified-drone`) belongs to no family but matches every system of its category or
/// of the broad class its category names (`drone` matches strike, reconnaissance and naval
/// drones; `missile` matches every kind of missile). Systems the taxonomy does not know are
/// their own family.
public struct SystemFamilies: Sendable {
    /// What one system (or composite) may be.
    public struct Profile: Sendable, Equatable {
        /// Family ids of the specific members.
        public var families: Set<String> = []
        /// Categories (and broad classes) of all members.
        public var categories: Set<String> = []
        /// Categories of the generic members (`drone` for `unspecified-drone`).
        public var genericCategories: Set<String> = []
        /// The generic member ids, used to name a group of generic claims.
        public var generics: Set<String> = []

        public init() {}

        /// Whether claims about `self` and `other` may be about the same weapons.
        public func isCompatible(with other: Profile) -> Bool {
            if !families.isDisjoint(with: other.families) { return true }
            return !genericCategories.isDisjoint(with: other.categories) || !other.genericCategories.isDisjoint(with: categories)
        }

        /// Adds what `other` may be (a group of claims matches what any of its claims matches).
        public mutating func formUnion(_ other: Profile) {
            families.formUnion(other.families)
            categories.formUnion(other.categories)
            genericCategories.formUnion(other.genericCategories)
            generics.formUnion(other.generics)
        }

        /// The system key of a group: its families joined by `+`, else its generic entries.
        public var label: String {
            (families.isEmpty ? generics : families).sorted().joined(separator: "+")
        }
    }

    private let weapons: [String: WeaponSystem]

    /// Families from `taxonomy`; without one, every system is its own family.
    public init(taxonomy: Taxonomy?) {
        var weapons: [String: WeaponSystem] = [:]
        for weapon in taxonomy?.weapons ?? [] { weapons[weapon.id] = weapon }
        self.weapons = weapons
    }

    /// The profile of a claim's `system` (a taxonomy id or a composite `a+b`).
    public func profile(of system: String) -> Profile {
        var profile = Profile()
        var pending = SystemReference(system).members
        var seen: Set<String> = []
        while let id = pending.popLast() {
            guard seen.insert(id).inserted else { continue }
            guard let weapon = weapons[id] else {
                profile.families.insert(id)
                continue
            }
            switch weapon.kind {
            case .ambiguous where !weapon.members.isEmpty:
                pending += weapon.members
            case .generic:
                profile.genericCategories.insert(weapon.category)
                profile.generics.insert(id)
                profile.categories.insert(weapon.category)
                profile.categories.insert(Self.broadClass(of: weapon.category))
            default:
                profile.families.insert(family(of: weapon))
                profile.categories.insert(weapon.category)
                profile.categories.insert(Self.broadClass(of: weapon.category))
            }
        }
        return profile
    }

    /// The root of the `parent` chain.
    private func family(of weapon: WeaponSystem) -> String {
        var current = weapon
        var steps = 0
        while let parent = current.parent, let next = weapons[parent], steps < 8 {
            current = next
            steps += 1
        }
        return current.id
    }

    /// The broad class a category belongs to, named as the generic category that covers it
    /// (`strike-drone` → `drone`, `cruise-missile` → `missile`); the category itself otherwise.
    static func broadClass(of category: String) -> String {
        if category.hasSuffix("drone") || category == "loitering-munition" || category == "aerial-target" { return "drone" }
        if category.hasSuffix("missile") || category == "icbm" { return "missile" }
        if category == "guided-bomb" { return "aerial-bomb" }
        return category
    }
}
