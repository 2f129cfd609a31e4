import ClaimsCore
import ClaimsExtraction

/// Action verbs: finding them ("shot down", "were destroyed", "set ... ablaze"), their voice
/// and modality, and which of them governs a weapon phrase.
extension SentenceAnalyzer {
    static let phrasalHeads: KeySet = KeySet([
        "shot", "shoot", "shoots", "shooting", "brought", "bring", "brings", "bringing", "taken", "take", "takes",
        "taking", "took", "knocked", "knock", "knocks", "knocking",
    ])
    static let actionNouns: [UInt64: VerbClass] = [
        Lexicon.key("destruction"): .intercept, Lexicon.key("interception"): .intercept, Lexicon.key("downing"): .intercept,
        Lexicon.key("neutralisation"): .intercept, Lexicon.key("neutralization"): .intercept, Lexicon.key("launch"): .launch,
        Lexicon.key("launches"): .launch, Lexicon.key("launching"): .launch,
    ]
    static let outParticleHeads: KeySet = KeySet(["taken", "take", "takes", "taking", "took"])
    static let nounLikeVerbs: KeySet = KeySet([
        "target", "targets", "attack", "attacks", "strike", "strikes", "hit", "hits", "fire", "fires", "use", "uses",
        "launch", "launches", "damage", "crash", "crashes", "blasted",
    ])

    mutating func findVerbs() {
        verbs.removeAll(keepingCapacity: true)
        verbAt.removeAll(keepingCapacity: true)
        verbAt.append(contentsOf: repeatElement(-1, count: tokens.count))
        let tokens = self.tokens
        // "the destruction of 15 drones", "the launch of 40 missiles": a noun that acts on its "of" phrase.
        for head in tokens.indices where head + 1 < tokens.count && tokens[head + 1].word == .of {
            guard let verbClass = Self.actionNouns[tokens[head].key] else { continue }
            let hit = VerbHit(head: head, last: head + 1, verbClass: verbClass, form: .past, isPassive: false, isNegated: false, isHypothetical: false)
            verbAt[head] = Int32(verbs.count)
            verbAt[head + 1] = Int32(verbs.count)
            verbs.append(hit)
        }
        for head in tokens.indices where tokens[head].lex.contains(.verb) {
            let token = tokens[head]
            guard verbAt[head] < 0, verbAt.indices.contains(head) else { continue }
            var verbClass = token.verb
            var last = head
            if Self.phrasalHeads.contains(token.key) {
                guard let particle = particle(after: head, allowsOut: Self.outParticleHeads.contains(token.key)) else { continue }
                last = particle
            } else if token.word == .set {
                guard let end = ablaze(after: head) else { continue }
                last = end
                verbClass = .strike
            } else if token.word == .reached {
                // ("destroyed 15 of them before they reached their targets": they did not.)
                guard let end = targetsObject(after: head), !(max(0, head - 3)..<head).contains(where: { Self.beforeKeys.contains(tokens[$0].key) })
                else { continue }
                last = end
            } else if Self.deployKeys.contains(token.key), !aimsAgainst(after: head), !closesAttack(head) {
                continue
            } else if Self.sendKeys.contains(token.key), !sendsAgainst(after: head) {
                continue
            }
            if Self.nounLikeVerbs.contains(token.key) {
                if head > 0, isNounContext(head - 1), !isCountThatHit(head) { continue }
                // "Shahed-type strike UAVs": between two weapon names it describes the second.
                if head > 0, head + 1 < tokens.count, mentionAt[head - 1] >= 0, mentionAt[head + 1] >= 0,
                   mentions[Int(mentionAt[head + 1])].ref.section == .weapon { continue }
                if token.form == .base || token.form == .present, !hasObject(after: head) { continue }
            }
            if token.form == .past, isAdjectival(head) || isParentheticalParticiple(head) { continue }
            var hit = VerbHit(head: head, last: last, verbClass: verbClass, form: token.form, isPassive: false,
                              isNegated: false, isHypothetical: false)
            readAuxiliaries(into: &hit)
            let hitIndex = Int32(verbs.count)
            verbs.append(hit)
            for index in head...last { verbAt[index] = hitIndex }
        }
    }

    static let intensifierKeys: KeySet = KeySet([
        "record", "massive", "unprecedented", "whopping", "staggering", "further", "additional", "huge", "total",
    ])
    static let beforeKeys: KeySet = KeySet(["before", "until", "unless"])
    static let deployKeys: KeySet = KeySet(["deployed", "deploy", "deploys", "deploying"])
    /// "deployed drones against targets / across the region / over the city": used, not stationed
    /// ("deployed to Belarus", "in Kaliningrad").
    static let useKeys: KeySet = KeySet(["against", "across", "over", "at", "into", "on"])

    /// "launched a coordinated assault on a vessel, deploying two drones and a missile": a
    /// participle after the comma of a clause that tells an attack names the weapons it used.
    private func closesAttack(_ head: Int) -> Bool {
        guard head >= 2, tokens[head - 1].isMark(Mark.comma), tokens[head].key == Self.deployingKey else { return false }
        var index = head - 2
        while index >= 0, head - index <= 14 {
            let token = tokens[index]
            if token.isMark(Mark.semicolon) || token.isMark(Mark.period) || token.isMark(Mark.quote) { return false }
            if SentenceAnalyzer.strikeNouns.contains(token.key) { return true }
            index -= 1
        }
        return false
    }

    static let deployingKey = Lexicon.key("deploying")

    static let sendKeys: KeySet = KeySet(["sent", "send", "sends", "sending"])
    static let sendTowardKeys: KeySet = KeySet(["against", "at", "into", "towards", "toward", "overnight", "over"])

    /// "sent 52 attack drones overnight", "sent drones towards Kyiv": weapons sent against a
    /// target, not delivered ("sent 30 ATACMS to Ukraine", "has sent drones to Russia").
    private func sendsAgainst(after head: Int) -> Bool {
        var index = head + 1
        var toward = false
        while index < tokens.count, index <= head + 10 {
            let token = tokens[index]
            if token.word == .to { return false }
            // ("sent over 30 missiles to Ukraine": "over" right after the verb is a quantity.)
            if Self.sendTowardKeys.contains(token.key), index > head + 1 || token.word != .over { toward = true }
            if token.isPunct, !token.isMark(Mark.hyphen) { break }
            index += 1
        }
        return toward
    }

    /// "deployed one-way attack drones against Iranian targets", "deployed Harop drones across
    /// various locations": a preposition of use follows in the same clause, so the weapons were
    /// used on a target, not stationed somewhere.
    private func aimsAgainst(after head: Int) -> Bool {
        var index = head + 1
        while index < tokens.count, index <= head + 10 {
            let token = tokens[index]
            if Self.useKeys.contains(token.key) { return true }
            // (Commas may separate the weapons' modifiers: "low-cost, one-way attack drones".)
            if token.isMark(Mark.semicolon) || token.isMark(Mark.period) || token.has(.conjunction) && token.word != .and {
                return false
            }
            index += 1
        }
        return false
    }

    /// "down" (or "out") after a phrasal head, possibly after "them"/"it".
    private func particle(after head: Int, allowsOut: Bool) -> Int? {
        for offset in 1...2 where head + offset < tokens.count {
            let token = tokens[head + offset]
            if token.word == .down || (allowsOut && token.word == .out) { return head + offset }
            guard token.has(.pronoun) || token.word == .them else { return nil }
        }
        return nil
    }

    /// "reached their targets", "reached their intended targets": a hit claimed in other words.
    /// "Reached Kyiv" or "reached the border" is no strike.
    private func targetsObject(after head: Int) -> Int? {
        var index = head + 1
        while index < tokens.count, index <= head + 3 {
            let token = tokens[index]
            if token.word == .targets { return index }
            guard !token.isPunct, !token.isNumeric, verbAt[index] < 0 || token.form == .past, mentionAt[index] < 0 else { return nil }
            index += 1
        }
        return nil
    }

    /// "set ... ablaze", "set ... on fire".
    private func ablaze(after head: Int) -> Int? {
        var index = head + 1
        while index < tokens.count, index <= head + 6 {
            let token = tokens[index]
            if token.word == .ablaze || token.word == .alight { return index }
            if token.word == .on, index + 1 < tokens.count, tokens[index + 1].word == .fire { return index + 1 }
            if token.isPunct, !token.isMark(Mark.hyphen) { return nil }
            index += 1
        }
        return nil
    }

    /// The word before is a determiner or adjective: "the attack", "military targets", "drone strikes".
    private func isNounContext(_ before: Int) -> Bool {
        let token = tokens[before]
        if let mention = mention(at: before), mention.ref.section == .weapon { return false }  // "a missile hit"
        if token.word == .to || token.has(.modal) || token.has(.beAux) || token.has(.haveAux) || token.has(.pronoun) { return false }
        if token.has(.definite) || token.has(.article) || token.has(.possessive) || token.isNumeric { return true }
        if token.has(.modifier) || token.has(.sideRussia) || token.has(.sideUkraine) || token.isPossessive { return true }
        if token.word == .of || token.has(.placePrep) || token.has(.instrument) || token.has(.actorNoun) { return true }
        if token.has(.otherVerb) || token.has(.negation) || token.has(.conjunction) { return true }
        return token.isWord && token.lex.isEmpty && !token.isCapitalized
    }

    /// "Four were shot down and one hit a power plant", "two hit the city": "hit" after a count
    /// standing for weapons told before, with an object after it, is the verb ("three hits" and
    /// "one hit" alone stay nouns).
    private func isCountThatHit(_ head: Int) -> Bool {
        guard head >= 1, head + 1 < tokens.count, tokens[head].key == Self.hitKey, tokens[head - 1].isNumeric,
              mention(at: head + 1)?.ref.section != .weapon
        else { return false }
        if mention(at: head + 1) != nil { return true }  // "another two hit Starokostiantyniv district
        let next = tokens[head + 1]
        return next.has(.article) || next.has(.definite) || next.has(.possessive) || (next.isCapitalized && !next.isNumeric)
    }

    static let hitKey = Lexicon.key("hit")
    /// Adverbs of habit ("repeatedly" is not one: "repeatedly attacked Kyiv overnight" tells of a night).
    static let habitualKeys: KeySet = KeySet(["regularly", "routinely", "constantly", "frequently", "often", "usually", "typically", "habitually"])

    /// Whether an object follows a present-tense verb ("fires 40 missiles", "targets Kyiv").
    private func hasObject(after head: Int) -> Bool {
        guard head + 1 < tokens.count else { return false }
        let next = tokens[head + 1]
        return next.isNumeric || next.has(.article) || next.has(.definite) || next.has(.possessive) || next.isCapitalized
            || mention(at: head + 1) != nil || next.has(.vague)
    }

    /// "the downed drones", "fragments of intercepted missiles": a participle used as an adjective.
    private func isAdjectival(_ head: Int) -> Bool {
        guard head > 0, head + 1 < tokens.count else { return false }
        let before = tokens[head - 1]
        // "Russia-launched drones", "Iran-supplied missiles": a hyphenated compound before a weapon.
        if before.isMark(Mark.hyphen), !before.spaceBefore, !tokens[head].spaceBefore, head >= 2, tokens[head - 2].isWord,
           let mention = mention(at: head + 1), mention.ref.section == .weapon {
            return true
        }
        let determined = before.has(.definite) || before.has(.article) || before.has(.possessive) || before.isNumeric
            || before.word == .of || before.has(.placePrep) || before.has(.instrument) || before.has(.modifier)
        guard determined else { return false }
        var next = head + 1
        while next < tokens.count, mentionAt[next] < 0, tokens[next].has(.modifier) || tokens[next].has(.sideRussia) || tokens[next].has(.sideUkraine) {
            next += 1
        }
        guard next < tokens.count, let mention = mention(at: next) else { return false }
        return mention.ref.section == .weapon
    }

    /// "Ten Shahed drones, launched from the Kursk region, were shot down": a participle set off
    /// by commas right after a weapon name, with the clause's own verb (after an auxiliary, or an
    /// active verb of action) after the second comma. It tells where the weapons came from; it is
    /// no verb of the clause.
    func isParentheticalParticiple(_ head: Int) -> Bool {
        guard head >= 2, tokens[head - 1].isMark(Mark.comma), let weapon = mention(at: head - 2), weapon.ref.section == .weapon
        else { return false }
        var close = head + 1
        while close < tokens.count, close - head <= 20, !tokens[close].isMark(Mark.comma) {
            // (A clause of its own inside: not an aside.)
            if tokens[close].has(.beAux) || tokens[close].has(.speech) || tokens[close].isMark(Mark.period) || tokens[close].isMark(Mark.semicolon) { return false }
            close += 1
        }
        guard close < tokens.count, tokens[close].isMark(Mark.comma) else { return false }
        var next = close + 1
        while next < tokens.count, tokens[next].has(.adverb) || tokens[next].word == .also { next += 1 }
        // ("..., hit a fuel depot": an active verb of action.)
        if next < tokens.count, tokens[next].lex.contains(.verb), tokens[next].verb == .strike || tokens[next].verb == .intercept || tokens[next].verb == .destroy {
            return true
        }
        guard next + 1 < tokens.count, tokens[next].has(.beAux) || tokens[next].has(.haveAux) else { return false }
        var verb = next + 1
        while verb < tokens.count, verb - next <= 3, tokens[verb].has(.beAux) || tokens[verb].has(.adverb) || tokens[verb].word == .also { verb += 1 }
        return verb < tokens.count && tokens[verb].lex.contains(.verb) && tokens[verb].form == .past
    }

    /// Reads auxiliaries, negation and modals before the verb.
    private func readAuxiliaries(into hit: inout VerbHit) {
        var index = hit.head - 1
        var steps = 0
        var sawAuxiliary = false
        if hit.form == .gerund, index >= 0, tokens[index].word == .of || tokens[index].has(.modal) {
            hit.isHypothetical = true  // "capable of hitting"
        }
        while index >= 0, steps < 5 {
            let token = tokens[index]
            if token.has(.beAux) {
                if !sawAuxiliary { hit.isPassive = hit.form == .past }
                sawAuxiliary = true
            } else if token.has(.haveAux) {
                sawAuxiliary = true
            } else if token.has(.negation) {
                hit.isNegated = true
            } else if token.has(.modal) {
                // "were able to destroy": done.
                if token.key == Self.ableKey, index > 0, Self.pastBeKeys.contains(tokens[index - 1].key) {
                    index -= 2
                    steps += 2
                    continue
                }
                // "was likely intercepted": a hedged report of something done, not a prospect.
                if token.key == Self.likelyKey, hit.form == .past, index > 0, tokens[index - 1].has(.beAux) {
                    index -= 1
                    steps += 1
                    continue
                }
                hit.isHypothetical = true
                break
            } else if token.word == .to {
                // "claimed to have shot down": a reported past, not a plan; "managed to intercept": done.
                // "used the Arrow system to intercept a missile": what the system was used for, done.
                if !(index + 1 < tokens.count && tokens[index + 1].has(.haveAux)),
                   !(index > 0 && Self.managedKeys.contains(tokens[index - 1].key)),
                   !(index > 1 && tokens[index - 1].key == Self.ableKey && Self.pastBeKeys.contains(tokens[index - 2].key)),
                   !isPurposeOfUse(index) {
                    hit.isHypothetical = true
                }
            } else if token.word == .and, index >= 2, isCoordinatedParticiple(index - 1), tokens[index - 2].has(.beAux) {
                // "was detected and destroyed", "were tracked and shot down": one passive.
                index -= 1
                steps += 1
            } else if token.has(.speech), index > 0, tokens[index - 1].has(.beAux) {
                // "were reported shot down", "was said destroyed": the passive goes on past the report.
            } else if Self.habitualKeys.contains(token.key) {
                // "Russia regularly attacks Ukrainian cities with drones": a habit, no event.
                hit.isHypothetical = true
            } else if !token.has(.adverb) {
                break
            }
            index -= 1
            steps += 1
        }
    }

    // MARK: - Which verb governs a phrase

    /// The active verb whose object the phrase is ("shot down nine drones, two rockets and ...").
    ///
    /// - Returns: The verb, the distance, and whether the scan crossed another weapon phrase
    ///   (coordination: "14 drones were destroyed over Belgorod and five over Oryol").
    static let wellKey = Lexicon.key("well")
    /// Whether the "to" at `to` gives the purpose of a past "used"/"deployed" in its clause ("used
    /// the Arrow system for the first time since the war began to intercept a missile").
    private func isPurposeOfUse(_ to: Int) -> Bool {
        var index = to - 1
        while index >= 0, to - index <= 25 {
            let token = tokens[index]
            if Self.usedKeys.contains(token.key) { return true }
            if token.isMark(Mark.comma) || token.isMark(Mark.semicolon) || token.has(.speech) { return false }
            index -= 1
        }
        return false
    }

    static let usedKeys: KeySet = KeySet(["used", "deployed", "employed", "scrambled"])
    static let managedKeys: KeySet = KeySet(["managed", "succeeded", "manages", "manage"])
    static let includingKey = Lexicon.key("including")
    static let madeKeys: KeySet = KeySet(["made", "built", "supplied", "produced", "manufactured", "provided", "designed"])

    /// The last token of a weapon phrase followed by a participle phrase that ends at `end`
    /// ("missiles manufactured by Britain", "rockets supplied by the US"), or `nil`.
    func listItem(endingBefore end: Int) -> Int? {
        var back = end
        while back >= 0, end - back <= 6 {
            if phraseAt[back] >= 0 {
                let participle = back + 1
                guard participle <= end, verbAt[participle] < 0 else { return nil }
                let word = tokens[participle]
                guard word.isWord, Self.madeKeys.contains(word.key) || (word.lex.isEmpty && Self.isParticiple(word, tokens: self)) else { return nil }
                for between in participle...end where verbAt[between] >= 0 || tokens[between].isMark(Mark.semicolon) { return nil }
                return back
            }
            back -= 1
        }
        return nil
    }
    static let likelyKey = Lexicon.key("likely")
    static let ableKey = Lexicon.key("able")
    static let pastBeKeys: KeySet = KeySet(["was", "were"])
    /// Words after a headline's passive participle ("missiles destroyed amid attacks on ...").
    static let headlineAfterKeys: KeySet = KeySet(["amid", "during", "as", "while"])
    /// Words that open a participle's complement: "missiles launched at Israel", "drones fired toward Kyiv".
    static let reducedPassiveKeys: KeySet = KeySet(["at", "toward", "towards", "against", "into", "by"])

    func leftVerb(of phraseIndex: Int) -> (hit: VerbHit, distance: Int, isCoordinated: Bool)? {
        var index = phrases[phraseIndex].first - 1
        var steps = 0
        var isCoordinated = false
        while index >= 0, steps < 64 {
            if verbAt[index] >= 0 {
                let hit = verbs[Int(verbAt[index])]
                return (hit, steps, isCoordinated || (hit.isPassive && hasWeaponSubject(hit)))
            }
            let token = tokens[index]
            steps += 1
            if phraseAt[index] >= 0 {
                isCoordinated = true
                index = phrases[Int(phraseAt[index])].first - 1
                continue
            }
            if let mention = mention(at: index), mention.ref.section == .place {
                index = mention.first - 1
                while index >= 0, tokens[index].has(.definite) || tokens[index].has(.placePrep) || tokens[index].isPossessive
                    || Self.compassKeys.contains(tokens[index].key)
                    // "over annexed Crimea", "over Russian-occupied Crimea"
                    || Self.controlKeys.contains(tokens[index].key) || (tokens[index].isMark(Mark.hyphen) && !tokens[index].spaceBefore)
                    || tokens[index].has(.sideRussia) || tokens[index].has(.sideUkraine)
                    // "over the territory of the Kursk region"
                    || (tokens[index].word == .of && index > 0 && Self.areaKeys.contains(tokens[index - 1].key))
                    // "from the airspace over Russia's Belgorod region"
                    || Self.areaKeys.contains(tokens[index].key) && index + 1 < tokens.count
                        && (tokens[index + 1].word == .of || tokens[index + 1].has(.placePrep)) {
                    index -= 1
                }
                continue
            }
            // "near Klintsy": a town the taxonomy does not know, after a preposition of position.
            if isUnknownName(index) {
                var first = index
                while first > 0, isUnknownName(first - 1), tokens[first].spaceBefore { first -= 1 }
                if first > 0, Self.positionPrepKeys.contains(tokens[first - 1].key) {
                    index = first - 2
                    continue
                }
            }
            // (", another five over ...": one more part of the list.)
            if token.isMark(Mark.comma) || token.has(.conjunction) || token.has(.adverb) || token.has(.timeWord)
                || token.has(.weekday) || token.word == .on || token.word == .total || token.isMark(Mark.quote) || token.word == .another {
                index -= 1
                continue
            }
            // "launched a record 160 drones", "fired an unprecedented 90 missiles".
            // (Before a figure only: "a record number of drones" is a vague count of its own.)
            if Self.intensifierKeys.contains(token.key), index > 0, tokens[index - 1].has(.article),
               index + 1 < tokens.count, tokens[index + 1].isNumeric {
                index -= 2
                continue
            }
            // "48 drones, as well as a HIMARS rocket": a coordinator.
            if index >= 2, token.word == .as, tokens[index - 1].key == Self.wellKey, tokens[index - 2].word == .as {
                index -= 3
                continue
            }
            // "intercepted a range of weapons, including one Kinzhal, one Kh-22 ...": the items of
            // an uncounted whole take its verb (a counted whole keeps its sub-counts to itself).
            // "destroyed 42 drones, including 17 over the Bryansk region": a part told by its place
            // is a claim of its own, with the whole's verb (d074's partial breakdown).
            if token.key == Self.includingKey, isPlacedPart(phraseIndex), index > 0 {
                var back = index - 1
                while back >= 0, tokens[back].isMark(Mark.comma) || tokens[back].has(.timeWord) { back -= 1 }
                // "destroyed 30 drones across five regions, including 12 over ...": where, not what.
                if let start = regionCountStart(endingAt: back) {
                    back = start - 1
                    while back >= 0, tokens[back].has(.timeWord) { back -= 1 }
                }
                if back >= 0, phraseAt[back] >= 0, phrases[Int(phraseAt[back])].count.qualifier != .unknown {
                    index = phrases[Int(phraseAt[back])].first - 1
                    isCoordinated = true
                    continue
                }
            }
            if token.key == Self.includingKey {
                var back = index - 1
                while back >= 0, index - back <= 12, phraseAt[back] < 0, !tokens[back].isMark(Mark.semicolon), !tokens[back].has(.speech) {
                    if verbAt[back] >= 0 {
                        // "40 drones were destroyed overnight, including 22 over the Rostov region":
                        // a part by place shares the passive verb of its counted whole.
                        let hit = verbs[Int(verbAt[back])]
                        return (hit, steps, hit.isPassive && hasWeaponSubject(hit) && isPlacedPart(phraseIndex))
                    }
                    back -= 1
                }
                return nil
            }
            // "25 drones were shot down overnight: 15 over the Bryansk region and 10 over ...": parts
            // by place after a passive clause whose subject is a counted whole take its verb.
            if isPlacedPart(phraseIndex), let hit = passiveVerbOfCountedWhole(endingBefore: index) {
                return (hit, steps, true)
            }
            // "downed 144 targets -- 102 missiles and 42 drones", "destroyed 67 aerial targets: 40
            // drones and 27 missiles": the items after a counted whole and a colon or dash.
            if let whole = countedWholeStart(beforeBreakAt: index) {
                index = whole - 1
                isCoordinated = true
                continue
            }
            // "18 drones were destroyed by electronic warfare in Bryansk, nine in Kursk": an agent or
            // instrument phrase of a few plain words between the verb and the place is skipped.
            if let start = agentPhraseStart(endingAt: index) {
                index = start - 1
                continue
            }
            // "two Storm Shadow missiles manufactured by Britain, six HIMARS rockets ...": skip the
            // previous item's participle phrase to reach the item itself.
            if let item = listItem(endingBefore: index) {
                index = item
                isCoordinated = true
                continue
            }
            return nil
        }
        return nil
    }

    /// The first token of "144 targets" (a count and a noun, or a counted weapon phrase) that ends
    /// just before a colon or dash at `index`, if any.
    func countedWholeStart(beforeBreakAt index: Int) -> Int? {
        let token = tokens[index]
        guard index >= 2, token.isMark(Mark.colon) || token.isMark(Mark.emDash) || token.isMark(Mark.enDash) || token.isMark(Mark.hyphen) else {
            return nil
        }
        var end = index - 1
        if tokens[end].isMark(Mark.hyphen) { end -= 1 }  // "--"
        // "destroyed 42 drones overnight: 17 over ...": a time word between the whole and the colon.
        while end >= 1, tokens[end].has(.timeWord), phraseAt[end] < 0 { end -= 1 }
        guard end >= 1 else { return nil }
        if phraseAt[end] >= 0 {
            let phrase = phrases[Int(phraseAt[end])]
            return phrase.count.qualifier == .unknown ? nil : phrase.first
        }
        let noun = tokens[end]
        guard noun.isWord, noun.lex.isEmpty || noun.word == .targets, mentionAt[end] < 0, tokens[end - 1].isNumeric else { return nil }
        return end - 1
    }

    /// The "by"/"with"/"using" that opens an agent or instrument phrase of at most three plain
    /// words ending at `index` ("by electronic warfare", "with air defence systems"), if any.
    func agentPhraseStart(endingAt index: Int) -> Int? {
        var back = index
        while back >= 0, index - back <= 3 {
            let token = tokens[back]
            if token.has(.instrument) { return back < index ? back : nil }
            if token.isPunct || token.isNumeric || verbAt[back] >= 0 || phraseAt[back] >= 0 || mention(at: back) != nil
                || token.has(.conjunction) || token.has(.speech) {
                return nil
            }
            back -= 1
        }
        return nil
    }

    /// "14 drones were destroyed": a weapon phrase is the subject of a passive verb.
    private func hasWeaponSubject(_ hit: VerbHit) -> Bool {
        weaponSubject(of: hit) != nil
    }

    /// The weapon phrase just before the verb (its subject), if any.
    func weaponSubject(of hit: VerbHit) -> Int? {
        var index = hit.head - 1
        while index >= 0, tokens[index].has(.beAux) || tokens[index].has(.haveAux) || tokens[index].has(.adverb) {
            index -= 1
        }
        return index >= 0 && phraseAt[index] >= 0 ? Int(phraseAt[index]) : nil
    }

    /// The verb the phrase is the subject of ("two drones attacked", "ten missiles were destroyed",
    /// "missiles fired from ships"). A participle phrase after the subject ("missiles launched from
    /// bombers were intercepted", "drones flying towards Moscow were shot down") is skipped when a
    /// finite verb follows it.
    ///
    /// - Returns: The hit, whether the phrase is its patient (passive), and the distance.
    /// "was likely intercepted", "were reportedly shot down".
    static let hedgeKeys: KeySet = KeySet(["likely", "probably", "reportedly", "allegedly", "apparently", "successfully"])

    /// The last token of an aside between dashes that opens at `start` ("—", "–" or "--"), of at
    /// most a dozen words, else `nil`.
    func asideEnd(from start: Int) -> Int? {
        func dashWidth(_ position: Int) -> Int {
            let token = tokens[position]
            if token.isMark(Mark.emDash) || token.isMark(Mark.enDash) { return 1 }
            if token.isMark(Mark.hyphen), position + 1 < tokens.count, tokens[position + 1].isMark(Mark.hyphen) { return 2 }
            return 0
        }
        // ", launched from the Kursk region,": a participle between commas.
        if tokens[start].isMark(Mark.comma), start + 1 < tokens.count, tokens[start + 1].lex.contains(.verb), verbAt[start + 1] < 0,
           isParentheticalParticiple(start + 1) {
            return (start + 2..<tokens.count).first { tokens[$0].isMark(Mark.comma) }
        }
        let opening = dashWidth(start)
        guard opening > 0 else { return nil }
        var position = start + opening
        while position < tokens.count, position - start <= 14 {
            let width = dashWidth(position)
            if width > 0 { return position - start > opening ? position + width - 1 : nil }
            position += 1
        }
        return nil
    }

    func rightVerb(of phraseIndex: Int) -> (hit: VerbHit, isPassive: Bool, distance: Int)? {
        guard canBeSubject(phraseIndex) else { return nil }
        var index = phrases[phraseIndex].last + 1
        var steps = 0
        var sawAuxiliary = false
        var sawRelative = false
        var reduced: (hit: VerbHit, distance: Int)?
        var participle = false
        var directional = false
        while index < tokens.count, steps < (reduced == nil ? 16 : 24) {
            if verbAt[index] >= 0 {
                let hit = verbs[Int(verbAt[index])]
                // "Ukraine says 14 cruise missiles destroyed", "Five drones downed, ministry says": a
                // headline's passive, with no object after the verb.
                if !sawAuxiliary, hit.form == .past, hit.verbClass == .destroy || hit.verbClass == .intercept, reduced == nil,
                   hit.last + 1 == tokens.count || tokens[hit.last + 1].isMark(Mark.comma) || tokens[hit.last + 1].isMark(Mark.period)
                    || Self.headlineAfterKeys.contains(tokens[hit.last + 1].key) {
                    return (hit, true, steps)
                }
                if !sawAuxiliary, hit.form == .past, hit.verbClass != .strike, hit.verbClass != .harm, hit.last + 1 < tokens.count, reduced == nil {
                    let next = tokens[hit.last + 1]
                    // "missiles fired from ships", "drones destroyed in the air": a reduced passive.
                    if next.has(.placePrep) || next.has(.instrument) || next.word == .overnight || next.word == .by
                        || Self.reducedPassiveKeys.contains(next.key) {
                        reduced = (hit, steps)
                        index = hit.last + 1
                        continue
                    }
                }
                if reduced != nil || participle {
                    if sawAuxiliary { return (hit, hit.isPassive, steps) }
                    break
                }
                return (hit, hit.isPassive, steps)
            }
            let token = tokens[index]
            steps += 1
            if phraseAt[index] >= 0, Int(phraseAt[index]) != phraseIndex {
                index = phrases[Int(phraseAt[index])].last + 1
                continue
            }
            if token.has(.beAux) || token.has(.haveAux) {
                sawAuxiliary = true
                index += 1
                continue
            }
            // "Four Kinzhal missiles were among the weapons used in the attack": the subject is among
            // what was launched.
            if sawAuxiliary, token.key == Self.amongKey, let used = participleOfWhole(after: index), [.launch, .use, .intercept].contains(used.verbClass) {
                return (used, true, steps)
            }
            // '“more than 90 missiles” have been confirmed to have been launched', 'were reported to
            // have been shot down': a reported passive.
            if token.isMark(Mark.quote) && index == phrases[phraseIndex].last + 1 {
                index += 1
                continue
            }
            // "eight Kinzhal missiles -- among Moscow's most advanced weapons -- were ...": an aside.
            if index == phrases[phraseIndex].last + 1, let end = asideEnd(from: index) {
                index = end + 1
                continue
            }
            if sawAuxiliary, token.has(.speech), index + 1 < tokens.count, tokens[index + 1].word == .to {
                index += 2
                continue
            }
            // "A drone was detected and destroyed", "were tracked and shot down".
            if sawAuxiliary, isCoordinatedParticiple(index), index + 2 < tokens.count, tokens[index + 1].word == .and, verbAt[index + 2] >= 0 {
                index += 2
                continue
            }
            // "Three drones were reported shot down", "rockets were reported fired from Lebanon".
            if sawAuxiliary, token.has(.speech), index + 1 < tokens.count, verbAt[index + 1] >= 0 {
                index += 1
                continue
            }
            if token.isMark(Mark.comma) || token.has(.conjunction) || token.has(.adverb) || token.has(.timeWord)
                || token.has(.weekday) || token.has(.negation) || token.has(.modal) || token.word == .to
                || (sawAuxiliary && Self.hedgeKeys.contains(token.key)) {
                // (Inside the participle's complement, "and" may join its nouns: "fired from HIMARS
                // and Olkha launchers".)
                let joinsNames = token.has(.conjunction) && index + 1 < tokens.count && (mentionAt[index + 1] >= 0 || phraseAt[index + 1] >= 0)
                // ("targeting military and security targets": the participle's object goes on.)
                let joinsObject = directional && token.word == .and
                if (reduced != nil || participle) && (token.isMark(Mark.comma) || token.has(.conjunction)) && !sawAuxiliary && !joinsNames
                    && !joinsObject { break }
                index += 1
                continue
            }
            if index == phrases[phraseIndex].last + 1, token.word == .system || token.word == .complex {
                index += 1  // "The Kinzhal missile system destroyed ..."
                continue
            }
            if !sawRelative, token.word == .that || token.word == .which {
                sawRelative = true
                index += 1
                continue
            }
            if token.has(.placePrep), let end = placePhraseEnd(from: index) {
                index = end + 1
                continue
            }
            // "missiles targeting military bases were launched", "drones aimed at the port were
            // shot down": a participle of direction describes the subject.
            if index == phrases[phraseIndex].last + 1, !participle, reduced == nil, Self.directionParticipleKeys.contains(token.key) {
                participle = true
                directional = true
                index += 1
                continue
            }
            // (Its object may be any noun: "targeting military bases", "aimed at oil depots".)
            // ('"... missiles targeting military bases" were launched': a quote may close around it.)
            if directional, !sawAuxiliary, token.isWord && !token.has(.speech) || token.isMark(Mark.quote), steps <= 8 {
                index += 1
                continue
            }
            if reduced != nil || participle {
                // Inside the participle's complement ("from Tu-95 bombers", "towards the capital").
                if token.has(.placePrep) || token.has(.instrument) || token.has(.definite) || token.has(.article)
                    || token.has(.modifier) || token.has(.vague) || token.word == .system || token.word == .complex || token.isNumeric || mentionAt[index] >= 0 || (token.isWord && token.lex.isEmpty)
                    || token.word == .by || token.isMark(Mark.hyphen) || Self.hedgeKeys.contains(token.key)
                    || token.has(.sideRussia) || token.has(.sideUkraine) || token.has(.originCountry) || token.has(.originSuffix)
                    || token.has(.countryName) || token.word == .forces || token.word == .army || token.word == .military {
                    index += 1
                    continue
                }
                break
            }
            if token.isWord, token.lex.isEmpty, !token.isCapitalized, index == phrases[phraseIndex].last + 1, Self.isParticiple(token, tokens: self) {
                participle = true  // "drones flying towards ..."
                index += 1
                continue
            }
            break
        }
        if let reduced { return (reduced.hit, true, reduced.distance) }
        return nil
    }

    /// A subject starts a clause: it does not follow a preposition or a verb.
    private func canBeSubject(_ phraseIndex: Int) -> Bool {
        let before = phrases[phraseIndex].first - 1
        guard before >= 0 else { return true }
        let token = tokens[before]
        // "..., with four drones (being) downed over Kursk": an absolute clause, its own claim.
        if token.key == Self.withKey, isAbsoluteInterception(after: phrases[phraseIndex].last) { return true }
        if token.has(.placePrep) || token.has(.instrument) || token.word == .of || token.word == .to || token.word == .from {
            return false
        }
        return verbAt[before] < 0 || verbs[Int(verbAt[before])].verbClass == .none
    }

    /// The launch or use participle that ends "among the weapons used", "among the projectiles
    /// fired" (a few words on, before any punctuation but a hyphen).
    private func participleOfWhole(after among: Int) -> VerbHit? {
        var index = among + 1
        while index < tokens.count, index - among <= 8 {
            if verbAt[index] >= 0 {
                let hit = verbs[Int(verbAt[index])]
                return hit.form == .past ? hit : nil
            }
            if tokens[index].isPunct, !tokens[index].isMark(Mark.hyphen) { return nil }
            index += 1
        }
        return nil
    }

    static let withKey = Lexicon.key("with")
    static let beingKey = Lexicon.key("being")
    static let directionParticipleKeys: KeySet = KeySet(["targeting", "targetting", "aimed", "heading", "headed", "bound", "directed"])

    /// Whether the words after a phrase are "(being) shot down/downed/destroyed": the participle of
    /// an interception that an absolute "with" clause states ("with four drones being downed").
    /// Launch participles stay attributes ("attacked with drones launched from Iran").
    func isAbsoluteInterception(after last: Int) -> Bool {
        var index = last + 1
        if index < tokens.count, tokens[index].key == Self.beingKey { index += 1 }
        guard index < tokens.count, verbAt[index] >= 0 else { return false }
        let hit = verbs[Int(verbAt[index])]
        return hit.form == .past && (hit.verbClass == .intercept || hit.verbClass == .destroy)
    }

    /// "-ing" words the lexicon does not know ("flying", "heading").
    private static func isParticiple(_ token: Token, tokens analyzer: SentenceAnalyzer) -> Bool {
        let length = Int(token.end - token.start)
        guard length > 4 else { return false }
        let base = Int(token.end) - 3
        let text = analyzer.text
        return Lexicon.lowercase(text[base]) == UInt8(ascii: "i") && Lexicon.lowercase(text[base + 1]) == UInt8(ascii: "n")
            && Lexicon.lowercase(text[base + 2]) == UInt8(ascii: "g")
    }

    /// The last token of "over the Belgorod region", "on Wednesday" starting at a preposition.
    /// The passive verb that ends just before a colon or dash at `index` (time words between),
    /// when its subject is a counted weapon phrase: "25 drones were shot down overnight:".
    func passiveVerbOfCountedWhole(endingBefore index: Int) -> VerbHit? {
        let token = tokens[index]
        guard token.isMark(Mark.colon) || token.isMark(Mark.emDash) || token.isMark(Mark.enDash) else { return nil }
        var end = index - 1
        while end >= 0, tokens[end].has(.timeWord) || tokens[end].has(.weekday) || tokens[end].word == .on || tokens[end].word == .night {
            end -= 1
        }
        guard end >= 0, verbAt[end] >= 0 else { return nil }
        let hit = verbs[Int(verbAt[end])]
        guard hit.isPassive, !hit.isNegated, !hit.isHypothetical, hit.last == end else { return nil }
        var subject = hit.head - 1
        while subject >= 0, tokens[subject].has(.beAux) || tokens[subject].has(.haveAux) || tokens[subject].has(.adverb) { subject -= 1 }
        guard subject >= 0, phraseAt[subject] >= 0, phrases[Int(phraseAt[subject])].count.qualifier != .unknown else { return nil }
        return hit
    }

    static let regionNounKeys: KeySet = KeySet(["regions", "areas", "oblasts", "provinces", "districts", "territories"])

    /// The first token of "across five regions", "in 17 regions" ending at `end`, if any.
    func regionCountStart(endingAt end: Int) -> Int? {
        guard end >= 2, Self.regionNounKeys.contains(tokens[end].key), tokens[end - 1].isNumeric, tokens[end - 2].has(.placePrep)
        else { return nil }
        return end - 2
    }

    /// An elliptical count followed by its place ("17 over the Bryansk region"): a part of a
    /// whole told by where it was.
    func isPlacedPart(_ phraseIndex: Int) -> Bool {
        let phrase = phrases[phraseIndex]
        let next = phrase.last + 1
        return phrase.isElliptical && next < tokens.count && tokens[next].has(.placePrep) && placePhraseEnd(from: next) != nil
    }

    static let areaKeys: KeySet = KeySet(["territory", "territories", "skies", "sky", "airspace", "waters", "outskirts"])

    func placePhraseEnd(from prep: Int) -> Int? {
        var index = prep + 1
        var steps = 0
        while index < tokens.count, steps < 4 {
            if let mention = mention(at: index), mention.ref.section == .place {
                // "over Moscow-annexed Crimea": the first name says who holds the place.
                if isHolder(mention) {
                    index = mention.last + 3
                    steps += 1
                    continue
                }
                return mention.last
            }
            let token = tokens[index]
            // "over each of the Kursk, Oryol and Tula regions"
            if index == prep + 1, token.word == .each, index + 1 < tokens.count, tokens[index + 1].word == .of {
                index += 2
                continue
            }
            if token.has(.weekday) || token.word == .night || token.word == .morning { return index }
            // "over the territory of the Kursk region", "in the skies over Kyiv"
            if Self.areaKeys.contains(token.key), index + 1 < tokens.count, tokens[index + 1].word == .of || tokens[index + 1].has(.placePrep) {
                index += 2
                steps += 1
                continue
            }
            // "near Pochep", "over Novaya Kakhovka": a town the taxonomy does not know, right after a
            // preposition of position ("in", "on", "at" also take months, channels, offices).
            if index == prep + 1, Self.positionPrepKeys.contains(tokens[prep].key), isUnknownName(index) {
                var end = index
                while end + 1 < tokens.count, isUnknownName(end + 1), tokens[end + 1].spaceBefore { end += 1 }
                return end
            }
            // ("over annexed Crimea", "in Russian-occupied Donetsk", "the temporarily occupied territories")
            guard token.has(.definite) || token.has(.modifier) || token.isPossessive || token.has(.sideRussia) || token.has(.sideUkraine)
                || Self.compassKeys.contains(token.key) || Self.controlKeys.contains(token.key)
                || (token.isMark(Mark.hyphen) && !token.spaceBefore && index > prep + 1)
            else { return nil }
            index += 1
            steps += 1
        }
        return nil
    }

    static let positionPrepKeys: KeySet = KeySet(["over", "near", "above", "outside", "around", "off"])
    /// Who holds a place: "annexed Crimea", "Russian-occupied Donetsk", "Kyiv-controlled Zaporizhzhia".
    static let controlKeys: KeySet = KeySet(["annexed", "occupied", "controlled", "held", "temporarily"])

    /// A participle of finding the weapons before the action on them ("was detected and destroyed",
    /// "were tracked and shot down").
    func isCoordinatedParticiple(_ position: Int) -> Bool {
        Self.detectionKeys.contains(tokens[position].key)
    }

    static let detectionKeys: KeySet = KeySet([
        "detected", "tracked", "spotted", "identified", "located", "observed", "monitored", "recorded", "registered", "intercepted",
    ])

    /// "Moscow" in "Moscow-annexed Crimea": a place named as who holds the next one.
    func isHolder(_ mention: Mention) -> Bool {
        let after = mention.last + 1
        return after + 2 < tokens.count && tokens[after].isMark(Mark.hyphen) && !tokens[after].spaceBefore
            && Self.controlKeys.contains(tokens[after + 1].key)
    }

    /// A capitalised word the lexicon and the taxonomy do not know (a name).
    func isUnknownName(_ position: Int) -> Bool {
        let token = tokens[position]
        return token.isWord && token.isCapitalized && token.lex.isEmpty && token.code == 0 && mentionAt[position] < 0
    }

    /// "in the southern Rostov region", "over western Chernivtsi Oblast".
    static let compassKeys: KeySet = KeySet([
        "southern", "northern", "eastern", "western", "central", "southeastern", "southwestern", "northeastern", "northwestern",
        "south-eastern", "south-western", "north-eastern", "north-western",
    ])
}
