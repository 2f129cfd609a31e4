/// One token of a sentence: a word, a number or one punctuation mark, with what the lexicon
/// knows about it. Offsets are byte offsets into the article's UTF-8 text.
package struct Token: Sendable {
    package enum Kind: UInt8, Sendable {
        case word
        case number
        case punct
    }

    package var start: Int32
    package var end: Int32
    package var kind: Kind
    /// For punctuation: the ASCII mark, or one of the ``Mark`` codes.
    package var mark: UInt8
    package var spaceBefore: Bool
    package var isCapitalized: Bool
    /// The word ends in `'s` (the lexicon key is the word without it).
    package var isPossessive: Bool
    package var key: UInt64
    package var lex: Lex
    /// The grammar's identity code for the word (0 for none); each grammar gives its codes a
    /// type of its own (English: `Word`).
    package var code: UInt8
    package var verb: VerbClass
    package var form: VerbForm
    /// The number written by digits or a number word; `-1` for none, `-2` for a decimal.
    package var value: Int32
    /// Whether a taxonomy name may start at this word (known function words never start one).
    package var startsAlias: Bool = true

    @inline(__always) package func has(_ lex: Lex) -> Bool { self.lex.contains(lex) }
    @inline(__always) package func isMark(_ mark: UInt8) -> Bool { kind == .punct && self.mark == mark }
    package var isWord: Bool { kind == .word }
    package var isPunct: Bool { kind == .punct }
    /// A number written with digits or as a number word.
    package var isNumeric: Bool { (kind == .number && value >= 0) || (kind == .word && lex.contains(.numberWord) && value >= 0) }

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
package enum Mark {
    package static let quote: UInt8 = 0x22          // " “ ” „ « »
    package static let apostrophe: UInt8 = 0x27     // ' ‘ ’
    package static let hyphen: UInt8 = 0x2D
    package static let comma: UInt8 = 0x2C
    package static let period: UInt8 = 0x2E
    package static let colon: UInt8 = 0x3A
    package static let semicolon: UInt8 = 0x3B
    package static let openParen: UInt8 = 0x28
    package static let closeParen: UInt8 = 0x29
    package static let slash: UInt8 = 0x2F
    package static let enDash: UInt8 = 0x81
    package static let emDash: UInt8 = 0x80
    package static let ellipsis: UInt8 = 0x82
    package static let other: UInt8 = 0x83

    /// Marks that alias matching may skip ("Kh-101", "3M-14", "U.S.", "Storm Shadow/SCALP").
    @inline(__always)
    package static func isSoft(_ mark: UInt8) -> Bool {
        mark == hyphen || mark == period || mark == slash || mark == apostrophe
    }
}
