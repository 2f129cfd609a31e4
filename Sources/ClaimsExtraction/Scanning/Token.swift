/// One token of a sentence: a word, a number or one punctuation mark, with what the lexicon
/// knows about it. Offsets are byte offsets into the article's UTF-8 text.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word
        case number
        case punct
    }

    var start: Int32
    var end: Int32
    var kind: Kind
    /// For punctuation: the ASCII mark, or one of the ``Mark`` codes.
    var mark: UInt8
    var spaceBefore: Bool
    var isCapitalized: Bool
    /// The word ends in `'s` (the lexicon key is the word without it).
    var isPossessive: Bool
    var key: UInt64
    var lex: Lex
    var word: Word
    var verb: VerbClass
    var form: VerbForm
    /// The number written by digits or a number word; `-1` for none, `-2` for a decimal.
    var value: Int32
    /// Whether a taxonomy name may start at this word (known function words never start one).
    var startsAlias: Bool = true

    @inline(__always) func has(_ lex: Lex) -> Bool { self.lex.contains(lex) }
    @inline(__always) func isMark(_ mark: UInt8) -> Bool { kind == .punct && self.mark == mark }
    var isWord: Bool { kind == .word }
    var isPunct: Bool { kind == .punct }
    /// A number written with digits or as a number word.
    var isNumeric: Bool { (kind == .number && value >= 0) || (kind == .word && lex.contains(.numberWord) && value >= 0) }
}

/// Codes of punctuation marks in ``Token/mark``: ASCII marks keep their byte, others map here.
enum Mark {
    static let quote: UInt8 = 0x22          // " “ ” „ « »
    static let apostrophe: UInt8 = 0x27     // ' ‘ ’
    static let hyphen: UInt8 = 0x2D
    static let comma: UInt8 = 0x2C
    static let period: UInt8 = 0x2E
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let openParen: UInt8 = 0x28
    static let closeParen: UInt8 = 0x29
    static let slash: UInt8 = 0x2F
    static let enDash: UInt8 = 0x81
    static let emDash: UInt8 = 0x80
    static let ellipsis: UInt8 = 0x82
    static let other: UInt8 = 0x83

    /// Marks that alias matching may skip ("Kh-101", "3M-14", "U.S.", "Storm Shadow/SCALP").
    @inline(__always)
    static func isSoft(_ mark: UInt8) -> Bool {
        mark == hyphen || mark == period || mark == slash || mark == apostrophe
    }
}
