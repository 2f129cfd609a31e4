import ClaimsCore
import ClaimsExtraction

/// From a weapon phrase and the verb that governs it to a draft claim: which kind of claim the
/// verb makes for the weapon's role (patient of "shot down" → intercept, agent of "struck" →
/// strike, patient of "launched" → launch, instrument of "attacked with" → strike).
extension SentenceAnalyzer {
    func draft(for phraseIndex: Int) -> Draft? {
        let phrase = phrases[phraseIndex]
        if phrase.isPartitiveWhole { return nil }
        if phrase.isAttackCompound {
            // ("Another drone strike damaged a shop": one more, not the strike told before.)
            var draft = attackDraft(for: phraseIndex)
            draft?.isAdditional = tokens[phrase.first].word == .another
            return draft
        }
        if phrase.isDebris {
            guard !isDenied(before: phrase.first), !tokens.contains(where: { $0.has(.modal) }) else { return nil }
            let found = place(for: phraseIndex, verb: nil)
            var draft = Draft(
                kind: .intercept, weapon: phrase.weapon, count: phrase.count, launched: nil, claimant: nil, side: phrase.side,
                isEnemy: phrase.isEnemy, origin: phrase.origin, place: found?.place ?? -1, location: found?.location,
                verbDistance: 0, isElliptical: false, order: tokens[phrase.headFirst].start
            )
            draft.isDebris = true
            return draft
        }
        let info = index.weapons[Int(phrase.weapon)]
        // "the missiles": weapons said before; the article context resolves them (or drops them).
        let isReference = phrase.isDefinite && info.isGeneric && phrase.launched == nil
        var kind: ClaimKind?
        var hit: VerbHit?
        var distance = 0
        var isAttackInstrument = false
        if let instrument = instrumentRole(of: phraseIndex) {
            guard let found = instrument.kind else { return nil }
            // "attempted to carry out attacks using drones": the weapons of a foiled attempt are
            // claimed by the interception that follows, not by the attempt.
            if let head = instrument.hit?.head, isAttempt(before: head) {
                // Russian MoD phrasing: "an attempt ... to carry out a terrorist attack with X was
                // stopped" is an interception of X.
                guard let stop = tokens.firstIndex(where: { Self.stoppedKeys.contains($0.key) || Self.foiledKeys.contains($0.key) }) else { return nil }
                kind = .intercept
                hit = VerbHit(head: stop, last: stop, verbClass: .intercept, form: .past, isPassive: false, isNegated: false, isHypothetical: false)
            } else {
                kind = found
                hit = instrument.hit
                isAttackInstrument = instrument.hit.map { Self.attackKeys.contains(tokens[$0.head].key) } ?? false
            }
            distance = instrument.distance
        } else {
            // "..., all of which were destroyed", "42 of them were shot down": a count that refers
            // back is the subject of its own clause.
            if phrase.isElliptical, let right = rightVerb(of: phraseIndex), let found = subjectKind(right.hit, isPassive: right.isPassive) {
                kind = found
                hit = right.hit
                distance = right.distance
            }
            // "67 drones, 58 of which it was able to shoot down": the object of a relative clause
            // with a subject of its own.
            if kind == nil, phrase.isElliptical, let object = relativeObjectVerb(of: phraseIndex), let found = objectKind(object.hit, phraseIndex) {
                kind = found
                hit = object.hit
                distance = object.distance
            }
            let left = kind == nil ? leftVerb(of: phraseIndex) : nil
            if let left, !left.hit.isPassive, let found = objectKind(left.hit, phraseIndex) {
                kind = found
                hit = left.hit
                distance = left.distance
            }
            if kind == nil, let right = rightVerb(of: phraseIndex), let found = subjectKind(right.hit, isPassive: right.isPassive) {
                kind = found
                hit = right.hit
                distance = right.distance
            }
            // A phrase coordinated with a passive verb's subject shares it ("14 drones were
            // destroyed over Belgorod and five over Oryol").
            if kind == nil, let left, left.hit.isPassive, left.isCoordinated, let found = subjectKind(left.hit, isPassive: true) {
                kind = found
                hit = left.hit
                distance = left.distance
            }
            // "... were among the projectiles used. So too were one Zircon and 100 Kalibr.", "These
            // included 25 drones over Rostov": the previous sentence's predicate.
            if kind == nil, left == nil, let echoed = echoedKind {
                kind = echoed
                let verbClass: VerbClass = echoed == .launch ? .launch : echoed == .intercept ? .intercept : .strike
                hit = VerbHit(head: 0, last: 0, verbClass: verbClass, form: .past, isPassive: true, isNegated: false, isHypothetical: false)
            }
            // "the attack involved 70 missiles and 150 drones": what an attack comprised was launched.
            if kind == nil, left == nil, let involved = involvement(of: phraseIndex) {
                kind = .launch
                hit = involved
            }
        }
        guard var kind, let hit, !hit.isNegated, !hit.isHypothetical, !isDenied(before: phrase.first),
              !(max(0, hit.head - 2)..<hit.head).contains(where: { Self.habitualKeys.contains(tokens[$0].key) })  // "regularly attacks ... with drones"
        else { return nil }
        // "ballistic missiles targeted the ship": aimed at, not hit, unless the operation "achieved its goals".
        var isAimed = false
        if kind == .strike, Self.targetKeys.contains(tokens[hit.head].key), !tokens.contains(where: { Self.achievedKeys.contains($0.key) }) {
            kind = .launch
            isAimed = true
        }
        // "carried out an operation targeting the carrier with several missiles, and the operation
        // achieved its goals": an attack or operation with weapons struck when the statement says
        // it succeeded; otherwise a later "the hits were precise" may still confirm it.
        if kind == .launch, isAttackInstrument {
            if tokens.contains(where: { Self.achievedKeys.contains($0.key) }), tokens.contains(where: { Self.allTargetsKeys.contains($0.key) }) {
                kind = .strike
            } else {
                isAimed = true
            }
        }
        if phrase.isOrganisation, kind != .strike { return nil }
        // "destroying five Su-27 jets": aircraft destroyed (on the ground, as targets) are not shot
        // down; an aircraft interception says "shot down", "downed" or "intercepted".
        if info.family == .aircraft, kind == .intercept, hit.verbClass == .destroy { return nil }
        // "the aircraft involved included Tu-160 bombers": aircraft taking part launch nothing themselves.
        if info.family == .aircraft, kind == .launch { return nil }
        // "a coalition aircraft destroyed a drone boat": the aircraft intercepted a weapon; it struck nothing.
        if info.family == .aircraft, kind == .strike,
           phrases.contains(where: { $0.first > hit.last && $0.first <= hit.last + 4 && !index.weapons[Int($0.weapon)].isInterceptor }) {
            return nil
        }
        // "The remaining missile landed in an open field": no hit.
        if kind == .strike, Self.landedKeys.contains(tokens[hit.head].key),
           (hit.last + 1..<min(hit.last + 6, tokens.count)).contains(where: { Self.harmlessPlaceKeys.contains(tokens[$0].key) }) {
            return nil
        }
        var count = phrase.count
        if info.family == .aircraft, kind == .strike, count.qualifier == .unknown, let targets = targetCount(after: hit.last) {
            count = targets  // "its air force destroyed 59 military targets": 59 strikes
        }
        var launched = kind == .intercept ? phrase.launched : nil
        if let value = launched, let exact = count.exact ?? count.minimum, exact > value { launched = nil }
        let found = place(for: phraseIndex, verb: hit)
        var side = phrase.side
        if side == nil, kind != .intercept { side = subjectSide(of: hit) }
        var draft = Draft(
            kind: kind, weapon: phrase.weapon, count: count, launched: launched, claimant: nil, side: side,
            isEnemy: phrase.isEnemy, origin: phrase.origin, place: found?.place ?? -1, location: found?.location,
            verbDistance: distance, isElliptical: phrase.isElliptical, order: tokens[phrase.headFirst].start,
            isAttackInstrument: isAttackInstrument
        )
        draft.companions = phrase.companions
        draft.namesSeveralClasses = phrase.namesSeveralClasses
        draft.isAimedStrike = isAimed
        // "another drone", "another two missiles": besides those already counted.
        draft.isAdditional = tokens[phrase.first].word == .another || (phrase.first > 0 && tokens[phrase.first - 1].word == .another)
        if isReference {
            draft.isDefiniteReference = true
            let head = tokens[phrase.headLast]
            draft.isSingular = head.end > head.start && text[Int(head.end) - 1] | 0x20 != UInt8(ascii: "s")
        }
        return draft
    }

    private func objectKind(_ hit: VerbHit, _ phraseIndex: Int) -> ClaimKind? {
        switch hit.verbClass {
        case .destroy where isTarget(phraseIndex, of: hit): nil
        case .intercept, .destroy: .intercept
        case .launch: .launch
        case .use: purposeIsStrike(after: phrases[phraseIndex].last) ? .strike : .launch
        // "dropped 40 glide bombs on the region": what was dropped was launched.
        case .strike: Self.dropKeys.contains(tokens[hit.head].key) ? .launch : nil
        case .harm, .none: nil
        }
    }

    static let dropKeys: KeySet = KeySet(["dropped", "drop", "drops", "dropping"])

    /// The active verb of "M of which it (was able to) shoot down", "M of them air defences
    /// destroyed": a relative clause whose object is the count before it.
    private func relativeObjectVerb(of phraseIndex: Int) -> (hit: VerbHit, distance: Int)? {
        let phrase = phrases[phraseIndex]
        guard phrase.last >= 1, tokens[phrase.last - 1].word == .of, tokens[phrase.last].word == .which || tokens[phrase.last].word == .them
        else { return nil }
        var index = phrase.last + 1
        var steps = 0
        var sawSubject = false
        while index < tokens.count, steps < 8 {
            if verbAt[index] >= 0 {
                let hit = verbs[Int(verbAt[index])]
                guard sawSubject, !hit.isPassive else { return nil }
                return (hit, steps)
            }
            let token = tokens[index]
            if token.isPunct || token.has(.speech) || token.has(.beAux) && !sawSubject { return nil }
            // (The subject: "it", "air defences", "Ukraine's forces"; then "was able to", "managed to".)
            sawSubject = true
            index += 1
            steps += 1
        }
        return nil
    }

    /// Weapons that are the *target* of "destroyed", not shot down: what a missile or drone
    /// destroyed ("Iskander missiles destroyed a HIMARS launcher", "a Lancet drone destroyed three
    /// TB2s"), launchers, and weapons destroyed on the ground or at an airfield. The claim is the
    /// striking weapon's.
    private func isTarget(_ phraseIndex: Int, of hit: VerbHit) -> Bool {
        let phrase = phrases[phraseIndex]
        if let subject = weaponSubject(of: hit), subject != phraseIndex,
           ![.aircraft, .interceptor].contains(index.weapons[Int(phrases[subject].weapon)].family) {
            return true
        }
        if (phrase.headFirst...phrase.headLast).contains(where: { Self.launcherKeys.contains(tokens[$0].key) }) { return true }
        var position = phrase.last + 1
        while position + 1 < tokens.count, position <= phrase.last + 6, !tokens[position].isMark(Mark.comma), verbAt[position] < 0 {
            if tokens[position].word == .on, tokens[position + 1].has(.definite), position + 2 < tokens.count, tokens[position + 2].key == Self.groundKey {
                return true
            }
            if Self.airfieldKeys.contains(tokens[position].key) { return true }
            position += 1
        }
        return false
    }

    static let launcherKeys: KeySet = KeySet(["launcher", "launchers"])
    static let groundKey = Lexicon.key("ground")
    static let airfieldKeys: KeySet = KeySet(["airfield", "airfields", "airbase", "airbases", "hangar", "hangars"])

    private func subjectKind(_ hit: VerbHit, isPassive: Bool) -> ClaimKind? {
        if isPassive {
            switch hit.verbClass {
            case .intercept, .destroy: return .intercept
            case .launch, .use: return .launch
            // "40 glide bombs were dropped on the region"
            case .strike: return Self.dropKeys.contains(tokens[hit.head].key) ? .launch : nil
            case .harm, .none: return nil
            }
        }
        switch hit.verbClass {
        case .strike, .destroy, .harm: return .strike
        case .intercept, .launch, .use, .none: return nil
        }
    }

    /// "struck X with Kalibr missiles", "hit by two missiles", "a strike using Kinzhal missiles":
    /// the phrase is the instrument. `kind` is `nil` when the instrument makes no claim
    /// ("armed with", "shot down by Patriot missiles").
    private func instrumentRole(of phraseIndex: Int) -> (kind: ClaimKind?, hit: VerbHit?, distance: Int)? {
        var before = phrases[phraseIndex].first - 1
        // "with 90 drones and four Iskander-M missiles": coordinated instruments.
        var hops = 0
        while before >= 0, hops < 4, tokens[before].has(.conjunction) || tokens[before].isMark(Mark.comma) || phraseAt[before] >= 0 {
            before = phraseAt[before] >= 0 ? phrases[Int(phraseAt[before])].first - 1 : before - 1
            hops += 1
        }
        guard before >= 0, tokens[before].has(.instrument) else { return nil }
        // "..., with four drones being downed": an absolute clause, no instrument.
        if hops == 0, tokens[before].key == Self.withKey, isAbsoluteInterception(after: phrases[phraseIndex].last) { return nil }
        if before > 0, tokens[before - 1].word == .armed || tokens[before - 1].word == .equipped { return (nil, nil, 0) }
        var index = before - 1
        var steps = 0
        while index >= 0, steps < 22 {
            if verbAt[index] >= 0 {
                let hit = verbs[Int(verbAt[index])]
                switch hit.verbClass {
                // "attacked Kharkiv with guided bombs" says what was fired, not what it hit: a launch.
                case .strike where Self.attackKeys.contains(tokens[hit.head].key): return (.launch, hit, steps)
                case .strike, .destroy, .harm: return (.strike, hit, steps)
                case .launch, .use: return (.launch, hit, steps)
                case .intercept, .none: return (nil, nil, 0)
                }
            }
            let token = tokens[index]
            if Self.strikeNouns.contains(token.key) {
                // "repelled an attack by two drones", "thwarted a strike with a Neptune missile".
                var before = index - 1
                while before >= 0, index - before <= 3, tokens[before].has(.article) || tokens[before].has(.modifier)
                        || tokens[before].has(.sideRussia) || tokens[before].has(.sideUkraine) || tokens[before].has(.enemy) {
                    before -= 1
                }
                if before >= 0, verbAt[before] >= 0, verbs[Int(verbAt[before])].verbClass == .intercept {
                    return (.intercept, verbs[Int(verbAt[before])], steps)
                }
                if before >= 0, Self.stoppedKeys.contains(tokens[before].key) {
                    return (.intercept, VerbHit(head: before, last: before, verbClass: .intercept, form: .past, isPassive: false,
                                                isNegated: false, isHypothetical: false), steps)
                }
                // "carried out a massive attack using Shahed drones": an attack says what was
                // fired; a hit is claimed only by a strike noun ("a strike with Kalibr") or a verb.
                let claimsHit = !Self.attackKeys.contains(token.key) || verbs.contains { hit in
                    hit.verbClass == .strike && !Self.attackKeys.contains(tokens[hit.head].key) || hit.verbClass == .destroy || hit.verbClass == .harm
                }
                return (claimsHit ? .strike : .launch, VerbHit(head: index, last: index, verbClass: .strike, form: .past, isPassive: false,
                                         isNegated: false, isHypothetical: false), steps)
            }
            if token.has(.speech) || token.isMark(Mark.semicolon) || (token.has(.clause) && token.word != .as) { break }
            index -= 1
            steps += 1
        }
        return nil
    }

    static let strikeNouns: KeySet = KeySet([
        "strike", "strikes", "attack", "attacks", "barrage", "raid", "raids", "assault", "bombardment", "salvo", "salvos",
        "shelling", "airstrike", "airstrikes", "operation", "operations",
    ])

    /// "used Kinzhal missiles to destroy a depot".
    private func purposeIsStrike(after last: Int) -> Bool {
        var index = last + 1
        while index < tokens.count, index <= last + 12 {
            let token = tokens[index]
            if token.has(.speech) || token.isMark(Mark.semicolon) { return false }
            if token.word == .to {
                var next = index + 1
                while next < tokens.count, tokens[next].has(.adverb) { next += 1 }
                guard next < tokens.count, verbAt[next] >= 0 else { return false }
                let verbClass = verbs[Int(verbAt[next])].verbClass
                return verbClass == .strike || verbClass == .destroy || verbClass == .harm
            }
            index += 1
        }
        return false
    }

    static let targetNouns: KeySet = KeySet([
        "targets", "target", "facilities", "facility", "sites", "positions", "objects", "installations", "depots",
        "strongholds", "posts", "points", "assets", "bases", "warehouses",
    ])

    /// "destroyed 59 Ukrainian military targets": the number of targets an aircraft claim struck.
    private func targetCount(after last: Int) -> ClaimCount? {
        var index = last + 1
        while index < tokens.count, index <= last + 4 {
            if let run = numberRun(endingAt: nil, startingAt: index) {
                var noun = run.last + 1
                while noun < tokens.count, noun <= run.last + 4 {
                    if Self.targetNouns.contains(tokens[noun].key) {
                        return .exactly(run.value, text: text(run.first, noun))
                    }
                    noun += 1
                }
                return nil
            }
            index += 1
        }
        return nil
    }

    /// "Russia launched ...", "Ukrainian forces fired ...": the side of the verb's subject.
    private func subjectSide(of hit: VerbHit) -> Side? {
        var index = hit.head - 1
        var steps = 0
        while index >= 0, steps < 5 {
            let token = tokens[index]
            if token.has(.adverb) || token.has(.haveAux) || token.has(.beAux) || token.has(.timeWord) {
                index -= 1
                steps += 1
                continue
            }
            if token.has(.countryName) || token.word == .forces || token.word == .army || token.word == .military || Self.troopKeys.contains(token.key) {
                var probe = index
                while probe >= 0, index - probe <= 2 {
                    if tokens[probe].has(.sideRussia) { return .russia }
                    if tokens[probe].has(.sideUkraine) { return .ukraine }
                    probe -= 1
                }
            }
            return nil
        }
        return nil
    }

    static let troopKeys: KeySet = KeySet(["troops", "units", "navy", "fleet", "aviation"])
}
