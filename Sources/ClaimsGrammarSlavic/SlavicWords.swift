import ClaimsCore
import ClaimsExtraction

/// Words the East Slavic rules recognise by identity (``Token/code``).
package enum SlavicWord: UInt8, Sendable {
    case other
    /// "із", "з", "из": "17 із 22".
    case of
    /// "всі", "усі", "все": "всі 28".
    case all
    /// "них", "їх": "дві з них"; the relative "яких", "которых" of "з яких 17 було знищено", "из
    /// которых 25 сбиты" (a part of the weapons just counted, like "з них").
    case them
    /// "типу", "типа": "БпЛА типу Shahed".
    case type
    /// "понад", "більше", "свыше", "более": a lower bound.
    case over
    /// "близько", "приблизно", "около": an approximate count.
    case about
    /// "до": an upper bound, or a range's end ("від 8 до 12").
    case upTo
    /// "від", "от": a range's start.
    case from
    /// "щонайменше", "не менее": a lower bound.
    case atLeast
    /// "локаційно", "локально", "локационно": lost on radar, never an intercept.
    case lost
    /// "по": distributive ("по одному").
    case per
    /// "ще", "еще": "ещё один".
    case another
    /// "ніч", "ночь": "у ніч на 14 вересня".
    case night
    /// "на", "проти": the night's date follows.
    case on
    /// "сьогодні", "сегодня", "доби", "сутки": the report date.
    case today
    /// "нагадаємо", "напомним": a recap, not a new claim.
    case recap
    /// "ППО", "ПВО" and their spelled-out forms: the air defence that claims an interception.
    case airDefence
    /// "початку", "начала" ("з початку війни"): totals since a start, background.
    case start
    /// "або", "или", "чи": "знищила або подавила".
    case or
    /// "і", "й", "та", "и".
    case and
    /// "апарат", "аппарат": a craft counted without its name ("ещё 5 аппаратов").
    case vehicle
    /// A count of attacks, not weapons: "обстрілів", "ударів", "атак", "обстрелов".
    case episode
    /// A weapon noun in a singular form ("ракету", "беспилотник"): one weapon when no count is given.
    case singular
    /// A weapon noun in the genitive singular that reads as a plural elsewhere ("ракети", "ракеты"):
    /// one weapon after an action noun ("про знищення ракети", "о перехвате крылатой ракеты").
    case genitiveSingular
    /// "такі", "такие": the weapons named before ("две такие ракеты" after "Storm Shadow").
    case such
    /// "це", "этом" in "Про це повідомили", "Об этом сообщили": what was said before.
    case this
    /// An official's title ("начальник", "речник", "представитель"): a person who speaks for an
    /// office the taxonomy may not know.
    case official
    /// "вдалося", "удалось", "змогли": "збити не вдалося" negates the infinitive before it.
    case managed
    /// "військові", "военные", "у ЗСУ" as a speaker: the military of the article's side.
    case military
    /// "Генштаб", "штабу" (after "Генерального"): a general staff whose side the article tells.
    case generalStaff
    /// "Генеральний", "Генерального", "Генеральный": with "штаб", the general staff.
    case general
    /// "скільки", "сколько": "how many", a question rather than a count.
    case howMany
    /// "землю", "поле", "воду": where a weapon that "hit" struck nothing.
    case harmless
    /// "решта", "остальные": the rest of the weapons just told of.
    case rest
    /// "Минобороны", "Міноборони": a defence ministry named without its country (the article's
    /// language or an adjective before it tells whose).
    case defenceMinistry
    /// "министерство", "міністерство": with "обороны"/"оборони" after it, a defence ministry.
    case ministry
    /// "обороны", "оборони".
    case defence
    /// "скинули", "сбросили": bombs dropped were launched; a drone that dropped explosives struck.
    case drop
    /// "она", "они", "вона", "вони": a subject pronoun that may stand for the weapons just told of.
    case pronoun
    /// "попытка", "спроба": with a word of stopping ("пресечена", "зірвано"), the weapons of a
    /// foiled attack were intercepted.
    case attempt
    /// "пресечена", "сорвана", "зірвано": an attempt stopped.
    case thwarted
    /// "менее", "менше": after "не", a lower bound ("не менее 15").
    case less
    /// "фейком", "фейками", "неправдою": the sentence calls a claim false ("назвали заявления об
    /// уничтожении HIMARS фейками").
    case denial
    /// "также", "також": after ", а" the list goes on ("..., а также 12 снарядов"), no new clause.
    case also
    /// "было", "були": the auxiliary before a passive participle ("семь было сбито").
    case be
    /// "ведомство", "відомство": the office the article named before ("в ведомстве уточнили").
    case agency
    /// "перетворено", "превратили": with "на металобрухт", "в металлолом" after it, destroyed.
    case turnInto
    /// "досягли", "достигли": with "цілі", "цели" after it, the weapons hit.
    case reach
    /// "прилетіли", "прилетели": with "в", "у", "біля", "по" after it, the weapons hit ("дві ракети
    /// прилетіли в промзону"); with "з", "со стороны" or nothing, they only flew.
    case arrive
    /// "ли": an indirect question ("не уточнил, все ли ракеты удалось сбить"), no claim.
    case question
    /// "ранее", "раніше": an earlier report. With a named speaker it is a dated claim ("Ранее
    /// армия обороны Израиля сообщила, что ..."); without one, a recap.
    case earlier
    /// Not a word: one past the last case, so that ``Token/slavic`` is a bounds check (new words
    /// go before it).
    case pastTheEnd
}

/// The word lists of one East Slavic language, by class: the data a ``SlavicGrammar`` builds its
/// lexicon from. General wording of official reports and news, not of any one article.
package struct SlavicWords: Sendable {
    /// Number words in every case and gender, with their values (units, teens, tens, hundreds).
    package var numbers: [(String, Int32)]
    package var vague: [String]
    package var intercept: [String]
    package var destroy: [String]
    package var strike: [String]
    package var launch: [String]
    /// Action nouns: "влучання", "попадания" (strike), "пуски" (launch).
    package var strikeNouns: [String]
    package var launchNouns: [String]
    /// Intercept nouns, before the weapons they act on: "про знищення трьох ракет", "о перехвате
    /// крылатой ракеты", "об уничтожении 12 беспилотников".
    package var interceptNouns: [String]
    /// Relative pronouns that open a clause of their own ("які", "которые").
    package var relatives: [String]
    package var negation: [String]
    package var speech: [String]
    package var placePrepositions: [String]
    package var russian: [String]
    package var ukrainian: [String]
    package var enemy: [String]
    package var conjunctions: [String]
    /// Genitive month names, January first.
    package var months: [String]
    package var identities: [(SlavicWord, [String])]

    package init(
        numbers: [(String, Int32)], vague: [String], intercept: [String], destroy: [String], strike: [String],
        launch: [String], strikeNouns: [String], launchNouns: [String], relatives: [String], negation: [String], speech: [String], placePrepositions: [String], russian: [String],
        ukrainian: [String], enemy: [String], conjunctions: [String], months: [String], identities: [(SlavicWord, [String])],
        interceptNouns: [String] = []
    ) {
        self.interceptNouns = interceptNouns
        self.numbers = numbers
        self.vague = vague
        self.intercept = intercept
        self.destroy = destroy
        self.strike = strike
        self.launch = launch
        self.strikeNouns = strikeNouns
        self.launchNouns = launchNouns
        self.relatives = relatives
        self.negation = negation
        self.speech = speech
        self.placePrepositions = placePrepositions
        self.russian = russian
        self.ukrainian = ukrainian
        self.enemy = enemy
        self.conjunctions = conjunctions
        self.months = months
        self.identities = identities
    }

    /// The case forms of number words from a table of stems: each entry lists the forms of one
    /// value (the caller writes them out; no morphology is guessed here).
    package static func forms(_ table: [(Int32, [String])]) -> [(String, Int32)] {
        table.flatMap { value, words in words.map { ($0, value) } }
    }

    /// The lexicon these words make.
    package func lexicon() -> Lexicon {
        Lexicon { builder in
            for (word, texts) in identities { builder.add(texts, [], code: word.rawValue) }
            for (text, value) in numbers { builder.add([text], .numberWord, value: value) }
            builder.add(vague, .vague)
            builder.verb(intercept, .intercept, .past)
            builder.verb(destroy, .destroy, .past)
            builder.verb(strike, .strike, .past)
            builder.verb(launch, .launch, .past)
            builder.verb(strikeNouns, .strike, .gerund)
            builder.verb(launchNouns, .launch, .gerund)
            builder.verb(interceptNouns, .intercept, .gerund)
            builder.add(relatives, .clause)
            builder.add(negation, .negation)
            builder.add(speech, .speech)
            builder.add(placePrepositions, .placePrep)
            builder.add(russian, .sideRussia)
            builder.add(ukrainian, .sideUkraine)
            builder.add(enemy, .enemy)
            builder.add(conjunctions, .conjunction)
            for (month, text) in months.enumerated() { builder.add([text], .month, value: Int32(month + 1)) }
        }
    }
}

extension Token {
    /// The East Slavic word this token is, by identity.
    ///
    /// A bounds check and a bit cast, as ``SlavicWord(rawValue:)`` would be without the call.
    /// (The cases have the raw values 0, 1, 2, ... in order.)
    @inline(__always)
    var slavic: SlavicWord { code < SlavicWord.pastTheEnd.rawValue ? unsafeBitCast(code, to: SlavicWord.self) : .other }
}
