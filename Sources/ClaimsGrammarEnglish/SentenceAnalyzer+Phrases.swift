import ClaimsCore
import ClaimsExtraction

/// Weapon noun phrases: a weapon name with its modifiers ("US-supplied Ukrainian"), a generic
/// head noun it absorbs ("Vilha rockets"), and its count ("two", "five out of seven").
extension SentenceAnalyzer {
    mutating func buildPhrases(previous: WeaponPhrase?) {
        phrases.removeAll(keepingCapacity: true)
        phraseAt.removeAll(keepingCapacity: true)
        phraseAt.append(contentsOf: repeatElement(-1, count: tokens.count))
        var absorbed = Set<Int>()
        for (mentionIndex, mention) in mentions.enumerated() where mention.ref.section == .weapon {
            guard !absorbed.contains(mentionIndex) else { continue }
            let info = index.weapons[Int(mention.ref.index)]
            var headLast = mention.last
            // "Vilha rockets", "Kinzhal aviation missile system with hypersonic missiles": a specific
            // name absorbs the generic noun that follows it.
            if !info.isGeneric, let next = absorbableGeneric(after: mention.last, from: mentionIndex) {
                headLast = mentions[next].last
                absorbed.insert(next)
            }
            guard !info.isInterceptor, !hasNegatingPrefix(mention.first) else { continue }
            if isNounModifier(headLast) {
                // "injured in a drone attack", "a missile strike on the city": an attack by that weapon.
                guard headLast + 1 < tokens.count, Self.attackCompoundKeys.contains(tokens[headLast + 1].key) else { continue }
                var phrase = WeaponPhrase(
                    weapon: mention.ref.index, first: mention.first, last: headLast + 1, headFirst: mention.first,
                    headLast: headLast, count: .unknown()
                )
                phrase.isAttackCompound = true
                let modifierStart = applyModifiers(to: &phrase)
                let parsed = countBefore(modifierStart - 1)
                if tokens[headLast + 1].key == Self.launchesKey {
                    // "370 ballistic missile launches were detected": that many missiles launched.
                    guard !parsed.isNone, parsed.count.qualifier != .unknown else { continue }
                    phrase.count = parsed.count
                    phrase.first = min(parsed.first, modifierStart)
                    append(phrase)
                    continue
                }
                if Self.impactKeys.contains(tokens[headLast + 1].key) {
                    // "a drone impact in Mykolaiv", "two missile impacts": impacts count weapons that hit.
                    phrase.count = parsed.isNone ? .unknown() : parsed.count
                    phrase.first = parsed.isNone ? modifierStart : min(parsed.first, modifierStart)
                    append(phrase)
                    continue
                }
                // "three missile strikes": a count of attack episodes, never of weapons.
                if parsed.isNone || parsed.count.qualifier != .unknown && (parsed.count.exact ?? 2) > 1 { continue }
                phrase.first = min(parsed.first, modifierStart)
                append(phrase)
                continue
            }
            let isOrganisation = tokens[mention.first].word == .air && (tokens[mention.last].word == .force || tokens[mention.last].word == .forces)
            // "The air force said": an organisation, a weapon only as the agent of an action ("its air force destroyed").
            if isOrganisation, !(headLast + 1..<min(headLast + 4, tokens.count)).contains(where: { tokens[$0].lex.contains(.verb) }) { continue }
            var phrase = WeaponPhrase(
                weapon: mention.ref.index, first: mention.first, last: headLast, headFirst: mention.first,
                headLast: headLast, count: .unknown(), isOrganisation: isOrganisation
            )
            var modifierStart = applyModifiers(to: &phrase)
            // "ballistic and cruise missiles", "attack and reconnaissance drones": class adjectives
            // coordinated with a generic name share its head noun, one count for them all (a
            // composite of the family, never split between the classes).
            if info.isGeneric, modifierStart == phrase.headFirst, let start = coordinatedClassesStart(before: phrase.headFirst),
               let generic = index.generic(of: info.family) {
                phrase.weapon = generic
                phrase.namesSeveralClasses = true
                phrase.headFirst = start
                phrase.first = start
                modifierStart = applyModifiers(to: &phrase)
            }
            let parsed = countBefore(modifierStart - 1)
            if parsed.isNone { continue }
            // "debris from five downed drones": a counted wreckage is an interception the article
            // may not state otherwise (the article context drops it when it does); an uncounted one is not.
            if phrase.isDebris, parsed.count.qualifier == .unknown || parsed.count.exact == 1 && parsed.count.text != nil { continue }
            phrase.first = parsed.first
            phrase.count = parsed.count
            // "A barrage of 50 rockets was fired", "a wave of 30 drones hit": the group noun counted
            // by the number is the subject's head in name only; the phrase starts at its article.
            if parsed.count.qualifier != .unknown, let start = groupNounStart(before: parsed.first) { phrase.first = start }
            // "58 out of 59 (drones) were shot down": the bracket closes the phrase.
            if parsed.first < modifierStart, tokens[modifierStart - 1].isMark(Mark.openParen), headLast + 1 < tokens.count,
               tokens[headLast + 1].isMark(Mark.closeParen) {
                phrase.last = headLast + 1
            }
            // "an Iskander-M operational-tactical missile system": "an" counts the launcher, not missiles.
            if parsed.count.exact == 1, parsed.count.text != nil, Self.systemEnds(after: headLast, in: self) {
                phrase.count = .unknown()
            }
            phrase.launched = parsed.launched
            phrase.isDefinite = parsed.isDefinite
            // "17 cruise missiles of the X-101 type", "10 shells of the Vampire system": the generic
            // noun names its type after it.
            if info.isGeneric, let named = namedType(after: headLast, from: mentionIndex) {
                phrase.weapon = mentions[named.mention].ref.index
                phrase.last = named.last
                phrase.headLast = named.last
                absorbed.insert(named.mention)
            }
            // "190 missiles of various types"
            if phrase.last + 3 < tokens.count, tokens[phrase.last + 1].word == .of, Self.varietyWords.contains(tokens[phrase.last + 2].key),
               Self.kindWords.contains(tokens[phrase.last + 3].key) {
                phrase.last += 3
            }
            if let launched = launchedAfter(phrase.last) {
                phrase.launched = launched.value
                phrase.last = launched.last
            }
            append(phrase)
        }
        addInterceptedTargets()
        mergeCombinedCounts()
        mergeCountedFamilies()
        nameCountedWholeAfterColon()
        addEllipticalPhrases(previous: previous)
        addPronounSubjects(previous: previous)
    }

    /// Whether "system" or "complex" follows the head within a few descriptive words.
    static func systemEnds(after last: Int, in analyzer: SentenceAnalyzer) -> Bool {
        var next = last + 1
        while next < analyzer.tokens.count, next - last <= 4 {
            let token = analyzer.tokens[next]
            if token.word == .system || token.word == .complex { return true }
            guard token.isWord || token.isMark(Mark.hyphen), analyzer.verbAt[next] < 0 else { return false }
            next += 1
        }
        return false
    }

    static let headNounKeys: KeySet = KeySet(["missiles", "rockets", "drones", "uavs", "bombs"])

    /// Adjectives that name a class of missiles or drones by themselves before a shared head noun.
    static let classAdjectiveKeys: KeySet = KeySet([
        "ballistic", "cruise", "hypersonic", "aeroballistic", "guided", "attack", "strike", "reconnaissance",
        "kamikaze", "decoy", "surveillance",
    ])

    /// The first of the class adjectives coordinated before a generic name that starts at `head`
    /// ("ballistic and cruise missiles", "ballistic, cruise and hypersonic missiles"), if any.
    func coordinatedClassesStart(before head: Int) -> Int? {
        var position = head - 1
        var start: Int?
        while position >= 1, tokens[position].word == .and || tokens[position].word == .or || tokens[position].isMark(Mark.comma) {
            let adjective = position - 1
            guard tokens[adjective].isWord, Self.classAdjectiveKeys.contains(tokens[adjective].key),
                  mentionAt[adjective] < 0, phraseAt[adjective] < 0
            else { break }
            // (A comma only between adjectives of a list that ends in "and"/"or".)
            if tokens[position].isMark(Mark.comma), start == nil { break }
            start = adjective
            position = adjective - 1
        }
        return start
    }

    /// The generic entry of the category the weapons share, else of their family.
    private func commonGeneric(_ weapons: [Int32]) -> Int32? {
        guard let first = weapons.first else { return nil }
        let category = index.weapons[Int(first)].category
        let family = index.weapons[Int(first)].family
        if weapons.allSatisfy({ index.weapons[Int($0)].category == category }), let id = index.genericByID["unspecified-" + category] { return id }
        guard weapons.allSatisfy({ index.weapons[Int($0)].family == family }) else { return nil }
        return index.generic(of: family)
    }

    /// "downed 140 targets", "140 enemy targets were shot down": counted targets of an
    /// interception are aerial targets (missiles and drones together). Only beside an intercept
    /// verb: "struck 30 targets" counts what was hit, not weapons.
    private mutating func addInterceptedTargets() {
        guard let aerialTarget = index.genericByID["unspecified-aerial-target"] else { return }
        var added = false
        for position in tokens.indices where tokens[position].word == .targets && mentionAt[position] < 0 && phraseAt[position] < 0 {
            var start = position
            while start > 0, tokens[start - 1].has(.enemy) || tokens[start - 1].word == .air || tokens[start - 1].has(.modifier)
                    || tokens[start - 1].has(.sideRussia) || tokens[start - 1].has(.sideUkraine) {
                start -= 1
            }
            let parsed = countBefore(start - 1)
            guard !parsed.isNone, parsed.count.qualifier != .unknown, phraseAt[parsed.first] < 0 else { continue }
            func isIntercept(_ token: Int) -> Bool {
                token >= 0 && token < tokens.count && verbAt[token] >= 0
                    && (verbs[Int(verbAt[token])].verbClass == .intercept || verbs[Int(verbAt[token])].verbClass == .destroy)
            }
            let before = parsed.first - 1
            let objectOfInterception = isIntercept(before) || (before > 0 && tokens[before].has(.adverb) && isIntercept(before - 1))
            let subjectOfInterception = position + 2 < tokens.count && tokens[position + 1].has(.beAux)
                && (isIntercept(position + 2) || (position + 3 < tokens.count && tokens[position + 2].has(.adverb) && isIntercept(position + 3)))
            guard objectOfInterception || subjectOfInterception else { continue }
            var phrase = WeaponPhrase(
                weapon: aerialTarget, first: parsed.first, last: position, headFirst: position, headLast: position, count: parsed.count
            )
            phrase.launched = parsed.launched
            phrases.append(phrase)
            added = true
        }
        guard added else { return }
        phrases.sort { $0.first < $1.first }
        for token in phraseAt.indices { phraseAt[token] = -1 }
        for (phraseIndex, phrase) in phrases.enumerated() {
            for token in phrase.first...phrase.last where phraseAt[token] < 0 { phraseAt[token] = Int32(phraseIndex) }
        }
    }

    /// "A total of 11 missiles were fired: Iskander-M and Iskander-K": a generic count followed,
    /// after a colon, by the uncounted names of what it counts is those names' combined count
    /// (a composite, never split between them).
    private mutating func nameCountedWholeAfterColon() {
        guard let colon = tokens.lastIndex(where: { $0.isMark(Mark.colon) }) else { return }
        guard let whole = phrases.lastIndex(where: { $0.last < colon && $0.count.isExact && index.weapons[Int($0.weapon)].isGeneric })
        else { return }
        let named = phrases.indices.filter { phrases[$0].first > colon }
        guard named.count >= 2,
              named.allSatisfy({ phrases[$0].count.qualifier == .unknown && !index.weapons[Int(phrases[$0].weapon)].isGeneric }),
              named.allSatisfy({ index.weapons[Int(phrases[whole].weapon)].family.admits(index.weapons[Int(phrases[$0].weapon)].family) })
        else { return }
        // Only the names, quotes, commas and "and" between them.
        for (a, b) in zip(named, named.dropFirst()) {
            // (Phrases may overlap: an elliptical or bracketed phrase ends where a name begins.)
            guard phrases[a].last < phrases[b].first,
                  (phrases[a].last + 1..<phrases[b].first).allSatisfy({ tokens[$0].isMark(Mark.comma) || tokens[$0].has(.conjunction) || tokens[$0].isMark(Mark.quote) || tokens[$0].isMark(Mark.apostrophe) })
            else { return }
        }
        var members: [Int32] = []
        for position in named where !members.contains(phrases[position].weapon) { members.append(phrases[position].weapon) }
        guard members.count >= 2 else { return }
        phrases[whole].weapon = members[0]
        phrases[whole].companions = Array(members.dropFirst())
        for position in named { phrases[position].isPartitiveWhole = true }  // the names state no claim of their own
    }

    /// "99 Kh-101, Kalibr and Kh-59/69 cruise missiles": one count for a list of names that share
    /// one head noun is a combined count. It is never split between the systems; it stands as the
    /// head noun's generic entry (a combined claim of that category).
    private mutating func mergeCombinedCounts() {
        var position = 0
        while position + 1 < phrases.count {
            defer { position += 1 }
            let first = phrases[position]
            guard first.count.qualifier != .unknown, !index.weapons[Int(first.weapon)].isGeneric, first.headLast == first.last else { continue }
            var last = position
            var generic: Int32?
            while last + 1 < phrases.count {
                let next = phrases[last + 1]
                // Only commas and "and"/"or" between the names, and no count of their own.
                guard next.count.qualifier == .unknown, next.first == next.headFirst, !next.isDefinite, next.first > phrases[last].last,
                      (phrases[last].last + 1..<next.first).allSatisfy({ tokens[$0].isMark(Mark.comma) || tokens[$0].has(.conjunction) })
                else { break }
                last += 1
                if let head = mention(at: next.headLast), index.weapons[Int(head.ref.index)].isGeneric, head.first > next.headFirst {
                    generic = head.ref.index
                    break
                }
                // "Kh-101 missiles" as one name: its plural head noun ends the list.
                if Self.headNounKeys.contains(tokens[next.headLast].key) {
                    generic = commonGeneric(phrases[position...last].map(\.weapon))
                    break
                }
            }
            guard let generic, last > position else { continue }
            var merged = first
            merged.weapon = generic
            // "31 Shahed and decoy drones": a named drone and its decoys, one composite count
            // (never split, never a mere "drones").
            let others = phrases[position + 1...last].map(\.weapon)
            if index.weapons[Int(first.weapon)].family == .drone, !index.weapons[Int(first.weapon)].isDecoy,
               others.allSatisfy({ index.weapons[Int($0)].isDecoy }), let decoy = index.genericDecoy {
                merged.weapon = first.weapon
                merged.companions = [decoy]
            }
            merged.last = phrases[last].last
            merged.headLast = phrases[last].headLast
            phrases.replaceSubrange(position...last, with: [merged])
            for token in phraseAt.indices where phraseAt[token] >= Int32(position) {
                let old = Int(phraseAt[token])
                phraseAt[token] = old <= last ? Int32(position) : Int32(old - (last - position))
            }
        }
    }

    /// "launched 40 drones and missiles", "shot down 25 missiles and drones": one count for
    /// generic names of two families is a combined count of aerial targets, never the first
    /// name's alone (the second uncounted, neither definite nor modified).
    private mutating func mergeCountedFamilies() {
        var position = 0
        while position + 1 < phrases.count {
            defer { position += 1 }
            let first = phrases[position], next = phrases[position + 1]
            // "More than 200 drones, cruise missiles and ballistic missiles were fired": a series
            // of uncounted names after the counted one, its last joined by "and", shares the count.
            if position + 2 < phrases.count, first.count.qualifier != .unknown, first.launched == nil, first.headLast == first.last,
               tokens[first.last + 1].isMark(Mark.comma), next.first == first.last + 2, isUncountedName(next),
               isUncountedName(phrases[position + 2]), phrases[position + 2].first == next.last + 2,
               tokens[next.last + 1].word == .and || tokens[next.last + 1].word == .or,
               let pair = index.combinedAerialTarget(first.weapon, next.weapon),
               index.combinedAerialTarget(first.weapon, phrases[position + 2].weapon) != nil
                || index.combinedAerialTarget(next.weapon, phrases[position + 2].weapon) != nil
                || phrases[position + 2].weapon == pair {
                var merged = first
                merged.weapon = pair
                merged.namesSeveralClasses = true
                merged.last = phrases[position + 2].last
                merged.headLast = phrases[position + 2].headLast
                phrases.replaceSubrange(position...position + 2, with: [merged])
                for token in phraseAt.indices where phraseAt[token] > Int32(position) { phraseAt[token] = max(Int32(position), phraseAt[token] - 2) }
                continue
            }
            guard first.count.qualifier != .unknown, first.launched == nil, first.headLast == first.last,
                  next.count.qualifier == .unknown, !next.isDefinite, !next.isElliptical, next.first == next.headFirst,
                  next.first == first.last + 2, tokens[first.last + 1].word == .and || tokens[first.last + 1].word == .or,
                  let aerialTarget = index.combinedAerialTarget(first.weapon, next.weapon)
            else { continue }
            // "40 drones and missiles were also fired": the second name opens a clause of its own.
            if next.last + 1 < tokens.count, verbAt[next.last + 1] >= 0 || tokens[next.last + 1].has(.beAux) { continue }
            var merged = first
            merged.weapon = aerialTarget
            merged.namesSeveralClasses = true
            merged.last = next.last
            merged.headLast = next.headLast
            phrases.replaceSubrange(position...position + 1, with: [merged])
            for token in phraseAt.indices where phraseAt[token] > Int32(position) { phraseAt[token] -= 1 }
        }
    }

    /// A name with no count, article or modifier of its own: an item of a list that shares a count.
    private func isUncountedName(_ phrase: WeaponPhrase) -> Bool {
        phrase.count.qualifier == .unknown && phrase.count.text == nil && !phrase.isDefinite && !phrase.isElliptical && phrase.launched == nil
    }

    /// The first token of "a barrage of", "the wave of" (a group noun of ``groupNouns`` and "of",
    /// with its article if any) ending just before `first`, if the words there are that.
    func groupNounStart(before first: Int) -> Int? {
        guard first >= 2, tokens[first - 1].word == .of, Self.groupNouns.contains(tokens[first - 2].key) else { return nil }
        return first >= 3 && tokens[first - 3].has(.article) ? first - 3 : first - 2
    }

    mutating func append(_ phrase: WeaponPhrase) {
        let phraseIndex = Int32(phrases.count)
        phrases.append(phrase)
        for token in phrase.first...phrase.last where phraseAt[token] < 0 { phraseAt[token] = phraseIndex }
    }

    /// The index of a generic weapon mention right after `last`, separated only by descriptive
    /// words ("rockets", "anti-radar missiles", "missile system with hypersonic missiles").
    private func absorbableGeneric(after last: Int, from mentionIndex: Int) -> Int? {
        let next = mentionIndex + 1
        guard next < mentions.count, mentions[next].ref.section == .weapon,
              index.weapons[Int(mentions[next].ref.index)].isGeneric
        else { return nil }
        let gap = mentions[next].first - last - 1
        guard gap <= 4 else { return nil }
        var token = last + 1
        while token < mentions[next].first {
            let current = tokens[token]
            if current.isMark(Mark.hyphen) {
                token += 1
                continue
            }
            guard current.isWord, !current.isCapitalized || current.has(.modifier) else { return nil }
            if current.has(.modifier) {
                token += 1  // "Shahed-type strike UAVs", "Harm anti-radar missiles"
                continue
            }
            if current.word == .with {
                guard token > 0, tokens[token - 1].word == .system || tokens[token - 1].word == .complex else { return nil }
            } else if current.lex.contains(.verb) || current.lex.contains(.placePrep) || current.lex.contains(.conjunction)
                        || current.lex.contains(.speech) || current.lex.contains(.clause) || current.lex.contains(.definite)
                        || current.lex.contains(.article) || current.isNumeric {
                return nil
            }
            token += 1
        }
        return next
    }

    /// "of the Kh-101 type", "of the “Vampir” rocket salvo fire system" after a generic noun: the
    /// mention index of the specific name and the last token of the words.
    private func namedType(after last: Int, from mentionIndex: Int) -> (mention: Int, last: Int)? {
        var token = last + 1
        guard token < tokens.count else { return nil }
        // "attack drones Shahed", "cruise missiles “Kalibr”": the name in apposition, of the same family.
        let isApposition = tokens[token].word != .of
        if !isApposition { token += 1 }
        while token < tokens.count, tokens[token].word == .the && !isApposition || tokens[token].isMark(Mark.quote) { token += 1 }
        guard token < tokens.count, let mention = mention(at: token), mention.first == token, mention.ref.section == .weapon,
              !index.weapons[Int(mention.ref.index)].isGeneric, !index.weapons[Int(mention.ref.index)].isInterceptor,
              !isApposition || index.weapons[Int(mentions[mentionIndex].ref.index)].family.admits(index.weapons[Int(mention.ref.index)].family),
              let position = mentions[mentionIndex...].firstIndex(where: { $0.first == mention.first })
        else { return nil }
        var end = mention.last
        // Through the closing quote and "type", "system", "rocket salvo fire system".
        var next = end + 1
        while next < tokens.count, next - mention.last <= 6 {
            let word = tokens[next]
            if word.isMark(Mark.quote) || word.isMark(Mark.hyphen) { next += 1; continue }
            guard word.isWord, Self.typeWords.contains(word.key) || word.word == .system || word.word == .complex
                    || mentionAt[next] >= 0 || word.has(.compoundHead) || word.lex.isEmpty && !word.isCapitalized
            else { break }
            end = next
            next += 1
            if Self.typeWords.contains(word.key) || word.word == .system || word.word == .complex { break }
        }
        return (position, end)
    }

    /// "drone attacks", "missile debris", "Iskander launchers": the weapon name modifies another noun.
    private func isNounModifier(_ last: Int) -> Bool {
        var next = last + 1
        if next < tokens.count, tokens[next].isMark(Mark.hyphen), !tokens[next].spaceBefore {
            next += 1
            // "aircraft-type UAVs", "missile-like objects"
            if next < tokens.count, Self.typeWords.contains(tokens[next].key) { return true }
        }
        guard next < tokens.count else { return false }
        let token = tokens[next]
        guard token.isWord, token.has(.compoundHead), !token.isPossessive else { return false }
        if token.word == .system || token.word == .complex {
            // "the Kinzhal missile system destroyed ...": the system is the weapon; "two Iskander
            // systems" as an object are launchers.
            var after = next + 1
            // "weapons, including the Kinzhal missile system, struck ...": the aside ends before the verb.
            if after + 1 < tokens.count, tokens[after].isMark(Mark.comma) || tokens[after].isMark(Mark.emDash) { after += 1 }
            if after < tokens.count, tokens[after].word == .with || tokens[after].lex.contains(.verb)
                || tokens[after].has(.beAux) || tokens[after].has(.haveAux) { return false }
        }
        return true
    }

    static let attackCompoundKeys: KeySet = KeySet(["attack", "attacks", "strike", "strikes", "impact", "impacts", "launches"])
    static let launchesKey = Lexicon.key("launches")
    /// "a drone impact", "two missile impacts": each impact is one weapon that hit.
    static let impactKeys: KeySet = KeySet(["impact", "impacts"])

    static let boundWords: KeySet = KeySet(["more", "than", "over", "nearly", "almost", "about", "around", "approximately", "some"])
    static let varietyWords: KeySet = KeySet(["various", "different", "several", "all", "many", "multiple"])
    static let kindWords: KeySet = KeySet(["types", "kinds", "type", "kind", "classes", "models"])

    static let typeWords: KeySet = KeySet(["type", "class", "style", "like", "shaped"])

    /// "anti-drone", "counter-missile": the name is not a weapon being used.
    private func hasNegatingPrefix(_ first: Int) -> Bool {
        guard first >= 2, tokens[first - 1].isMark(Mark.hyphen), !tokens[first].spaceBefore else { return false }
        return tokens[first - 2].word == .anti || tokens[first - 2].word == .counter
    }

    /// Reads the modifiers left of the head ("10 US-supplied Ukrainian ATACMS") into the phrase.
    ///
    /// - Returns: The first modifier token (the head's first token when there is none).
    private func applyModifiers(to phrase: inout WeaponPhrase) -> Int {
        var start = phrase.headFirst
        var token = phrase.headFirst - 1
        var steps = 0
        while token >= 0, steps < 6 {
            let current = tokens[token]
            // '13 "air targets"', "160 'Shaheds'" (an opening single quote stands apart from the word before)
            if current.isMark(Mark.quote) || (current.isMark(Mark.apostrophe) && current.spaceBefore) {
                start = token
                token -= 1
                steps += 1
                continue
            }
            if current.isMark(Mark.hyphen) || current.isMark(Mark.period) {
                // Inside a compound ("US-supplied", "long-range", "U.S.").
                guard !current.spaceBefore || current.isMark(Mark.period), token + 1 < tokens.count, !tokens[token + 1].spaceBefore else { break }
                token -= 1
                steps += 1
                continue
            }
            // "six Houthi drones", "Hezbollah rockets": an armed group's name used as an adjective.
            if mentionAt[token] >= 0 {
                let mention = mentions[Int(mentionAt[token])]
                // "Russia-launched drones": a country in a hyphenated compound.
                if mention.ref.section == .place, mention.last == token, token + 2 <= phrase.headFirst,
                   tokens[token + 1].isMark(Mark.hyphen), !tokens[token + 1].spaceBefore,
                   index.places[Int(mention.ref.index)].kind == .country {
                    if phrase.side == nil, let side = index.places[Int(mention.ref.index)].controllingSide { phrase.side = side }
                    start = mention.first
                    token = mention.first - 1
                    steps += 1
                    continue
                }
                guard mention.ref.section == .actor, mention.last == token, !current.isPossessive,
                      index.actors[Int(mention.ref.index)].kind != .media
                else { break }
                start = mention.first
                token = mention.first - 1
                steps += 1
                continue
            }
            guard current.isWord, !current.lex.contains(.numberWord) else { break }
            if current.lex.contains(.verb), current.form == .past, verbAt[token] < 0 {
                // "a downed drone", "the intercepted missiles": debris of an earlier claim.
                if current.verb == .intercept || current.verb == .destroy { phrase.isDebris = true }
                start = token
                token -= 1
                steps += 1
                continue
            }
            // "Russia launched drones": a verb the clause has (not "air-launched", "the launched
            // drones") ends the phrase, though "launched" also modifies weapons.
            if current.lex.contains(.verb), verbAt[token] >= 0 { break }
            let isSide = current.has(.sideRussia) || current.has(.sideUkraine)
            let isModifier = current.has(.modifier) || current.has(.originCountry) || current.has(.originSuffix) || current.has(.enemy)
            // Capitalised words the lexicon does not know ("Ukranian"), and "U.S." letters.
            // (Not a word the rules know by identity: a sentence's opening "Another", "These".)
            let isUnknownAdjective = current.lex.isEmpty && current.code == 0 && current.isCapitalized && !current.isPossessive
            guard isSide || isModifier || isUnknownAdjective else { break }
            if current.has(.sideRussia) { phrase.side = .russia }
            if current.has(.sideUkraine) { phrase.side = .ukraine }
            if current.has(.enemy) { phrase.isEnemy = true }
            start = token
            token -= 1
            steps += 1
        }
        phrase.origin = origin(in: start..<phrase.headFirst)
        if phrase.side == nil, let origin = phrase.origin {
            phrase.side = Self.supplierSide[origin]
        }
        return start
    }

    /// The country a weapon comes from, as the words say ("US-supplied", "Iranian-made").
    private func origin(in range: Range<Int>) -> String? {
        var found: String?
        var token = range.lowerBound
        while token < range.upperBound {
            let current = tokens[token]
            if current.has(.originCountry) {
                found = Self.countryNames[current.key] ?? found
            } else if current.isCapitalized, current.end - current.start == 1, token + 2 < range.upperBound,
                      tokens[token + 2].isCapitalized, tokens[token + 2].end - tokens[token + 2].start == 1 {
                // "U.S."
                found = "United States"
                token += 2
            }
            token += 1
        }
        return found
    }

    static let countryNames: [UInt64: String] = {
        let names: [(String, String)] = [
            ("us", "United States"), ("u.s", "United States"), ("american", "United States"), ("america", "United States"),
            ("british", "United Kingdom"), ("britain", "United Kingdom"), ("uk", "United Kingdom"), ("french", "France"),
            ("france", "France"), ("german", "Germany"), ("germany", "Germany"), ("iranian", "Iran"), ("iran", "Iran"),
            ("korean", "North Korea"), ("norwegian", "Norway"), ("turkish", "Turkey"), ("israeli", "Israel"),
            ("polish", "Poland"), ("czech", "Czech Republic"), ("italian", "Italy"), ("swedish", "Sweden"),
            ("dutch", "Netherlands"), ("chinese", "China"), ("belarusian", "Belarus"), ("western", "Western countries"),
            ("west", "Western countries"), ("nato", "NATO countries"), ("allied", "Western countries"),
            ("foreign", "foreign"),
        ]
        var table: [UInt64: String] = [:]
        for (word, name) in names { table[Lexicon.key(word)] = name }
        return table
    }()

    /// The side that fields weapons from a supplier, when the words do not say.
    static let supplierSide: [String: Side] = [
        "United States": .ukraine, "United Kingdom": .ukraine, "France": .ukraine, "Germany": .ukraine,
        "Norway": .ukraine, "Turkey": .ukraine, "Poland": .ukraine, "Czech Republic": .ukraine, "Italy": .ukraine,
        "Sweden": .ukraine, "Netherlands": .ukraine, "Western countries": .ukraine, "NATO countries": .ukraine,
        "Iran": .russia, "North Korea": .russia,
    ]

    /// "out of 31" or "of the 31 launched" right after a phrase.
    private func launchedAfter(_ last: Int) -> (value: Int, last: Int)? {
        var token = last + 1
        guard token < tokens.count else { return nil }
        if tokens[token].word == .out { token += 1 }
        guard token < tokens.count, tokens[token].word == .of else { return nil }
        token += 1
        if token < tokens.count, tokens[token].word == .the { token += 1 }
        // "73 out of more than 90": the launch figure as its stated bound.
        while token < tokens.count, token - last <= 5, Self.boundWords.contains(tokens[token].key) { token += 1 }
        guard token < tokens.count, let number = numberRun(endingAt: nil, startingAt: token) else { return nil }
        return (number.value, number.last)
    }
}
