/// Name resolution through aliases, with "did you mean" suggestions.
extension Taxonomy {
    /// Which part of the taxonomy a name belongs to.
    public enum Section: String, Sendable, CaseIterable {
        case weapons, actors, places

        /// The singular noun, for messages.
        public var noun: String {
            switch self {
            case .weapons: "system"
            case .actors: "actor"
            case .places: "place"
            }
        }
    }

    /// Resolves a weapon name ("Калибр", "3M-14", "Kalibr cruise missiles", "X-101/X-555 and Kalibr").
    ///
    /// Names joined by " and " or "+" resolve to a composite reference of their members.
    /// - Returns: The taxonomy id (or composite id).
    /// - Throws: ``ClaimsError/unknownName(kind:name:suggestions:)`` with up to three suggestions.
    public func resolveSystem(_ name: String) throws(ClaimsError) -> String {
        if let id = lookUpSystem(name) { return id }
        let parts = Self.compositeParts(name)
        if parts.count > 1 {
            var members: [String] = []
            for part in parts {
                guard let id = lookUpSystem(part) else {
                    throw .unknownName(kind: "system", name: part, suggestions: suggestions(for: part, in: .weapons))
                }
                members.append(id)
            }
            return SystemReference(members: members).description
        }
        throw .unknownName(kind: "system", name: name, suggestions: suggestions(for: name, in: .weapons))
    }

    /// Resolves an actor name or id ("Russia's Defence Ministry", "ru-mod", "kpszsu").
    public func resolveActor(_ name: String) throws(ClaimsError) -> String {
        if let id = lookUp(name, keys: actorKeys, generic: Self.actorFillers) { return id }
        if let actor = actor(account: name) { return actor.id }
        throw .unknownName(kind: "actor", name: name, suggestions: suggestions(for: name, in: .actors))
    }

    /// Resolves a place name ("Zaporozhye", "the Belgorod region", "Крым").
    public func resolvePlace(_ name: String) throws(ClaimsError) -> String {
        if let id = lookUp(name, keys: placeKeys, generic: Self.placeFillers) { return id }
        throw .unknownName(kind: "place", name: name, suggestions: suggestions(for: name, in: .places))
    }

    /// The weapon id for a name, or `nil`: exact alias first, then without descriptive words
    /// ("cruise", "missiles", "US-supplied") and plural endings.
    public func lookUpSystem(_ name: String) -> String? {
        lookUp(name, keys: weaponKeys, generic: Self.weaponFillers)
    }

    /// The place id for a name, or `nil` (like ``resolvePlace(_:)`` without computing suggestions,
    /// which costs milliseconds).
    public func lookUpPlace(_ name: String) -> String? {
        lookUp(name, keys: placeKeys, generic: Self.placeFillers)
    }

    /// The display names of the entries closest to `name` (edit distance on folded keys).
    public func suggestions(for name: String, in section: Section, limit: Int = 3) -> [String] {
        let query = Array(NameFolding.key(name).unicodeScalars)
        guard !query.isEmpty else { return [] }
        let keys: [String: String]
        switch section {
        case .weapons: keys = weaponKeys
        case .actors: keys = actorKeys
        case .places: keys = placeKeys
        }
        let threshold = max(2, query.count / 3)
        var best: [String: Int] = [:]
        for (key, id) in keys {
            let candidate = Array(key.unicodeScalars)
            var distance = Self.editDistance(query, candidate, limit: threshold)
            if distance > threshold, query.count >= 4, key.contains(String(String.UnicodeScalarView(query))) {
                distance = threshold  // a longer name that contains the query
            }
            guard distance <= threshold else { continue }
            if distance < best[id] ?? Int.max { best[id] = distance }
        }
        let ranked = best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit)
        return ranked.map { entry in
            switch section {
            case .weapons: weapon(id: entry.key)?.name ?? entry.key
            case .actors: actor(id: entry.key)?.name ?? entry.key
            case .places: place(id: entry.key)?.name ?? entry.key
            }
        }
    }

    // MARK: - Private

    private func lookUp(_ name: String, keys: [String: String], generic: Set<String>) -> String? {
        let whole = NameFolding.key(name)
        if let id = keys[whole] { return id }
        // Split into words and drop descriptive words from both ends.
        var words = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map { NameFolding.key($0) }
        words.removeAll { $0.isEmpty }
        let lastWord = words.last
        while let first = words.first, generic.contains(first) { words.removeFirst() }
        while let last = words.last, generic.contains(last) { words.removeLast() }
        if words.isEmpty, let lastWord {
            // Only descriptive words ("Ukrainian drones"): the head noun decides.
            words = [lastWord]
        }
        guard !words.isEmpty else { return nil }
        let core = words.joined()
        if let id = keys[core] { return id }
        for suffix in ["s", "es", "ов", "и", "ы"] where core.hasSuffix(suffix) && core.count > suffix.count + 2 {
            if let id = keys[String(core.dropLast(suffix.count))] { return id }
        }
        return nil
    }

    /// Splits "A and B", "A + B" into their parts.
    static func compositeParts(_ name: String) -> [String] {
        var parts: [String] = []
        for piece in name.split(separator: "+") {
            var current: [Substring] = []
            for word in piece.split(separator: " ") {
                if word == "and" {
                    parts.append(current.joined(separator: " "))
                    current.removeAll()
                } else {
                    current.append(word)
                }
            }
            parts.append(current.joined(separator: " "))
        }
        return parts.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    private static let weaponFillers: Set<String> = Set([
        "the", "a", "an", "missile", "missiles", "rocket", "rockets", "drone", "drones", "uav", "uavs",
        "system", "systems", "cruise", "ballistic", "hypersonic", "aeroballistic", "guided", "bomb", "bombs",
        "aerial", "glide", "air", "defence", "defense", "antiradar", "antiradiation", "antiship", "kamikaze",
        "attack", "loitering", "munition", "munitions", "type", "ussupplied", "supplied", "us", "ukrainian",
        "russian", "western", "british", "french", "american", "iranian", "northkorean", "longrange",
        "ракета", "ракеты", "ракети", "ракет", "крылатая", "крылатые", "крилата", "крилаті", "дрон", "дроны",
        "дрони",
    ].map { NameFolding.key($0) })

    private static let actorFillers: Set<String> = Set(["the", "a", "an"].map { NameFolding.key($0) })
    private static let placeFillers: Set<String> = Set(["the", "over", "near", "in"].map { NameFolding.key($0) })

    /// Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines (no Foundation).
    public func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
