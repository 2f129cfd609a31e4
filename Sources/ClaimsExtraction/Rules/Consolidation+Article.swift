import ClaimsCore

/// The article rules that look across sentences and claimants: references back ("the
/// missiles"), reporters of an attacker's launch, generic nouns resolved to the system the same
/// claimant names, wreckage, restated headlines and totals with their breakdown.
extension Consolidation {
    /// "Three drones were launched ... the drones hit Eilat": a definite generic noun takes the
    /// system and count of the latest earlier mention of such weapons (a singular one counts 1).
    /// Restating the same action, or with nothing to refer to, it is no new claim; but a part of
    /// them with nothing to refer to ("shot down most of the drones launched overnight") is a
    /// claim of its own, uncounted.
    func resolveDefiniteReferences(_ found: inout [Found]) {
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
            // (Another office telling the same action is a claim of its own: "The mayor said one drone
            // was destroyed. The Defence Ministry said the drone was shot down over Odintsovo.")
            let otherSpeaker = referent.map { referent in
                found[position].actor != nil && !found[position].isInferred && found[referent].actor != nil
                    && found[referent].actor != found[position].actor
            } ?? false
            if referent == nil, found[position].draft.count.qualifier == .unknown, found[position].draft.count.text != nil {
                continue
            }
            guard let referent, found[referent].draft.kind != found[position].draft.kind || otherSpeaker else {
                // "missile and other drones are intercepted" (a headline) then "the missile ... was
                // intercepted": the singular restatement tells how many the vague mention meant.
                if let referent, found[position].draft.isSingular, found[referent].draft.count.qualifier == .unknown,
                   found[referent].draft.weapon == found[position].draft.weapon {
                    found[referent].draft.count = .exactly(1)
                }
                found[position].isDropped = true
                continue
            }
            found[position].draft.weapon = found[referent].draft.weapon
            if found[position].draft.isSingular {
                found[position].draft.count = .exactly(1, text: "the")
            } else if found[position].draft.count.qualifier == .unknown, found[position].draft.count.text != nil {
                // "most of the missiles", "some of the projectiles": a part of those, uncounted.
                let whole = found[referent].draft.count
                if found[position].draft.launched == nil { found[position].draft.launched = whole.exact ?? (whole.qualifier == .about ? whole.minimum : nil) }
            } else if found[referent].draft.count.isExact {
                found[position].draft.count = found[referent].draft.count
            }
            if found[position].actor == nil { found[position].actor = found[referent].actor }
        }
    }

    /// "..., the Air Force reported. Russian forces launched three Iskander-M missiles.": the
    /// attacker named as the subject of a launch or strike is reported on, not speaking; the
    /// speaker of the sentences just before claims it.
    func deferToReporters(_ found: inout [Found]) {
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
    func resolveGenericsToSpecific(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped && isGeneric(found[position]) {
            // ("ballistic and cruise missiles" are not the statement's one named system.)
            guard let actor = found[position].actor, !found[position].draft.namesSeveralClasses else { continue }
            let sentence = found[position].sentence
            let kind = found[position].draft.kind
            let genericIndex = Int(found[position].draft.weapon)
            let isVague = found[position].draft.count.qualifier == .unknown
            let exact = found[position].draft.count.exact
            var specific: Int32?
            var ambiguous = false
            var outnumbers = false
            var restated = false
            var category: String?  // shared by every specific candidate, else ""
            var namesNarrower = false  // one of them is that category's generic ("cruise missiles")
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
                // "ballistic and cruise missiles" beside it: the noun may be any of those classes.
                if found[other].draft.namesSeveralClasses, index.weapons[genericIndex].family.admits(index.weapons[weaponIndex].family) {
                    ambiguous = true
                    continue
                }
                guard weaponIndex != genericIndex, fits(weaponIndex, as: genericIndex) else { continue }
                // "66 ракет" in a week beside a launch of "двома ракетами «Іскандер-М»" in a night:
                // more weapons than were launched of that system cannot all be of it. (Only a
                // launch figure bounds them: "109 drones were launched" may still be the "99
                // Shahed-type drones" intercepted, and "Ще п'ять ракет" hit besides the two that did.)
                var otherFigure = found[other].draft.launched ?? 0
                if found[other].draft.kind == .launch { otherFigure = max(otherFigure, found[other].draft.count.exact ?? 0) }
                if let exact, otherFigure > 0, exact > otherFigure {
                    outnumbers = true  // (the noun is then not surely the one other system named)
                    continue
                }
                // The same claim restated with its name: dropped as a refined generic instead.
                if found[other].draft.kind == kind, isVague || exact == found[other].draft.count.exact {
                    restated = true
                    break
                }
                if let specific, specific != found[other].draft.weapon { ambiguous = true }
                // A composite ("Shahed and decoy drones") names more than one system.
                if !found[other].draft.companions.isEmpty { ambiguous = true }
                specific = found[other].draft.weapon
                let otherCategory = index.weapons[weaponIndex].category
                if category == nil { category = otherCategory } else if category != otherCategory { category = "" }
                if index.weapons[weaponIndex].isGeneric { namesNarrower = true }
                for companion in found[other].draft.companions where index.weapons[Int(companion)].category != category { category = "" }
            }
            guard !restated, let specific else { continue }
            if !ambiguous {
                if !outnumbers { found[position].draft.weapon = specific }
            } else if let category, let narrower = index.genericByCategory[category], namesNarrower,
                      fits(Int(narrower), as: genericIndex) {
                // "12 missiles reached their targets" in a statement about "cruise missiles", Kh-101
                // and Kalibr: cruise missiles, which of them unknown. (Without the statement's own
                // "cruise missiles", the noun stays as written.)
                found[position].draft.weapon = narrower
            }
        }
    }

    /// Whether weapon `candidate` may be what the generic entry `generic` stands for: a specific
    /// system of its family (and category, for narrow generics), or a narrower generic.
    func fits(_ candidate: Int, as generic: Int) -> Bool {
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

    /// Wreckage of weapons whose interception the same claimant states elsewhere in the article
    /// ("shot down 12 drones ... debris from two downed drones fell on a house") adds nothing.
    func dropDebrisOfStatedInterceptions(_ found: inout [Found]) {
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
    func dropRestatements(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped {
            guard let count = Self.figure(found[position].draft.count), let actor = found[position].actor else { continue }
            let side = index.actors[Int(actor)].side
            var other = position + 1
            while other < found.count, found[other].sentence - found[position].sentence <= Self.window {
                defer { other += 1 }
                guard !found[other].isDropped, found[other].sentence != found[position].sentence,
                      !found[other].draft.isAdditional, !found[position].draft.isAdditional,
                      found[other].draft.kind == found[position].draft.kind, Self.figure(found[other].draft.count) == count,
                      let otherActor = found[other].actor, index.actors[Int(otherActor)].side == side
                else { continue }
                // Two offices each named as speaking ("said the air command", "the regional
                // governor told") make two claims, even of one figure.
                if otherActor != actor, Self.namesSpeaker(found[position]), Self.namesSpeaker(found[other]),
                   !isHeadline(found[position].sentence) {
                    continue
                }
                let place = found[position].draft.place, otherPlace = found[other].draft.place
                // (A country is too coarse to conflict: "on the territory of the Russian Federation"
                // and "over the Black Sea" may be one interception.)
                guard place == otherPlace || place < 0 || otherPlace < 0 || encloses(place, otherPlace) || encloses(otherPlace, place)
                        || index.places[Int(place)].kind == .country || index.places[Int(otherPlace)].kind == .country
                else { continue }
                // Another day is another event.
                if areApart(found[position], found[other]) { continue }
                let launched = found[position].draft.launched, otherLaunched = found[other].draft.launched
                guard launched == otherLaunched || launched == nil || otherLaunched == nil else { continue }
                let weapon = Int(found[position].draft.weapon), otherWeapon = Int(found[other].draft.weapon)
                let keepOther: Bool
                if weapon == otherWeapon {
                    // The fuller statement: a launch figure, else a narrower place, else the body's
                    // wording rather than the headline's.
                    if launched != otherLaunched {
                        keepOther = launched == nil
                    } else if place != otherPlace {
                        keepOther = place < 0 || (otherPlace >= 0 && encloses(place, otherPlace))
                    } else {
                        keepOther = isHeadline(found[position].sentence)
                    }
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

    /// "ПВО сбили более 30 беспилотников" in a headline, then "уничтожено 32 беспилотника" in the
    /// body: a headline's lower bound that the body's exact figure meets (up to twice the bound)
    /// restates the body's claim.
    func dropHeadlineBounds(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped && isHeadline(found[position].sentence) {
            let count = found[position].draft.count
            guard count.qualifier == .atLeast, let minimum = count.minimum, minimum > 0 else { continue }
            let side = found[position].actor.map { index.actors[Int($0)].side }
            let weapon = Int(found[position].draft.weapon)
            let restated = found[(position + 1)...].contains { other in
                guard !other.isDropped, other.draft.kind == found[position].draft.kind, let exact = other.draft.count.exact,
                      exact >= minimum, exact < 2 * minimum, other.actor.map({ index.actors[Int($0)].side }) == side
                else { return false }
                let otherWeapon = Int(other.draft.weapon)
                return otherWeapon == weapon || (index.weapons[weapon].isGeneric && fits(otherWeapon, as: weapon))
            }
            if restated { found[position].isDropped = true }
        }
    }

    /// Whether the claim's office is named as speaking ("the air command said", "спікер ОВА
    /// розповів", "Об этом сообщает командование"), not a country, a pronoun, generic words, the
    /// last speaker by default, or the subject of the action ("Ukrainian forces shot down").
    static func namesSpeaker(_ item: Found) -> Bool {
        let draft = item.draft
        if item.isCredited { return true }
        switch draft.claimant {
        case .actor: return !draft.isImplicitClaimant
        case let .generic(kind, _): return kind != .officials && !draft.isImplicitClaimant
        default: return false
        }
    }

    /// Whether place `outer` contains place `inner` ("Ukraine" and the Odesa region, a region and
    /// a city in it).
    func encloses(_ outer: Int32, _ inner: Int32) -> Bool {
        guard outer >= 0, inner >= 0, outer != inner else { return false }
        let (a, b) = (index.places[Int(outer)], index.places[Int(inner)])
        if a.kind == .country { return b.kind != .country && b.kind != .sea && b.controllingSide != nil && b.controllingSide == a.controllingSide }
        return b.region == a.id
    }

    /// Whether the sentence is the article's headline: the whole first paragraph, one sentence.
    func isHeadline(_ sentence: Int) -> Bool {
        sentence == 0 && (spans.count == 1 || spans[1].paragraph != spans[0].paragraph)
    }

    /// The one figure a count states: exact, or a rough figure ("almost 140"); `nil` for bounds and vague words.
    static func figure(_ count: ClaimCount) -> Int? {
        if let exact = count.exact { return exact }
        guard count.qualifier == .about, let minimum = count.minimum, count.maximum == minimum else { return nil }
        return minimum
    }

    /// Whether two event windows share no day (another day is another event).
    /// Whether two claims are about different days, as far as the text states their dates.
    func areApart(_ one: Found, _ other: Found) -> Bool {
        !one.isWindowAssumed && !other.isWindowAssumed && Self.areApart(windows[Int(one.window)], windows[Int(other.window)])
    }

    static func areApart(_ one: EventWindow?, _ other: EventWindow?) -> Bool {
        guard let one, let other else { return false }
        // A week or a month ("last week", "over the past week") is a report's span, not a day to tell events apart by.
        if one.start.date.adding(days: 2) < one.end.date || other.start.date.adding(days: 2) < other.end.date { return false }
        return one.end.date < other.start.date || other.end.date < one.start.date
    }

    /// Whether place `part` (or none) lies within place `whole` (any place when `whole` is none;
    /// any place but a country when `whole` is a country).
    func isWithin(_ part: Int32, _ whole: Int32) -> Bool {
        guard whole >= 0, part >= 0, part != whole else { return true }
        // "над пятью регионами России", then the regions one by one.
        if index.places[Int(whole)].kind == .country { return index.places[Int(part)].kind != .country }
        let region = index.places[Int(whole)].region
        return index.places[Int(part)].region == region && region == index.places[Int(whole)].id
    }

    /// How many sentences after a total its breakdown may start and end.
    static let breakdownReach = 6

    /// A total followed by a breakdown that accounts for all of it ("36 drones ...: 18 over
    /// Bryansk, nine over Kursk and nine over Belgorod"; "144 targets ...: 102 missiles and 42
    /// drones") keeps only the parts: the total would count the same weapons twice.
    func dropBrokenDownTotals(_ found: inout [Found]) {
        // (The parts must add up exactly, so they may follow a few sentences on: a lead's total,
        // then the attack described, then the parts.)
        for position in found.indices where !found[position].isDropped {
            guard found[position].draft.count.isExact, let sum = found[position].draft.count.exact, sum >= 2 else { continue }
            let sentence = found[position].sentence
            let kind = found[position].draft.kind
            let actor = found[position].actor
            let weapon = found[position].draft.weapon
            let totalIsGeneric = isGeneric(found[position])
            let totalFamily = family(found[position])
            let totalPlace = found[position].draft.place
            var parts = 0
            var running = 0
            var other = position + 1
            // (A long list goes on while its parts follow one another sentence by sentence: the
            // Russian MoD's thirteen lines by region, one per line.)
            var lastPart = sentence
            while other < found.count, found[other].sentence - sentence <= Self.breakdownReach || found[other].sentence - lastPart <= 1 {
                defer { other += 1 }
                // Items of one list ("six over Tver, three over Kursk, three over Lipetsk") are not a
                // total and its parts: the breakdown follows in a later sentence, after "targets", or
                // as counts by place after a total told nowhere ("42 drones, including 17 over ...").
                // ("19 drones: 9 UAVs over the Belgorod region, 6 UAVs over ..." names the weapon again.)
                let isPlacedPart = totalPlace < 0 && found[other].draft.place >= 0
                guard found[other].sentence > sentence || totalFamily == .aerialTarget || isPlacedPart else { continue }
                guard !found[other].isDropped, found[other].draft.kind == kind,
                      found[other].actor == actor || found[other].actor == nil || actor == nil,
                      found[other].draft.count.isExact, let value = found[other].draft.count.exact, value < sum
                else { continue }
                guard found[other].draft.weapon == weapon || (totalIsGeneric && totalFamily.admits(family(found[other]))) else { continue }
                // "five other drones over Kursk" after "nine drones over Belgorod": more, not a part.
                guard isWithin(found[other].draft.place, totalPlace) else { continue }
                running += value
                parts += 1
                lastPart = found[other].sentence
                if running >= sum { break }
            }
            if parts >= 2, running == sum { found[position].isDropped = true }
        }
    }
}
