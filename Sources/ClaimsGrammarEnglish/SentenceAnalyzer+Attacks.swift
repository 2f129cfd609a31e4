import ClaimsCore
import ClaimsExtraction

/// Claims that come without a plain action verb ("injured in a drone attack", "the assault
/// involved 70 missiles", "370 missile launches") and the words that cancel a claim (attempts,
/// denials, "no reports of", landings in open fields).
extension SentenceAnalyzer {
    /// "four soldiers were injured in a drone attack", "a missile strike on the port damaged ...":
    /// a strike by that weapon, with no count, when the sentence says it hurt or damaged something
    /// or names its target after "on".
    func attackDraft(for phraseIndex: Int) -> Draft? {
        let phrase = phrases[phraseIndex]
        guard !isDenied(before: phrase.first) else { return nil }
        // "reported no casualties following the attempted drone attacks"
        if tokens.contains(where: { $0.has(.negation) }) || (phrase.first > 0 && Self.attemptKeys.contains(tokens[phrase.first - 1].key)) {
            return nil
        }
        if tokens[phrase.last].key == SentenceAnalyzer.launchesKey {
            // "370 ballistic missile launches": a counted launch, whatever verb reports it.
            guard !verbs.contains(where: { $0.isNegated || $0.isHypothetical }), !tokens.contains(where: { $0.has(.modal) }) else { return nil }
            let found = place(for: phraseIndex, verb: nil)
            return Draft(
                kind: .launch, weapon: phrase.weapon, count: phrase.count, launched: nil, claimant: nil, side: phrase.side,
                isEnemy: phrase.isEnemy, origin: phrase.origin, place: found?.place ?? -1, location: found?.location,
                verbDistance: 0, isElliptical: false, order: tokens[phrase.headFirst].start
            )
        }
        // "Air defence units repelled a drone attack on Moscow": the attack's weapons were
        // intercepted, uncounted.
        if let verb = (max(0, phrase.first - 4)..<phrase.first).last(where: { verbAt[$0] >= 0 }),
           let hit = Optional(verbs[Int(verbAt[verb])]), !hit.isNegated, !hit.isHypothetical,
           hit.verbClass == .intercept || Self.foiledKeys.contains(tokens[hit.head].key),
           !(verb + 1..<phrase.first).contains(where: { tokens[$0].isPunct }) {
            let found = place(for: phraseIndex, verb: hit)
            return Draft(
                kind: .intercept, weapon: phrase.weapon, count: .unknown(), launched: nil, claimant: nil, side: phrase.side,
                isEnemy: phrase.isEnemy, origin: phrase.origin, place: found?.place ?? -1, location: found?.location,
                verbDistance: phrase.first - verb, isElliptical: false, order: tokens[hit.head].start
            )
        }
        if Self.impactKeys.contains(tokens[phrase.last].key) {
            // "a drone impact in Mykolaiv killed two", "missile impacts were recorded": the noun says they hit.
            guard !verbs.contains(where: { $0.isNegated || $0.isHypothetical }), !tokens.contains(where: { $0.has(.modal) }) else { return nil }
            let found = place(for: phraseIndex, verb: nil)
            return Draft(
                kind: .strike, weapon: phrase.weapon, count: phrase.count, launched: nil, claimant: nil, side: phrase.side,
                isEnemy: phrase.isEnemy, origin: phrase.origin, place: found?.place ?? -1, location: found?.location,
                verbDistance: 0, isElliptical: false, order: tokens[phrase.headFirst].start
            )
        }
        var hit: VerbHit?
        for verb in verbs where verb.verbClass == .harm || verb.verbClass == .strike || verb.verbClass == .destroy {
            if !verb.isNegated, !verb.isHypothetical { hit = verb; break }
        }
        let next = phrase.last + 1
        // (A named place: "a drone attack on Moscow"; "a wave of drone attacks on Ukrainian cities"
        // names none.)
        let namesTarget = next + 1 < tokens.count && (tokens[next].word == .on || tokens[next].key == Self.againstKey)
            && (next + 1..<min(next + 5, tokens.count)).contains { position in
                mention(at: position)?.ref.section == .place  // (or a proper name: "the Grayvoron district")
                    || tokens[position].isCapitalized && mention(at: position) == nil && !tokens[position].has(.sideRussia) && !tokens[position].has(.sideUkraine)
            }
        if hit == nil, tokens.contains(where: { Self.harmKeys.contains($0.key) }) || namesTarget {
            hit = VerbHit(head: phrase.last, last: phrase.last, verbClass: .strike, form: .past, isPassive: false,
                          isNegated: false, isHypothetical: false)
        }
        guard let hit else { return nil }
        let found = place(for: phraseIndex, verb: hit)
        return Draft(
            kind: .strike, weapon: phrase.weapon, count: .unknown(), launched: nil, claimant: nil, side: phrase.side,
            isEnemy: phrase.isEnemy, origin: phrase.origin, place: found?.place ?? -1, location: found?.location,
            verbDistance: 0, isElliptical: false, order: tokens[phrase.headFirst].start
        )
    }

    /// "involved"/"included" with an attack noun as its subject, left of the phrase across list items.
    func involvement(of phraseIndex: Int) -> VerbHit? {
        var index = phrases[phraseIndex].first - 1
        while index >= 0 {
            if phraseAt[index] >= 0 {
                index = phrases[Int(phraseAt[index])].first - 1
                continue
            }
            let token = tokens[index]
            // "missiles launched from land and sea, as well as drones": "as well as" joins the
            // weapons across the first one's participle clause.
            if token.key == SentenceAnalyzer.wellKey, index > 0, tokens[index - 1].word == .as,
               let earlier = phrases.last(where: { $0.last < index - 1 && index - 1 - $0.last <= 10 }) {
                index = earlier.first - 1
                continue
            }
            // (Also over modifiers a comma kept out of the phrase: "long-range, high-precision missiles".)
            if token.isMark(Mark.comma) || token.has(.conjunction) || token.word == .as || token.key == SentenceAnalyzer.wellKey
                || token.has(.modifier) || token.isMark(Mark.hyphen) {
                index -= 1
                continue
            }
            // "the overnight barrage consisted of 297 drones and 50 missiles"
            if token.word == .of, index > 0, Self.consistKeys.contains(tokens[index - 1].key) {
                index -= 1
                continue
            }
            guard Self.involveKeys.contains(token.key) || Self.consistKeys.contains(token.key) else { return nil }
            var subject = index - 1
            while subject >= 0, index - subject <= 4 {
                if Self.strikeNouns.contains(tokens[subject].key) || Self.operationKeys.contains(tokens[subject].key) {
                    return VerbHit(head: index, last: index, verbClass: .launch, form: .past, isPassive: false,
                                   isNegated: false, isHypothetical: false)
                }
                subject -= 1
            }
            return nil
        }
        return nil
    }

    static let involveKeys: KeySet = KeySet(["involved", "included", "includes", "involves", "comprised", "featured"])
    /// Verbs of "consisted of", which name the weapons after "of".
    static let consistKeys: KeySet = KeySet(["consisted", "consists", "consist"])
    static let operationKeys: KeySet = KeySet(["operation", "assault", "onslaught", "wave", "bombardment", "offensive"])

    static let againstKey = Lexicon.key("against")
    static let harmKeys: KeySet = KeySet([
        "dead", "killed", "injured", "wounded", "injuring", "killing", "wounding", "damaged", "damaging", "casualties",
        "injuries", "destroyed", "hit", "ablaze", "fire",
    ])

    static let landedKeys: KeySet = KeySet(["landed", "fell", "crashed", "dropped"])
    static let harmlessPlaceKeys: KeySet = KeySet([
        "open", "nonthreatening", "non-threatening", "unpopulated", "uninhabited", "empty", "field", "fields", "sea", "water",
        "wasteland", "forest", "harmlessly",
    ])

    static let targetKeys: KeySet = KeySet(["targeted", "target", "targets", "targeting", "targetted"])
    static let hitNounKeys: KeySet = KeySet(["hits", "strikes"])
    static let precisionKeys: KeySet = KeySet(["precise", "accurate", "direct", "precisely", "accurately"])
    static let achievedKeys: KeySet = KeySet(["achieved", "accomplished", "succeeded", "successfully"])

    static let allTargetsKeys: KeySet = KeySet(["targets", "objectives", "goals", "goal"])
    static let hitKeys: KeySet = KeySet(["hit", "struck", "destroyed", "achieved", "reached", "accomplished"])

    /// "All intended targets were successfully hit", "The operation achieved its goals": the
    /// attack hit what it aimed at (with "all" or "successfully", and nothing negated).
    func confirmsHits() -> Bool {
        var target = false, hit = false, sure = false, hitNoun = false, precise = false
        // (The sets are read once: each read of a static is a `swift_once` call.)
        let targetKeys = Self.allTargetsKeys, hitKeys = Self.hitKeys, achievedKeys = Self.achievedKeys
        let hitNounKeys = Self.hitNounKeys, precisionKeys = Self.precisionKeys
        for token in tokens where token.isWord {
            if token.has(.negation) { return false }
            if targetKeys.contains(token.key) { target = true }
            if hitKeys.contains(token.key) { hit = true }
            if token.word == .all || achievedKeys.contains(token.key) { sure = true }
            if hitNounKeys.contains(token.key) { hitNoun = true }
            if precisionKeys.contains(token.key) { precise = true }
        }
        // ("... and the hits were precise and direct", "precise hits were recorded".)
        return target && hit && sure || hitNoun && precise
    }

    static let amongKey = Lexicon.key("among")
    static let foiledKeys: KeySet = KeySet(["thwarted", "foiled", "repelled", "repulsed", "suppressed", "stop", "thwart"])

    static let stoppedKeys: KeySet = KeySet(["stopped", "prevented", "stopping", "preventing", "averted"])

    static let attemptKeys: KeySet = KeySet(["attempted", "attempt", "attempts", "attempting", "tried", "trying"])

    /// Whether an attempt verb governs the clause ending at `head` ("tried to attack ... with").
    func isAttempt(before head: Int) -> Bool {
        var position = head - 1
        while position >= 0, head - position <= 10 {
            if Self.attemptKeys.contains(tokens[position].key) { return true }
            if tokens[position].isMark(Mark.comma) || tokens[position].isMark(Mark.semicolon) { return false }
            position -= 1
        }
        return false
    }

    /// Words of an attack, which says what was fired; a hit needs words of its own. ("An
    /// operation targeting X with missiles" is the Houthis' word for one.)
    static let attackKeys: KeySet = KeySet(["attacked", "attack", "attacks", "attacking", "operation", "operations"])

    /// "Ukraine denied that ...": a claim the sentence rejects.
    func isDenied(before first: Int) -> Bool {
        var index = first - 1
        while index >= 0 {
            if Self.denialKeys.contains(tokens[index].key) { return true }
            // "Officials did not comment ..., but the ministry said ...": the denial ends with its clause.
            if tokens[index].isMark(Mark.semicolon) || Self.contrastKeys.contains(tokens[index].key) { return false }
            // "There were no reports of drones hitting ...", "did not specify where the missiles hit".
            if tokens[index].has(.negation), index + 1 < first, Self.unreportedKeys.contains(tokens[index + 1].key) { return true }
            index -= 1
        }
        return false
    }

    static let unreportedKeys: KeySet = KeySet([
        "reports", "report", "evidence", "sign", "signs", "indication", "specify", "specified", "say", "disclose",
        "confirm", "comment", "elaborate", "detail",
    ])

    static let contrastKeys: KeySet = KeySet(["but", "however", "although", "though", "whereas"])

    static let denialKeys: KeySet = KeySet(["denied", "denies", "deny", "dismissed", "refuted", "rejected", "disputed"])
}
