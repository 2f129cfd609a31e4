import ClaimsCore

/// Article-level rules over the drafts of all sentences:
/// - a claim stated without a speaker is the same claim as a spoken one of the same kind and
///   system ("Russia used Kinzhal missiles ..." then "..., the ministry said"), else it takes the
///   speaker of the surrounding sentences;
/// - a generic mention is dropped when the same claimant gives a specific system with the same
///   count ("10 missiles" then "10 ATACMS missiles");
/// - a vague re-mention is dropped when the claim has a count elsewhere, and repeats are dropped;
/// - intercepts take `launched` from a launch claim of the same weapon nearby;
/// - what nobody is said to claim and has no count (a headline, background) is dropped.
struct Consolidation {
    let index: TaxonomyIndex
    let spans: [SentenceSpan]
    let speakers: [Int32?]
    /// The speakers named as such ("X said"), without the subjects of action verbs.
    let explicitSpeakers: [Int32?]
    let startsInQuote: [Bool]
    /// For each sentence, the speaker it credits with what came before ("Про це повідомили в
    /// Повітряних силах", "Об этом сообщили в Минобороны"), else `nil`.
    var backwardSpeakers: [Int32?] = []
    /// The news agencies and outlets each sentence names (sentences naming none are absent).
    var relays: [Int: [Int32]] = [:]
    /// Sentences that say the attack hit its targets, with who says so.
    var confirmations: [(sentence: Int, actor: Int32)] = []
    /// The office whose own post the text is (an Air Force report on its channel): it claims what
    /// the text attributes to nobody.
    var author: Int32?

    /// How many opening sentences may carry a relay for the whole article (a dateline's "(AP)").
    static let leadSentences = 3

    /// How many sentences apart two mentions of one claim may be.
    static let window = 8

    /// - Parameter found: Consumed: `var found = input` copied every draft of the article
    ///   (1.5% of `bench/extract.sh`), the caller passes its array with `consume`.
    mutating func candidates(from found: consuming [Found], text: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        absorbUnspoken(&found)
        inheritSpeakers(&found)
        if let author {
            for position in found.indices where found[position].actor == nil && found[position].draft.claimant != .anonymous {
                found[position].actor = author
                found[position].isInferred = true
            }
        }
        resolveDefiniteReferences(&found)
        deferToReporters(&found)
        resolveGenericsToSpecific(&found)
        dropRefinedGenerics(&found)
        dropRepeats(&found)
        dropDebrisOfStatedInterceptions(&found)
        dropRestatements(&found)
        dropBrokenDownTotals(&found)
        linkLaunches(&found)
        dropAttacksCountedByIntercepts(&found)
        confirmHits(&found)
        var result: [Candidate] = []
        result.reserveCapacity(found.count)
        var quote = (sentence: -1, text: "")
        // Nobody is said to claim it. In an article that attributes its other claims, that is a
        // headline, background or the outlet's own narrative, not a claim. In a text that names no
        // claimant at all, a counted claim stays for a person to attribute; a vague one goes.
        let attributes = found.contains { !$0.isDropped && $0.actor != nil }
        for item in found where !item.isDropped && (item.actor != nil || (!attributes && item.draft.count.qualifier != .unknown)) {
            if quote.sentence != item.sentence {
                let span = spans[item.sentence]
                quote = (item.sentence, String(decoding: UnsafeBufferPointer(rebasing: text[span.start..<span.end]), as: UTF8.self))
            }
            result.append(candidate(from: item, quote: quote.text, text: text))
        }
        return result
    }

    // MARK: - Rules

    /// Calls `body` with the positions of the other drafts within ``window`` sentences.
    private func neighbours(of position: Int, in found: [Found], _ body: (Int) -> Bool) {
        let sentence = found[position].sentence
        var other = position - 1
        while other >= 0, sentence - found[other].sentence <= Self.window {
            if body(other) { return }
            other -= 1
        }
        other = position + 1
        while other < found.count, found[other].sentence - sentence <= Self.window {
            if body(other) { return }
            other += 1
        }
    }

    func family(_ item: Found) -> WeaponFamily { index.weapons[Int(item.draft.weapon)].family }
    func isGeneric(_ item: Found) -> Bool { index.weapons[Int(item.draft.weapon)].isGeneric }

    private func absorbUnspoken(_ found: inout [Found]) {
        for position in found.indices where !found[position].hasAnchor {
            let item = found[position]
            var absorbed = false
            var absorber = -1
            neighbours(of: position, in: found) { other in
                let spoken = found[other]
                guard spoken.hasAnchor, spoken.actor != nil, spoken.draft.kind == item.draft.kind else { return false }
                // (Bounds compare whole: "more than 14,670" is not "around 1,300", though neither is exact.)
                let (a, b) = (item.draft.count, spoken.draft.count)
                let sameCount = a.qualifier == .unknown || (a.exact == b.exact && a.minimum == b.minimum && a.maximum == b.maximum)
                if sameCount, spoken.draft.weapon == item.draft.weapon
                    || (isGeneric(item) && item.draft.count.qualifier == .unknown && family(item).admits(family(spoken))) {
                    absorbed = true
                    absorber = other
                }
                return absorbed
            }
            found[position].isDropped = absorbed
            // "We shot down 73 out of more than 90": the spoken claim keeps the launch figure.
            if absorbed, found[absorber].draft.launched == nil, let launched = item.draft.launched,
               (item.draft.count.exact ?? 0) <= launched, found[absorber].draft.count.exact == item.draft.count.exact {
                found[absorber].draft.launched = launched
            }
        }
    }

    private func inheritSpeakers(_ found: inout [Found]) {
        for position in found.indices where found[position].draft.yieldsToNextSpeaker {
            let next = found[position].sentence + 1
            if next < spans.count, let speaker = explicitSpeakers[next] {
                found[position].actor = speaker
                found[position].isInferred = true
            }
        }
        // "Четыре из них сбила ПВО. Об этом сообщает ...": the air defence taken as the speaker by
        // default gives way to the office a later sentence credits.
        for position in found.indices where found[position].draft.isImplicitClaimant && !backwardSpeakers.isEmpty {
            guard case .generic = found[position].draft.claimant else { continue }
            let sentence = found[position].sentence
            var next = sentence + 1
            while next < spans.count, next <= sentence + Self.window, explicitSpeakers[next] == nil || backwardSpeakers[next] != nil {
                if let credited = backwardSpeakers[next] {
                    found[position].actor = credited
                    found[position].isCredited = true
                    break
                }
                next += 1
            }
        }
        // Also claims whose speaker words did not resolve ("it said" opening an article, "the
        // ministry" before any ministry is named): the speaker of a neighbouring sentence.
        // Anonymous speakers ("analysts said", "local channels wrote") stay nobody.
        for position in found.indices where !found[position].isDropped
            && (!found[position].hasAnchor || (found[position].actor == nil && found[position].draft.claimant != .anonymous)) {
            let sentence = found[position].sentence
            let paragraph = spans[sentence].paragraph
            var speaker: Int32?
            if startsInQuote[sentence] {
                var next = sentence + 1
                while speaker == nil, next < spans.count, next <= sentence + 4, spans[next].paragraph == paragraph {
                    speaker = speakers[next]
                    next += 1
                }
            }
            // The sentence before (even across a paragraph break, as in an agency's numbered report),
            // else the one before it in the same paragraph.
            if speaker == nil, sentence > 0 { speaker = speakers[sentence - 1] }
            if speaker == nil, sentence > 1, spans[sentence - 2].paragraph == paragraph { speaker = speakers[sentence - 2] }
            // After the claim: "..., the statement reads." / "The ministry reported this in its daily briefing."
            // (A speaker there who is only the subject of an action, "ППО збила", gives way to
            // one credited below.)
            var isSubjectAfter = false
            if speaker == nil, sentence + 1 < spans.count, spans[sentence + 1].paragraph == paragraph || found[position].actor == nil {
                speaker = speakers[sentence + 1]
                isSubjectAfter = speaker != nil && explicitSpeakers[sentence + 1] == nil
            }
            if speaker == nil, sentence + 2 < spans.count, spans[sentence + 2].paragraph == paragraph {
                speaker = speakers[sentence + 2]
                isSubjectAfter = speaker != nil && explicitSpeakers[sentence + 2] == nil
            }
            // "Про це повідомили в ...": a later sentence credits its speaker with what came before
            // (often a whole post, so as far as the article window reaches).
            if speaker == nil || isSubjectAfter, found[position].actor == nil, !backwardSpeakers.isEmpty {
                var next = sentence + 1
                var credited: Int32?
                while credited == nil, next < spans.count, next <= sentence + Self.window {
                    credited = backwardSpeakers[next]
                    next += 1
                }
                if let credited {
                    speaker = credited
                    found[position].isCredited = true
                }
            }
            // A claim that refers back to weapons already reported continues the report: the last
            // speaker two or three sentences back, across paragraph breaks, when nobody spoke since
            // ("Centcom reported ... / No ships were damaged. / Of the two drones deployed, one was
            // intercepted"). A fresh count there ("Today, 16 drones were shot down") is the outlet's.
            if speaker == nil, found[position].actor == nil, found[position].draft.isElliptical || found[position].draft.isDefiniteReference {
                var back = sentence - 2
                while speaker == nil, back >= 0, sentence - back <= 3 {
                    speaker = explicitSpeakers[back]
                    back -= 1
                }
            }
            // "..., it said." opening an article: the body it stands for is named further on.
            if speaker == nil, found[position].draft.claimant == .pronoun {
                var next = sentence + 1
                while speaker == nil, next < spans.count, next <= sentence + 4 {
                    if let candidate = explicitSpeakers[next], index.actors[Int(candidate)].kind != .media { speaker = candidate }
                    next += 1
                }
            }
            if let speaker {
                found[position].actor = speaker
                found[position].isInferred = true
            }
        }
    }

    private func dropRefinedGenerics(_ found: inout [Found]) {
        // (Fields are read in place: copying each `Found` retained its strings and arrays, 2.5%
        // of bench/extract.sh on Cyrillic reports.)
        for position in found.indices where !found[position].isDropped && isGeneric(found[position]) {
            guard let actor = found[position].actor else { continue }
            let kind = found[position].draft.kind
            let count = found[position].draft.count
            let itemFamily = family(found[position])
            let place = found[position].draft.place
            // "Kalibr missiles destroyed weapons in Zhytomyr ... missiles struck fuel depots near
            // Odesa": weapons that hit two places apart are two strikes; nor does an unplaced
            // mention of a system the article places elsewhere refine a placed strike.
            func isApart(_ otherPlace: Int32) -> Bool {
                otherPlace >= 0 && otherPlace != place && !encloses(place, otherPlace) && !encloses(otherPlace, place)
            }
            var refined = false
            neighbours(of: position, in: found) { other in
                guard !found[other].isDropped, !isGeneric(found[other]), found[other].actor == actor, found[other].draft.kind == kind,
                      itemFamily.admits(family(found[other]))
                else { return false }
                if kind == .strike, place >= 0 {
                    let otherPlace = found[other].draft.place
                    if isApart(otherPlace) { return false }
                    let weapon = found[other].draft.weapon
                    if otherPlace < 0, found.contains(where: { $0.draft.weapon == weapon && $0.actor == actor
                        && $0.draft.kind == .strike && isApart($0.draft.place) }) {
                        return false
                    }
                }
                refined = count.qualifier == .unknown || (count.exact != nil && count.exact == found[other].draft.count.exact)
                return refined
            }
            found[position].isDropped = refined
        }
    }

    private func dropRepeats(_ found: inout [Found]) {
        // (The neighbours' fields are read in place, not copied: see `dropRefinedGenerics`.)
        for position in found.indices where !found[position].isDropped {
            let actor = found[position].actor, kind = found[position].draft.kind, weapon = found[position].draft.weapon
            let count = found[position].draft.count, launched = found[position].draft.launched
            let place = found[position].draft.place, sentence = found[position].sentence
            let isVague = count.qualifier == .unknown
            let isAdditional = found[position].draft.isAdditional
            var repeated = false
            var headline: Int?
            neighbours(of: position, in: found) { other in
                guard !found[other].isDropped, found[other].actor == actor, found[other].draft.kind == kind,
                      found[other].draft.weapon == weapon
                else { return false }
                let earlierCount = found[other].draft.count
                if isVague {
                    // A vague re-mention of a claim that has a count, or a second vague one.
                    repeated = earlierCount.qualifier != .unknown || other < position
                } else if other < position, !isAdditional {
                    let sameCount = earlierCount.exact == count.exact && earlierCount.minimum == count.minimum
                        && earlierCount.maximum == count.maximum && found[other].draft.launched == launched
                        && found[other].draft.place == place && !areApart(found[other], found[position])
                    // One claim per claimant, action, system and place within a sentence.
                    let samePlaceInSentence = found[other].sentence == sentence && found[other].draft.place == place
                    repeated = sameCount || samePlaceInSentence
                    // A headline restated in the body: the body's wording stands.
                    if sameCount, isHeadline(found[other].sentence) {
                        headline = other
                    }
                }
                return repeated
            }
            if let headline {
                found[headline].isDropped = true
                continue
            }
            found[position].isDropped = repeated
        }
    }

    /// Whether another system of `family` is launched within a sentence of the launch at `position`
    /// (found items are in sentence order: only the neighbours are read).
    private func hasOtherLaunch(near position: Int, in found: [Found], family: WeaponFamily) -> Bool {
        let sentence = found[position].sentence
        let weapon = found[position].draft.weapon
        func isOther(_ third: Int) -> Bool {
            !found[third].isDropped && found[third].draft.kind == .launch && found[third].draft.weapon != weapon
                && family.admits(index.weapons[Int(found[third].draft.weapon)].family)
        }
        var third = position - 1
        while third >= 0, sentence - found[third].sentence <= 1 {
            if isOther(third) { return true }
            third -= 1
        }
        third = position + 1
        while third < found.count, found[third].sentence - sentence <= 1 {
            if isOther(third) { return true }
            third += 1
        }
        return false
    }

    private func linkLaunches(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped {
            let item = found[position]
            guard item.draft.kind == .intercept, item.draft.launched == nil, let count = item.draft.count.exact ?? item.draft.count.minimum else { continue }
            let weapon = index.weapons[Int(item.draft.weapon)]
            func launchFigure(_ other: Int) -> Int? {
                let launch = found[other]
                // "At least 16 Kalibr were fired ... five of them were shot down": a bound keeps its figure.
                let figure = launch.draft.count.exact ?? (launch.draft.count.qualifier == .atLeast ? launch.draft.count.minimum : nil)
                guard !launch.isDropped, launch.draft.kind == .launch || launch.draft.isAttackInstrument,
                      let launched = figure ?? Self.figure(launch.draft.count), launched >= count else { return nil }
                let launchWeapon = index.weapons[Int(launch.draft.weapon)]
                let sameWeapon = launch.draft.weapon == item.draft.weapon
                    || (weapon.isGeneric && weapon.family.admits(launchWeapon.family))
                guard sameWeapon else { return nil }
                // "19 missiles were shot down" after "20 Kh-101 and 8 Kalibr were fired": the generic
                // count is of both; one system's figure is not its launched.
                if weapon.isGeneric, !launchWeapon.isGeneric, hasOtherLaunch(near: other, in: found, family: weapon.family) { return nil }
                if let actor = item.actor, let launchActor = launch.actor,
                   index.actors[Int(actor)].side != index.actors[Int(launchActor)].side { return nil }
                return launched
            }
            var other = position - 1
            var launched: Int?
            while launched == nil, other >= 0, found[other].sentence >= item.sentence - 4 {
                launched = launchFigure(other)
                other -= 1
            }
            // "... shot down two missiles. Russia had launched four in total": the figure may follow.
            other = position + 1
            while launched == nil, other < found.count, found[other].sentence <= item.sentence + 2 {
                // (Only the same speaker's: a later official of the same side speaks of another count.)
                if found[other].sentence > item.sentence, found[other].draft.kind == .launch,
                   item.actor == nil || found[other].actor == nil || item.actor == found[other].actor {
                    launched = launchFigure(other)
                }
                other += 1
            }
            if let launched { found[position].draft.launched = launched }
        }
    }

    /// "carried out an attack using Shahed drones ..., 58 out of 59 were shot down": an uncounted
    /// attack's weapons that the same sentence counts as the launched of their interception are
    /// recorded there (a participle's weapons make no launch claim of their own).
    private func dropAttacksCountedByIntercepts(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped && found[position].draft.kind == .launch
            && found[position].draft.isAttackInstrument && found[position].draft.count.qualifier == .unknown {
            let item = found[position]
            var other = position - 1
            while other >= 0, found[other].sentence == item.sentence { other -= 1 }
            other += 1
            while other < found.count, found[other].sentence == item.sentence {
                defer { other += 1 }
                let intercept = found[other]
                guard !intercept.isDropped, intercept.draft.kind == .intercept, intercept.draft.launched != nil,
                      intercept.actor == item.actor,
                      intercept.draft.weapon == item.draft.weapon || fits(Int(intercept.draft.weapon), as: Int(item.draft.weapon))
                else { continue }
                found[position].isDropped = true
                break
            }
        }
    }

    /// "The operation involved missiles ... as well as drones. ... 'All intended targets were
    /// successfully hit'": the attacker's own uncounted launches, up to three sentences before
    /// it says so, were strikes. (A defender saying "all targets were hit" reports the launches.)
    private func confirmHits(_ found: inout [Found]) {
        for confirmation in confirmations {
            let side = index.actors[Int(confirmation.actor)].side
            for position in found.indices where !found[position].isDropped && found[position].draft.kind == .launch
                && found[position].actor == confirmation.actor && found[position].draft.count.qualifier == .unknown
                && (confirmation.sentence - 3..<confirmation.sentence).contains(found[position].sentence) {
                let weapon = index.weapons[Int(found[position].draft.weapon)]
                let weaponSide = found[position].draft.side ?? (weapon.sides.count == 1 ? weapon.sides[0] : nil)
                if let weaponSide, weaponSide != side { continue }
                found[position].draft.kind = .strike
            }
        }
    }

    // MARK: - Candidate

    private func candidate(from item: Found, quote: String, text: UnsafeBufferPointer<UInt8>) -> Candidate {
        let draft = item.draft
        let span = spans[item.sentence]
        let weapon = index.weapons[Int(draft.weapon)]
        let actor = item.actor.map { index.actors[Int($0)] }
        let claimantSide = actor?.side
        var weaponSide = draft.side
        if weaponSide == nil, draft.isEnemy { weaponSide = claimantSide?.opponent }
        if weaponSide == nil, weapon.sides.count == 1 { weaponSide = weapon.sides[0] }
        if weaponSide == nil, let claimantSide, claimantSide != .thirdParty {
            let placeSide = draft.place >= 0 ? index.places[Int(draft.place)].controllingSide : nil
            switch draft.kind {
            case .intercept: weaponSide = claimantSide.opponent
            case .strike, .launch: weaponSide = placeSide == claimantSide ? claimantSide.opponent : claimantSide
            }
        }
        let location = draft.location.map {
            String(decoding: UnsafeBufferPointer(rebasing: text[Int($0.lowerBound)..<Int($0.upperBound)]), as: UTF8.self)
        }
        // A regional official speaks about their own region unless the sentence names another place.
        let place = draft.place >= 0 ? index.places[Int(draft.place)].id : (actor?.kind == .regionalOfficial ? actor?.region : nil)
        var system = weapon.id
        if !draft.companions.isEmpty {
            // "Х-101 та Х-555": the pair the taxonomy has as one ambiguous identity.
            let composite = SystemReference(members: [weapon.id] + draft.companions.map { index.weapons[Int($0)].id }).description
            system = index.ambiguousByMembers[composite] ?? composite
        }
        return Candidate(
            kind: draft.kind, system: system,
            count: draft.count, launched: draft.launched, claimant: actor?.id,
            claimantSide: claimantSide, weaponSide: weaponSide, weaponOrigin: draft.origin ?? nil,
            place: place, location: location, event: item.window,
            quote: quote, start: span.scalarStart, end: span.scalarEnd, confidence: confidence(item, weapon),
            relays: relayIDs(for: item)
        )
    }

    /// The relays of a claim: the outlets its sentence names, else those of the article's
    /// opening, never the claimant itself.
    private func relayIDs(for item: Found) -> [String] {
        var named = relays[item.sentence] ?? []
        if named.isEmpty {
            for sentence in 0..<min(Self.leadSentences, spans.count) { named += relays[sentence] ?? [] }
        }
        var ids: [String] = []
        for actor in named where actor != item.actor {
            let id = index.actors[Int(actor)].id
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    private func confidence(_ item: Found, _ weapon: TaxonomyIndex.WeaponInfo) -> Double {
        var score = 0.3
        if item.actor != nil { score += item.isInferred ? 0.15 : 0.25 }
        if item.hasAnchor { score += 0.05 }
        switch item.draft.count.qualifier {
        case .exact: score += 0.15
        case .atLeast, .upTo, .range: score += 0.12
        case .about: score += 0.08
        case .unknown: score += item.draft.count.text == nil ? 0 : 0.03
        }
        if !weapon.isGeneric { score += 0.1 }
        if item.draft.verbDistance <= 3 { score += 0.1 } else if item.draft.verbDistance <= 8 { score += 0.05 }
        if item.draft.place >= 0 { score += 0.05 }
        if item.draft.isElliptical { score -= 0.05 }
        return (min(0.99, max(0.05, score)) * 100).rounded() / 100
    }
}
