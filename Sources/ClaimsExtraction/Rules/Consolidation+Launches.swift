import ClaimsCore

/// Launches and what became of them: the launched figure of an interception, an attack's weapons
/// counted by the interception, and launches the attacker says hit their targets.
extension Consolidation {
    /// Whether another system of `family` is launched within a sentence of the launch at `position`
    /// (found items are in sentence order: only the neighbours are read).
    func hasOtherLaunch(near position: Int, in found: [Found], family: WeaponFamily) -> Bool {
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

    /// Whether a place is a region or narrower (a city, a district), not a country or none.
    func isLocal(_ place: Int32) -> Bool {
        place >= 0 && index.places[Int(place)].kind != .country
    }

    func linkLaunches(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped {
            let item = found[position]
            guard item.draft.kind == .intercept, item.draft.launched == nil, let count = item.draft.count.exact ?? item.draft.count.minimum else { continue }
            // (The figure is read by a method given the array, not a nested function capturing
            // it: through the capture, every `found[other].sentence` copied the whole claim.)
            var other = position - 1
            var launched: Int?
            while launched == nil, other >= 0, found[other].sentence >= item.sentence - 4 {
                launched = launchFigure(found, other, for: item, count: count)
                other -= 1
            }
            // "... shot down two missiles. Russia had launched four in total": the figure may follow.
            other = position + 1
            while launched == nil, other < found.count, found[other].sentence <= item.sentence + 2 {
                // (Only the same speaker's: a later official of the same side speaks of another count.)
                if found[other].sentence > item.sentence, found[other].draft.kind == .launch,
                   item.actor == nil || found[other].actor == nil || item.actor == found[other].actor {
                    launched = launchFigure(found, other, for: item, count: count)
                }
                other += 1
            }
            if let launched { found[position].draft.launched = launched }
        }
    }

    /// The launched figure the claim at `other` gives an interception of `count` (`item`), if any.
    private func launchFigure(_ found: [Found], _ other: Int, for item: Found, count: Int) -> Int? {
        let weapon = index.weapons[Int(item.draft.weapon)]
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
        // "Ukraine was attacked by 14 drones (General Staff) ... nine were downed over Kyiv,
        // the city's administration said": another office's figure for one place is no
        // part of a national launch.
        if let actor = item.actor, let launchActor = launch.actor, actor != launchActor,
           isLocal(item.draft.place), !isLocal(launch.draft.place) { return nil }
        return launched
    }

    /// "carried out an attack using Shahed drones ..., 58 out of 59 were shot down": an uncounted
    /// attack's weapons that the same sentence counts as the launched of their interception are
    /// recorded there (a participle's weapons make no launch claim of their own).
    func dropAttacksCountedByIntercepts(_ found: inout [Found]) {
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

    /// "Russia launched missiles at Odesa overnight" beside the same office's "Russia launched
    /// four Kalibr missiles", or beside its "Kalibr missiles struck the port": a launch told with
    /// no count restates the same speaker's counted launch of those (or narrower) weapons nearby,
    /// or its uncounted strike. (Not its interception "of 39": the corpora record a launch told
    /// in words of its own beside the figures of the interception.)
    func dropUncountedRestatedLaunches(_ found: inout [Found]) {
        for position in found.indices where !found[position].isDropped && found[position].draft.kind == .launch
            && found[position].draft.count.qualifier == .unknown && found[position].draft.count.text == nil {
            guard let actor = found[position].actor else { continue }
            let weapon = Int(found[position].draft.weapon)
            var restated = false
            neighbours(of: position, in: found) { other in
                guard !found[other].isDropped, found[other].actor == actor else { return false }
                let otherWeapon = Int(found[other].draft.weapon)
                // (Of the same weapons or narrower ones: "ракети" counted beside "ракети Х-101 та
                // Х-555" uncounted tells which they were.)
                guard otherWeapon == weapon || fits(otherWeapon, as: weapon) else { return false }
                let draft = found[other].draft
                restated = switch draft.kind {
                case .launch: draft.count.qualifier != .unknown
                case .intercept: false
                case .strike: draft.count.exact == nil
                }
                return restated
            }
            found[position].isDropped = restated
        }
    }

    /// "The operation involved missiles ... as well as drones. ... 'All intended targets were
    /// successfully hit'": the attacker's own uncounted launches, up to three sentences before
    /// it says so, were strikes. (A defender saying "all targets were hit" reports the launches.)
    func confirmHits(_ found: inout [Found]) {
        for confirmation in confirmations {
            let side = index.actors[Int(confirmation.actor)].side
            for position in found.indices where !found[position].isDropped && found[position].draft.kind == .launch
                && found[position].actor == confirmation.actor
                && (found[position].draft.count.qualifier == .unknown || found[position].draft.isAimedStrike)
                && (confirmation.sentence - 3..<confirmation.sentence).contains(found[position].sentence) {
                let weapon = index.weapons[Int(found[position].draft.weapon)]
                let weaponSide = found[position].draft.side ?? (weapon.sides.count == 1 ? weapon.sides[0] : nil)
                if let weaponSide, weaponSide != side { continue }
                found[position].draft.kind = .strike
            }
        }
    }
}
