import ClaimsCore

/// What the article has said so far: the actors named (for "the ministry", "the air force"),
/// the last speaker (for "he said", "it added") and which side its sources are on. Resolves a
/// sentence's ``ClaimantRef`` to an actor.
package struct ArticleContext {
    package let index: TaxonomyIndex
    /// Actors named so far, most recent last (bounded), and the sentence each was last named in.
    private(set) var recent: [Int32] = []
    private var recentSentences: [Int] = []
    private(set) var lastSpeaker: (actor: Int32, sentence: Int)?
    private var votes: [Side: Int] = [:]

    package init(index: TaxonomyIndex) {
        self.index = index
    }

    package mutating func note(actor: Int32, sentence: Int = 0) {
        if recent.last != actor {
            recent.append(actor)
            recentSentences.append(sentence)
        } else {
            recentSentences[recentSentences.count - 1] = sentence
        }
        if recent.count > 64 {
            recent.removeFirst(recent.count - 32)
            recentSentences.removeFirst(recentSentences.count - 32)
        }
        let info = index.actors[Int(actor)]
        if info.kind != .media { votes[info.side, default: 0] += 1 }
    }

    package mutating func note(speaker: Int32, sentence: Int) {
        lastSpeaker = (speaker, sentence)
        note(actor: speaker)
    }

    /// The last speaker, if it spoke within `distance` sentences before `sentence`.
    package func lastSpeakerActor(within distance: Int, of sentence: Int) -> Int32? {
        guard let lastSpeaker, sentence - lastSpeaker.sentence <= distance else { return nil }
        return lastSpeaker.actor
    }

    /// The actor a reference stands for in a claim.
    ///
    /// - Parameters:
    ///   - draft: The claim, read only by the rules that need it (an autoclosure: copying a draft
    ///     into an optional for every claim and speaker was ~5,000 copies per 2,000 sentences, a
    ///     share of the `memmove` that was 6% of `bench/extract.sh`).
    ///   - siblings: The other claims of the sentence: an unnamed speaker ("the ministry")
    ///     is one actor for all of them, so any of them may tell its side.
    /// - Returns: The actor index and whether it was inferred rather than named.
    package func resolve(
        _ ref: ClaimantRef, for draft: @autoclosure () -> Draft?, sentence: Int, siblings: [Draft] = []
    ) -> (actor: Int32, inferred: Bool)? {
        switch ref {
        case let .actor(actor):
            // "повідомили в ОВА", "the regional military administration": the office of no named
            // region is the one of the region the claims are about, when there is one.
            let info = index.actors[Int(actor)]
            if info.kind == .regionalOfficial, info.region == nil,
               let official = regionalOfficial(for: draft(), side: info.side) ?? siblings.lazy.compactMap({ self.regionalOfficial(for: $0, side: info.side) }).first,
               let specific = index.actorIndexByID[official] {
                return (specific, false)
            }
            return (actor, false)
        case let .media(actor):
            return (actor, true)
        case let .generic(kind, hint):
            if kind == .governor || kind == .officials,
               let official = regionalOfficial(for: draft(), side: hint) ?? siblings.lazy.compactMap({ self.regionalOfficial(for: $0, side: hint) }).first,
               let actor = index.actorIndexByID[official] {
                return (actor, true)  // "the regional governor" of the place the claims are about
            }
            if kind == .military, let hint, let speaker = recentSpeaker(standingFor: draft(), side: hint, sentence: sentence) {
                return (speaker, true)
            }
            // "The Ukrainian military" names its side: the side's own body, not another branch mentioned earlier.
            if let hint, kind == .military || kind == .ministry, let actor = defaultActor(kind, side: hint, draft: draft()) {
                return (actor, true)
            }
            if let actor = antecedent(kind, side: hint) { return (actor, true) }
            // With nothing else to go by, "the air force" of English-language news is Ukraine's: Russia's
            // air force speaks through its defence ministry.
            let side = hint ?? draft().flatMap { inferSide($0, speaker: kind) }
                ?? siblings.lazy.compactMap { self.inferSide($0, speaker: kind) }.first ?? (kind == .airForce ? .ukraine : majoritySide)
            return side.flatMap { defaultActor(kind, side: $0, draft: draft()) }.map { ($0, true) }
        case let .country(side):
            if let speaker = recentSpeaker(standingFor: draft(), side: side, sentence: sentence) { return (speaker, true) }
            return defaultActor(side == .russia ? .ministry : .officials, side: side, draft: draft()).map { ($0, true) }
        case .pronoun:
            if let lastSpeaker, sentence - lastSpeaker.sentence <= 4 { return (lastSpeaker.actor, true) }
            // ("President Zelensky spoke on Sunday. "... the Russian army used 700 bombs," he said.":
            // "he" is the actor of a sentence before, not one this sentence names.)
            if let earlier = recent.indices.last(where: { recentSentences[$0] < sentence && index.actors[Int(recent[$0])].kind != .media }) {
                return (recent[earlier], true)
            }
            return recent.last { index.actors[Int($0)].kind != .media }.map { ($0, true) }
        case let .headNoun(key):
            return recent.last { index.actors[Int($0)].headKeys.contains(key) }.map { ($0, true) }
        case .unknown, .anonymous:
            return nil
        }
    }

    // MARK: - Private

    /// "..., the Air Force said. Ukrainian forces also intercepted ...": a side's forces or the
    /// country named as the doer of an action, with nobody quoted, are reported on; the office of
    /// that side that spoke in the last few sentences claims it.
    private func recentSpeaker(standingFor draft: Draft?, side: Side, sentence: Int) -> Int32? {
        guard let draft, draft.isImplicitClaimant, let lastSpeaker, sentence - lastSpeaker.sentence <= 3 else { return nil }
        let info = index.actors[Int(lastSpeaker.actor)]
        guard info.kind != .media, info.side == side else { return nil }
        return lastSpeaker.actor
    }

    private var majoritySide: Side? {
        let ranked = votes.filter { $0.key != .thirdParty }.sorted { $0.value > $1.value }
        guard let first = ranked.first, ranked.count == 1 || ranked[1].value < first.value else { return nil }
        return first.key
    }

    /// The most recent named actor that fits the generic words.
    private func antecedent(_ kind: GenericActor, side: Side?) -> Int32? {
        for actor in recent.reversed() {
            let info = index.actors[Int(actor)]
            if let side, info.side != side { continue }
            let fits: Bool
            switch kind {
            case .ministry: fits = info.kind == .ministry
            case .airForce: fits = info.isAirForce
            case .military: fits = info.kind == .ministry || info.kind == .armedForces
            case .generalStaff: fits = info.isGeneralStaff
            case .governor: fits = info.kind == .regionalOfficial
            case .officials: fits = info.kind != .media && info.kind != .independentMonitor
            }
            if fits { return actor }
        }
        return nil
    }

    /// Which side an unnamed claimant is on, from the claim itself: interceptions are claimed by
    /// the defender of the place; strikes by the victim (officials) or the attacker (ministries).
    private func inferSide(_ draft: Draft, speaker: GenericActor) -> Side? {
        let placeSide = draft.place >= 0 ? index.places[Int(draft.place)].controllingSide : nil
        let weapon = index.weapons[Int(draft.weapon)]
        let weaponSide = draft.side ?? (weapon.sides.count == 1 ? weapon.sides[0] : nil)
        switch draft.kind {
        case .intercept:
            return placeSide ?? weaponSide?.opponent
        case .strike:
            // (An air force reports hits on its country: Russia's speaks through its defence ministry.)
            if speaker == .governor || speaker == .officials || speaker == .airForce { return placeSide ?? weaponSide?.opponent }
            return weaponSide ?? placeSide?.opponent
        case .launch:
            return weaponSide?.opponent ?? placeSide
        }
    }

    private func defaultActor(_ kind: GenericActor, side: Side, draft: Draft?) -> Int32? {
        let id: String
        switch (side, kind) {
        case (.russia, .governor):
            id = regionalOfficial(for: draft, side: .russia) ?? "ru-governor"
        case (.russia, _):
            id = "ru-mod"
        case (.ukraine, .ministry):
            id = "ua-mod"
        case (.ukraine, .airForce):
            id = "ua-air-force"
        case (.ukraine, .generalStaff):
            id = "ua-general-staff"
        case (.ukraine, .governor):
            id = regionalOfficial(for: draft, side: .ukraine) ?? "ua-regional-official"
        case (.ukraine, .military):
            id = "ua-armed-forces"
        case (.ukraine, .officials):
            id = draft.map { $0.kind == .strike } ?? true ? "ua-armed-forces" : "ua-air-force"
        case (.thirdParty, _):
            return nil
        }
        return index.actorIndexByID[id]
    }

    private func regionalOfficial(for draft: Draft?, side: Side?) -> String? {
        guard let draft, draft.place >= 0, let region = index.places[Int(draft.place)].region,
              let official = index.officialByRegion[region],
              let actor = index.actorIndexByID[official]
        else { return nil }
        let officialSide = index.actors[Int(actor)].side
        if let side, officialSide != side { return nil }
        if side == nil, let controlling = index.places[Int(draft.place)].controllingSide, controlling != officialSide { return nil }
        return official
    }
}
