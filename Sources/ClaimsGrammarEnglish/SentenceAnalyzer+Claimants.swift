import ClaimsCore
import ClaimsExtraction

/// Speech anchors: "X said", "said X", "according to X", "X, which said", "citing X", and the
/// subject of an action verb when nobody is quoted ("Ukraine's air force shot down ...").
extension SentenceAnalyzer {
    struct Anchor {
        var token: Int
        var ref: ClaimantRef
        /// The subject of an action verb, not a speaker ("Russian forces launched ...").
        var isImplicit = false
    }

    static let accordingKey = Lexicon.key("according")
    static let sourceKey = Lexicon.key("source")
    static let sKey = Lexicon.key("s")
    static let spanKeys: KeySet = KeySet(["week", "month", "earlier", "later", "weekend", "morning", "evening"])
    static let informationKeys: KeySet = KeySet(["information", "data", "figures", "estimates", "calculations", "statements", "statement"])
    /// "the local governor", "the regional governor": the governor of the place the sentence names.
    /// (Not "city": a mayor or city officials are no regional office.)
    static let localKeys: KeySet = KeySet(["local", "regional", "provincial", "oblast"])
    static let defenderKeys: KeySet = KeySet(["defences", "defenses", "defenders", "units", "systems", "troops"])
    static let citeKeys: KeySet = KeySet(["citing", "cited", "quoting", "quoted"])
    static let clauseParticipleKeys: KeySet = KeySet(["adding", "saying", "noting", "claiming", "stating"])
    static let nounSpeechKeys: KeySet = KeySet(["statement", "update", "reports", "claims", "report", "claim"])
    static let anonymousKeys: KeySet = KeySet([
        "analysts", "analyst", "experts", "expert", "witnesses", "witness", "residents", "sources", "source", "observers",
        "bloggers", "blogger", "journalists", "media", "outlets", "reports", "people", "locals", "monitors", "researchers",
        "channels", "channel", "footage", "video", "videos", "eyewitnesses", "correspondents", "reporters",
    ])

    func findAnchors() -> [Anchor] {
        var anchors: [Anchor] = []
        for index in tokens.indices where tokens[index].has(.speech) {
            let token = tokens[index]
            if token.isCapitalized, index > 0, !tokens[index - 1].isMark(Mark.quote) { continue }  // "the United States"
            if token.key == Self.accordingKey {
                guard index + 1 < tokens.count, tokens[index + 1].word == .to else { continue }
                // "according to updated information, ...": a hedge, not a speaker.
                // ("according to the data of the air force" names one.)
                if let hedge = (index + 2..<min(index + 5, tokens.count)).first(where: { Self.informationKeys.contains(tokens[$0].key) }) {
                    // ("according to statements by the Israel Defense Forces" names one too.)
                    guard hedge + 1 < tokens.count, tokens[hedge + 1].word == .of || tokens[hedge + 1].word == .from || tokens[hedge + 1].word == .by
                    else { continue }
                    anchors.append(Anchor(token: index, ref: actorPhrase(startingAt: hedge + 2) ?? .unknown))
                    continue
                }
                anchors.append(Anchor(token: index, ref: actorPhrase(startingAt: index + 2) ?? .unknown))
                continue
            }
            if Self.nounSpeechKeys.contains(token.key), index > 0,
               tokens[index - 1].has(.article) || tokens[index - 1].has(.definite) || tokens[index - 1].has(.possessive) || tokens[index - 1].has(.modifier) {
                continue  // "in a statement", "the reports"
            }
            // "As reported, ...", "as previously reported": the outlet's own earlier reports.
            if index > 0, tokens[index - 1].word == .as || (index > 1 && tokens[index - 2].word == .as && tokens[index - 1].has(.adverb)) {
                anchors.append(Anchor(token: index, ref: .anonymous))
                continue
            }
            // "said in a statement quoted by the Efe news agency that ...": the outlet relays the
            // statement; its speaker claims.
            if Self.citeKeys.contains(token.key), index + 1 < tokens.count, tokens[index + 1].word == .by, let previous = anchors.last {
                anchors.append(Anchor(token: index, ref: previous.ref))
                continue
            }
            if Self.citeKeys.contains(token.key), let cited = actorPhrase(startingAt: index + 1) {
                anchors.append(Anchor(token: index, ref: cited))
                continue
            }
            // "This was reported by the Air Force", "the figures were confirmed by the ministry": a
            // passive speech verb names its speaker after "by".
            if index > 0, tokens[index - 1].has(.beAux), index + 2 < tokens.count, tokens[index + 1].word == .by,
               let agent = actorPhrase(startingAt: index + 2), agent != .unknown {
                anchors.append(Anchor(token: index, ref: agent))
                continue
            }
            // "Three missile impacts were reported in central Israel, the IDF said", "drones were
            // reported shot down": without "by", a passive speech verb names nobody; the speaker is
            // told elsewhere, or not at all.
            if index > 0, tokens[index - 1].has(.beAux), index + 1 >= tokens.count || tokens[index + 1].word != .by, token.form == .past {
                continue
            }
            if Self.clauseParticipleKeys.contains(token.key), index > 0, tokens[index - 1].isMark(Mark.comma), let previous = anchors.last {
                anchors.append(Anchor(token: index, ref: previous.ref))  // ", adding that ..."
                continue
            }
            // "X said ... and claimed that ...": the second verb shares the first one's subject.
            if index > 0, tokens[index - 1].word == .and, let previous = anchors.last, previous.ref != .unknown {
                anchors.append(Anchor(token: index, ref: previous.ref))
                continue
            }
            if let subject = subject(before: index) ?? actorPhrase(startingAt: index + 1) {
                anchors.append(Anchor(token: index, ref: subject))
            } else {
                anchors.append(Anchor(token: index, ref: .unknown))
            }
        }
        // "TASS reported, citing the ministry": the agency relays; the cited actor claims.
        if let cited = anchors.first(where: { Self.citeKeys.contains(tokens[$0.token].key) }) {
            for position in anchors.indices {
                if case .media = anchors[position].ref { anchors[position].ref = cited.ref }
            }
        }
        // "Source: President Volodymyr Zelenskyy in his evening address": the line that names the
        // claimant of the paragraph before it.
        if anchors.isEmpty, tokens.count > 2, tokens[0].key == Self.sourceKey, tokens[1].isMark(Mark.colon) {
            if let named = mentions.first(where: { $0.ref.section == .actor && index.actors[Int($0.ref.index)].kind != .media }) {
                anchors.append(Anchor(token: 0, ref: .actor(named.ref.index)))
            } else if let ref = actorPhrase(startingAt: 2), ref != .unknown, ref != .anonymous {
                anchors.append(Anchor(token: 0, ref: ref))
            }
        }
        // "... ,” he said. Dmytro Kuleba, Minister of Foreign Affairs of Ukraine.": a credit line,
        // a name and its title with no verb, says who "he" was.
        if anchors.isEmpty, tokens.count <= 16, let named = mention(at: 0), named.ref.section == .actor,
           index.actors[Int(named.ref.index)].kind != .media, named.last + 1 < tokens.count, tokens[named.last + 1].isMark(Mark.comma),
           !tokens.contains(where: { $0.lex.contains(.verb) || $0.has(.speech) }) {
            anchors.append(Anchor(token: 0, ref: .actor(named.ref.index)))
        }
        // "Russian Defence Ministry: air defences shot down ...": a headline naming its source.
        if anchors.isEmpty, let mention = mention(at: 0), mention.ref.section == .actor, mention.last + 1 < tokens.count,
           tokens[mention.last + 1].isMark(Mark.colon) {
            let actor = index.actors[Int(mention.ref.index)]
            anchors.append(Anchor(token: mention.last, ref: actor.kind == .media ? .media(mention.ref.index) : .actor(mention.ref.index)))
        }
        // "Five drones downed over Kursk — Russian Defence Ministry": a headline naming its source
        // after a closing dash.
        if anchors.isEmpty {
            var last = tokens.count - 1
            while last >= 0, tokens[last].isPunct, !tokens[last].isMark(Mark.emDash), !tokens[last].isMark(Mark.enDash) { last -= 1 }
            if last > 1, let mention = mention(at: last), mention.ref.section == .actor, mention.last == last, mention.first > 0,
               tokens[mention.first - 1].isMark(Mark.emDash) || tokens[mention.first - 1].isMark(Mark.enDash),
               index.actors[Int(mention.ref.index)].kind != .media {
                anchors.append(Anchor(token: mention.first, ref: .actor(mention.ref.index)))
            }
        }
        if anchors.isEmpty {
            anchors = implicitAnchors()
            for position in anchors.indices { anchors[position].isImplicit = true }
        } else if anchors.contains(where: { if case .generic(_, nil) = $0.ref { return true } else { return false } }),
                  let side = implicitAnchors().lazy.compactMap({ anchor -> Side? in
                      if case let .generic(_, side?) = anchor.ref { return side } else { return nil }
                  }).first {
            // "Russian air defences destroyed five drones near the town of Rzhev, the Defence
            // Ministry said": the defenders' side is the side of the office that speaks of them,
            // when the speaker's words name none and no known place tells it.
            for position in anchors.indices {
                if case let .generic(kind, nil) = anchors[position].ref { anchors[position].ref = .generic(kind, side) }
            }
        }
        return anchors
    }

    /// The anchor nearest to a weapon phrase (ties go to the one before it).
    func claimant(forTokenAt token: Int, anchors: [Anchor]) -> ClaimantRef? {
        nearestAnchor(to: token, in: anchors)?.ref
    }

    /// The anchor nearest to a weapon phrase (ties go to the one before it).
    func nearestAnchor(to token: Int, in anchors: [Anchor]) -> Anchor? {
        var best: Anchor?
        var bestDistance = Int.max
        for anchor in anchors {
            let distance = anchor.token < token ? token - anchor.token : (anchor.token - token) + 1
            if distance < bestDistance {
                best = anchor
                bestDistance = distance
            }
        }
        return best
    }

    /// "Ukraine's air force shot down 30 drones": an actor that is the subject of an action verb.
    private func implicitAnchors() -> [Anchor] {
        var anchors: [Anchor] = []
        for mention in mentions where mention.ref.section == .actor {
            let actor = index.actors[Int(mention.ref.index)]
            guard actor.kind != .media else { continue }
            if verbAfter(mention.last) != nil {
                anchors.append(Anchor(token: mention.last, ref: .actor(mention.ref.index)))
            }
        }
        // "Ukraine's air defence shot down ...", "Russian air defences destroyed ...": a side's
        // defenders reporting their own interceptions.
        for position in tokens.indices where tokens[position].has(.sideRussia) || tokens[position].has(.sideUkraine) {
            var end = position + 1
            var isAirDefence = false
            var isDefender = false
            while end < tokens.count, end - position <= 3 {
                let word = tokens[end].word
                if word == .air { isAirDefence = true }
                if word == .defence || word == .forces || word == .military || word == .army || Self.defenderKeys.contains(tokens[end].key) {
                    isDefender = true
                    if end + 1 < tokens.count, tokens[end + 1].word == .forces || Self.defenderKeys.contains(tokens[end + 1].key) { end += 1 }
                    break
                }
                guard word == .air || tokens[end].has(.modifier) else { break }
                end += 1
            }
            guard isDefender, end < tokens.count, let hit = verbAfter(end), hit.verbClass == .intercept || hit.verbClass == .destroy else { continue }
            let side: Side = tokens[position].has(.sideRussia) ? .russia : .ukraine
            anchors.append(Anchor(token: end, ref: .generic(isAirDefence ? .airForce : .military, side)))
        }
        // "Ukraine shot down 30 drones": a country reporting its own interceptions.
        for index in tokens.indices where tokens[index].has(.countryName) && !tokens[index].isPossessive {
            if let hit = verbAfter(index), hit.verbClass == .intercept || hit.verbClass == .destroy {
                anchors.append(Anchor(token: index, ref: .country(tokens[index].has(.sideRussia) ? .russia : .ukraine)))
            }
        }
        return anchors
    }

    private func verbAfter(_ last: Int) -> VerbHit? {
        var index = last + 1
        var steps = 0
        while index < tokens.count, steps < 5 {
            if index < verbAt.count, verbAt[index] >= 0 { return verbs[Int(verbAt[index])] }
            let token = tokens[index]
            // "managed to intercept"
            let isManagedTo = Self.managedKeys.contains(token.key) || (token.word == .to && index > 0 && Self.managedKeys.contains(tokens[index - 1].key))
            guard token.has(.adverb) || token.has(.beAux) || token.has(.haveAux) || token.has(.timeWord) || isManagedTo else { return nil }
            index += 1
            steps += 1
        }
        return nil
    }

    /// The speaker before a speech verb: "the ministry said", "Golubev, the governor of the Rostov
    /// region, said", "the ministry, which said".
    private func subject(before speech: Int) -> ClaimantRef? {
        var end = speech - 1
        while end >= 0 {
            let token = tokens[end]
            // ("The Pentagon earlier this week confirmed": a time between subject and verb.)
            if token.has(.adverb) || token.has(.timeWord) || token.has(.weekday) || token.has(.haveAux) || token.has(.beAux)
                || token.word == .on || token.has(.modal) || token.word == .this || token.word == .last || Self.spanKeys.contains(token.key) {
                end -= 1
                continue
            }
            break
        }
        guard end >= 0 else { return nil }
        if tokens[end].word == .which || tokens[end].word == .who {
            end -= 1
            if end >= 0, tokens[end].isMark(Mark.comma) { end -= 1 }
            return end >= 0 ? actorPhrase(endingAt: end) : nil
        }
        if tokens[end].isMark(Mark.comma) {
            // An appositive: skip back to the comma before it.
            var comma = end - 1
            while comma >= 0, end - comma <= 14, !tokens[comma].isMark(Mark.comma) { comma -= 1 }
            if comma >= 1, tokens[comma].isMark(Mark.comma), let ref = actorPhrase(endingAt: comma - 1) { return ref }
            return actorPhrase(endingAt: end - 1).flatMap { $0 == .unknown || $0 == .anonymous ? nil : $0 }
        }
        return actorPhrase(endingAt: end)
    }

    /// The claimant named by the words ending at `end`.
    /// Origins whose offices the taxonomy names ("US officials", "Israeli officials").
    static let namedOriginKeys: KeySet = KeySet(["us", "u.s", "american", "america", "israeli"])
    static let pressKey = Lexicon.key("press")
    static let pressUnitKeys: KeySet = KeySet(["service", "office", "centre", "center", "department"])

    func actorPhrase(endingAt end: Int) -> ClaimantRef? {
        guard end >= 0, end < tokens.count else { return nil }
        // "US Central Command (CENTCOM) said": the name before the bracketed acronym.
        if tokens[end].isMark(Mark.closeParen),
           let open = (max(0, end - 4)..<end).last(where: { tokens[$0].isMark(Mark.openParen) }), open > 0 {
            if let inside = mention(at: end - 1), inside.ref.section == .actor, inside.first > open {
                return actorPhrase(endingAt: end - 1)
            }
            return actorPhrase(endingAt: open - 1)
        }
        // "the Ukrainian Air Force press service reported", "the ministry's press office said": the
        // body whose press service it is.
        if end >= 2, Self.pressUnitKeys.contains(tokens[end].key), tokens[end - 1].key == Self.pressKey {
            var owner = end - 2
            if owner > 1, tokens[owner].key == Self.sKey, tokens[owner - 1].isMark(Mark.apostrophe) { owner -= 2 }
            return actorPhrase(endingAt: owner)
        }
        if tokens[end].has(.countryName), !tokens[end].isPossessive, mention(at: end).map({ $0.first == end }) ?? true {
            return .country(tokens[end].has(.sideRussia) ? .russia : .ukraine)  // "Kyiv said", "Russia said"
        }
        if let mention = mention(at: end) {
            switch mention.ref.section {
            case .actor:
                return index.actors[Int(mention.ref.index)].kind == .media ? .media(mention.ref.index) : .actor(mention.ref.index)
            case .weapon:
                // "The air force said": the taxonomy's "air force" is an aircraft alias.
                if tokens[mention.last].word == .force || tokens[mention.last].word == .forces {
                    return .generic(.airForce, sideHint(before: mention.first))
                }
                return nil
            case .place:
                // "the governor of the (western) Lviv region said": the official of the place named.
                var back = mention.first - 1
                while back >= 0, mention.first - back <= 3, tokens[back].has(.definite) || Self.compassKeys.contains(tokens[back].key) {
                    back -= 1
                }
                if back >= 1, tokens[back].word == .of, genericActor(endingAt: back - 1) == .governor,
                   let region = index.places[Int(mention.ref.index)].region, let official = index.officialByRegion[region],
                   let actor = index.actorIndexByID[official] {
                    return .actor(actor)
                }
                return nil
            }
        }
        let token = tokens[end]
        if token.has(.pronoun) { return .pronoun }
        if let generic = genericActor(endingAt: end) {
            // "the British navy said", "French officials said": an office of a country that no
            // named claimant stands for (the taxonomy names the US and Israeli ones), not the
            // last actor named.
            if sideHint(before: end) == nil,
               (max(0, end - 3)..<end).contains(where: { tokens[$0].has(.originCountry) && !Self.namedOriginKeys.contains(tokens[$0].key) }) {
                return .unknown
            }
            // "Russian Defence Ministry officials", "Air Force spokesman": the body they speak for.
            if generic == .officials, end > 0, let body = mention(at: end - 1), body.last == end - 1, body.ref.section == .actor,
               index.actors[Int(body.ref.index)].kind != .media {
                return .actor(body.ref.index)
            }
            // "Odesa's governor", "the Belgorod governor": the official of the region named before.
            var owner = end - 1
            if owner > 1, tokens[owner].key == Self.sKey, tokens[owner - 1].isMark(Mark.apostrophe) { owner -= 2 }
            if generic == .governor, owner >= 0, let place = mention(at: owner), place.last == owner, place.ref.section == .place,
               let region = index.places[Int(place.ref.index)].region, let official = index.officialByRegion[region],
               let actor = index.actorIndexByID[official] {
                return .actor(actor)
            }
            return .generic(generic, sideHint(before: end))
        }
        if Self.anonymousKeys.contains(token.key) { return .anonymous }
        // "The coalition said", "the group said": a body named before by a name ending in that noun.
        if end > 0, tokens[end - 1].has(.definite), index.actorHeadKeys.contains(token.key) { return .headNoun(token.key) }
        if token.isWord, token.isCapitalized, token.lex.isEmpty {
            // A person the taxonomy does not know: "Pakistan Army spokesman Lt Gen Ahmed Sharif
            // Chaudhry said" speaks for the office named before the name and its titles.
            var before = end - 1
            while before >= 0, end - before <= 7, mention(at: before) == nil,
                  tokens[before].isWord && tokens[before].isCapitalized && tokens[before].lex.isEmpty || tokens[before].isMark(Mark.period) {
                before -= 1
            }
            if before >= 0, before < end - 1 || tokens[before].has(.actorNoun) || genericActor(endingAt: before) != nil,
               let office = actorPhrase(endingAt: before), office != .unknown, office != .anonymous, office != .pronoun {
                if case .country = office { return .unknown }
                return office
            }
            return .unknown
        }
        return nil
    }

    static let channelKeys: KeySet = KeySet(["channel", "account", "page", "website", "feed", "accounts", "channels"])

    /// The claimant named by the words starting at `start` ("said the ministry", "according to Kyiv").
    func actorPhrase(startingAt start: Int) -> ClaimantRef? {
        var index = start
        while index < tokens.count, tokens[index].has(.definite) || tokens[index].has(.weekday) || tokens[index].word == .on {
            index += 1
        }
        // "according to the Telegram channel of President Zelensky": the owner of the channel.
        var channel = index
        while channel < tokens.count, channel - index < 3, mentionAt[channel] < 0, tokens[channel].isWord, !Self.channelKeys.contains(tokens[channel].key) {
            channel += 1
        }
        if channel + 1 < tokens.count, Self.channelKeys.contains(tokens[channel].key), tokens[channel + 1].word == .of {
            return actorPhrase(startingAt: channel + 2)
        }
        guard index < tokens.count else { return nil }
        if let mention = mention(at: index), mention.ref.section == .actor || mention.ref.section == .weapon {
            return actorPhrase(endingAt: mention.last)
        }
        // "according to City Mayor Ihor Terekhov": a title in capitals before the person named.
        var title = index
        while title < tokens.count, title - index < 3, mentionAt[title] < 0, tokens[title].isWord, tokens[title].isCapitalized {
            title += 1
        }
        if title > index, title < tokens.count, let named = mention(at: title), named.first == title, named.ref.section == .actor,
           self.index.actors[Int(named.ref.index)].kind != .media {
            return .actor(named.ref.index)
        }
        var head = index
        while head < tokens.count, head - index < 4 {
            if genericActor(endingAt: head) != nil || tokens[head].has(.countryName) || tokens[head].has(.pronoun) {
                return actorPhrase(endingAt: head)
            }
            let token = tokens[head]
            // ("according to the regional governor Serhiy Borzov": the governor of the place told.)
            guard token.has(.sideRussia) || token.has(.sideUkraine) || token.has(.modifier) || token.word == .defence
                    || token.word == .air || token.word == .general || token.isPossessive || Self.localKeys.contains(token.key) else { break }
            head += 1
        }
        return actorPhrase(endingAt: index)
    }

    private func genericActor(endingAt end: Int) -> GenericActor? {
        let token = tokens[end]
        let before = end > 0 ? tokens[end - 1].word : .other
        switch token.word {
        case .ministry: return .ministry
        case .defence where before == .of && end >= 2 && tokens[end - 2].word == .ministry: return .ministry
        case .force, .forces:
            if before == .air || (before == .defence && end >= 2 && tokens[end - 2].word == .air) { return .airForce }
            if before == .armed { return .military }
            return nil
        case .staff where before == .general: return .generalStaff
        case .military, .army, .command: return .military
        case .governor, .mayor, .administration: return .governor
        case .official, .spokesman, .authorities: return .officials
        default:
            return token.has(.actorNoun) ? .officials : nil
        }
    }

    /// "Russian officials", "Ukraine's military": the side named just before a generic claimant.
    private func sideHint(before end: Int) -> Side? {
        var index = end - 1
        while index >= 0, end - index <= 4 {
            let token = tokens[index]
            if token.has(.sideRussia) { return .russia }
            if token.has(.sideUkraine) { return .ukraine }
            // "Jordan's Ministry of Defence", "France's defence ministry": another country's office
            // (a country of the gazetteer by its side, else any capitalised possessive name).
            if let place = mention(at: index), place.ref.section == .place, place.last == index,
               self.index.places[Int(place.ref.index)].kind == .country {
                return self.index.places[Int(place.ref.index)].controllingSide ?? .thirdParty
            }
            if token.isPossessive, token.isCapitalized, mention(at: index) == nil, !token.has(.countryName) { return .thirdParty }
            guard token.isWord, token.has(.modifier) || token.has(.actorNoun) || token.word == .defence || token.word == .air
                    || token.has(.definite) || token.word == .general || token.word == .regional
                    || token.word == .of || token.word == .ministry else { return nil }  // ("Jordan's Ministry of Defence")
            index -= 1
        }
        return nil
    }
}
