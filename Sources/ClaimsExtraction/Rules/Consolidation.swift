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
    /// The event windows of the sentences with claims, which `Found.window` indexes.
    var windows: [EventWindow?] = []

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
        dropHeadlineBounds(&found)
        dropBrokenDownTotals(&found)
        linkLaunches(&found)
        dropAttacksCountedByIntercepts(&found)
        dropUncountedRestatedLaunches(&found)
        confirmHits(&found)
        var result: [Candidate] = []
        result.reserveCapacity(found.count)
        var quote = (sentence: -1, text: "")
        // Nobody is said to claim it. In an article that attributes its other claims, that is a
        // headline, background or the outlet's own narrative, not a claim. In a text that names no
        // claimant at all, a counted claim stays for a person to attribute; a vague one goes.
        let attributes = found.contains { !$0.isDropped && $0.actor != nil }
        var leadRelays: [Int32] = []
        for sentence in 0..<min(Self.leadSentences, spans.count) { leadRelays += relays[sentence] ?? [] }
        for item in found where !item.isDropped && (item.actor != nil || (!attributes && item.draft.count.qualifier != .unknown)) {
            if quote.sentence != item.sentence {
                let span = spans[item.sentence]
                quote = (item.sentence, String(decoding: UnsafeBufferPointer(rebasing: text[span.start..<span.end]), as: UTF8.self))
            }
            result.append(candidate(from: item, quote: quote.text, text: text, leadRelays: leadRelays))
        }
        return result
    }

    // MARK: - Rules

    /// Calls `body` with the positions of the other drafts within ``window`` sentences.
    func neighbours(of position: Int, in found: [Found], _ body: (Int) -> Bool) {
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

    /// The systems a claim names: its weapon and a composite's other members.
    private func members(_ item: Found) -> Set<Int32> {
        Set([item.draft.weapon] + item.draft.companions)
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
            var refiner = -1
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
                refiner = other
                return refined
            }
            found[position].isDropped = refined
            // ("104 ударними БпЛА типу Shahed і безпілотниками-імітаторами, 57 з них удалося збити",
            // then "збито 57 ударних БПЛА типу Shahed і безпілотників інших типів": one composite
            // told twice keeps the launch figure of the first telling.)
            if refined, found[refiner].draft.launched == nil, let launched = found[position].draft.launched,
               !found[position].draft.companions.isEmpty, members(found[position]) == members(found[refiner]) {
                found[refiner].draft.launched = launched
            }
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
                if isAdditional {
                    // "another drone strike": more weapons, never a re-mention.
                    repeated = false
                } else if isVague {
                    // A vague re-mention of a claim that has a count, or a second vague one.
                    repeated = earlierCount.qualifier != .unknown || other < position
                } else if other < position {
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

    // MARK: - Candidate

    private func candidate(from item: Found, quote: String, text: UnsafeBufferPointer<UInt8>, leadRelays: [Int32]) -> Candidate {
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
            place: place, location: location, event: windows[Int(item.window)],
            quote: quote, start: span.scalarStart, end: span.scalarEnd, confidence: confidence(item, weapon),
            relays: relayIDs(for: item, lead: leadRelays)
        )
    }

    /// The relays of a claim: the outlets its sentence names, else those of the article's
    /// opening (`lead`), never the claimant itself.
    private func relayIDs(for item: Found, lead: [Int32]) -> [String] {
        var named = relays[item.sentence] ?? []
        if named.isEmpty { named = lead }
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
