import ClaimsCore
import ClaimsExtraction

/// Counts and pronouns whose weapons were named before: "42 of them were shot down", "of which
/// 30 were destroyed", "..., adding that it was intercepted".
extension SentenceAnalyzer {
    // MARK: - Pronoun subjects

    static let itKey = Lexicon.key("it")
    static let theyKey = Lexicon.key("they")

    /// "..., adding that it was successfully intercepted", "They also struck command posts": a
    /// pronoun that is the subject of an interception (passive) or a strike (active) stands for
    /// the last weapons named before it in this sentence (for an interception, also the sentence
    /// before in the paragraph). "it" takes one weapon; "they" the antecedent's count.
    mutating func addPronounSubjects(previous: WeaponPhrase?) {
        let it = Self.itKey, they = Self.theyKey
        for position in tokens.indices where tokens[position].has(.pronoun) && (tokens[position].key == it || tokens[position].key == they) {
            guard phraseAt[position] < 0 else { continue }
            var verb = position + 1
            var passive = false
            while verb < tokens.count, verb - position <= 4, verbAt[verb] < 0,
                  tokens[verb].has(.beAux) || tokens[verb].has(.haveAux) || tokens[verb].has(.adverb) || tokens[verb].word == .also {
                if tokens[verb].has(.beAux) { passive = true }
                verb += 1
            }
            guard verb < tokens.count, verbAt[verb] >= 0 else { continue }
            let hit = verbs[Int(verbAt[verb])]
            guard !hit.isNegated, !hit.isHypothetical,
                  passive ? hit.isPassive && (hit.verbClass == .intercept || hit.verbClass == .destroy)
                          : !hit.isPassive && hit.verbClass == .strike
            else { continue }
            // (Not "it shot down 20 drones": weapons after the verb are its object.)
            if hit.last + 1 < tokens.count, (hit.last + 1..<min(hit.last + 4, tokens.count)).contains(where: { phraseAt[$0] >= 0 }) { continue }
            let local = phrases.last { $0.last < position && !$0.isOrganisation && !index.weapons[Int($0.weapon)].isInterceptor }
            // (The sentence before only for an interception: its last weapons are likely what was
            // fired, not what struck.)
            guard var phrase = local ?? (passive ? previous.flatMap({ $0.isFromEarlierParagraph ? nil : $0 }) : nil) else { continue }
            let isSingular = tokens[position].key == Self.itKey
            if isSingular {
                guard phrase.count.exact == 1 || phrase.count.qualifier == .unknown else { continue }
                phrase.count = .exactly(1)
            }
            phrase.isElliptical = true
            phrase.isDefinite = false
            phrase.launched = nil
            phrase.first = position
            phrase.last = position
            phrase.headFirst = position
            phrase.headLast = position
            append(phrase)
        }
    }

    // MARK: - Elliptical counts

    /// "... and three over the Bryansk region", "42 of them were shot down", "of which 30 were
    /// destroyed": counts whose weapon is named earlier.
    mutating func addEllipticalPhrases(previous: WeaponPhrase?) {
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            // "most of them were intercepted": a part of the weapons just told, uncounted.
            let isVaguePart = Self.vaguePartKeys.contains(tokens[index].key) && (index + 2 < tokens.count && tokens[index + 1].word == .of
                && [.them, .these, .those, .which].contains(tokens[index + 2].word)
                // "..., of which most were intercepted"
                || index >= 2 && tokens[index - 2].word == .of && tokens[index - 1].word == .which && index + 1 < tokens.count
                    && tokens[index + 1].has(.beAux))
            guard phraseAt[index] < 0, mentionAt[index] < 0,
                  tokens[index].isNumeric || tokens[index].word == .all || tokens[index].word == .both || isVaguePart,
                  index == 0 || !tokens[index - 1].isNumeric
            else { continue }
            let isAll = tokens[index].word == .all
            let isBoth = tokens[index].word == .both || isVaguePart  // (one word, like "both")
            let last = isAll || isBoth ? index : (numberRun(endingAt: nil, startingAt: index)?.last ?? index)
            guard isAll || isBoth || tokens[last].value >= 0 else { continue }
            var after = last + 1
            // ("two more", "five other", "three each over Kaluga and Lipetsk")
            while after < tokens.count, tokens[after].word == .otherWord || tokens[after].word == .more || tokens[after].word == .each { after += 1 }
            let next = after < tokens.count ? tokens[after] : nil
            let ofThem = next?.word == .of && after + 1 < tokens.count
                && [.them, .these, .those, .which].contains(tokens[after + 1].word)
            let ofWhich = index >= 2 && tokens[index - 2].word == .of && [.which, .these, .them].contains(tokens[index - 1].word)
                || index >= 3 && tokens[index - 1].isMark(Mark.comma) && tokens[index - 3].word == .of && [.these, .them].contains(tokens[index - 2].word)
                // "Among them, 138 were intercepted"
                || index >= 3 && tokens[index - 1].isMark(Mark.comma) && tokens[index - 3].key == Self.amongKey && [.these, .them].contains(tokens[index - 2].word)
                || index >= 2 && tokens[index - 2].key == Self.amongKey && [.these, .them].contains(tokens[index - 1].word)
            // "All targets were destroyed" after "11 missiles were fired": all of them.
            var target = after
            if isAll, target < tokens.count, tokens[target].has(.definite) { target += 1 }
            if isAll, target < tokens.count, tokens[target].word == .air { target += 1 }
            let allTargets = isAll && target + 1 < tokens.count && tokens[target].word == .targets && tokens[target + 1].has(.beAux)
                && (target + 2..<min(target + 5, tokens.count)).contains { verbAt[$0] >= 0 && verbs[Int(verbAt[$0])].verbClass == .intercept || verbAt[$0] >= 0 && verbs[Int(verbAt[$0])].verbClass == .destroy }
            // "The Air Force detected and tracked 9 Shahed drones. "All were shot down"": a bare
            // "all" as the subject of a passive interception takes the weapons told before,
            // whatever was done with them there.
            let allPassive = isAll && !ofThem && !allTargets && (next?.has(.beAux) ?? false) || isAll && (next?.has(.haveAux) ?? false)
            let allWere = allPassive && (after + 1..<min(after + 4, tokens.count)).contains {
                guard verbAt[$0] >= 0 else { return false }
                let hit = verbs[Int(verbAt[$0])]
                return hit.isPassive && !hit.isNegated && (hit.verbClass == .intercept || hit.verbClass == .destroy)
            }
            if isAll, !ofThem, !allTargets, !allWere { continue }
            // "both were intercepted", "both of them were shot down"
            if isBoth, !(ofThem || (next?.has(.beAux) ?? false)) { continue }
            // (Also a breakdown after the total: "42 drones, including 17 over the Bryansk region",
            // "42 drones: 17 over ...", "42 drones — 17 over ...".)
            let link = index > 0 && (tokens[index - 1].word == .and || tokens[index - 1].isMark(Mark.comma) || tokens[index - 1].word == .another
                || tokens[index - 1].isMark(Mark.semicolon)
                || tokens[index - 1].key == Self.includingKey || tokens[index - 1].isMark(Mark.colon) || tokens[index - 1].isMark(Mark.emDash))
            let auxThenVerb = (next?.has(.beAux) ?? false) && (after + 1..<min(after + 4, tokens.count)).contains { verbAt[$0] >= 0 }
            let nextIsVerb = after < tokens.count && verbAt[after] >= 0
            let nextIsPlace = (next?.has(.placePrep) ?? false) && placePhraseEnd(from: after) != nil
            // "... were launched, and air defences intercepted 13."
            let objectOfVerb = index > 0 && verbAt[index - 1] >= 0 && (next == nil || next!.isPunct || nextIsPlace)
                && verbs[Int(verbAt[index - 1])].verbClass != .none
            // "... with Kalibr cruise missiles. A total of 12 launches": the count of the weapons just
            // launched (the sentence echoes the launch; see `echoesPredicate`).
            let countsLaunches = echoedKind == .launch && next.map { Self.launchNounKeys.contains($0.key) } ?? false
            // ("One hit a power plant." after the weapons were told of: a count opening the sentence.)
            let opensWithVerb = index == 0 && nextIsVerb
            guard ofThem || ofWhich || allTargets || auxThenVerb || objectOfVerb || countsLaunches || (link && (nextIsPlace || nextIsVerb))
                    || opensWithVerb
            else { continue }
            // An earlier paragraph's weapons only for an explicit reference back ("Among them, ...").
            let carried = previous.flatMap { $0.isFromEarlierParagraph && !(ofThem || ofWhich || allTargets) ? nil : $0 }
            guard var antecedentIndex = phrases.lastIndex(where: { $0.last < index && !$0.isOrganisation }) ?? (carried == nil ? nil : -1)
            else { continue }
            // "the two unmanned aerial vehicles (UAVs) deployed": the abbreviation restates the phrase.
            if antecedentIndex > 0, phrases[antecedentIndex].count.qualifier == .unknown, phrases[antecedentIndex].first >= 1,
               tokens[phrases[antecedentIndex].first - 1].isMark(Mark.openParen),
               phrases[antecedentIndex - 1].last + 2 == phrases[antecedentIndex].first {
                antecedentIndex -= 1
            }
            let antecedent = antecedentIndex >= 0 ? phrases[antecedentIndex] : carried!
            var phrase = antecedent
            phrase.isElliptical = true
            phrase.isDefinite = false
            phrase.headFirst = index
            phrase.headLast = last
            phrase.last = ofThem ? after + 1 : allTargets ? target : after - 1  // through "two more", "five other", "all targets"
            var ownLaunched: Int?
            if isAll {
                phrase.first = index
                phrase.count = antecedent.count
            } else if isVaguePart {
                phrase.first = index
                phrase.count = .unknown(text: ofThem ? text(index, index + 2) : text(index - 2, index))
            } else if isBoth {
                phrase.first = index
                phrase.count = .exactly(2, text: "both")
            } else {
                let parsed = countBefore(last)
                phrase.first = min(parsed.first, index)
                phrase.count = parsed.count
                ownLaunched = parsed.launched  // "30 of 32 were shot down"
            }
            // "Of the two drones launched, one was intercepted"
            // (Only for an antecedent of this sentence: the previous sentence's tokens are gone.)
            let isLocal = phrases.contains { $0.last < index && $0.first == antecedent.first && $0.last == antecedent.last }
            let ofTheLead = isLocal && antecedent.first < tokens.count
                && (antecedent.first >= 1 && tokens[antecedent.first - 1].word == .of
                    || antecedent.first >= 2 && tokens[antecedent.first - 2].word == .of && tokens[antecedent.first - 1].has(.definite))
            // ("Out of 15 Shahed drones fired at Odesa, air defences destroyed 12": the object of
            // the verb, as well as a part linked by a comma or "and".)
            let leadPart = ofTheLead && (link || objectOfVerb)
            phrase.launched = (ofThem || ofWhich || allTargets || allWere || leadPart) ? antecedent.count.exact : ownLaunched
            // ("about ten rockets ..., of which most were intercepted": most of about ten.)
            if isVaguePart, phrase.launched == nil, antecedent.count.qualifier == .about { phrase.launched = antecedent.count.minimum }
            // (A bounded whole too: "Out of more than 90 missiles, 73 were shot down" claims 73, of
            // a launch it does not count exactly.)
            if leadPart, antecedent.count.qualifier != .unknown, antecedentIndex >= 0 { phrases[antecedentIndex].isPartitiveWhole = true }
            append(phrase)
            index = phrase.last
        }
    }
}
