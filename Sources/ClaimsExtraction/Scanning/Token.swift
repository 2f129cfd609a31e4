/// One token of a sentence: a word, a number or one punctuation mark, with what the lexicon
/// knows about it. Offsets are byte offsets into the article's UTF-8 text.
///
/// `@usableFromInline` on the type and the fields its inlinable accessors read: the compiler
/// (Swift 6.3) only inlines a `package` member into another module when its type is marked so.
@usableFromInline
package struct Token: Sendable {
    @usableFromInline
    package enum Kind: UInt8, Sendable {
        case word
        case number
        case punct

        /// Compares raw values inline: the synthesized `==` was reached from the grammars'
        /// modules through the generic `Equatable` witness (1.5% of `bench/extract.sh`).
        @inlinable @inline(__always)
        package static func == (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue == rhs.rawValue }
    }

    package var start: Int32
    package var end: Int32
    @usableFromInline package var kind: Kind
    /// For punctuation: the ASCII mark, or one of the ``Mark`` codes.
    @usableFromInline package var mark: UInt8
    package var spaceBefore: Bool
    package var isCapitalized: Bool
    /// The word ends in `'s` (the lexicon key is the word without it).
    package var isPossessive: Bool
    package var key: UInt64
    @usableFromInline package var lex: Lex
    /// The grammar's identity code for the word (0 for none); each grammar gives its codes a
    /// type of its own (English: `Word`).
    package var code: UInt8
    package var verb: VerbClass
    package var form: VerbForm
    /// The number written by digits or a number word; `-1` for none, `-2` for a decimal.
    @usableFromInline package var value: Int32
    /// Whether a taxonomy name may start at this word (known function words never start one).
    package var startsAlias: Bool = true

    // The grammars call these for every token of every sentence from their own modules:
    // without `@inlinable` each was an out-of-line call, and `kind == .punct` went through the
    // generic `Equatable.==` witness (together 3-4% of `bench/extract.sh`).
    @inlinable @inline(__always) package func has(_ lex: Lex) -> Bool { self.lex.rawValue & lex.rawValue == lex.rawValue }
    @inlinable @inline(__always) package func isMark(_ mark: UInt8) -> Bool { kind == .punct && self.mark == mark }
    @inlinable package var isWord: Bool { kind == .word }
    @inlinable package var isPunct: Bool { kind == .punct }
    /// A number written with digits or as a number word.
    @inlinable package var isNumeric: Bool {
        (kind == .number && value >= 0) || (kind == .word && lex.rawValue & Lex.numberWord.rawValue != 0 && value >= 0)
    }

    package init(start: Int32, end: Int32, kind: Kind, mark: UInt8, spaceBefore: Bool, isCapitalized: Bool, isPossessive: Bool, key: UInt64, lex: Lex, code: UInt8, verb: VerbClass, form: VerbForm, value: Int32, startsAlias: Bool = true) {
        self.start = start
        self.end = end
        self.kind = kind
        self.mark = mark
        self.spaceBefore = spaceBefore
        self.isCapitalized = isCapitalized
        self.isPossessive = isPossessive
        self.key = key
        self.lex = lex
        self.code = code
        self.verb = verb
        self.form = form
        self.value = value
        self.startsAlias = startsAlias
    }
}

/// Codes of punctuation marks in ``Token/mark``: ASCII marks keep their byte, others map here.
///
/// Inlinable constants rather than `static let`s: a `static let` read from a grammar's module
/// is a call to its lazy-initialising addressor.
@usableFromInline
package enum Mark {
    @inlinable package static var quote: UInt8 { 0x22 }          // " “ ” „ « »
    @inlinable package static var apostrophe: UInt8 { 0x27 }     // ' ‘ ’
    @inlinable package static var hyphen: UInt8 { 0x2D }
    @inlinable package static var comma: UInt8 { 0x2C }
    @inlinable package static var period: UInt8 { 0x2E }
    @inlinable package static var colon: UInt8 { 0x3A }
    @inlinable package static var semicolon: UInt8 { 0x3B }
    @inlinable package static var openParen: UInt8 { 0x28 }
    @inlinable package static var closeParen: UInt8 { 0x29 }
    @inlinable package static var slash: UInt8 { 0x2F }
    @inlinable package static var enDash: UInt8 { 0x81 }
    @inlinable package static var emDash: UInt8 { 0x80 }
    @inlinable package static var ellipsis: UInt8 { 0x82 }
    @inlinable package static var other: UInt8 { 0x83 }

    /// Marks that alias matching may skip ("Kh-101", "3M-14", "U.S.", "Storm Shadow/SCALP").
    @inlinable @inline(__always)
    package static func isSoft(_ mark: UInt8) -> Bool {
        mark == hyphen || mark == period || mark == slash || mark == apostrophe
    }
}
