/// The word classes the extraction rules look at (several may apply to one word).
struct Lex: OptionSet, Sendable {
    let rawValue: UInt64

    static let definite = Lex(rawValue: 1 << 0)        // the, this, these, those
    static let possessive = Lex(rawValue: 1 << 1)      // its, their, his, her, our
    static let article = Lex(rawValue: 1 << 2)         // a, an
    static let numberWord = Lex(rawValue: 1 << 3)      // one ... ninety, hundred, dozen
    static let vague = Lex(rawValue: 1 << 4)           // several, dozens, many
    static let beAux = Lex(rawValue: 1 << 5)           // was, were, been, being, is, are, be
    static let haveAux = Lex(rawValue: 1 << 6)         // had, has, have, having
    static let modal = Lex(rawValue: 1 << 7)           // can, could, will, would
    static let negation = Lex(rawValue: 1 << 8)        // not, never, didn't
    static let speech = Lex(rawValue: 1 << 9)          // said, told, reported
    static let clause = Lex(rawValue: 1 << 10)         // when, while, which, that, but
    static let placePrep = Lex(rawValue: 1 << 11)      // over, near, in, above
    static let adverb = Lex(rawValue: 1 << 12)         // also, reportedly, successfully
    static let sideRussia = Lex(rawValue: 1 << 13)     // Russian, Russia's, Moscow's
    static let sideUkraine = Lex(rawValue: 1 << 14)    // Ukrainian, Ukraine's, Kyiv's
    static let originCountry = Lex(rawValue: 1 << 15)  // US, British, Iranian
    static let originSuffix = Lex(rawValue: 1 << 16)   // supplied, made, designed
    static let modifier = Lex(rawValue: 1 << 17)       // cruise, guided, other, more
    static let compoundHead = Lex(rawValue: 1 << 18)   // attacks, debris, production
    static let weekday = Lex(rawValue: 1 << 19)        // value 1 (Monday) ... 7
    static let month = Lex(rawValue: 1 << 20)          // value 1 ... 12
    static let actorNoun = Lex(rawValue: 1 << 21)      // ministry, military, governor
    static let pronoun = Lex(rawValue: 1 << 22)        // it, he, she, they
    static let conjunction = Lex(rawValue: 1 << 23)    // and, or
    static let verb = Lex(rawValue: 1 << 24)           // an action verb (see `VerbClass`)
    static let otherVerb = Lex(rawValue: 1 << 25)      // other verbs, which end a phrase (caused, fell)
    static let timeWord = Lex(rawValue: 1 << 26)       // overnight, yesterday, morning
    static let instrument = Lex(rawValue: 1 << 27)     // with, using, by
    static let enemy = Lex(rawValue: 1 << 28)          // enemy, hostile
    static let countryName = Lex(rawValue: 1 << 29)    // Russia, Ukraine, Moscow, Kyiv as speakers
}

/// What an action verb says happened to a weapon.
enum VerbClass: UInt8, Sendable {
    case none
    /// shot down, downed, intercepted, neutralised: the weapon is the patient.
    case intercept
    /// destroyed: intercept when the weapon is the patient, strike when it is the agent.
    case destroy
    /// struck, hit, attacked, targeted: the weapon is the agent.
    case strike
    /// killed, injured, wounded: a strike only when the weapon is the agent.
    case harm
    /// launched, fired: the weapon is the patient.
    case launch
    /// used: a launch, or a strike when followed by "to destroy".
    case use
}

/// The grammatical form of an action verb.
enum VerbForm: UInt8, Sendable {
    /// Past tense and past participle ("struck", "downed").
    case past
    /// Base form ("strike", "launch"): after modals and "to".
    case base
    /// Third person present ("strikes", "launches").
    case present
    /// "-ing" form.
    case gerund
}

/// Words the rules recognise by identity.
enum Word: UInt8, Sendable {
    case other
    case the, a, an, of, out, at, least, more, than, over, up, to, `as`, many, about, around, nearly, almost
    case some, under, fewer, less, estimated, between, and, or, all, both, another, otherWord, no, single
    case pair, couple, dozen, dozens, hundred, thousand, total, number, them, these, those, which
    case this, that, with, by, using, involving, armed, equipped, down, ablaze, alight, fire, on, `in`, into
    case from, since, start, beginning, outbreak, invasion, war, year, month, week, so, far, date, past
    case recent, last, earlier, early, late, previously, first, overnight, yesterday, today, tonight
    case night, morning, afternoon, evening, hours, according, statement, air, force, defence, ministry
    case military, army, forces, general, staff, governor, mayor, official, spokesman, authorities
    case administration, head, command, its, their, it, he, she, they, anti, counter, system, complex
    case also, `set`, targeting, who, ago, percent, times, such, region, rest, none, each
    case upwards, within, recently, approximately, roughly, range, full, scale
    case people, used, said, per, adding, previous, regional
}

/// One lexicon entry.
struct LexEntry: Sendable {
    var word: Word
    var lex: Lex
    /// The number a number word stands for, the weekday or month number, or 0.
    var value: Int32
    var verb: VerbClass
    var form: VerbForm
    /// Some taxonomy name starts with this word ("the" in "the Kremlin"): the alias scan tries it.
    var startsAlias = true
}

/// The English lexicon of the extractor: words looked up by a 64-bit hash of their lower-cased
/// ASCII spelling (see ``Lexicon/key(_:)``).
struct Lexicon: Sendable {
    private var table: [UInt64: LexEntry] = [:]
    private var texts: [UInt64: String] = [:]
    /// The frozen table: open addressing on the (already well mixed) 64-bit keys, no rehashing.
    private var keys: [UInt64] = []
    private var entries: [LexEntry] = []
    private var mask = 0

    /// FNV-1a over lower-cased ASCII bytes (the hash the tokenizer computes while scanning).
    static func key(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(lowercase(byte))) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    @inline(__always)
    static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The entry for a word's key.
    @inline(__always)
    func entry(_ key: UInt64) -> LexEntry? {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return entries[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Marks the words no taxonomy name starts with, so the alias scan can skip them.
    ///
    /// - Parameter startsAlias: Whether some name starts with the word.
    mutating func markAliasStarts(_ startsAlias: (String) -> Bool) {
        for (key, text) in texts { table[key]?.startsAlias = startsAlias(text) }
        freeze()
    }

    private mutating func freeze() {
        var capacity = 16
        while capacity < table.count * 3 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        entries = [LexEntry](repeating: LexEntry(word: .other, lex: [], value: 0, verb: .none, form: .past), count: capacity)
        mask = capacity - 1
        for (key, entry) in table {
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            entries[slot] = entry
        }
    }

    init() {
        func add(_ words: [String], _ lex: Lex, word: Word = .other, value: Int32 = 0) {
            for text in words {
                let key = Self.key(text)
                var entry = table[key] ?? LexEntry(word: word, lex: [], value: 0, verb: .none, form: .past)
                texts[key] = text
                entry.lex.formUnion(lex)
                if word != .other { entry.word = word }
                if value != 0 { entry.value = value }
                table[key] = entry
            }
        }
        func verb(_ words: [String], _ verbClass: VerbClass, _ form: VerbForm) {
            for text in words {
                let key = Self.key(text)
                var entry = table[key] ?? LexEntry(word: .other, lex: [], value: 0, verb: .none, form: form)
                texts[key] = text
                entry.lex.insert(.verb)
                entry.verb = verbClass
                entry.form = form
                table[key] = entry
            }
        }
        for (word, text) in Self.identities { add([text], [], word: word) }
        LexiconWords.register(entry: { add($0, $1, word: $2, value: $3) }, verb: verb)
        freeze()
    }

    private static let identities: [(Word, String)] = [
        (.the, "the"), (.a, "a"), (.an, "an"), (.of, "of"), (.out, "out"), (.at, "at"), (.least, "least"),
        (.more, "more"), (.than, "than"), (.over, "over"), (.up, "up"), (.to, "to"), (.as, "as"), (.many, "many"),
        (.about, "about"), (.around, "around"), (.nearly, "nearly"), (.almost, "almost"), (.some, "some"),
        (.under, "under"), (.fewer, "fewer"), (.less, "less"), (.estimated, "estimated"), (.between, "between"),
        (.and, "and"), (.or, "or"), (.all, "all"), (.both, "both"), (.another, "another"), (.otherWord, "other"),
        (.no, "no"), (.single, "single"), (.pair, "pair"), (.couple, "couple"), (.dozen, "dozen"),
        (.dozens, "dozens"), (.hundred, "hundred"), (.thousand, "thousand"), (.total, "total"), (.number, "number"),
        (.them, "them"), (.these, "these"), (.those, "those"), (.which, "which"), (.this, "this"), (.that, "that"),
        (.with, "with"), (.by, "by"), (.using, "using"), (.involving, "involving"), (.armed, "armed"),
        (.equipped, "equipped"), (.down, "down"), (.ablaze, "ablaze"), (.alight, "alight"), (.fire, "fire"),
        (.on, "on"), (.in, "in"), (.into, "into"), (.from, "from"), (.since, "since"), (.start, "start"),
        (.beginning, "beginning"), (.outbreak, "outbreak"), (.invasion, "invasion"), (.war, "war"),
        (.year, "year"), (.month, "month"), (.week, "week"), (.so, "so"), (.far, "far"), (.date, "date"),
        (.past, "past"), (.recent, "recent"), (.last, "last"), (.earlier, "earlier"), (.early, "early"),
        (.late, "late"), (.previously, "previously"), (.first, "first"), (.overnight, "overnight"),
        (.yesterday, "yesterday"), (.today, "today"), (.tonight, "tonight"), (.night, "night"),
        (.morning, "morning"), (.afternoon, "afternoon"), (.evening, "evening"), (.hours, "hours"),
        (.according, "according"), (.statement, "statement"), (.air, "air"), (.force, "force"),
        (.defence, "defence"), (.defence, "defense"), (.ministry, "ministry"), (.military, "military"),
        (.army, "army"), (.forces, "forces"), (.general, "general"), (.staff, "staff"), (.governor, "governor"),
        (.mayor, "mayor"), (.official, "official"), (.official, "officials"), (.spokesman, "spokesman"),
        (.spokesman, "spokeswoman"), (.spokesman, "spokesperson"), (.authorities, "authorities"),
        (.administration, "administration"), (.head, "head"), (.command, "command"), (.its, "its"),
        (.their, "their"), (.it, "it"), (.he, "he"), (.she, "she"), (.they, "they"), (.anti, "anti"),
        (.counter, "counter"), (.system, "system"), (.system, "systems"), (.complex, "complex"), (.also, "also"),
        (.set, "set"), (.set, "sets"), (.set, "setting"), (.targeting, "targeting"), (.targeting, "targetting"),
        (.who, "who"), (.ago, "ago"), (.percent, "percent"), (.percent, "per cent"), (.times, "times"),
        (.such, "such"), (.region, "region"), (.region, "oblast"), (.region, "province"), (.rest, "rest"),
        (.none, "none"), (.each, "each"), (.upwards, "upwards"), (.within, "within"), (.recently, "recently"),
        (.approximately, "approximately"), (.roughly, "roughly"), (.range, "range"), (.full, "full"),
        (.scale, "scale"), (.people, "people"), (.used, "used"), (.said, "said"), (.per, "per"),
        (.adding, "adding"), (.previous, "previous"), (.regional, "regional"),
    ]
}
