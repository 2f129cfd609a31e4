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
    /// The paragraph of the last recap ("Напомним, ...", "Бекграунд."): its later sentences that
    /// name no speaker of their own go on recalling.
    var recapParagraph: Int?

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
        /// A round count that is only about that many ("десяток").
        var isApproximate = false
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
        /// "балістичними та крилатими ракетами", "40 ракетами та дронами": a generic entry for
        /// several classes the text names.
        var namesSeveralClasses = false
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
        // "Радіус ураження ... – до 500 кілометрів", "случай поражения ракеты": an action noun
        // after a word of range or kind names what a weapon can do, or a kind of event; no action.
        for position in tokens.indices.dropFirst() where tokens[position].has(.verb) && tokens[position].form == .gerund
            && Self.capabilityKeys.contains(tokens[position - 1].key) {
            tokens[position].verb = .none
        }
        // "Все три ракеты достигли цели", "ракети досягли своїх цілей": they hit.
        for position in tokens.indices where tokens[position].slavic == .reach
            && tokens[position + 1..<min(position + 3, tokens.count)].contains(where: { Self.targetKeys.contains($0.key) }) {
            tokens[position].lex.insert(.verb)
            tokens[position].verb = .strike
            tokens[position].form = .past
        }
        // "ракети, застосовані ворогом, були збиті": a full participle describes the weapons; only
        // after "були", "було" ("були застосовані ракети") is it what was done.
        for position in tokens.indices where Self.attributiveParticipleKeys.contains(tokens[position].key)
            && !(position > 0 && tokens[position - 1].slavic == .be) {
            tokens[position].verb = .none
        }
        // "дві ракети прилетіли в промзону", "ракета прилетела по городу": they hit (not "прилетіли
        // з півночі" or "у бік Києва", where they only flew).
        for position in tokens.indices.dropLast() where tokens[position].slavic == .arrive
            && Self.arrivalKeys.contains(tokens[position + 1].key)
            && !(position + 2 < tokens.count && Self.directionKeys.contains(tokens[position + 2].key)) {
            tokens[position].lex.insert(.verb)
            tokens[position].verb = .strike
            tokens[position].form = .past
        }
        // "перетворено на металобрухт ракету Х-59", "превратили в металлолом три беспилотника":
        // the military's idiom for destroying.
        for position in tokens.indices where tokens[position].slavic == .turnInto
            && tokens[position + 1..<min(position + 4, tokens.count)].contains(where: { Self.scrapKeys.contains($0.key) }) {
            tokens[position].lex.insert(.verb)
            tokens[position].verb = .destroy
            tokens[position].form = .past
        }
        MentionScanner.scan(tokens, text, index: index, mentions: &mentions, mentionAt: &mentionAt)
        result.reset()
        var open = inQuote
        for token in tokens where token.isMark(Mark.quote) { open.toggle() }
        result.endsInQuote = open
        for mention in mentions where mention.ref.section == .actor && !isWeaponOwner(mention) { result.actors.append(mention.ref.index) }
        result.date = findDate()
        let speaker = findSpeaker()
        result.speaker = speaker
        result.speakerCoversPrevious = speaker != nil && tokens.prefix(3).contains { $0.slavic == .this }
        let firstWords = tokens.prefix(3)
        // "Ранее армия обороны Израиля сообщила, что ...": an earlier report by a named office is a
        // claim of its own date; "Ранее ПВО перехватили 42 дрона" with nobody named recalls.
        let namesSpeaker = switch speaker {
        case .actor?, .generic?: true
        default: false
        }
        let opensRecap = firstWords.contains { $0.slavic == .recap } || (firstWords.contains { $0.slavic == .earlier } && !namesSpeaker)
        result.isBackground = opensRecap || tokens.contains { $0.slavic == .start }
        // "Напомним, сегодня рф выпустила 60 ракет. Силы ПВО сбили 50 из них.": the recap goes on
        // in its paragraph until a sentence names who speaks. ("Ранее мэр Москвы сообщил о новой
        // атаке. По его словам, ..." names its speaker: what follows is that speaker's.)
        if opensRecap {
            recapParagraph = speaker == nil ? span.paragraph : nil
        } else if recapParagraph == span.paragraph, speaker == nil {
            result.isBackground = true
        } else {
            recapParagraph = nil
        }

        let numbers = findNumbers()
        var phrases = buildPhrases(numbers: numbers)
        var recent = previous  // (one copy: the ternary made three)
        if previous?.isFromEarlierParagraph == true { recent = nil }
        phrases += ellipticalPhrases(numbers: numbers, phrases: phrases, previous: recent, beforeBreak: previous)
        phrases.sort { $0.first < $1.first }
        countAllOfTheCounted(&phrases, previous: recent)
        // "дві хвилі ударних дронів, загальною кількістю 15 штук", "группа беспилотников общим
        // количеством 12": the total in the apposition is the count (not the waves or groups).
        for position in phrases.indices where !phrases[position].isElliptical {
            let last = phrases[position].last
            guard last + 3 < tokens.count, tokens[last + 1].isMark(Mark.comma) || Self.totalKeys.contains(tokens[last + 1].key) else { continue }
            let start = tokens[last + 1].isMark(Mark.comma) ? last + 2 : last + 1
            guard let word = (start..<min(start + 2, tokens.count)).first(where: { Self.amountKeys.contains(tokens[$0].key) }),
                  let number = numbers.first(where: { $0.first == word + 1 }) else { continue }
            phrases[position].count = .exactly(number.value, text: slice(start, number.last))
            phrases[position].launched = nil
            phrases.removeAll { $0.isElliptical && $0.first <= number.first && number.last <= $0.last }
        }
        // ("Ніч на 300 дронів: скільки збила ППО", "відмовився коментувати, скільки ракет збила
        // ППО": a verb asked about with "скільки", "сколько" states nothing.)
        let verbs = tokens.indices.filter { position in
            tokens[position].has(.verb) && tokens[position].verb != .none
                && !(max(0, position - 3)..<position).contains { tokens[$0].slavic == .howMany }
        }
        let endsWithColon = tokens.last.map { $0.isMark(Mark.colon) } ?? false
        if !verbs.isEmpty { pending = nil }
        // "Решта ракет – це були ракети типу «Калібр»", "Остальные ракеты – «Калибр»": the rest of
        // the weapons the sentence before told of, with its action.
        // "По одному — над Калужской, Тверской и Смоленской областями.": parts by place with no
        // verb go on with the action of the sentence before.
        // "Еще 43 беспилотника над Краснодарским краем и один над Волгоградской областью.": more of
        // them by place, with no verb, after a sentence with one.
        let continuesList = !phrases.isEmpty && phrases.allSatisfy { ($0.isElliptical || tokens.first?.slavic == .another) && !placesFor($0).isEmpty }
        let echoedKind = verbs.isEmpty && (tokens.first?.slavic == .rest || continuesList) ? previousKind : nil
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
            var governing: Int?
            if phrase.isStrikeCount {
                kind = .strike
            } else if foiled, !tokens.contains(where: { $0.has(.negation) }) {
                kind = .intercept
            } else if let verb = governingVerb(of: phrase, verbs: verbs) {
                if isNegated(verb) || isHabitual(verb) || isHypothetical(verb) { continue }
                // "Силами ППО ... було уражено понад два десятки повітряних цілей": what air defence
                // hits is no weapon fired, whatever case the noun's ending looks like.
                // (Air targets are only ever shot down: "уражено 15 повітряних цілей".)
                // ("поражение системами ПВО ракеты": the agent of an action noun follows it.)
                let byAirDefence = verb < phrase.first && isAirDefenceSubject(of: verb) || hasAirDefenceAgent(near: verb)
                    || tokens[verb].verb == .strike && index.weapons[Int(phrase.weapon)].family == .aerialTarget
                    || verb < phrase.first && tokens[verb].form == .gerund
                        && (verb + 1..<min(verb + 4, phrase.first)).contains { tokens[$0].slavic == .airDefence }
                kind = launchesWith(phrase, verb: verb) && !repelsAttack(verb) && !byAirDefence
                    ? .launch : Self.kind(of: tokens[verb].verb, repelled: repelsAttack(verb))
                // "скинули 12 КАБ на Запорізьку область": bombs dropped were launched (a drone that
                // dropped explosives struck).
                if tokens[verb].slavic == .drop, index.weapons[Int(phrase.weapon)].family == .bomb { kind = .launch }
                // "расчеты ПВО поразили 21 беспилотник": what air defence hits, it shoots down.
                if kind == .strike, byAirDefence { kind = .intercept }
                // "ударили в землю", "попали в поле": they hit nothing.
                if kind == .strike, (verb + 1..<min(verb + 4, tokens.count)).contains(where: { tokens[$0].slavic == .harmless }) { continue }
                order = Int32(tokens[verb].start)
                distance = verb < phrase.first ? phrase.first - verb : verb - phrase.last
                governing = verb
            } else if let pending {
                kind = pending.kind
            } else if let echoedKind {
                kind = echoedKind
            } else {
                continue
            }
            // "высокоточными ракетами на аэродроме уничтожены два самолета": missiles that destroyed
            // something on the ground struck it; the aircraft there are its targets, not shot down.
            if kind == .intercept, let governing, tokens[governing].verb == .destroy {
                if destroysOnTheGround(phrase, verb: governing) { kind = .strike }
                if index.weapons[Int(phrase.weapon)].family == .aircraft,
                   phrases.contains(where: { $0.first != phrase.first && destroysOnTheGround($0, verb: governing) }) {
                    continue
                }
            }
            let info = index.weapons[Int(phrase.weapon)]
            // "45 обстрілів з РСЗВ", "72 авіаудари": counts of attacks, not of weapons.
            if isEpisodeCount(phrase) { continue }
            // "Уничтожены две РСЗО HIMARS", "ликвидированы 1 137 РСЗО": launchers destroyed are
            // targets (the claim is about what hit them), not munitions shot down.
            if kind == .intercept, Self.launcherKeys.contains(tokens[phrase.headFirst].key) {
                continue
            }
            // "уничтожено 20 фур, в которых находились 100 БПЛА": weapons carried or stored are
            // the cargo of a target, not weapons in flight.
            if (max(0, phrase.first - 3)..<phrase.first).contains(where: { Self.cargoKeys.contains(tokens[$0].key) }) { continue }
            // "не уточнил, все ли ракеты удалось сбить": a question, no claim.
            if isAsked(phrase) { continue }
            // "близько 30 із них – шахеди": what the weapons just counted were, not a claim.
            // (Also with the count before the dash: "из которых около 25 – «Шахеды»".)
            if namesTheKindOfAPart(phrase) { continue }
            // "система ПВО Patriot": the defender's system, not what was shot down or fired.
            if info.isInterceptor, kind != .strike || phrase.count.exact == nil { continue }
            // "напад відбивали авіація, зенітні ракетні війська ...": aviation as a force that repels.
            if info.family == .aircraft, info.isGeneric, kind == .intercept, phrase.count.qualifier == .unknown { continue }
            // "літак ЗСУ збив ракету", "истребитель сбил беспилотник": the aircraft before the verb
            // is who shot down the weapons after it.
            if info.family == .aircraft, kind == .intercept, let governing, phrase.last < governing,
               phrases.contains(where: { $0.first > governing && index.weapons[Int($0.weapon)].family != .aircraft }) {
                continue
            }
            // "самолетами F-16 эти ракеты были перехвачены", "винищувачем збито ракету": aircraft in
            // the instrumental are who shot down.
            if info.family == .aircraft, kind == .intercept,
               (max(0, phrase.first - 1)...phrase.last).contains(where: { Self.byAircraftKeys.contains(tokens[$0].key) }) {
                continue
            }
            if info.family == .aircraft, kind != .intercept {
                // "ракету выпустил МиГ-31К": the carrier of the weapons; "ударна авіація": a force.
                if info.isGeneric || phrases.contains(where: { index.weapons[Int($0.weapon)].family != .aircraft }) { continue }
            }
            // "Сбитая ракета упала во двор", "уламки збитого дрона впали": what fell was shot down;
            // its fall is no strike.
            if kind == .strike, (max(0, phrase.first - 2)...phrase.headFirst).contains(where: { Self.downedKeys.contains(tokens[$0].key) }) {
                continue
            }
            headingKind = headingKind ?? kind
            let places = placesFor(phrase)
            for place in places.isEmpty ? [-1] : places {
                var draft = Draft(
                    // (The "of M" of "всі три влучили" is no figure of a strike.)
                    kind: kind, weapon: phrase.weapon, count: phrase.count, launched: kind == .strike ? nil : phrase.launched,
                    claimant: claimant ?? pending?.claimant,
                    side: side(of: phrase) ?? (kind == .intercept ? nil : governing.flatMap { subjectSide(before: $0) }), isEnemy: isEnemy(phrase),
                    origin: nil, place: place, location: nil, verbDistance: distance, isElliptical: phrase.isElliptical,
                    order: order
                )
                draft.isSingular = phrase.count.exact == 1
                draft.isAdditional = tokens[phrase.first].slavic == .another
                draft.companions = phrase.companions
                draft.namesSeveralClasses = phrase.namesSeveralClasses
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
        let lastCounted = phrases.lastIndex { !$0.isElliptical }
        if let lastCounted { lastWeapon = phrases[lastCounted].weapon }
        if let last = phrases.last(where: { !index.weapons[Int($0.weapon)].isGeneric }) { lastSpecific = last.weapon }
        // (By index: binding the phrase through `??` copied it twice for every sentence.)
        if let lastIndex = lastCounted ?? phrases.indices.last {
            result.lastPhrase = WeaponPhrase(
                weapon: phrases[lastIndex].weapon, first: phrases[lastIndex].first, last: phrases[lastIndex].last,
                headFirst: phrases[lastIndex].headFirst, headLast: phrases[lastIndex].last,
                count: phrases[lastIndex].count, launched: phrases[lastIndex].launched
            )
            result.lastPhrase?.isElliptical = phrases[lastIndex].isElliptical
        }
        return
    }

    /// "близько 30 із них – шахеди", "из которых около 25 – «Шахеды»", "з них – шахеди": the
    /// phrase after the dash says what a part of the weapons just counted were.
    func namesTheKindOfAPart(_ phrase: Phrase) -> Bool {
        var position = phrase.first - 1
        while position >= 0, tokens[position].isMark(Mark.quote) { position -= 1 }
        guard position >= 1, tokens[position].isMark(Mark.enDash) || tokens[position].isMark(Mark.emDash) || tokens[position].isMark(Mark.hyphen)
        else { return false }
        position -= 1
        while position >= 0, tokens[position].kind == .number || tokens[position].has(.numberWord) || tokens[position].slavic == .about
                || tokens[position].slavic == .over || tokens[position].slavic == .upTo || tokens[position].slavic == .atLeast {
            position -= 1
        }
        return position >= 0 && tokens[position].slavic == .them
    }

    /// Words of range, area or kind before an action noun: "радіус ураження", "зона поражения",
    /// "случай поражения", "средства поражения".
    static let capabilityKeys: KeySet = KeySet([
        "радіус", "радіусом", "радіусу", "радіусі", "дальність", "дальності", "дальністю", "зона", "зони", "зону", "зоні",
        "випадок", "випадку", "випадки", "випадків", "засоби", "засобів", "засобами",
        "радиус", "радиуса", "радиусом", "радиусе", "дальность", "дальности", "зоне", "зоны", "зону",
        "случай", "случая", "случаи", "случаев", "средства", "средств", "средствами",
    ])

    /// "металобрухт", "металлолом": what "перетворено на", "превратили в" make of weapons destroyed.
    static let scrapKeys: KeySet = KeySet(["металобрухт", "металолом", "брухт", "металлолом"])

    /// Participles of shooting down before a weapon ("сбитая ракета", "збитого дрона") and
    /// debris ("уламки ракети", "обломки беспилотника"): what is told of it afterwards (a fall,
    /// damage) is no strike of its own.
    static let downedKeys: KeySet = KeySet([
        "сбитая", "сбитый", "сбитое", "сбитые", "сбитой", "сбитого", "сбитых", "сбитую", "сбитым",
        "збита", "збитий", "збите", "збиті", "збитої", "збитого", "збитих", "збиту", "збитим",
        "уламки", "уламків", "уламками", "уламок", "обломки", "обломков", "обломками", "обломок",
        "фрагменти", "фрагментів", "фрагменты", "фрагментов",
    ])

    /// Aircraft in the instrumental: the means of an interception.
    static let byAircraftKeys: KeySet = KeySet([
        "літаком", "літаками", "винищувачем", "винищувачами", "гелікоптером", "гелікоптерами", "вертольотом", "вертольотами",
        "самолетом", "самолетами", "самолётом", "самолётами", "истребителем", "истребителями", "вертолетом", "вертолетами",
    ])

    static let launcherKeys: KeySet = KeySet(["рсзо", "рсзв", "установки", "установок", "установку", "пусковые", "пусковых", "пускові", "пускових"])

    static let cargoKeys: KeySet = KeySet([
        "находились", "находилось", "находился", "находилась", "перевозили", "перевозились", "перевозивших", "перевозившие",
        "перевозившим", "хранились", "хранившихся", "знаходилися", "знаходилось", "знаходився", "перебували",
        "перевозять", "перевозив", "перевозила", "зберігалися", "зберігались",
    ])

    /// "цели", "цілі" after "достигли", "досягли".
    /// "загальною кількістю N", "общим количеством N": a total told after the weapons.
    static let totalKeys: KeySet = KeySet(["загальною", "загальна", "общим", "общее", "всього", "всего"])
    static let amountKeys: KeySet = KeySet(["кількістю", "кількість", "количеством", "количество"])

    static let targetKeys: KeySet = KeySet(["цели", "целей", "цель", "цілі", "цілей", "ціль", "мети"])

    /// "вдарили ракетою Х-59", "атаковали ракетами": the weapon is the instrument of a strike verb
    /// with no target named ("по ..."): the text says it was fired, not that it hit.
    func launchesWith(_ phrase: Phrase, verb: Int) -> Bool {
        guard tokens[verb].verb == .strike, tokens[verb].form != .gerund, isInstrumental(phrase) else { return false }
        let (first, last) = clause(from: min(verb, phrase.first), to: max(verb, phrase.last))
        return !(first...last).contains { tokens[$0].slavic == .per }
    }

    /// Whether the phrase's noun is in the instrumental ("ракетою Х-59", "дронами", "52-ма
    /// ударними БпЛА").
    func isInstrumental(_ phrase: Phrase) -> Bool {
        guard let head = mention(at: phrase.headFirst) else { return false }
        var noun = head.first
        while noun < head.last, !tokens[noun + 1].isPunct { noun += 1 }
        if word(noun, endsWithAny: Self.instrumentalEndings) { return true }
        // (An undeclined "БпЛА" shows the case on its adjective or number: "52-ма ударними БпЛА".)
        guard Self.abbreviationKeys.contains(tokens[noun].key) else { return false }
        return (max(0, head.first - 1)..<noun).contains { tokens[$0].isWord && word($0, endsWithAny: Self.instrumentalModifierEndings) }
    }

    static let instrumentalEndings = byteForms(["ою", "ами", "ями", "ой", "ей"])
    static let instrumentalModifierEndings = byteForms(["ими", "ыми", "ма"])

    /// "22 украинских БПЛА: 16 БПЛА над ..., три БПЛА над ...": a total followed by the parts
    /// that add up to it is recorded as the parts only.
    func droppingBrokenDownTotals(_ phrases: [Phrase]) -> [Phrase] {
        var result = phrases
        var position = 0
        while position < result.count {
            let next = position + 1
            // The total and its parts after a colon, "из них", "з них" or "в том числе" ("43 беспилотника, из них 20 над ...").
            let between = result[position].last + 1..<max(result[position].last + 1, next < result.count ? result[next].first : 0)
            // (Or a first part by place that says it is one of them: "восемь беспилотников, один из них над ...".)
            // (Or, after a comma, a first part that is a line by place: "9 БПЛА, пять - над Курской областью, ...".)
            if let total = result[position].count.exact, total > 1, next < result.count,
               between.contains(where: { tokens[$0].isMark(Mark.colon) || isOfThem($0) || Self.includingKeys.contains(tokens[$0].key) })
                || isOfThem(result[next].last) && result[next].last + 1 < tokens.count && tokens[result[next].last + 1].has(.placePrep)
                || result[next].isElliptical && between.count == 1 && tokens[between.lowerBound].isMark(Mark.comma) && isPlaceLine(after: result[next].last) {
                var sum = 0
                var parts = 0
                for other in result[(position + 1)...] {
                    // "по одному над Смоленской и Калужской": one over each.
                    let isDistributive = other.count.text.map(Self.isDistributive) ?? false
                    guard let each = other.count.exact else { break }
                    let part = isDistributive ? each * max(1, placesFor(other).count) : each
                    guard sum + part <= total else { break }
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
        // ("отражены атаки двух беспилотников", "відбито атаку трьох дронів": the weapons of the
        // attacks repelled, not a count of attacks.)
        if position >= 0, tokens[position].slavic == .episode {
            return !(position > 0 && tokens[position - 1].has(.verb) && tokens[position - 1].verb == .intercept)
        }
        let after = phrase.last + 1
        return after < tokens.count && tokens[after].slavic == .episode
    }

    /// The side of the subject right before a verb of launching or striking ("Окупанти атакували
    /// ... дронами", "ВСУ выпустили", "ворог запустив"): whose weapons they were. Words after a
    /// preposition ("по російських позиціях") are places, not subjects.
    func subjectSide(before verb: Int) -> Side? {
        var position = verb - 1
        while position >= 0, verb - position <= 3, !isClauseBreak(position), !tokens[position].isPunct, !tokens[position].has(.placePrep) {
            let token = tokens[position]
            if position == 0 || !tokens[position - 1].has(.placePrep) {
                if token.has(.sideRussia) { return .russia }
                if token.has(.sideUkraine) { return .ukraine }
                if token.has(.enemy) { return enemySide }
            }
            position -= 1
        }
        return nil
    }

    /// Whether air defence is the subject of the verb at `verb`: "ПВО" among the few words of its
    /// clause before it ("дежурные расчеты ПВО поразили", "сили ППО уразили").
    func isAirDefenceSubject(of verb: Int) -> Bool {
        var position = verb - 1
        while position >= 0, verb - position <= 4, !isClauseBreak(position), !tokens[position].isPunct {
            if tokens[position].slavic == .airDefence { return true }
            position -= 1
        }
        return false
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
}
