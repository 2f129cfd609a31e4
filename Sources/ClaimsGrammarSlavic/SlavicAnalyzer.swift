import ClaimsCore
import ClaimsExtraction

/// The East Slavic sentence rules. A claim is a weapon noun phrase with its count, governed by
/// the nearest action word of its clause:
///
/// - counts before the noun, with adjectives between ("17 ворожих ударних БпЛА"), "N із/из M"
///   (count and launched), "всі 28", bounds ("понад 40", "около 100", "від 8 до 12"), vague
///   words ("кілька", "несколько"), digits with a case ending ("54-ма"), "по одному";
/// - a generic noun refined by the system it names ("ракети типу «Калібр»"); a list of systems
///   of one family without counts of their own ("Shahed, Гербера і дронів інших типів") is one
///   claim about the family, never split;
/// - the action word before the phrase in its clause, else after it (passive reports put it
///   first: "збито", "сбиты"; "влучання", "пуски" are action nouns); a negated action, or one
///   "локаційно втрачено" (lost on radar), is no claim;
/// - counts without a noun take the weapon of the phrase before: "дві з них" (a part of it),
///   "одиннадцать — над Курской областью" (a breakdown line), "а три влучили";
/// - lines after a heading that ends with a colon take the heading's action;
/// - the claimant: an actor named with a speech word ("повідомили в Повітряних силах",
///   "по данным Минобороны") or, for an air-defence sentence ("силами ППО", "средствами ПВО")
///   the defender, whose side the article context infers from the weapons and the place.
struct SlavicAnalyzer: SentenceAnalyzing {
    let index: TaxonomyIndex
    let language: Language
    let enemySide: Side?
    var tokenizer: Tokenizer
    var tokens: [Token] = []
    var mentions: [Mention] = []
    var mentionAt: [Int32] = []
    var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var published: CalendarDate?
    /// The action of a heading that ended with a colon, for the lines after it.
    var pending: (kind: ClaimKind, claimant: ClaimantRef?)?
    /// Whether an earlier sentence of the article named who speaks: later claims without a
    /// speaker of their own are that speaker's (an official report rarely repeats "said").
    var hasSpoken = false
    /// The paragraph of the last sentence that credited its speaker with what came before ("Про
    /// це повідомили в ..."), while only empty lines ("Оновлено 08:34.") have followed it.
    var closedStatementParagraph: Int?
    /// The action of the last claim of the previous two sentences, for "Решта ракет – ракети типу
    /// Калібр", and how many sentences without claims followed it.
    var previousKind: ClaimKind?
    var sentencesSinceKind = 0
    /// The article's last weapon, across paragraphs ("Зафіксовано 13 влучань" on a line of its own).
    var lastWeapon: Int32?
    /// The article's last specific (not generic) weapon, for "такі ракети", "такие ракеты".
    var lastSpecific: Int32?

    init(index: TaxonomyIndex, lexicon: Lexicon, language: Language, enemySide: Side?) {
        self.index = index
        self.language = language
        self.enemySide = enemySide
        tokenizer = Tokenizer(lexicon: lexicon)
    }

    /// A number in the text: tokens `first...last` and its value.
    struct Number {
        var first: Int
        var last: Int
        var value: Int
        var isDigits: Bool
    }

    /// A weapon noun phrase: the noun tokens, the weapon, and the count tokens when there are some.
    struct Phrase {
        var first: Int
        var headFirst: Int
        var last: Int
        var weapon: Int32
        var count: ClaimCount
        var launched: Int?
        var isElliptical = false
        var companions: [Int32] = []
        /// A strike noun stood in for the weapon ("13 влучань").
        var isStrikeCount = false
    }

    mutating func analyze(
        _ text: UnsafeBufferPointer<UInt8>, _ span: SentenceSpan, published: CalendarDate?,
        previous: WeaponPhrase?, inQuote: Bool, into result: inout SentenceResult
    ) {
        self.text = text
        self.published = published
        tokens = []
        tokenizer.tokenize(text, span.start..<span.end)
        tokens = tokenizer.tokens
        MentionScanner.scan(tokens, text, index: index, mentions: &mentions, mentionAt: &mentionAt)
        result.reset()
        var open = inQuote
        for token in tokens where token.isMark(Mark.quote) { open.toggle() }
        result.endsInQuote = open
        for mention in mentions where mention.ref.section == .actor { result.actors.append(mention.ref.index) }
        result.date = findDate()
        let speaker = findSpeaker()
        result.speaker = speaker
        result.speakerCoversPrevious = speaker != nil && tokens.prefix(3).contains { $0.slavic == .this }
        let firstWords = tokens.prefix(3)
        result.isBackground = firstWords.contains { $0.slavic == .recap } || tokens.contains { $0.slavic == .start }

        let numbers = findNumbers()
        var phrases = buildPhrases(numbers: numbers)
        phrases += ellipticalPhrases(numbers: numbers, phrases: phrases, previous: previous?.isFromEarlierParagraph == true ? nil : previous)
        phrases.sort { $0.first < $1.first }
        let verbs = tokens.indices.filter { tokens[$0].has(.verb) && tokens[$0].verb != .none }
        let endsWithColon = tokens.last.map { $0.isMark(Mark.colon) } ?? false
        if !verbs.isEmpty { pending = nil }
        // "Решта ракет – це були ракети типу «Калібр»", "Остальные ракеты – «Калибр»": the rest of
        // the weapons the sentence before told of, with its action.
        let echoedKind = verbs.isEmpty && tokens.first?.slavic == .rest ? previousKind : nil
        // The air defence that claims an interception: the Air Force in Ukrainian reports; in
        // Russian text the side follows from the weapons and the place.
        let defender: ClaimantRef = language == .ukrainian ? .generic(.airForce, nil) : .generic(.military, nil)
        let airDefence = tokens.contains { $0.slavic == .airDefence }
        // After "Про це повідомили в X." and a paragraph break, a sentence without a speaker may be
        // the next speaker's ("..., розповів Y"): the article rules choose, not the last speaker.
        let afterClosedStatement = closedStatementParagraph.map { $0 != span.paragraph } ?? false
        if result.speakerCoversPrevious {
            closedStatementParagraph = span.paragraph
        } else if speaker != nil || !phrases.isEmpty {
            closedStatementParagraph = nil
        }
        let claimant: ClaimantRef? = speaker ?? (hasSpoken ? .pronoun : (airDefence ? defender : nil))
        let isDefenderByDefault = speaker == nil && !hasSpoken && airDefence
        if speaker == nil, airDefence, !hasSpoken {
            // An air-defence report without "said" (the Air Force's own post): the defender
            // speaks for the sentences around it too, as the subject of its action.
            result.speaker = defender
            result.speakerIsImplicit = true
        }
        if speaker != nil { hasSpoken = true }
        phrases = droppingBrokenDownTotals(phrases)

        // "Пресечена попытка ... атаковать объекты с применением пяти беспилотников": the weapons
        // of a foiled attack were intercepted (the Russian MoD's wording), whatever verb names the attack.
        let foiled = tokens.contains { $0.slavic == .attempt } && tokens.contains { $0.slavic == .thwarted }
        // "представители ВСУ назвали заявления об уничтожении HIMARS фейками": a claim called false.
        if tokens.contains(where: { $0.slavic == .denial }) { phrases.removeAll() }
        var headingKind: ClaimKind?
        for phrase in phrases {
            // "Из 25 беспилотников, запущенных по Киеву, 20 были сбиты": the whole is told by its part.
            if opensPartitive(phrase), phrases.contains(where: { $0.isElliptical && $0.first > phrase.last }) { continue }
            var kind: ClaimKind
            var order = Int32(tokens[phrase.first].start)
            var distance = 0
            if phrase.isStrikeCount {
                kind = .strike
            } else if foiled, !tokens.contains(where: { $0.has(.negation) }) {
                kind = .intercept
            } else if let verb = governingVerb(of: phrase, verbs: verbs) {
                if isNegated(verb) { continue }
                kind = launchesWith(phrase, verb: verb) && !repelsAttack(verb) ? .launch : Self.kind(of: tokens[verb].verb, repelled: repelsAttack(verb))
                // "скинули 12 КАБ на Запорізьку область": bombs dropped were launched (a drone that
                // dropped explosives struck).
                if tokens[verb].slavic == .drop, index.weapons[Int(phrase.weapon)].family == .bomb { kind = .launch }
                // "ударили в землю", "попали в поле": they hit nothing.
                if kind == .strike, (verb + 1..<min(verb + 4, tokens.count)).contains(where: { tokens[$0].slavic == .harmless }) { continue }
                order = Int32(tokens[verb].start)
                distance = verb < phrase.first ? phrase.first - verb : verb - phrase.last
            } else if let pending {
                kind = pending.kind
            } else if let echoedKind {
                kind = echoedKind
            } else {
                continue
            }
            let info = index.weapons[Int(phrase.weapon)]
            // "45 обстрілів з РСЗВ", "72 авіаудари": counts of attacks, not of weapons.
            if isEpisodeCount(phrase) { continue }
            // "близько 30 із них – шахеди": what the weapons just counted were, not a claim.
            if phrase.first >= 2, tokens[phrase.first - 2].slavic == .them,
               tokens[phrase.first - 1].isMark(Mark.enDash) || tokens[phrase.first - 1].isMark(Mark.emDash) || tokens[phrase.first - 1].isMark(Mark.hyphen) {
                continue
            }
            // "система ПВО Patriot": the defender's system, not what was shot down or fired.
            if info.isInterceptor, kind != .strike || phrase.count.exact == nil { continue }
            if info.family == .aircraft, kind != .intercept {
                // "ракету выпустил МиГ-31К": the carrier of the weapons; "ударна авіація": a force.
                if info.isGeneric || phrases.contains(where: { index.weapons[Int($0.weapon)].family != .aircraft }) { continue }
            }
            headingKind = headingKind ?? kind
            let places = placesFor(phrase)
            for place in places.isEmpty ? [-1] : places {
                var draft = Draft(
                    kind: kind, weapon: phrase.weapon, count: phrase.count, launched: phrase.launched,
                    claimant: claimant ?? pending?.claimant, side: side(of: phrase), isEnemy: isEnemy(phrase),
                    origin: nil, place: place, location: nil, verbDistance: distance, isElliptical: phrase.isElliptical,
                    order: order
                )
                draft.isSingular = phrase.count.exact == 1
                draft.isAdditional = tokens[phrase.first].slavic == .another
                draft.companions = phrase.companions
                draft.yieldsToNextSpeaker = speaker == nil && afterClosedStatement
                draft.isImplicitClaimant = isDefenderByDefault && pending == nil
                if !result.isBackground { result.drafts.append(draft) }
            }
        }
        if endsWithColon, let kind = headingKind ?? verbs.last.map({ Self.kind(of: tokens[$0].verb) }) {
            pending = (kind, claimant)
        }
        if let kind = result.drafts.last?.kind {
            previousKind = kind
            sentencesSinceKind = 0
        } else {
            sentencesSinceKind += 1
            if sentencesSinceKind > 1 { previousKind = nil }
        }
        if let last = phrases.last(where: { !$0.isElliptical }) { lastWeapon = last.weapon }
        if let last = phrases.last(where: { !index.weapons[Int($0.weapon)].isGeneric }) { lastSpecific = last.weapon }
        if let last = phrases.last(where: { !$0.isElliptical }) ?? phrases.last {
            var phrase = WeaponPhrase(
                weapon: last.weapon, first: last.first, last: last.last, headFirst: last.headFirst, headLast: last.last,
                count: last.count, launched: last.launched
            )
            phrase.isElliptical = last.isElliptical
            result.lastPhrase = phrase
        }
        return
    }

    /// "вдарили ракетою Х-59", "атаковали ракетами": the weapon is the instrument of a strike verb
    /// with no target named ("по ..."): the text says it was fired, not that it hit.
    func launchesWith(_ phrase: Phrase, verb: Int) -> Bool {
        guard tokens[verb].verb == .strike, tokens[verb].form != .gerund, let head = mention(at: phrase.headFirst) else { return false }
        var word = head.first
        while word < head.last, !tokens[word + 1].isPunct { word += 1 }
        let noun = slice(word, word).lowercased()
        guard ["ою", "ами", "ями", "ой", "ей"].contains(where: { noun.hasSuffix($0) }) else { return false }
        var first = min(verb, phrase.first)
        while first > 0, !isClauseBreak(first - 1) { first -= 1 }
        var last = max(verb, phrase.last)
        while last + 1 < tokens.count, !isClauseBreak(last + 1) { last += 1 }
        return !(first...last).contains { tokens[$0].slavic == .per }
    }

    /// "22 украинских БПЛА: 16 БПЛА над ..., три БПЛА над ...": a total followed by the parts
    /// that add up to it is recorded as the parts only.
    func droppingBrokenDownTotals(_ phrases: [Phrase]) -> [Phrase] {
        var result = phrases
        var position = 0
        while position < result.count {
            let next = position + 1
            // The total and its parts after a colon or "из них", "з них" ("43 беспилотника, из них 20 над ...").
            let between = result[position].last + 1..<max(result[position].last + 1, next < result.count ? result[next].first : 0)
            if let total = result[position].count.exact, total > 1, next < result.count,
               between.contains(where: { tokens[$0].isMark(Mark.colon) || isOfThem($0) }) {
                var sum = 0
                var parts = 0
                for other in result[(position + 1)...] {
                    guard let part = other.count.exact, sum + part <= total else { break }
                    sum += part
                    parts += 1
                    if sum == total { break }
                }
                if parts >= 2, sum == total {
                    result.remove(at: position)
                    continue
                }
            }
            position += 1
        }
        return result
    }

    /// "них" of "из них", "з них": the weapons just counted.
    func isOfThem(_ position: Int) -> Bool {
        position > 0 && tokens[position].slavic == .them && tokens[position - 1].slavic == .of
    }

    /// Whether the phrase is the weapon of counted attack episodes: "45 обстрілів з РСЗВ",
    /// "30 авіаційних ударів", "2 ракетних удари".
    func isEpisodeCount(_ phrase: Phrase) -> Bool {
        var position = phrase.first - 1
        if position >= 0, tokens[position].slavic == .of { position -= 1 }
        if position >= 0, tokens[position].slavic == .episode { return true }
        let after = phrase.last + 1
        return after < tokens.count && tokens[after].slavic == .episode
    }

    /// "відбили атаку трьох дронів", "отразили атаку беспилотника": an attack noun after a verb
    /// of interception is what was intercepted, not a launch.
    func repelsAttack(_ verb: Int) -> Bool {
        tokens[verb].form == .gerund && tokens[verb].verb == .launch && verb > 0
            && tokens[verb - 1].has(.verb) && tokens[verb - 1].verb == .intercept
    }

    static func kind(of verb: VerbClass, repelled: Bool = false) -> ClaimKind {
        if repelled { return .intercept }
        return switch verb {
        case .strike, .harm: .strike
        case .launch, .use: .launch
        case .intercept, .destroy, .none: .intercept
        }
    }

    // MARK: - Numbers

    /// Every number of the sentence: digits (with a case ending: "54-ма", "5-ти"), number words
    /// and their compounds ("двадцять п'ять", "сто двадцять"). Dates, times and years are not counts.
    func findNumbers() -> [Number] {
        var numbers: [Number] = []
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            if token.kind == .number, token.value >= 0 {
                var last = position
                if position + 2 < tokens.count, tokens[position + 1].isMark(Mark.hyphen), !tokens[position + 1].spaceBefore,
                   tokens[position + 2].isWord, !tokens[position + 2].spaceBefore,
                   tokens[position + 2].end - tokens[position + 2].start <= 8 {
                    last = position + 2
                }
                if !isDateOrTime(position, last) {
                    numbers.append(Number(first: position, last: last, value: Int(token.value), isDigits: true))
                }
                position = last + 1
                continue
            }
            if token.isWord, token.has(.numberWord), token.value > 0 {
                var value = Int(token.value)
                var last = position
                while last + 1 < tokens.count, tokens[last + 1].isWord, tokens[last + 1].has(.numberWord) {
                    let next = Int(tokens[last + 1].value)
                    let fits = (value % 100 == 0 && next < 100) || (value % 10 == 0 && value >= 20 && next < 10 && value % 100 != 0)
                    guard next > 0, fits else { break }
                    value += next
                    last += 1
                }
                if !isDateOrTime(position, last) {
                    numbers.append(Number(first: position, last: last, value: value, isDigits: false))
                }
                position = last + 1
                continue
            }
            position += 1
        }
        return numbers
    }

    /// "14 вересня", "09:00", "2023 року": a date, a time or a year.
    private func isDateOrTime(_ first: Int, _ last: Int) -> Bool {
        if last + 1 < tokens.count {
            let next = tokens[last + 1]
            if next.has(.month) { return true }
            if next.isMark(Mark.colon), !next.spaceBefore, last + 2 < tokens.count, tokens[last + 2].kind == .number { return true }
            if next.isMark(Mark.period), !next.spaceBefore, last + 2 < tokens.count, tokens[last + 2].kind == .number,
               !tokens[last + 2].spaceBefore { return true }
        }
        if first > 0, tokens[first - 1].isMark(Mark.colon) || tokens[first - 1].isMark(Mark.period), !tokens[first].spaceBefore {
            return true
        }
        let value = tokens[first].value
        if tokens[first].kind == .number, value >= 1900, value <= 2100, first == last { return true }
        return false
    }

    // MARK: - Phrases

    /// Weapon noun phrases, each with its count.
    func buildPhrases(numbers: [Number]) -> [Phrase] {
        var numberEndingAt: [Int: Int] = [:]
        for (offset, number) in numbers.enumerated() { numberEndingAt[number.last] = offset }
        var phrases: [Phrase] = []
        var position = 0
        while position < mentions.count {
            let mention = mentions[position]
            position += 1
            guard mention.ref.section == .weapon else { continue }
            var members: [Int32] = [mention.ref.index]
            var last = mention.last
            var isList = false
            // "управляемые авиабомбы «Хаммер»", "авиабомбы JDAM": a name after a class of weapons is
            // their type ("Х-101/Х-555" with a slash is a pair the sources cannot tell apart).
            var namedType: Int32?
            // Refinements and lists: "ракети типу «Калібр»", "две ракеты западного производства
            // ATACMS", "БпЛА типу Shahed, Гербера і дронів інших типів".
            while position < mentions.count, mentions[position].ref.section == .weapon {
                let next = mentions[position]
                let onlyGeneric = members.allSatisfy { index.weapons[Int($0)].isGeneric }
                var gap = last + 1
                var sawList = false
                var words = 0
                while gap < next.first {
                    let token = tokens[gap]
                    if token.slavic == .type || token.isMark(Mark.quote) || token.isMark(Mark.slash) {
                    } else if token.isMark(Mark.comma) || token.has(.conjunction) {
                        sawList = true
                    } else if onlyGeneric, !isList, !sawList, words < 4, token.isWord, !token.has(.verb), !token.has(.speech),
                              !token.has(.placePrep), token.code == 0, !token.has(.numberWord) || token.value <= 0 {
                        words += 1
                    } else if onlyGeneric, !isList, words > 0, token.isMark(Mark.hyphen) {
                    } else {
                        break
                    }
                    gap += 1
                }
                guard gap == next.first else { break }
                if !sawList, !isList, !(last + 1..<next.first).contains(where: { tokens[$0].isMark(Mark.slash) }),
                   !index.weapons[Int(next.ref.index)].isGeneric {
                    namedType = next.ref.index
                }
                if sawList {
                    // Another item with a count of its own is another claim.
                    let current = index.weapons[Int(members[0])]
                    let other = index.weapons[Int(next.ref.index)]
                    guard current.family.admits(other.family) || other.family.admits(current.family),
                          numberEndingAt[next.first - 1] == nil, !(onlyGeneric && other.isGeneric && !isDecoy(next.ref.index))
                    else { break }
                    isList = true
                }
                members.append(next.ref.index)
                last = next.last
                position += 1
            }
            var (weapon, companions) = resolveMembers(members, isList: isList)
            if let namedType, !isList { weapon = namedType }
            // "две такие ракеты": the specific weapons named before, when of the same family.
            if mention.first > 0, tokens[mention.first - 1].slavic == .such, index.weapons[Int(weapon)].isGeneric, let specific = lastSpecific,
               index.weapons[Int(weapon)].family.admits(index.weapons[Int(specific)].family) {
                weapon = specific
            }
            // "скільки ракет збила ППО", "сколько ракет сбито": a question, no claim.
            if mention.first > 0, tokens[mention.first - 1].slavic == .howMany { continue }
            var phrase = Phrase(first: mention.first, headFirst: mention.first, last: last, weapon: weapon, count: .unknown())
            phrase.companions = companions
            attachCount(&phrase, numbers: numbers, numberEndingAt: numberEndingAt)
            if phrase.count.qualifier == .unknown, phrase.count.text == nil, isSingular(phrase, members: members) {
                phrase.count = .exactly(1)
            }
            phrases.append(phrase)
        }
        return phrases
    }

    /// The system a phrase's names stand for: the specific one ("ракети типу Калібр"), or for a
    /// list of one family, the composite of its members ("Shahed, Гербера і дронів інших
    /// типів": Shahed and decoy drones, with decoys of any named type and drones of "other
    /// types" beside a named drone as decoy drones), never split.
    func resolveMembers(_ members: [Int32], isList: Bool) -> (Int32, [Int32]) {
        var distinct: [Int32] = []
        let decoy = index.genericDecoy
        let hasSpecificDrone = members.contains { !index.weapons[Int($0)].isGeneric && index.weapons[Int($0)].family == .drone }
        for member in members {
            var weapon = member
            if isDecoy(member), let decoy { weapon = decoy }
            // "БпЛА типу Shahed та дрони інших типів": in the Air Force's wording the other types
            // are the decoys launched with the Shahed, counted together with them.
            else if isList, hasSpecificDrone, index.weapons[Int(member)].isGeneric, index.weapons[Int(member)].family == .drone,
                    let decoy { weapon = decoy }
            else if index.weapons[Int(member)].isGeneric { continue }
            if !distinct.contains(weapon) { distinct.append(weapon) }
        }
        guard let first = distinct.first else {
            // Generic nouns only: the last is the most precise ("крилаті ракети" after "ракети").
            return (members.last!, [])
        }
        return isList ? (first, Array(distinct.dropFirst())) : (first, [])
    }

    func isDecoy(_ weapon: Int32) -> Bool { index.weapons[Int(weapon)].isDecoy }

    /// A phrase without a count is one weapon when its noun is singular ("ракету Х-59",
    /// "крылатая ракета", "бомбардувальник Ту-22М3"), or when it names an aircraft.
    func isSingular(_ phrase: Phrase, members: [Int32]) -> Bool {
        if members.allSatisfy({ index.weapons[Int($0)].family == .aircraft }), !index.weapons[Int(phrase.weapon)].isGeneric {
            return true
        }
        guard let mention = mention(at: phrase.headFirst), index.weapons[Int(mention.ref.index)].isGeneric else { return false }
        // The noun of the generic name: its last word, in a singular form of the word tables.
        var head = mention.last
        while head > mention.first, !tokens[head].isWord { head -= 1 }
        if tokens[head].slavic == .singular { return true }
        // "о перехвате крылатой ракеты", "про знищення ракети": the genitive of one weapon after an action noun.
        if tokens[head].slavic == .genitiveSingular, phrase.first > 0 {
            let before = tokens[phrase.first - 1]
            return before.has(.verb) && before.form == .gerund
        }
        return false
    }

    /// The generic entry of a weapon's family ("unspecified-drone" for Shahed).
    func genericOf(_ weapon: Int32) -> Int32? {
        let info = index.weapons[Int(weapon)]
        if info.isGeneric { return weapon }
        // The generic entry of its category ("балістичні ракети" for KN-23), else of its family.
        if let generic = index.weapons.firstIndex(where: { $0.isGeneric && $0.category == info.category }) { return Int32(generic) }
        let id: String
        switch info.family {
        case .drone: id = "unspecified-drone"
        case .missile: id = "unspecified-missile"
        case .rocket: id = "unspecified-rocket"
        case .bomb: id = "unspecified-bomb"
        case .aircraft: id = "unspecified-aircraft"
        case .naval: id = "unspecified-naval-drone"
        default: return nil
        }
        return index.genericByID[id]
    }

    /// Reads the count before the phrase (over adjectives), or after a dash ("Калібр – 5 з 8").
    func attachCount(_ phrase: inout Phrase, numbers: [Number], numberEndingAt: [Int: Int]) {
        var position = phrase.first - 1
        var skipped = 0
        while position >= 0, skipped < 4, numberEndingAt[position] == nil, isAdjective(position) {
            position -= 1
            skipped += 1
        }
        if position >= 0, let offset = numberEndingAt[position] {
            let parsed = count(numbers[offset], numbers: numbers, numberEndingAt: numberEndingAt)
            phrase.first = parsed.first
            phrase.count = parsed.count
            phrase.launched = parsed.launched
            return
        }
        if position >= 0, tokens[position].has(.vague) {
            phrase.first = position
            phrase.count = .unknown(text: slice(position, position))
            return
        }
        // "одна из ракет упала", "дві з ракет": that many of the weapons.
        if position >= 1, tokens[position].slavic == .of, let offset = numberEndingAt[position - 1] {
            let number = numbers[offset]
            phrase.first = number.first
            phrase.count = .exactly(number.value, text: slice(number.first, position))
            return
        }
        // A per-system line: "Х-101/Х-555 – 20 з 25", "Калібр — 5".
        var dash = phrase.last + 1
        if dash < tokens.count, tokens[dash].isMark(Mark.quote) { dash += 1 }  // «Калибр» — 4 из 6
        guard dash + 1 < tokens.count,
              tokens[dash].isMark(Mark.enDash) || tokens[dash].isMark(Mark.emDash) || tokens[dash].isMark(Mark.hyphen),
              let number = numbers.first(where: { $0.first == dash + 1 })
        else { return }
        phrase.count = number.isDigits && number.first == number.last ? .exactly(number.value) : .exactly(number.value, text: slice(number.first, number.last))
        phrase.last = number.last
        let of = number.last + 1
        if of + 1 < tokens.count, tokens[of].slavic == .of, let total = numbers.first(where: { $0.first == of + 1 }), total.value >= number.value {
            phrase.launched = total.value
            phrase.count = .exactly(number.value, text: slice(number.first, total.last))
            phrase.last = total.last
        }
    }

    /// A word that may stand between a count and its noun: an adjective the lexicon does not
    /// know ("ворожих", "ударних", "крилаті"), a side or enemy word, or a quote mark.
    func isAdjective(_ position: Int) -> Bool {
        let token = tokens[position]
        if token.isMark(Mark.quote) { return true }
        guard token.isWord, mentionAt[position] < 0, token.code == 0 || token.slavic == .such else { return false }
        let allowed: Lex = [.sideRussia, .sideUkraine, .enemy]
        return token.lex.isEmpty ? !token.isCapitalized || position == 0 : allowed.isSuperset(of: token.lex)
    }

    /// The count a number makes with the words before it.
    func count(_ number: Number, numbers: [Number], numberEndingAt: [Int: Int]) -> (count: ClaimCount, launched: Int?, first: Int) {
        let words = slice(number.first, number.last)
        let plain: ClaimCount = number.isDigits && number.first == number.last ? .exactly(number.value) : .exactly(number.value, text: words)
        var before = number.first - 1
        guard before >= 0 else { return (plain, nil, number.first) }
        // "17 із 22": count and launched.
        if tokens[before].slavic == .of, before > 0, let offset = numberEndingAt[before - 1] {
            let part = numbers[offset]
            if part.value <= number.value {
                return (.exactly(part.value, text: slice(part.first, number.last)), number.value, part.first)
            }
        }
        let word = tokens[before].slavic
        switch word {
        case .all:
            return (.exactly(number.value, text: slice(before, number.last)), number.value, before)
        case .per:
            return (.exactly(number.value, text: slice(before, number.last)), nil, before)
        case .another:
            return (.exactly(number.value, text: slice(before, number.last)), nil, before)
        case .over, .atLeast:
            // The figure stays with its words and qualifier; a bounded count is never summed.
            return (ClaimCount(exact: number.value, minimum: number.value, maximum: nil, text: slice(before, number.last), qualifier: .atLeast), nil, before)
        case .less where before > 0 && tokens[before - 1].has(.negation):
            // "не менее 15", "не менше 20": at least.
            return (ClaimCount(exact: number.value, minimum: number.value, maximum: nil, text: slice(before - 1, number.last), qualifier: .atLeast), nil, before - 1)
        case .about:
            return (ClaimCount(exact: number.value, minimum: number.value, maximum: number.value, text: slice(before, number.last), qualifier: .about), nil, before)
        case .upTo:
            // "від 8 до 12": a range, never summed.
            if before >= 2, let offset = numberEndingAt[before - 1], numbers[offset].first > 0,
               tokens[numbers[offset].first - 1].slavic == .from {
                let low = numbers[offset]
                return (ClaimCount(exact: nil, minimum: low.value, maximum: number.value, text: slice(low.first - 1, number.last), qualifier: .range), nil, low.first - 1)
            }
            return (ClaimCount(exact: nil, minimum: nil, maximum: number.value, text: slice(before, number.last), qualifier: .upTo), nil, before)
        default:
            // "збито/подавлено 33": the action words are kept with the count.
            if tokens[before].has(.verb), before >= 2, tokens[before - 1].isMark(Mark.slash), tokens[before - 2].has(.verb) {
                before -= 2
                return (.exactly(number.value, text: slice(before, number.last)), nil, number.first)
            }
            if tokens[before].has(.verb), before >= 2, tokens[before - 1].slavic == .or, tokens[before - 2].has(.verb) {
                return (.exactly(number.value, text: slice(before - 2, number.last)), nil, number.first)
            }
            return (plain, nil, number.first)
        }
    }

    /// Counts without a noun of their own: "дві з них", "одиннадцать — над Курской областью",
    /// "а три влучили", "13 влучань".
    func ellipticalPhrases(numbers: [Number], phrases: [Phrase], previous: WeaponPhrase?) -> [Phrase] {
        let lastWeapon = self.lastWeapon
        var result: [Phrase] = []
        for number in numbers {
            if phrases.contains(where: { $0.first <= number.first && number.last <= $0.last }) { continue }
            var next = number.last + 1
            if next + 1 < tokens.count, tokens[next].isMark(Mark.quote) { next += 1 }  // Чотири "прильоти"
            guard next < tokens.count else { continue }
            // The weapon: the last phrase before the number, in this sentence or the one before.
            let antecedent = phrases.last { $0.last < number.first }
            var weapon = antecedent?.weapon ?? previous?.weapon ?? lastWeapon
            let antecedentCount = antecedent?.count.exact ?? previous?.count.exact
            // "Чотири «прильоти» по НПЗ" before any weapon is named: hits of missiles, the
            // weapon such reports count by default (drones and shells are named when meant).
            if weapon == nil, tokens[next].has(.verb), tokens[next].verb == .strike, tokens[next].form == .gerund {
                weapon = index.genericByID["unspecified-missile"]
            }
            guard let weapon else { continue }
            var phrase = Phrase(
                first: number.first, headFirst: number.first, last: number.last, weapon: weapon, count: .unknown(), isElliptical: true
            )
            let parsed = count(number, numbers: numbers, numberEndingAt: [:])
            phrase.first = parsed.first
            phrase.count = parsed.count
            let token = tokens[next]
            if token.slavic == .of, next + 1 < tokens.count, tokens[next + 1].slavic == .them {
                // "близько 30 із них – шахеди": what the weapons were, not a claim.
                if next + 2 < tokens.count, tokens[next + 2].isMark(Mark.enDash) || tokens[next + 2].isMark(Mark.emDash)
                    || tokens[next + 2].isMark(Mark.hyphen) { continue }
                // "дві з них": part of the weapons just counted.
                phrase.last = next + 1
                phrase.count = .exactly(number.value, text: slice(parsed.first, next + 1))
                if let total = antecedentCount, total >= number.value { phrase.launched = total }
            } else if token.slavic == .vehicle || (token.slavic == .singular && mentionAt[next] < 0) {
                // "Еще 5 аппаратов уничтожили", "один аппарат был уничтожен": the craft just counted
                // ("аппарат" alone; in "беспилотный летательный аппарат" it is a weapon's name).
                phrase.last = next
            } else if token.isMark(Mark.enDash) || token.isMark(Mark.emDash), next + 1 < tokens.count, tokens[next + 1].has(.placePrep) {
                // A breakdown line: "одиннадцать — над Курской областью".
            } else if token.has(.placePrep), (0..<number.first).contains(where: { tokens[$0].isMark(Mark.colon) || isOfThem($0) }) {
                // A breakdown after a colon or "из них": "...: 12 над территорией Брянской области,
                // девять над ...", "43 беспилотника, из них 20 над Брянской областью, 15 над ...".
            } else if token.has(.verb), token.verb == .strike {
                if token.form == .gerund {
                    phrase.isStrikeCount = true
                    phrase.weapon = genericOf(weapon) ?? weapon
                    phrase.count = .exactly(number.value, text: slice(number.first, next))
                    phrase.last = next
                } else if number.first == 0 || tokens[number.first - 1].has(.conjunction) || tokens[number.first - 1].isMark(Mark.comma) {
                    // "а три влучили": the rest of the weapons just counted.
                } else {
                    continue
                }
            } else if number.first > 0, isOfThem(number.first - 1),
                      (next..<min(next + 2, tokens.count)).contains(where: { tokens[$0].has(.verb) }) {
                // "з них 15 вдалося збити", "из них 12 сбиты": part of the weapons just counted.
                if let total = antecedentCount, total >= number.value { phrase.launched = total }
            } else if let whole = phrases.first(where: { opensPartitive($0) && $0.last < number.first }),
                      (whole.last + 1..<number.first).contains(where: { tokens[$0].isMark(Mark.comma) }),
                      (next..<min(next + 3, tokens.count)).contains(where: { tokens[$0].has(.verb) }) {
                // "Из 25 беспилотников, запущенных по Киеву, 20 были сбиты": part of the whole the
                // sentence opens with.
                phrase.weapon = whole.weapon
                if let total = whole.count.exact, total >= number.value { phrase.launched = total }
            } else if token.has(.verb), number.first == 0 || tokens[number.first - 1].has(.conjunction) {
                // "Три попали по территории": the count opens the clause.
            } else {
                continue
            }
            result.append(phrase)
        }
        result += pronounPhrases(phrases: phrases, previous: previous)
        if phrases.isEmpty, result.isEmpty, let hit = uncountedHit(previous: previous) { result.append(hit) }
        return result
    }

    /// "Є влучання в портову інфраструктуру", "Есть попадания": hits told without a count or a
    /// weapon, after a sentence that told of the weapons: a strike by them (one when one was
    /// fired). Not when denied ("влучань немає", "обошлось без попаданий").
    func uncountedHit(previous: WeaponPhrase?) -> Phrase? {
        guard let previous, let noun = tokens.indices.first(where: { tokens[$0].has(.verb) && tokens[$0].verb == .strike && tokens[$0].form == .gerund }),
              !tokens.contains(where: { $0.has(.negation) || Self.absenceKeys.contains($0.key) }),
              !tokens.contains(where: { $0.has(.verb) && $0.verb != .strike })
        else { return nil }
        var phrase = Phrase(first: noun, headFirst: noun, last: noun, weapon: previous.weapon, count: .unknown(), isElliptical: true)
        phrase.isStrikeCount = true
        if previous.count.exact == 1 { phrase.count = .exactly(1) }
        return phrase
    }

    static let absenceKeys: KeySet = KeySet(["немає", "нема", "нет", "без", "відсутні", "отсутствуют"])

    /// "ракету ..., она была перехвачена", "шесть ракет ATACMS, все они были сбиты": a subject
    /// pronoun stands for the weapons just told of, when an action follows it. "Все они" and a
    /// plural pronoun take their count; a singular one counts one.
    func pronounPhrases(phrases: [Phrase], previous: WeaponPhrase?) -> [Phrase] {
        var result: [Phrase] = []
        for position in tokens.indices where tokens[position].slavic == .pronoun {
            // A subject: after a comma, "что"/"що" or the sentence start, maybe after "все"/"усі".
            var first = position
            if first > 0, tokens[first - 1].slavic == .all || Self.bothKeys.contains(tokens[first - 1].key) { first -= 1 }  // "все они", "обидві вони"
            guard first == 0 || tokens[first - 1].isMark(Mark.comma) || tokens[first - 1].has(.clause) else { continue }
            // (An interception; "destroyed" only for "все они": "она была разрушена" may be the building hit.)
            guard let verb = (position + 1..<min(position + 4, tokens.count)).first(where: { tokens[$0].has(.verb) && tokens[$0].verb != .none }),
                  tokens[verb].verb == .intercept || (tokens[verb].verb == .destroy && first < position), tokens[verb].form != .gerund,
                  !(position + 1..<verb).contains(where: { tokens[$0].isPunct })
            else { continue }
            let antecedent = phrases.last { $0.last < first && !$0.isElliptical }
            guard let weapon = antecedent?.weapon ?? previous?.weapon else { continue }
            let whole = antecedent?.count ?? previous?.count ?? .unknown()
            let isPlural = first < position || Self.pluralPronouns.contains(tokens[position].key)
            var phrase = Phrase(first: first, headFirst: position, last: position, weapon: weapon, count: .unknown(), isElliptical: true)
            if isPlural {
                guard whole.exact.map({ $0 > 1 }) ?? true else { continue }
                phrase.count = whole.exact.map { .exactly($0, text: slice(first, position)) } ?? .unknown(text: slice(first, position))
                phrase.launched = whole.exact
            } else {
                guard whole.exact.map({ $0 == 1 }) ?? true else { continue }
                phrase.count = .exactly(1, text: slice(first, position))
            }
            result.append(phrase)
        }
        return result
    }

    static let pluralPronouns: KeySet = KeySet(["они", "вони"])
    static let bothKeys: KeySet = KeySet(["обидві", "обидва", "обидвоє", "оба", "обе"])

    // MARK: - Verbs

    /// The action word of the phrase's clause: the nearest before it, else the nearest after it
    /// (not past a relative clause: "..., які окупанти випустили").
    /// "Из 25 беспилотников ...", "З 30 ракет ...": a counted whole that opens the sentence.
    func opensPartitive(_ phrase: Phrase) -> Bool {
        guard !phrase.isElliptical, phrase.count.isExact, phrase.first >= 1, tokens[phrase.first - 1].slavic == .of else { return false }
        return (0..<phrase.first - 1).allSatisfy { tokens[$0].isPunct }
    }

    func governingVerb(of phrase: Phrase, verbs: [Int]) -> Int? {
        // "дві з них вдалося збити": a count without its noun opens a clause of its own.
        if phrase.isElliptical, let after = verbs.first(where: { $0 > phrase.last }),
           !(phrase.last + 1..<after).contains(where: { isClauseBreak($0) || tokens[$0].isMark(Mark.comma) }) {
            return after
        }
        var before: Int?
        for verb in verbs where verb < phrase.first {
            if (verb..<phrase.first).contains(where: { isClauseBreak($0) }) { continue }
            before = verb
        }
        if let before { return before }
        for verb in verbs where verb > phrase.last {
            // (", з них 27 знищено": the verb is the part's, not the whole's.)
            if (phrase.last + 1..<verb).contains(where: { isClauseBreak($0) || isRelative($0) || isOfThem($0) }) { return nil }
            return verb
        }
        return nil
    }

    private func isClauseBreak(_ position: Int) -> Bool {
        let token = tokens[position]
        if token.has(.conjunction), position > 0, tokens[position - 1].isMark(Mark.comma) { return true }  // ", а три влучили"
        return token.isMark(Mark.semicolon) || token.isMark(Mark.period) || token.isMark(0x21) || token.isMark(0x3F)
    }

    private func isRelative(_ position: Int) -> Bool {
        position > 0 && tokens[position - 1].isMark(Mark.comma) && tokens[position].has(.clause)
    }

    /// "не вдалося збити", "не сбиты", "локаційно втрачено"; "збити не вдалося", "сбить не удалось".
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

    // MARK: - Places, sides

    /// The places of the phrase's comma-delimited part ("16 БПЛА над территорией Орловской
    /// области, три ..."), several when "по одному" spreads over "А и Б".
    func placesFor(_ phrase: Phrase) -> [Int32] {
        var start = phrase.first
        while start > 0, !tokens[start - 1].isMark(Mark.comma), !isClauseBreak(start - 1), !tokens[start - 1].isMark(Mark.colon) { start -= 1 }
        var end = phrase.last
        while end + 1 < tokens.count, !tokens[end + 1].isMark(Mark.comma), !isClauseBreak(end + 1) { end += 1 }
        var places: [Int32] = []
        let distributive = phrase.count.text.map { $0.lowercased().hasPrefix("по ") } ?? false
        var position = phrase.last + 1
        while position <= end {
            if let mention = mention(at: position), mention.ref.section == .place {
                if distributive, let shared = placeSharingHead(with: mention) { places.append(shared) }
                places.append(mention.ref.index)
                position = mention.last + 1
                continue
            }
            position += 1
        }
        if places.isEmpty {
            position = start
            while position < phrase.first {
                if let mention = mention(at: position), mention.ref.section == .place, mention.first > 0, tokens[mention.first - 1].has(.placePrep) {
                    places.append(mention.ref.index)
                }
                position += 1
            }
        }
        if places.isEmpty {
            // "семь беспилотников, атаковавших Москву": any place of the clause.
            var first = phrase.first
            while first > 0, !isClauseBreak(first - 1) { first -= 1 }
            var last = phrase.last
            while last + 1 < tokens.count, !isClauseBreak(last + 1) { last += 1 }
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

    // MARK: - Claimant and date

    /// The actor named after a closing dash ("... – КМВА", "... — Минобороны"), the sentence's
    /// last words, when it is an office and not an outlet.
    func creditedAfterDash() -> ClaimantRef? {
        var last = tokens.count - 1
        while last >= 0, tokens[last].isPunct, !tokens[last].isMark(Mark.emDash), !tokens[last].isMark(Mark.enDash) { last -= 1 }
        guard last > 1, let mention = mention(at: last), mention.ref.section == .actor, mention.last == last else { return nil }
        let dash = mention.first - 1
        guard dash > 0, tokens[dash].isMark(Mark.emDash) || tokens[dash].isMark(Mark.enDash) || (tokens[dash].isMark(Mark.hyphen) && tokens[dash].spaceBefore)
        else { return nil }
        return index.actors[Int(mention.ref.index)].kind == .media ? nil : .actor(mention.ref.index)
    }

    /// The actor a speech word attributes the sentence to ("повідомили в Повітряних силах",
    /// "по данным Минобороны", "сообщил губернатор").
    func findSpeaker() -> ClaimantRef? {
        let speech = tokens.indices.filter { tokens[$0].has(.speech) }
        // "ППО збила 17 «Шахедів» – Повітряні сили": a headline names its source after a dash.
        if let credited = creditedAfterDash() { return credited }
        // "Минобороны РФ: над Белгородской областью сбиты 10 беспилотников": a source as a header.
        if let credited = creditedBeforeColon() { return credited }
        guard !speech.isEmpty else { return nil }
        // The actor nearest a speech word speaks ("ВСУ выпустили ..., сообщил Гладков": Gladkov).
        var media: Int32?
        var best: (actor: Int32, distance: Int)?
        for mention in mentions where mention.ref.section == .actor {
            let info = index.actors[Int(mention.ref.index)]
            if info.kind == .media {
                media = media ?? mention.ref.index
                continue
            }
            let distance = speech.map { speechDistance(from: $0, to: mention.first, mention.last) }.min() ?? .max
            if best == nil || distance < best!.distance { best = (mention.ref.index, distance) }
        }
        // "– йдеться у повідомленні Генштабу": a general staff named without its side speaks when
        // it is nearer the speech word than any named actor.
        let staffDistance = tokens.indices.lazy.filter { self.isGeneralStaff(at: $0) }
            .map { staff in speech.map { abs($0 - staff) }.min() ?? .max }.min()
        if let staffDistance, staffDistance <= 3, staffDistance < best?.distance ?? .max {
            return .generic(.generalStaff, nil)
        }
        // "..., сообщило Минобороны": a defence ministry named without its country, nearer the
        // speech word than any named actor ("ВСУ выпустили ..., сообщило Минобороны": not the ВСУ).
        let ministry = tokens.indices.lazy.filter { self.isDefenceMinistry(at: $0) }
            .map { position in (position, speech.map { self.speechDistance(from: $0, to: position, position) }.min() ?? .max) }.min { $0.1 < $1.1 }
        if let ministry, ministry.1 <= 3, ministry.1 < best?.distance ?? .max {
            return .generic(.ministry, ministrySide(at: ministry.0))
        }
        if let best { return .actor(best.actor) }
        // "..., – вказали військові", "сообщили военные": the military the article has named.
        if speech.contains(where: { position in
            [position - 1, position + 1].contains { $0 >= 0 && $0 < tokens.count && tokens[$0].slavic == .military }
        }) {
            return .generic(.military, nil)
        }
        // "повідомив начальник слідчого управління поліції ..., передає Укрінформ": an official the
        // taxonomy does not know speaks; the outlet only relays.
        // (An official of the outlet's own country, for all the outlet says.)
        if let media, tokens.contains(where: { $0.slavic == .official }) {
            let side = index.actors[Int(media)].side
            return .generic(.officials, side == .thirdParty ? nil : side)
        }
        if let media { return .media(media) }
        // "Болвінов розповів", "заявил Синегубов", "начальник поліції повідомив": a person the
        // taxonomy does not know; the claim's place tells whose official (the article context).
        // (A capitalised word opening the sentence may be any word: only a title counts there.)
        let speaksInPerson = speech.contains { position in
            let named = [position - 1, position + 1].contains { near in
                near > 0 && near < tokens.count && tokens[near].isWord && mentionAt[near] < 0 && tokens[near].isCapitalized
            }
            let titled = (max(0, position - 3)...min(tokens.count - 1, position + 3)).contains { tokens[$0].slavic == .official }
            return tokens[position].isWord && (named || titled)
        }
        return speaksInPerson ? .generic(.officials, nil) : nil
    }

    /// How far a name is from a speech word, in tokens; one more across a comma, so that of two
    /// names as near, the one in the speech word's own clause speaks ("... на позиции ВСУ,
    /// сообщили в Минобороны": the ministry).
    func speechDistance(from speech: Int, to first: Int, _ last: Int) -> Int {
        let range = speech < first ? speech + 1..<first : last + 1..<speech
        let crossesComma = range.contains { tokens[$0].isMark(Mark.comma) }
        return (speech < first ? first - speech : speech - last) + (crossesComma ? 1 : 0)
    }

    /// A source named at the head of the sentence and followed by a colon ("Минобороны РФ: ...",
    /// "Міноборони: ..."): it speaks for the sentence.
    func creditedBeforeColon() -> ClaimantRef? {
        var first = 0
        while first < tokens.count, tokens[first].isPunct, !tokens[first].isMark(Mark.colon) { first += 1 }
        guard first < tokens.count else { return nil }
        if let mention = mention(at: first), mention.ref.section == .actor, mention.last + 1 < tokens.count,
           tokens[mention.last + 1].isMark(Mark.colon) {
            return index.actors[Int(mention.ref.index)].kind == .media ? nil : .actor(mention.ref.index)
        }
        var last = first
        while last + 1 < tokens.count, last - first < 2, !tokens[last + 1].isPunct { last += 1 }
        guard last + 1 < tokens.count, tokens[last + 1].isMark(Mark.colon),
              let ministry = (first...last).first(where: { isDefenceMinistry(at: $0) }) else { return nil }
        return .generic(.ministry, ministrySide(at: ministry))
    }

    /// "Минобороны", or "министерство" before "обороны", not part of a named actor.
    func isDefenceMinistry(at position: Int) -> Bool {
        guard mentionAt[position] < 0 else { return false }
        if tokens[position].slavic == .defenceMinistry { return true }
        return tokens[position].slavic == .ministry && position + 1 < tokens.count && tokens[position + 1].slavic == .defence
    }

    /// Whose defence ministry: an adjective before it ("российское Минобороны", "українське
    /// Міноборони"), else the language's own country.
    func ministrySide(at position: Int) -> Side {
        if position > 0, tokens[position - 1].has(.sideRussia) { return .russia }
        if position > 0, tokens[position - 1].has(.sideUkraine) { return .ukraine }
        let after = tokens[position].slavic == .ministry ? position + 2 : position + 1
        if after < tokens.count, tokens[after].has(.sideRussia) { return .russia }
        if after < tokens.count, tokens[after].has(.sideUkraine) { return .ukraine }
        return language == .russian ? .russia : .ukraine
    }

    /// "Генштаб", or "штаб" after "Генеральний" (not a regional "штаб оборони").
    func isGeneralStaff(at position: Int) -> Bool {
        guard tokens[position].slavic == .generalStaff, mentionAt[position] < 0 else { return false }
        return tokens[position].isCapitalized || (position > 0 && tokens[position - 1].slavic == .general)
    }

    /// "у ніч на 14 вересня", "в ночь на 14 сентября", "14 вересня"; "сьогодні", "за минувшие
    /// сутки" give the publication date.
    func findDate() -> EventWindow? {
        for position in tokens.indices where tokens[position].has(.month) {
            guard position > 0, tokens[position - 1].kind == .number else { continue }
            let day = Int(tokens[position - 1].value)
            let month = Int(tokens[position].value)
            var year = published?.year ?? 0
            if position + 1 < tokens.count, tokens[position + 1].kind == .number, (1990...2100).contains(tokens[position + 1].value) {
                year = Int(tokens[position + 1].value)
            } else if let published, month > published.month || (month == published.month && day > published.day + 1) {
                year -= 1
            }
            guard year > 0, let date = CalendarDate(year: year, month: month, day: day) else { continue }
            return EventWindow(start: EventTime(date: date))
        }
        if tokens.contains(where: { $0.slavic == .today }), let published {
            return EventWindow(start: EventTime(date: published))
        }
        return nil
    }

    func slice(_ first: Int, _ last: Int) -> String {
        let start = Int(tokens[first].start)
        let end = Int(tokens[last].end)
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }
}
