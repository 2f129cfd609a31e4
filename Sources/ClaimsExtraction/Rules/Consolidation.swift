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

    /// How many sentences apart two mentions of one claim may be.
    static let window = 8

    mutating func candidates(from input: [Found], text: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var found = input
        absorbUnspoken(&found)
        inheritSpeakers(&found)
        resolveDefiniteReferences(&found)
        deferToReporters(&found)
        resolveGenericsToSpecific(&found)
        dropRefinedGenerics(&found)
        dropRepeats(&found)
        dropDebrisOfStatedInterceptions(&found)
        dropRestatements(&found)
        dropBrokenDownTotals(&found)
        linkLaunches(&found)
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

    private func family(_ item: Found) -> WeaponFamily { index.weapons[Int(item.draft.weapon)].family }
    private func isGeneric(_ item: Found) -> Bool { index.weapons[Int(item.draft.weapon)].isGeneric }

    private func absorbUnspoken(_ found: inout [Found]) {
        for position in found.indices where !found[position].hasAnchor {
            let item = found[position]
            var absorbed = false
            var absorber = -1
            neighbours(of: position, in: found) { other in
                let spoken = found[other]
                guard spoken.hasAnchor, spoken.actor != nil, spoken.draft.kind == item.draft.kind else { return false }
                let sameCount = item.draft.count.qualifier == .unknown || item.draft.count.exact == spoken.draft.count.exact
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
            if speaker == nil, sentence + 1 < spans.count, spans[sentence + 1].paragraph == paragraph || found[position].actor == nil {
                speaker = speakers[sentence + 1]
            }
            if speaker == nil, sentence + 2 < spans.count, spans[sentence + 2].paragraph == paragraph {
                speaker = speakers[sentence + 2]
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

    /// "Three drones were launched ... the drones hit Eilat": a definite generic noun takes the
    /// system and count of the latest earlier mention of such weapons (a singular one counts 1).
    /// Restating the same action, or with nothing to refer to, it is no new claim.
    private func resolveDefiniteReferences(_ found: inout [Found]) {
        for position in found.indices where found[position].draft.isDefiniteReference && !found[position].isDropped {
            let sentence = found[position].sentence
            let weapon = Int(found[position].draft.weapon)
            var referent: Int?
            var other = position - 1
            while other >= 0, sentence - found[other].sentence <= 3 {
                if !found[other].draft.isDefiniteReference, Int(found[other].draft.weapon) == weapon
                    || fits(Int(found[other].draft.weapon), as: weapon) {
                    referent = other
                    break
                }
                other -= 1
            }
            guard let referent, found[referent].draft.kind != found[position].draft.kind else {
                found[position].isDropped = true
                continue
            }
            found[position].draft.weapon = found[referent].draft.weapon
            if found[position].draft.isSingular {
                found[position].draft.count = .exactly(1, text: "the")
            } else if found[referent].draft.count.isExact {
                found[position].draft.count = found[referent].draft.count
            }
            if found[position].actor == nil { found[position].actor = found[referent].actor }
        }
    }

    /// "..., the Air Force reported. Russian forces launched three Iskander-M missiles.": the
    /// attacker named as the subject of a launch or strike is reported on, not speaking; the
    /// speaker of the sentences just before claims it.
    private func deferToReporters(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped && found[position].draft.isImplicitClaimant {
            let item = found[position]
            guard item.draft.kind != .intercept else { continue }
            let sentence = item.sentence
            var reporter: Int32?
            if sentence > 0 { reporter = explicitSpeakers[sentence - 1] }
            if reporter == nil, sentence > 1, spans[sentence - 2].paragraph == spans[sentence].paragraph {
                reporter = explicitSpeakers[sentence - 2]
            }
            if let reporter, reporter != item.actor {
                found[position].actor = reporter
                found[position].isInferred = true
            }
        }
    }

    /// "Russia launched 16 UAVs" in a statement that calls them Shahed drones: a generic noun
    /// takes the one specific system the same claimant names for that kind of weapon within a
    /// few sentences (another sentence, or another action in the same one). With two or more
    /// candidates ("Kh-101 and Kalibr") the noun stays generic.
    private func resolveGenericsToSpecific(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped && isGeneric(found[position]) {
            guard let actor = found[position].actor else { continue }
            let sentence = found[position].sentence
            let kind = found[position].draft.kind
            let genericIndex = Int(found[position].draft.weapon)
            let isVague = found[position].draft.count.qualifier == .unknown
            let exact = found[position].draft.count.exact
            var specific: Int32?
            var ambiguous = false
            var other = position - 1
            while other >= 0, sentence - found[other].sentence <= Self.window { other -= 1 }
            other += 1
            // Fields are read in place: copying each neighbour would retain its strings.
            while other < found.count, found[other].sentence - sentence <= Self.window {
                defer { other += 1 }
                guard other != position, found[other].actor == actor,
                      found[other].sentence != sentence || found[other].draft.kind != kind
                else { continue }
                let weaponIndex = Int(found[other].draft.weapon)
                guard weaponIndex != genericIndex, fits(weaponIndex, as: genericIndex) else { continue }
                // The same claim restated with its name: dropped as a refined generic instead.
                if found[other].draft.kind == kind, isVague || exact == found[other].draft.count.exact {
                    ambiguous = true
                    break
                }
                if let specific, specific != found[other].draft.weapon { ambiguous = true }
                specific = found[other].draft.weapon
            }
            if let specific, !ambiguous { found[position].draft.weapon = specific }
        }
    }

    /// Whether weapon `candidate` may be what the generic entry `generic` stands for: a specific
    /// system of its family (and category, for narrow generics), or a narrower generic.
    private func fits(_ candidate: Int, as generic: Int) -> Bool {
        let weapons = index.weapons
        guard weapons[generic].family.admits(weapons[candidate].family) else { return false }
        if weapons[candidate].isGeneric { return Self.narrows(weapons[candidate], weapons[generic]) }
        return weapons[generic].category == "missile" || weapons[generic].family == .drone
            || weapons[generic].category == weapons[candidate].category
    }

    /// Whether the generic entry `narrow` names a narrower kind of weapon than `broad`.
    static func narrows(_ narrow: TaxonomyIndex.WeaponInfo, _ broad: TaxonomyIndex.WeaponInfo) -> Bool {
        guard narrow.id != broad.id, narrow.family == broad.family else { return false }
        if broad.category == "missile" || broad.category == "drone" { return narrow.category != broad.category }
        return narrow.id == "unspecified-anti-ship-ballistic-missile"
            && (broad.id == "unspecified-ballistic-missile" || broad.id == "unspecified-anti-ship-missile")
    }

    private func dropRefinedGenerics(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped && isGeneric(found[position]) {
            let item = found[position]
            guard let actor = item.actor else { continue }
            var refined = false
            neighbours(of: position, in: found) { other in
                let specific = found[other]
                guard !specific.isDropped, !isGeneric(specific), specific.actor == actor, specific.draft.kind == item.draft.kind,
                      family(item).admits(family(specific))
                else { return false }
                refined = item.draft.count.qualifier == .unknown || (item.draft.count.exact != nil && item.draft.count.exact == specific.draft.count.exact)
                return refined
            }
            found[position].isDropped = refined
        }
    }

    private func dropRepeats(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped {
            let item = found[position]
            let isVague = item.draft.count.qualifier == .unknown
            var repeated = false
            neighbours(of: position, in: found) { other in
                let earlier = found[other]
                guard !earlier.isDropped, earlier.actor == item.actor, earlier.draft.kind == item.draft.kind,
                      earlier.draft.weapon == item.draft.weapon
                else { return false }
                let earlierIsVague = earlier.draft.count.qualifier == .unknown
                if isVague {
                    // A vague re-mention of a claim that has a count, or a second vague one.
                    repeated = !earlierIsVague || other < position
                } else if other < position {
                    let sameCount = earlier.draft.count.exact == item.draft.count.exact && earlier.draft.count.minimum == item.draft.count.minimum
                        && earlier.draft.count.maximum == item.draft.count.maximum && earlier.draft.launched == item.draft.launched
                        && earlier.draft.place == item.draft.place && !Self.areApart(earlier.window, item.window)
                    // One claim per claimant, action, system and place within a sentence.
                    let samePlaceInSentence = earlier.sentence == item.sentence && earlier.draft.place == item.draft.place
                    repeated = sameCount || samePlaceInSentence
                }
                return repeated
            }
            found[position].isDropped = repeated
        }
    }

    /// Wreckage of weapons whose interception the same claimant states elsewhere in the article
    /// ("shot down 12 drones ... debris from two downed drones fell on a house") adds nothing.
    private func dropDebrisOfStatedInterceptions(_ found: inout [Found]) {
        for position in found.indices where found[position].draft.isDebris && !found[position].isDropped {
            let actor = found[position].actor
            let weapon = Int(found[position].draft.weapon)
            let stated = found.indices.contains { other in
                other != position && !found[other].isDropped && !found[other].draft.isDebris && found[other].draft.kind == .intercept
                    && (actor == nil || found[other].actor == actor)
                    && (Int(found[other].draft.weapon) == weapon || fits(Int(found[other].draft.weapon), as: weapon)
                        || fits(weapon, as: Int(found[other].draft.weapon)))
            }
            if stated { found[position].isDropped = true }
        }
    }

    /// A headline or lead restated in the body ("Ukraine shoots down 14 Shahed drones" then "...
    /// shot down 14 of 16 Shahed drones, the air force said"): the same side claiming the same
    /// count of the same weapons in another sentence, with no conflicting place or launch figure,
    /// is one claim; the fuller statement (named system, launch figure) is kept.
    private func dropRestatements(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped {
            guard let count = Self.figure(found[position].draft.count), let actor = found[position].actor else { continue }
            let side = index.actors[Int(actor)].side
            var other = position + 1
            while other < found.count, found[other].sentence - found[position].sentence <= Self.window {
                defer { other += 1 }
                guard !found[other].isDropped, found[other].sentence != found[position].sentence,
                      found[other].draft.kind == found[position].draft.kind, Self.figure(found[other].draft.count) == count,
                      let otherActor = found[other].actor, index.actors[Int(otherActor)].side == side
                else { continue }
                let place = found[position].draft.place, otherPlace = found[other].draft.place
                guard place == otherPlace || place < 0 || otherPlace < 0 else { continue }
                // Another day is another event.
                if Self.areApart(found[position].window, found[other].window) { continue }
                let launched = found[position].draft.launched, otherLaunched = found[other].draft.launched
                guard launched == otherLaunched || launched == nil || otherLaunched == nil else { continue }
                let weapon = Int(found[position].draft.weapon), otherWeapon = Int(found[other].draft.weapon)
                let keepOther: Bool
                if weapon == otherWeapon {
                    keepOther = launched == nil && otherLaunched != nil
                } else if isGeneric(found[position]), fits(otherWeapon, as: weapon) {
                    keepOther = true
                } else if isGeneric(found[other]), fits(weapon, as: otherWeapon) {
                    keepOther = false
                } else {
                    continue
                }
                if keepOther {
                    if found[other].draft.launched == nil { found[other].draft.launched = launched }
                    found[position].isDropped = true
                    break
                }
                if found[position].draft.launched == nil { found[position].draft.launched = otherLaunched }
                found[other].isDropped = true
            }
        }
    }

    /// The one figure a count states: exact, or a rough figure ("almost 140"); `nil` for bounds and vague words.
    static func figure(_ count: ClaimCount) -> Int? {
        if let exact = count.exact { return exact }
        guard count.qualifier == .about, let minimum = count.minimum, count.maximum == minimum else { return nil }
        return minimum
    }

    /// Whether two event windows share no day (another day is another event).
    static func areApart(_ one: EventWindow?, _ other: EventWindow?) -> Bool {
        guard let one, let other else { return false }
        // A week or a month ("last week", "over the past week") is a report's span, not a day to tell events apart by.
        if one.start.date.adding(days: 2) < one.end.date || other.start.date.adding(days: 2) < other.end.date { return false }
        return one.end.date < other.start.date || other.end.date < one.start.date
    }

    /// A total followed by a breakdown that accounts for all of it ("36 drones ...: 18 over
    /// Bryansk, nine over Kursk and nine over Belgorod"; "144 targets ...: 102 missiles and 42
    /// drones") keeps only the parts: the total would count the same weapons twice.
    private func dropBrokenDownTotals(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped {
            guard found[position].draft.count.isExact, let sum = found[position].draft.count.exact, sum >= 2 else { continue }
            let sentence = found[position].sentence
            let kind = found[position].draft.kind
            let actor = found[position].actor
            let weapon = found[position].draft.weapon
            let totalIsGeneric = isGeneric(found[position])
            let totalFamily = family(found[position])
            var parts = 0
            var running = 0
            var other = position + 1
            while other < found.count, found[other].sentence - sentence <= 2 {
                defer { other += 1 }
                // Items of one list ("six over Tver, three over Kursk, three over Lipetsk") are not a
                // total and its parts: the breakdown follows in a later sentence, or after "targets".
                guard found[other].sentence > sentence || totalFamily == .aerialTarget else { continue }
                guard !found[other].isDropped, found[other].draft.kind == kind,
                      found[other].actor == actor || found[other].actor == nil || actor == nil,
                      found[other].draft.count.isExact, let value = found[other].draft.count.exact, value < sum
                else { continue }
                guard found[other].draft.weapon == weapon || (totalIsGeneric && totalFamily.admits(family(found[other]))) else { continue }
                running += value
                parts += 1
                if running >= sum { break }
            }
            if parts >= 2, running == sum { found[position].isDropped = true }
        }
    }

    private func linkLaunches(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped {
            let item = found[position]
            guard item.draft.kind == .intercept, item.draft.launched == nil, let count = item.draft.count.exact ?? item.draft.count.minimum else { continue }
            let weapon = index.weapons[Int(item.draft.weapon)]
            func launchFigure(_ other: Int) -> Int? {
                let launch = found[other]
                guard !launch.isDropped, launch.draft.kind == .launch || launch.draft.isAttackInstrument,
                      let launched = launch.draft.count.exact, launched >= count else { return nil }
                let launchWeapon = index.weapons[Int(launch.draft.weapon)]
                let sameWeapon = launch.draft.weapon == item.draft.weapon
                    || (weapon.isGeneric && weapon.family.admits(launchWeapon.family))
                guard sameWeapon else { return nil }
                if let actor = item.actor, let launchActor = launch.actor,
                   index.actors[Int(actor)].side != index.actors[Int(launchActor)].side { return nil }
                return launched
            }
            var other = position - 1
            var launched: Int?
            while launched == nil, other >= 0, found[other].sentence >= item.sentence - 2 {
                launched = launchFigure(other)
                other -= 1
            }
            // "... shot down two missiles. Russia had launched four in total": the figure may follow.
            other = position + 1
            while launched == nil, other < found.count, found[other].sentence <= item.sentence + 2 {
                if found[other].sentence > item.sentence, found[other].draft.kind == .launch { launched = launchFigure(other) }
                other += 1
            }
            if let launched { found[position].draft.launched = launched }
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
        return Candidate(
            kind: draft.kind, system: weapon.id, count: draft.count, launched: draft.launched, claimant: actor?.id,
            claimantSide: claimantSide, weaponSide: weaponSide, weaponOrigin: draft.origin ?? nil,
            place: place, location: location, event: item.window,
            quote: quote, start: span.scalarStart, end: span.scalarEnd, confidence: confidence(item, weapon)
        )
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
