import ClaimsCore
import ClaimsExtraction

/// Which action word governs a phrase, negation, and the places and sides of a phrase.
extension SlavicAnalyzer {
    // MARK: - Verbs

    /// The action word of the phrase's clause: the nearest before it, else the nearest after it
    /// (not past a relative clause: "..., які окупанти випустили").
    /// "Из 25 беспилотников ...", "З 30 ракет ...": a counted whole that opens the sentence.
    func opensPartitive(_ phrase: Phrase) -> Bool {
        guard !phrase.isElliptical, phrase.count.isExact, phrase.first >= 1, tokens[phrase.first - 1].slavic == .of else { return false }
        // (Also at the start of a clause told: "Ігнат сказав, що з 40 крилатих ракет 37 ...".)
        if phrase.first >= 3, tokens[phrase.first - 2].has(.clause), tokens[phrase.first - 3].isMark(Mark.comma) { return true }
        return (0..<phrase.first - 1).allSatisfy { tokens[$0].isPunct }
    }

    func governingVerb(of phrase: Phrase, verbs: [Int]) -> Int? {
        // "дві з них вдалося збити": a count without its noun opens a clause of its own.
        if phrase.isElliptical, let after = verbs.first(where: { $0 > phrase.last }),
           !(phrase.last + 1..<after).contains(where: { isClauseBreak($0) || tokens[$0].isMark(Mark.comma) }) {
            return after
        }
        // ", одна ракета пошкодила склад": a phrase that opens a clause after a comma, its verb
        // right after it, is that verb's subject.
        if phrase.first > 0, tokens[phrase.first - 1].isMark(Mark.comma), phrase.last + 1 < tokens.count,
           verbs.contains(phrase.last + 1), tokens[phrase.last + 1].form != .gerund {
            return phrase.last + 1
        }
        var before: Int?
        for verb in verbs where verb < phrase.first {
            if (verb..<phrase.first).contains(where: { isClauseBreak($0) }) { continue }
            before = verb
        }
        if let before { return before }
        // "..., и один — над Самарской", "..., а два – над Курською": a breakdown line with no verb
        // of its own goes on with the verb before the ", и".
        if phrase.isElliptical, isPlaceLine(after: phrase.last), !verbs.contains(where: { $0 > phrase.last }),
           let verb = verbs.last(where: { $0 < phrase.first }),
           !(verb..<phrase.first).contains(where: { isClauseBreak($0) && !tokens[$0].has(.conjunction) }) {
            return verb
        }
        for verb in verbs where verb > phrase.last {
            // (", з них 27 знищено": the verb is the part's, not the whole's.)
            if (phrase.last + 1..<verb).contains(where: { isClauseBreak($0) || isRelative($0) || isOfThem($0) }) {
                return sharesSubject(phrase, verb: verb) ? verb : nil
            }
            return verb
        }
        return nil
    }

    /// "Одиннадцать беспилотников пытались пройти через Азовское море, но были перехвачены": a
    /// clause after ", но" / ", але" that opens with its passive and names no weapons of its own
    /// goes on with the subject before it.
    private func sharesSubject(_ phrase: Phrase, verb: Int) -> Bool {
        guard tokens[verb].verb == .intercept || tokens[verb].verb == .destroy, tokens[verb].form != .gerund,
              let conjunction = (phrase.last + 1..<verb).first(where: { isClauseBreak($0) }),
              tokens[conjunction].has(.conjunction), Self.butKeys.contains(tokens[conjunction].key),
              !(phrase.last + 1..<conjunction).contains(where: { isClauseBreak($0) || mention(at: $0)?.ref.section == .weapon || isRelative($0) }),
              !(conjunction + 1..<verb).contains(where: { mention(at: $0)?.ref.section == .weapon })
        else { return false }
        var position = conjunction + 1
        while position < verb, tokens[position].slavic == .be || tokens[position].has(.adverb) { position += 1 }
        return position == verb
    }

    static let butKeys: KeySet = KeySet(["но", "але", "однако", "проте", "однак"])

    /// A dash and a place preposition after `position`: "один — над Самарской".
    func isPlaceLine(after position: Int) -> Bool {
        guard position + 2 < tokens.count else { return false }
        let dash = tokens[position + 1]
        return (dash.isMark(Mark.enDash) || dash.isMark(Mark.emDash) || dash.isMark(Mark.hyphen) && dash.spaceBefore) && tokens[position + 2].has(.placePrep)
    }

    func isClauseBreak(_ position: Int) -> Bool {
        let token = tokens[position]
        // ", а три влучили" (not ", а также 12 снарядов": the list goes on)
        if token.has(.conjunction), position > 0, tokens[position - 1].isMark(Mark.comma),
           !(position + 1 < tokens.count && tokens[position + 1].slavic == .also) { return true }
        return token.isMark(Mark.semicolon) || token.isMark(Mark.period) || token.isMark(0x21) || token.isMark(0x3F)
    }

    func isRelative(_ position: Int) -> Bool {
        position > 0 && tokens[position - 1].isMark(Mark.comma) && tokens[position].has(.clause)
    }

    /// "не вдалося збити", "не сбиты", "локаційно втрачено"; "збити не вдалося", "сбить не удалось".
    /// "Ворог регулярно атакує Херсон дронами", "Россия ежедневно атакует Харьков", "регулярно з
    /// різних видів озброєння – ударними БпЛА, ракетами – атакують": an adverb of habit before the
    /// verb with no other verb between (or right after it) tells a habit, no event. ("Окупанти,
    /// які регулярно обстрілюють Нікополь, атакували ..." tells the habit of another verb.)
    func isHabitual(_ verb: Int) -> Bool {
        var position = verb - 1
        while position >= 0, verb - position <= 16 {
            let token = tokens[position]
            if Self.habitualKeys.contains(token.key) { return true }
            // (An aside between dashes is passed over whole: "– ударними БпЛА, ракетами –".)
            if isDash(position), let opening = (max(0, position - 12)..<position).last(where: { isDash($0) }) {
                position = opening - 1
                continue
            }
            if token.isPunct || token.has(.verb) && token.verb != .none { break }
            position -= 1
        }
        return verb + 1 < tokens.count && Self.habitualKeys.contains(tokens[verb + 1].key)
    }

    private func isDash(_ position: Int) -> Bool {
        tokens[position].isMark(Mark.enDash) || tokens[position].isMark(Mark.emDash)
    }

    static let habitualKeys: KeySet = KeySet([
        "регулярно", "постійно", "щодня", "щоночі", "систематично", "зазвичай", "часто",
        "постоянно", "ежедневно", "еженощно", "систематически", "обычно",
    ])

    /// "щоб ми могли її збити", "ППО может сбить", "планують запустити": an action that may,
    /// could or is meant to happen, told by a word of ability, purpose or intent just before the
    /// verb in its clause ("вдалося збити", "змогли збити" tell it done).
    func isHypothetical(_ verb: Int) -> Bool {
        var position = verb - 1
        while position >= 0, verb - position <= 3, !tokens[position].isPunct {
            if Self.hypotheticalKeys.contains(tokens[position].key) { return true }
            position -= 1
        }
        return false
    }

    static let hypotheticalKeys: KeySet = KeySet([
        "щоб", "аби", "може", "можуть", "міг", "могли", "могла", "могло", "можна", "здатні", "здатна", "здатен", "здатний",
        "спроможні", "намагалися", "намагався", "намагалася", "планує", "планують", "хоче", "хочуть", "готові",
        "чтобы", "может", "могут", "мог", "можно", "способны", "способна", "способен", "пытались", "пытался", "пыталась",
        "планирует", "планируют", "хочет", "хотят", "готовы",
    ])

    func isNegated(_ verb: Int) -> Bool {
        if verb + 2 < tokens.count, tokens[verb + 1].has(.negation), tokens[verb + 2].slavic == .managed { return true }
        var position = verb - 1
        while position >= 0, verb - position <= 3 {
            let token = tokens[position]
            if token.has(.negation) || token.slavic == .lost { return true }
            if token.isPunct, !token.isMark(Mark.slash) { return false }
            position -= 1
        }
        return false
    }

    /// The clause around tokens `first...last`: out to the nearest clause breaks (and commas, when
    /// `endingAtCommas`).
    func clause(from first: Int, to last: Int, endingAtCommas: Bool = false) -> (first: Int, last: Int) {
        var start = first
        while start > 0, !isClauseBreak(start - 1), !(endingAtCommas && tokens[start - 1].isMark(Mark.comma)) { start -= 1 }
        var end = last
        while end + 1 < tokens.count, !isClauseBreak(end + 1), !(endingAtCommas && tokens[end + 1].isMark(Mark.comma)) { end += 1 }
        return (start, end)
    }

    /// "не уточнил, все ли ракеты удалось сбить", "не сообщается, были ли сбиты ракеты": the
    /// phrase's clause (between commas) asks a question with "ли".
    func isAsked(_ phrase: Phrase) -> Bool {
        let (first, last) = clause(from: phrase.first, to: phrase.last, endingAtCommas: true)
        return (first...last).contains { tokens[$0].slavic == .question }
    }

    // MARK: - Places, sides

    /// The places of the phrase's comma-delimited part ("16 БПЛА над территорией Орловской
    /// области, три ..."), several when "по одному" spreads over "А и Б".
    func placesFor(_ phrase: Phrase) -> [Int32] {
        // "над Рязанской (29)": the place named before the count in brackets.
        if phrase.isElliptical, phrase.first == phrase.headFirst, let place = placeBeforeBrackets(phrase.first, phrase.last) {
            return [regionNamedByAdjective(place) ?? place.ref.index]
        }
        var start = phrase.first
        while start > 0, !tokens[start - 1].isMark(Mark.comma), !isClauseBreak(start - 1), !tokens[start - 1].isMark(Mark.colon) { start -= 1 }
        var end = phrase.last
        while end + 1 < tokens.count, !tokens[end + 1].isMark(Mark.comma), !isClauseBreak(end + 1) { end += 1 }
        var places: [Int32] = []
        let distributive = phrase.count.text.map(Self.isDistributive) ?? false
        if distributive, (phrase.last + 1...max(phrase.last + 1, end)).contains(where: { $0 < tokens.count && mention(at: $0)?.ref.section == .place }) {
            // "по одному — над Калужской, Тверской и Смоленской областями": a list of places after
            // the count goes on past its commas.
            while end + 2 < tokens.count, tokens[end + 1].isMark(Mark.comma) {
                // (", а также над Мордовией")
                var start = end + 2
                while start < min(end + 5, tokens.count), tokens[start].has(.conjunction) || tokens[start].slavic == .also || tokens[start].has(.placePrep) {
                    start += 1
                }
                guard start < tokens.count, let next = mention(at: start), next.ref.section == .place, next.first == start else { break }
                end = next.last
                while end + 1 < tokens.count, !tokens[end + 1].isMark(Mark.comma), !isClauseBreak(end + 1) { end += 1 }
            }
        }
        var position = phrase.last + 1
        while position <= end {
            if let mention = mention(at: position), mention.ref.section == .place {
                if distributive, let shared = placeSharingHead(with: mention) { places.append(shared) }
                places.append(regionNamedByAdjective(mention) ?? mention.ref.index)
                position = mention.last + 1
                continue
            }
            position += 1
        }
        if places.isEmpty {
            // Places before the count, each after a preposition or joined to one that has it:
            // "над Курской и Белгородской областями сбили по пять".
            position = start
            var inList = false
            while position < phrase.first {
                if let mention = mention(at: position), mention.ref.section == .place {
                    if mention.first > 0, tokens[mention.first - 1].has(.placePrep) || (inList && distributive) {
                        if distributive, let shared = placeSharingHead(with: mention) { places.append(shared) }
                        places.append(regionNamedByAdjective(mention) ?? mention.ref.index)
                        inList = true
                    }
                    position = mention.last + 1
                    continue
                }
                if !(tokens[position].isMark(Mark.comma) || tokens[position].has(.conjunction)) { inList = false }
                position += 1
            }
        }
        if places.isEmpty {
            // "семь беспилотников, атаковавших Москву": any place of the clause.
            let (first, last) = clause(from: phrase.first, to: phrase.last)
            for position in first...last where position < phrase.first || position > phrase.last {
                if let mention = mention(at: position), mention.ref.section == .place, mention.first == position {
                    // "Росія випустила ...": a country with no preposition acts, it is no location.
                    if index.places[Int(mention.ref.index)].kind == .country, mention.first == 0 || !tokens[mention.first - 1].has(.placePrep) { continue }
                    places.append(mention.ref.index)
                    break
                }
            }
        }
        guard let first = places.first else { return [] }
        return distributive ? Array(Set(places)).sorted() : [first]
    }

    /// "над Тульской и Калужской областями": the first region shares the second's noun. The
    /// place named by the adjective before "и"/"і"/"та" and the mention's noun, if the taxonomy
    /// knows one.
    /// "над Курской", "над Липецкой": a city's name as a feminine adjective with no noun after it
    /// is its region, as per-region lists write all but the first ("над Курской областью").
    func regionNamedByAdjective(_ mention: Mention) -> Int32? {
        let place = index.places[Int(mention.ref.index)]
        guard place.kind == .city, mention.first == mention.last, let region = place.region,
              mention.last + 1 >= tokens.count || tokens[mention.last + 1].isPunct || tokens[mention.last + 1].has(.conjunction)
        else { return nil }
        guard word(mention.first, endsWithAny: Self.regionAdjectiveEndings) else { return nil }
        return index.placeIndexByID[region]
    }

    static let regionAdjectiveEndings = byteForms(["ской", "цкой", "ській", "цькій", "скую", "цкую", "ську", "цьку", "ская", "цкая", "ська", "цька"])

    func placeSharingHead(with mention: Mention) -> Int32? {
        let adjective = mention.first - 2
        guard mention.last > mention.first, adjective >= 0, tokens[mention.first - 1].has(.conjunction),
              tokens[adjective].isWord, mentionAt[adjective] < 0
        else { return nil }
        return index.place(named: slice(adjective, adjective) + " " + slice(mention.first + 1, mention.last))
    }

    func side(of phrase: Phrase) -> Side? {
        for position in phrase.first...phrase.last where tokens[position].isWord {
            if tokens[position].has(.sideRussia) { return .russia }
            if tokens[position].has(.sideUkraine) { return .ukraine }
        }
        return isEnemy(phrase) ? enemySide : nil
    }

    func isEnemy(_ phrase: Phrase) -> Bool {
        (phrase.first...phrase.last).contains { tokens[$0].has(.enemy) }
    }

    func mention(at position: Int) -> Mention? {
        guard position >= 0, position < mentionAt.count, mentionAt[position] >= 0 else { return nil }
        return mentions[Int(mentionAt[position])]
    }
}
