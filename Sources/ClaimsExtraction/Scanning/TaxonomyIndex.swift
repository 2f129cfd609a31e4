import ClaimsCore

/// A weapon family: which generic mentions a specific system may refine ("10 missiles" and
/// "10 ATACMS missiles" in one article are one claim).
package enum WeaponFamily: UInt8, Sendable {
    case missile, drone, naval, rocket, bomb, aircraft, artillery, interceptor, other
    /// "Aerial targets": missiles, drones, rockets or aircraft, not told apart.
    case aerialTarget

    package init(category: String) {
        if category == "aerial-target" {
            self = .aerialTarget
        } else if category == "air-defence-system" {
            self = .interceptor
        } else if category == "naval-drone" {
            self = .naval
        } else if category.hasBytes("missile") || category == "icbm" {
            self = .missile
        } else if category.hasBytes("drone") || category.hasBytes("loitering") {
            self = .drone
        } else if category.hasBytes("rocket") {
            self = .rocket
        } else if category.hasBytes("bomb") {
            self = .bomb
        } else if category.hasBytes("aircraft") {
            self = .aircraft
        } else if category.hasBytes("artillery") {
            self = .artillery
        } else {
            self = .other
        }
    }

    /// Whether a generic mention of `self` may stand for a system of `other` (rockets are often
    /// called missiles).
    package func admits(_ other: WeaponFamily) -> Bool {
        self == other || (self == .missile && other == .rocket) || (self == .rocket && other == .missile)
            || (self == .aerialTarget && other != .interceptor && other != .naval)
    }
}

/// The taxonomy prepared for scanning: one trie over every folded name, and per-entry facts the
/// rules need. Built once per ``Extractor``.
package struct TaxonomyIndex: Sendable {
    // The per-entry facts are classes: the rules read them in every sentence
    // (`let info = index.weapons[i]`), and copying a struct of three strings and an array cost
    // two retains and releases per field (about 1.5% of `bench/extract.sh`); a reference costs one.

    package final class WeaponInfo: Sendable {
        package let id: String
        package let isGeneric: Bool
        package let family: WeaponFamily
        /// The taxonomy category id ("cruise-missile").
        package let category: String
        package let isInterceptor: Bool
        package let sides: [Side]
        package let origin: String?
        /// A decoy ("Gerbera", "imitator drones"): counted with the weapons it mimics only as a
        /// composite, never as one of them.
        package let isDecoy: Bool

        package init(
            id: String, isGeneric: Bool, family: WeaponFamily, category: String, isInterceptor: Bool, sides: [Side],
            origin: String?, isDecoy: Bool = false
        ) {
            self.id = id
            self.isGeneric = isGeneric
            self.family = family
            self.category = category
            self.isInterceptor = isInterceptor
            self.sides = sides
            self.origin = origin
            self.isDecoy = isDecoy
        }
    }

    package final class ActorInfo: Sendable {
        package let id: String
        package let side: Side
        package let kind: ActorKind
        package let isAirForce: Bool
        package let isGeneralStaff: Bool
        /// For regional officials: the place id of their region.
        package let region: String?
        /// The keys of the last words of its Latin-script names ("coalition" of "Arab Coalition"),
        /// for "the coalition said".
        package let headKeys: [UInt64]

        package init(
            id: String, side: Side, kind: ActorKind, isAirForce: Bool, isGeneralStaff: Bool, region: String?,
            headKeys: [UInt64] = []
        ) {
            self.id = id
            self.side = side
            self.kind = kind
            self.isAirForce = isAirForce
            self.isGeneralStaff = isGeneralStaff
            self.region = region
            self.headKeys = headKeys
        }
    }

    /// Every key of ``ActorInfo/headKeys``: the nouns that may stand for an actor named before.
    package let actorHeadKeys: Set<UInt64>

    package struct PlaceInfo: Sendable {
        package var id: String
        package var kind: PlaceKind
        /// The country whose side defends this place (Crimea counts as Russian-controlled).
        package var controllingSide: Side?
        /// The region the place lies in (itself for a region).
        package var region: String?
    }

    package let trie: AliasTrie
    package let weapons: [WeaponInfo]
    package let actors: [ActorInfo]
    package let places: [PlaceInfo]
    /// Regional officials by the place id of their region.
    package let officialByRegion: [String: String]
    /// Weapon index of each generic id (`unspecified-drone`...).
    package let genericByID: [String: Int32]
    /// The generic decoy drone entry ("decoy drones", "імітатори"), if the taxonomy has one.
    package let genericDecoy: Int32?

    /// The generic entry of a whole family ("unspecified-missile" for missiles of several
    /// classes), where the family has one.
    package func generic(of family: WeaponFamily) -> Int32? {
        switch family {
        case .missile: genericByID["unspecified-missile"]
        case .drone: genericByID["unspecified-drone"]
        case .rocket: genericByID["unspecified-rocket"]
        default: nil
        }
    }

    /// The generic entry of aerial targets when one count names generic weapons of two families
    /// ("40 drones and missiles", "25 ракет и беспилотников"), else `nil`.
    package func combinedAerialTarget(_ first: Int32, _ second: Int32) -> Int32? {
        let one = weapons[Int(first)], other = weapons[Int(second)]
        guard one.isGeneric, other.isGeneric, one.family != other.family,
              one.family == .missile || one.family == .drone, other.family == .missile || other.family == .drone
        else { return nil }
        return genericByID["unspecified-aerial-target"]
    }

    /// The generic entry of each category that has one ("cruise-missile" → unspecified cruise missile).
    package let genericByCategory: [String: Int32]
    /// The ambiguous-identity entry of a pair of systems, by its members' composite reference
    /// (`kh-101+kh-555` → `kh-101-or-kh-555`): sources name the pair together because they cannot
    /// tell them apart.
    package let ambiguousByMembers: [String: String]
    /// Actor index by id.
    package let actorIndexByID: [String: Int32]
    /// Place index of each place id.
    package let placeIndexByID: [String: Int32]
    /// One-word names of specific weapons (folded letters, at least five), for matching a
    /// misspelt name ("Herop drones") by edit distance in a weapon noun phrase.
    package let fuzzyNames: [(key: [UInt8], weapon: Int32)]

    /// Strips case endings from Cyrillic words of names and text (empty: no stemming).
    package let stemmer: NameStemmer
    /// Suffixes a Latin-script name may take in the text without being listed ("s", "es").
    package let pluralSuffixes: [[UInt8]]

    /// The trie key of a name: stemmed (``NameStemmer``), then folded (``NameFolding``).
    package func nameKey(_ name: String) -> [UInt8] {
        Array(NameFolding.key(stemmer.stem(name: name)).utf8)
    }

    /// The place a whole name stands for ("Тульской областями"), looked up as the scanner would
    /// read it in a text, or `nil`.
    package func place(named name: String) -> Int32? {
        var node = AliasTrie.rootNode
        for byte in nameKey(name) {
            node = trie.child(node, byte)
            if node < 0 { return nil }
        }
        let payload = trie.payload(node)
        guard payload >= 0 else { return nil }
        return trie.payloads[Int(payload)].first { $0.section == .place }?.index
    }

    /// Whether `text[position..<end]` is one of the plural suffixes (any case).
    package func isPluralSuffix(_ text: UnsafeBufferPointer<UInt8>, _ position: Int, _ end: Int) -> Bool {
        let rest = end - position
        for suffix in pluralSuffixes where suffix.count == rest {
            var offset = 0
            while offset < rest, text[position + offset] | 0x20 == suffix[offset] { offset += 1 }
            if offset == rest { return true }
        }
        return false
    }

    /// - Parameters:
    ///   - pluralSuffixes: Lower-case ASCII suffixes a Latin-script name may take ("s", "es").
    ///   - endings: Case endings stripped from Cyrillic words (see ``NameStemmer``).
    /// The words of a name between spaces, split on bytes: `split(separator: " ")` on the
    /// Characters of every region name was 3% of `claims extract`'s start-up in the profile.
    private static func words(_ name: String) -> [Substring] {
        name.utf8.split(separator: 0x20).map { Substring($0) }
    }

    package init(taxonomy: Taxonomy, pluralSuffixes: [String] = ["s", "es"], endings: [String] = []) {
        let stemmer = NameStemmer(endings: endings)
        self.stemmer = stemmer
        self.pluralSuffixes = pluralSuffixes.map { Array($0.lowercased().utf8) }
        func nameKey(_ name: String) -> [UInt8] { Array(NameFolding.key(stemmer.stem(name: name)).utf8) }
        var entries: [(key: [UInt8], ref: EntityRef)] = []
        var seenWeaponKeys: [[UInt8]: Int32] = [:]
        var weapons: [WeaponInfo] = []
        var genericByID: [String: Int32] = [:]
        var genericByCategory: [String: Int32] = [:]
        var fuzzyNames: [(key: [UInt8], weapon: Int32)] = []
        for (index, weapon) in taxonomy.weapons.enumerated() {
            let family = WeaponFamily(category: weapon.category)
            weapons.append(WeaponInfo(
                id: weapon.id, isGeneric: weapon.kind == .generic, family: family, category: weapon.category,
                isInterceptor: weapon.role == .interceptor || family == .interceptor, sides: weapon.sides,
                origin: weapon.origin.flatMap { $0 == "unknown" ? nil : $0 },
                isDecoy: weapon.id.hasBytes("decoy") || weapon.allNames.contains { $0.hasBytes("decoy", ignoringASCIICase: true) }
            ))
            if weapon.kind == .generic {
                genericByID[weapon.id] = Int32(index)
                if genericByCategory[weapon.category] == nil { genericByCategory[weapon.category] = Int32(index) }
            }
            for name in weapon.allNames where name != weapon.id {
                let key = nameKey(name)
                seenWeaponKeys[key] = Int32(index)
                if weapon.kind != .generic, key.count >= 5, key.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
                   !fuzzyNames.contains(where: { $0.key == key }) {
                    fuzzyNames.append((key, Int32(index)))
                }
                // Generic nouns ("Ballistic Missile" in the dataset's spelling) match in any case.
                // Cyrillic names are written in lower case too ("шахеди", "калібрами").
                let requiresCapital = weapon.kind != .generic && Self.isProperWord(name)
                    && !name.unicodeScalars.contains { WordFolding.isCyrillic($0.value) }
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
                let key = nameKey(noun)
                if let owner = seenWeaponKeys[key], owner != Int32(generic) { continue }
                seenWeaponKeys[key] = Int32(generic)
                entries.append((key, EntityRef(section: .weapon, index: Int32(generic), requiresCapital: false)))
            }
        }
        var actors: [ActorInfo] = []
        var officialByRegion: [String: String] = [:]
        var headKeys = Set<UInt64>()
        for (index, actor) in taxonomy.actors.enumerated() {
            var actorHeads: [UInt64] = []
            for name in actor.allNames where name.hasBytes(" ") && name.utf8.allSatisfy({ $0 < 0x80 }) {
                // (ASCII names: the last word's bytes, without splitting the name into Characters.)
                let last = name.utf8.split(separator: 0x20).last ?? name.utf8[...]
                guard last.count >= 4, last.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { continue }
                let key = Lexicon.key(String(Substring(last)))
                if !actorHeads.contains(key) { actorHeads.append(key) }
            }
            let info = ActorInfo(id: actor.id, side: actor.side, kind: actor.kind, isAirForce: actor.name.hasBytes("Air "),
                                 isGeneralStaff: actor.name.hasBytes("General Staff"), region: actor.region, headKeys: actorHeads)
            headKeys.formUnion(info.headKeys)
            actors.append(info)
            if actor.kind == .regionalOfficial, let region = actor.region, officialByRegion[region] == nil {
                officialByRegion[region] = actor.id
            }
            for name in actor.allNames where name != actor.id {
                // Russian and Ukrainian write offices in lower case ("воздушное командование «Юг»").
                let isCyrillicPhrase = name.hasBytes(" ") && name.unicodeScalars.contains { WordFolding.isCyrillic($0.value) }
                // A regional office's title is written in lower case in running text too: "the
                // governor of Odesa region said" is "Governor of Odesa region".
                let isOfficeTitle = actor.kind == .regionalOfficial && name.hasBytes(" of ")
                entries.append((nameKey(name), EntityRef(
                    section: .actor, index: Int32(index), requiresCapital: Self.isProperWord(name) && !isCyrillicPhrase && !isOfficeTitle
                )))
            }
        }
        var places: [PlaceInfo] = []
        for (index, place) in taxonomy.places.enumerated() {
            places.append(PlaceInfo(
                id: place.id, kind: place.kind, controllingSide: Self.controllingSide(place, taxonomy),
                region: Self.region(of: place, taxonomy)
            ))
            for name in place.allNames where name != place.id {
                entries.append((nameKey(name), EntityRef(section: .place, index: Int32(index), requiresCapital: Self.isProperWord(name))))
            }
        }
        // "над Орловской", "над Тульською": a Cyrillic region name without its noun, as lists write
        // all but the first item. The adjective of each "<adjective> область/області" name stands
        // for the region, unless another name already has its stem ("Курской" and the city Курск).
        let placeKeys = Set(entries.lazy.filter { $0.ref.section == .place }.map(\.key))
        var adjectives: Set<[UInt8]> = []
        for (index, place) in taxonomy.places.enumerated() where place.kind == .region {
            for name in place.allNames {
                let words = Self.words(name)
                guard words.count == 2, Self.regionNouns.contains(words[1].lowercased()),
                      words[0].unicodeScalars.allSatisfy({ WordFolding.isCyrillic($0.value) }) else { continue }
                let key = nameKey(String(words[0]))
                guard !placeKeys.contains(key), adjectives.insert(key).inserted else { continue }
                entries.append((key, EntityRef(section: .place, index: Int32(index), requiresCapital: true)))
            }
        }
        // "над Краснодарским краем", "у Краснодарському краї": "край" is too short for the stemmer,
        // so its case forms are spelled out once here rather than in every krai's aliases.
        for (index, place) in taxonomy.places.enumerated() where place.kind == .region {
            for name in place.allNames {
                let words = Self.words(name)
                guard words.count == 2, words[1].lowercased() == "край" else { continue }
                for form in Self.kraiForms {
                    entries.append((nameKey(words[0] + " " + form), EntityRef(section: .place, index: Int32(index), requiresCapital: true)))
                }
            }
        }
        trie = AliasTrie(entries: entries)
        self.weapons = weapons
        self.actors = actors
        actorHeadKeys = headKeys
        self.places = places
        self.officialByRegion = officialByRegion
        self.genericByID = genericByID
        self.genericByCategory = genericByCategory
        self.genericDecoy = weapons.firstIndex { $0.isDecoy && $0.isGeneric }.map(Int32.init)
        var ambiguousByMembers: [String: String] = [:]
        for weapon in taxonomy.weapons where weapon.kind == .ambiguous && weapon.members.count > 1 {
            ambiguousByMembers[SystemReference(members: weapon.members).description] = weapon.id
        }
        self.ambiguousByMembers = ambiguousByMembers
        self.fuzzyNames = fuzzyNames
        var actorIndexByID: [String: Int32] = [:]
        for (index, actor) in taxonomy.actors.enumerated() { actorIndexByID[actor.id] = Int32(index) }
        self.actorIndexByID = actorIndexByID
        var placeIndexByID: [String: Int32] = [:]
        for (index, place) in taxonomy.places.enumerated() { placeIndexByID[place.id] = Int32(index) }
        self.placeIndexByID = placeIndexByID
    }

    /// The specific weapon a misspelt one-word name stands for: the only name within one edit
    /// (two for names of eight letters or more; a transposition is one edit), or `nil`.
    ///
    /// - Complexity: O(names × length²), for the rare unknown capitalised word before a weapon noun.
    package func fuzzyWeapon(_ word: [UInt8]) -> Int32? {
        guard word.count >= 5, word.count <= 16 else { return nil }
        let bound = word.count >= 8 ? 2 : 1
        var best: Int32?
        var bestDistance = bound + 1
        var tie = false
        for (key, weapon) in fuzzyNames where abs(key.count - word.count) <= bound {
            let distance = Self.editDistance(word, key, bound: bound)
            if distance < bestDistance {
                best = weapon
                bestDistance = distance
                tie = false
            } else if distance == bestDistance, best != weapon {
                tie = true
            }
        }
        return tie ? nil : best
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions), giving up
    /// past `bound`.
    package static func editDistance(_ a: [UInt8], _ b: [UInt8], bound: Int) -> Int {
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > bound { return bound + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }

    /// The case forms of "край" (Russian, then Ukrainian) that its names take in running text.
    static let kraiForms = ["края", "краю", "крае", "краем", "краї", "краєм"]

    /// The nouns of Cyrillic region names ("Курская область", "Курська область").
    static let regionNouns: Set<String> = ["область", "області", "обл."]

    /// A capitalised name without digits: it must be capitalised in the text too.
    package static func isProperWord(_ name: String) -> Bool {
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

extension String {
    /// Whether the UTF-8 bytes of `needle` (ASCII) occur in the string's, optionally with ASCII
    /// letters in either case. Building the index for every `claims` run called
    /// `String.contains(_:)` (`_StringProcessing`, by characters) a few thousand times: 6% of the
    /// start-up of `claims extract` on a one-line article.
    fileprivate func hasBytes(_ needle: StaticString, ignoringASCIICase: Bool = false) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            let count = needle.utf8CodeUnitCount
            guard count > 0 else { return true }
            guard bytes.count >= count else { return false }
            let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: count)
            @inline(__always) func fold(_ byte: UInt8) -> UInt8 {
                ignoringASCIICase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            for start in 0...(bytes.count - count) {
                var offset = 0
                while offset < count, fold(bytes[start + offset]) == fold(pattern[offset]) { offset += 1 }
                if offset == count { return true }
            }
            return false
        }
    }
}
