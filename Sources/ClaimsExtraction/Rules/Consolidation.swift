import ClaimsCore

/// Article-level rules over the drafts of all sentences:
/// - a claim stated without a speaker is the same claim as a spoken one of the same kind and
///   system ("Russia used Kinzhal missiles ..." then "..., the ministry said"), else it takes the
///   speaker of the surrounding sentences;
/// - a generic mention is dropped when the same claimant gives a specific system with the same
///   count ("10 missiles" then "10 ATACMS missiles");
/// - a vague re-mention is dropped when the claim has a count elsewhere, and repeats are dropped;
/// - intercepts take `launched` from a launch claim of the same weapon nearby.
struct Consolidation {
    let index: TaxonomyIndex
    let spans: [SentenceSpan]
    let speakers: [Int32?]
    let startsInQuote: [Bool]

    private struct Key: Hashable {
        var actor: Int32
        var kind: ClaimKind
        var weapon: Int32
    }

    private struct RepeatKey: Hashable {
        var key: Key
        var place: Int32
        var exact: Int?
        var minimum: Int?
        var maximum: Int?
        var launched: Int?
    }

    private struct SentenceKey: Hashable {
        var sentence: Int
        var key: Key
        var place: Int32
    }

    mutating func candidates(from input: [Found], text: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var found = input
        absorbUnspoken(&found)
        inheritSpeakers(&found)
        dropRefinedGenerics(&found)
        dropRepeats(&found)
        linkLaunches(&found)
        return found.filter { !$0.isDropped }.map { candidate(from: $0, text: text) }
    }

    // MARK: - Rules

    private func absorbUnspoken(_ found: inout [Found]) {
        var spoken = Set<Key>()
        var spokenFamilies = Set<Key>()
        for item in found where item.hasAnchor && item.actor != nil {
            spoken.insert(Key(actor: 0, kind: item.draft.kind, weapon: item.draft.weapon))
            spokenFamilies.insert(Key(actor: 0, kind: item.draft.kind, weapon: Int32(index.weapons[Int(item.draft.weapon)].family.rawValue)))
        }
        for position in found.indices where !found[position].hasAnchor {
            let draft = found[position].draft
            let weapon = index.weapons[Int(draft.weapon)]
            if spoken.contains(Key(actor: 0, kind: draft.kind, weapon: draft.weapon))
                || (weapon.isGeneric && draft.count.qualifier == .unknown
                    && spokenFamilies.contains(Key(actor: 0, kind: draft.kind, weapon: Int32(weapon.family.rawValue)))) {
                found[position].isDropped = true
            }
        }
    }

    private func inheritSpeakers(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped && !found[position].hasAnchor {
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
            var back = sentence - 1
            while speaker == nil, back >= 0, back >= sentence - 2, spans[back].paragraph == paragraph {
                speaker = speakers[back]
                back -= 1
            }
            if speaker == nil, sentence + 1 < spans.count, spans[sentence + 1].paragraph == paragraph {
                speaker = speakers[sentence + 1]
            }
            if let speaker {
                found[position].actor = speaker
                found[position].isInferred = true
            }
        }
    }

    private func dropRefinedGenerics(_ found: inout [Found]) {
        // Specific systems by claimant, kind and family, with their exact counts.
        var specific: [Key: [Int?]] = [:]
        for item in found where !item.isDropped {
            let weapon = index.weapons[Int(item.draft.weapon)]
            guard !weapon.isGeneric, let actor = item.actor else { continue }
            specific[Key(actor: actor, kind: item.draft.kind, weapon: Int32(weapon.family.rawValue)), default: []].append(item.draft.count.exact)
        }
        guard !specific.isEmpty else { return }
        for position in found.indices where !found[position].isDropped {
            let item = found[position]
            let weapon = index.weapons[Int(item.draft.weapon)]
            guard weapon.isGeneric, let actor = item.actor else { continue }
            var families = [weapon.family]
            if weapon.family == .missile { families.append(.rocket) }
            if weapon.family == .rocket { families.append(.missile) }
            for family in families {
                guard let counts = specific[Key(actor: actor, kind: item.draft.kind, weapon: Int32(family.rawValue))] else { continue }
                let exact = item.draft.count.exact
                if item.draft.count.qualifier == .unknown || (exact != nil && counts.contains(exact)) {
                    found[position].isDropped = true
                    break
                }
            }
        }
    }

    private func dropRepeats(_ found: inout [Found]) {
        var counted = Set<Key>()
        for item in found where !item.isDropped && item.draft.count.qualifier != .unknown {
            counted.insert(Key(actor: item.actor ?? -1, kind: item.draft.kind, weapon: item.draft.weapon))
        }
        var seenVague = Set<Key>()
        var seenExact = Set<RepeatKey>()
        for position in found.indices where !found[position].isDropped {
            let item = found[position]
            let key = Key(actor: item.actor ?? -1, kind: item.draft.kind, weapon: item.draft.weapon)
            if item.draft.count.qualifier == .unknown {
                if counted.contains(key) || seenVague.contains(key) { found[position].isDropped = true }
                seenVague.insert(key)
                continue
            }
            let count = item.draft.count
            let signature = RepeatKey(key: key, place: item.draft.place, exact: count.exact, minimum: count.minimum,
                                      maximum: count.maximum, launched: item.draft.launched)
            if !seenExact.insert(signature).inserted { found[position].isDropped = true }
        }
        // One claim per claimant, action, system and place within a sentence.
        var perSentence = Set<SentenceKey>()
        for position in found.indices where !found[position].isDropped {
            let item = found[position]
            let signature = SentenceKey(sentence: item.sentence, key: Key(actor: item.actor ?? -1, kind: item.draft.kind, weapon: item.draft.weapon),
                                        place: item.draft.place)
            if !perSentence.insert(signature).inserted { found[position].isDropped = true }
        }
    }

    private func linkLaunches(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped {
            let item = found[position]
            guard item.draft.kind == .intercept, item.draft.launched == nil, let count = item.draft.count.exact ?? item.draft.count.minimum else { continue }
            let weapon = index.weapons[Int(item.draft.weapon)]
            var other = position - 1
            while other >= 0, found[other].sentence >= item.sentence - 2 {
                let launch = found[other]
                other -= 1
                guard !launch.isDropped, launch.draft.kind == .launch, let launched = launch.draft.count.exact, launched >= count else { continue }
                let launchWeapon = index.weapons[Int(launch.draft.weapon)]
                let sameWeapon = launch.draft.weapon == item.draft.weapon
                    || (weapon.isGeneric && weapon.family.admits(launchWeapon.family))
                guard sameWeapon else { continue }
                if let actor = item.actor, let launchActor = launch.actor,
                   index.actors[Int(actor)].side != index.actors[Int(launchActor)].side { continue }
                found[position].draft.launched = launched
                break
            }
        }
    }

    // MARK: - Candidate

    private func candidate(from item: Found, text: UnsafeBufferPointer<UInt8>) -> Candidate {
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
        let quote = String(decoding: UnsafeBufferPointer(rebasing: text[span.start..<span.end]), as: UTF8.self)
        let location = draft.location.map {
            String(decoding: UnsafeBufferPointer(rebasing: text[Int($0.lowerBound)..<Int($0.upperBound)]), as: UTF8.self)
        }
        return Candidate(
            kind: draft.kind, system: weapon.id, count: draft.count, launched: draft.launched, claimant: actor?.id,
            claimantSide: claimantSide, weaponSide: weaponSide, weaponOrigin: draft.origin ?? nil,
            place: draft.place >= 0 ? index.places[Int(draft.place)].id : nil, location: location, event: item.window,
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
