/// The word classes the extraction rules look at (several may apply to one word).
@usableFromInline
package struct Lex: OptionSet, Sendable {
    @usableFromInline package let rawValue: UInt64
    @inlinable package init(rawValue: UInt64) { self.rawValue = rawValue }

    // The classes are inlinable constants, not `static let`s: the grammars test them for every
    // token from their own modules, where each `static let` read was a call through `swift_once`.
    @inlinable package static var definite: Lex { Lex(rawValue: 1 << 0) }        // the, this, these, those
    @inlinable package static var possessive: Lex { Lex(rawValue: 1 << 1) }      // its, their, his, her, our
    @inlinable package static var article: Lex { Lex(rawValue: 1 << 2) }         // a, an
    @inlinable package static var numberWord: Lex { Lex(rawValue: 1 << 3) }      // one ... ninety, hundred, dozen
    @inlinable package static var vague: Lex { Lex(rawValue: 1 << 4) }           // several, dozens, many
    @inlinable package static var beAux: Lex { Lex(rawValue: 1 << 5) }           // was, were, been, being, is, are, be
    @inlinable package static var haveAux: Lex { Lex(rawValue: 1 << 6) }         // had, has, have, having
    @inlinable package static var modal: Lex { Lex(rawValue: 1 << 7) }           // can, could, will, would
    @inlinable package static var negation: Lex { Lex(rawValue: 1 << 8) }        // not, never, didn't
    @inlinable package static var speech: Lex { Lex(rawValue: 1 << 9) }          // said, told, reported
    @inlinable package static var clause: Lex { Lex(rawValue: 1 << 10) }         // when, while, which, that, but
    @inlinable package static var placePrep: Lex { Lex(rawValue: 1 << 11) }      // over, near, in, above
    @inlinable package static var adverb: Lex { Lex(rawValue: 1 << 12) }         // also, reportedly, successfully
    @inlinable package static var sideRussia: Lex { Lex(rawValue: 1 << 13) }     // Russian, Russia's, Moscow's
    @inlinable package static var sideUkraine: Lex { Lex(rawValue: 1 << 14) }    // Ukrainian, Ukraine's, Kyiv's
    @inlinable package static var originCountry: Lex { Lex(rawValue: 1 << 15) }  // US, British, Iranian
    @inlinable package static var originSuffix: Lex { Lex(rawValue: 1 << 16) }   // supplied, made, designed
    @inlinable package static var modifier: Lex { Lex(rawValue: 1 << 17) }       // cruise, guided, other, more
    @inlinable package static var compoundHead: Lex { Lex(rawValue: 1 << 18) }   // attacks, debris, production
    @inlinable package static var weekday: Lex { Lex(rawValue: 1 << 19) }        // value 1 (Monday) ... 7
    @inlinable package static var month: Lex { Lex(rawValue: 1 << 20) }          // value 1 ... 12
    @inlinable package static var actorNoun: Lex { Lex(rawValue: 1 << 21) }      // ministry, military, governor
    @inlinable package static var pronoun: Lex { Lex(rawValue: 1 << 22) }        // it, he, she, they
    @inlinable package static var conjunction: Lex { Lex(rawValue: 1 << 23) }    // and, or
    @inlinable package static var verb: Lex { Lex(rawValue: 1 << 24) }           // an action verb (see `VerbClass`)
    @inlinable package static var otherVerb: Lex { Lex(rawValue: 1 << 25) }      // other verbs, which end a phrase (caused, fell)
    @inlinable package static var timeWord: Lex { Lex(rawValue: 1 << 26) }       // overnight, yesterday, morning
    @inlinable package static var instrument: Lex { Lex(rawValue: 1 << 27) }     // with, using, by
    @inlinable package static var enemy: Lex { Lex(rawValue: 1 << 28) }          // enemy, hostile
    @inlinable package static var countryName: Lex { Lex(rawValue: 1 << 29) }    // Russia, Ukraine, Moscow, Kyiv as speakers
}

/// What an action verb says happened to a weapon.
@usableFromInline
package enum VerbClass: UInt8, Sendable {
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

    /// Inline raw-value comparison (see ``Token/Kind``): the synthesized `==` went through the
    /// generic `Equatable` witness when called from a grammar's module.
    @inlinable @inline(__always)
    package static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }
}

/// The grammatical form of an action verb.
@usableFromInline
package enum VerbForm: UInt8, Sendable {
    /// Past tense and past participle ("struck", "downed").
    case past
    /// Base form ("strike", "launch"): after modals and "to".
    case base
    /// Third person present ("strikes", "launches").
    case present
    /// "-ing" form.
    case gerund

    /// Inline raw-value comparison (see ``Token/Kind``): the synthesized `==` went through the
    /// generic `Equatable` witness when called from a grammar's module.
    @inlinable @inline(__always)
    package static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }
}

/// One lexicon entry.
package struct LexEntry: Sendable {
    /// The grammar's identity code for the word (0: none).
    package var code: UInt8
    package var lex: Lex
    /// The number a number word stands for, the weekday or month number, or 0.
    package var value: Int32
    package var verb: VerbClass
    package var form: VerbForm
    /// Some taxonomy name starts with this word ("the" in "the Kremlin"): the alias scan tries it.
    package var startsAlias = true

    package init(code: UInt8, lex: Lex, value: Int32, verb: VerbClass, form: VerbForm) {
        self.code = code
        self.lex = lex
        self.value = value
        self.verb = verb
        self.form = form
    }
}

/// A grammar's lexicon: words looked up by a 64-bit hash of their folded spelling (see
/// ``Lexicon/key(_:)``), with their classes, identity codes, values and verb classes.
///
/// The table is frozen into open addressing on the (already well mixed) 64-bit keys, because
/// the tokenizer looks up every word of every sentence: a `Dictionary` lookup cost 2.4× as
/// much in `bench/extract.sh` (measured when the table was introduced).
package struct Lexicon: Sendable {
    private var table: [UInt64: LexEntry] = [:]
    private var texts: [UInt64: String] = [:]
    private var keys: [UInt64] = []
    private var entries: [LexEntry] = []
    private var mask = 0

    /// FNV-1a over the folded spelling, as the tokenizer computes it while scanning: ASCII and
    /// Cyrillic letters lower-cased, the apostrophes ’ and ʼ as ', and in a word that mixes
    /// scripts, Latin look-alikes read as Cyrillic ("cили" with a Latin c is "сили").
    package static func key(_ text: String) -> UInt64 {
        var hasCyrillic = false
        var hasLatin = false
        for scalar in text.unicodeScalars {
            if WordFolding.isCyrillic(scalar.value) { hasCyrillic = true }
            if scalar.value < 0x80, (scalar.value | 0x20) >= 0x61, (scalar.value | 0x20) <= 0x7A { hasLatin = true }
        }
        let mixed = hasCyrillic && hasLatin
        var hash = WordFolding.seed
        for scalar in text.unicodeScalars {
            hash = WordFolding.mix(hash, mixed ? WordFolding.cyrillicLookalike(scalar.value) : WordFolding.fold(scalar.value))
        }
        return hash
    }

    /// An ASCII byte in lower case.
    @inline(__always)
    package static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The entry for a word's key.
    @inline(__always)
    package func entry(_ key: UInt64) -> LexEntry? {
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
    package mutating func markAliasStarts(_ startsAlias: (String) -> Bool) {
        for (key, text) in texts { table[key]?.startsAlias = startsAlias(text) }
        freeze()
    }

    private mutating func freeze() {
        var capacity = 16
        while capacity < table.count * 3 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        entries = [LexEntry](repeating: LexEntry(code: 0, lex: [], value: 0, verb: .none, form: .past), count: capacity)
        mask = capacity - 1
        for (key, entry) in table {
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            entries[slot] = entry
        }
    }

    /// A lexicon filled by `build`.
    package init(_ build: (inout Builder) -> Void) {
        var builder = Builder()
        build(&builder)
        table = builder.table
        texts = builder.texts
        freeze()
    }

    /// Collects a grammar's words. A word added twice keeps the union of its classes.
    package struct Builder {
        fileprivate var table: [UInt64: LexEntry] = [:]
        fileprivate var texts: [UInt64: String] = [:]

        /// Adds words of the classes `lex`, with an identity code and a value (a number word's
        /// number, a weekday or month number).
        package mutating func add(_ words: [String], _ lex: Lex, code: UInt8 = 0, value: Int32 = 0) {
            for text in words {
                let key = Lexicon.key(text)
                var entry = table[key] ?? LexEntry(code: 0, lex: [], value: 0, verb: .none, form: .past)
                texts[key] = text
                entry.lex.formUnion(lex)
                if code != 0 { entry.code = code }
                if value != 0 { entry.value = value }
                table[key] = entry
            }
        }

        /// Adds action verbs of one class and form.
        package mutating func verb(_ words: [String], _ verbClass: VerbClass, _ form: VerbForm) {
            for text in words {
                let key = Lexicon.key(text)
                var entry = table[key] ?? LexEntry(code: 0, lex: [], value: 0, verb: .none, form: form)
                texts[key] = text
                entry.lex.insert(.verb)
                entry.verb = verbClass
                entry.form = form
                table[key] = entry
            }
        }
    }
}
