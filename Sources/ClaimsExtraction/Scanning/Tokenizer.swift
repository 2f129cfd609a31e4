/// Splits one sentence into tokens (words, numbers, punctuation) and looks words up in the
/// lexicon. Works on UTF-8 bytes; its buffer is reused from sentence to sentence.
package struct Tokenizer {
    package let lexicon: Lexicon
    package private(set) var tokens: [Token] = []

    package init(lexicon: Lexicon) {
        self.lexicon = lexicon
        tokens.reserveCapacity(256)
    }

    /// Tokenizes `text[range]` (valid UTF-8).
    ///
    /// - Complexity: O(n) in the length of the range.
    package mutating func tokenize(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        tokens.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        let end = range.upperBound
        var space = true
        while index < end {
            let byte = text[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                space = true
                index += 1
                continue
            }
            if byte < 0x80 {
                if Self.isAlnum(byte) {
                    index = scanWord(text, from: index, end: end, space: space)
                } else {
                    appendPunct(byte, start: index, end: index + 1, space: space)
                    index += 1
                }
            } else {
                let (scalar, length) = Self.decode(text, index)
                if scalar == 0xA0 || scalar == 0x2009 || scalar == 0x202F || scalar == 0x200B {
                    space = true
                    index += length
                    continue
                }
                if Self.isLetter(scalar) {
                    index = scanWord(text, from: index, end: end, space: space)
                } else {
                    appendPunct(Self.markCode(scalar), start: index, end: index + length, space: space)
                    index += length
                }
            }
            space = false
        }
    }

    // MARK: - Words

    /// Whether the "." at `index` belongs to an initialism of single capital letters: "U.S.",
    /// "U.K.", "U.S.-made" (letter, dot, letter, dot; a lone "A." or "No." is not one).
    @inline(__always)
    static func isInitialismDot(_ text: UnsafeBufferPointer<UInt8>, start: Int, at index: Int, end: Int) -> Bool {
        @inline(__always) func isCapital(_ position: Int) -> Bool { text[position] >= 0x41 && text[position] <= 0x5A }
        guard index > start, isCapital(index - 1), index - 1 == start || text[index - 2] == 0x2E else { return false }
        // A letter and a dot follow ("U." of "U.S."), or this closes one ("S." of "U.S.").
        if index + 2 < end, isCapital(index + 1), text[index + 2] == 0x2E { return true }
        return index - start >= 3 && text[index - 2] == 0x2E
    }

    private mutating func scanWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, space: Bool) -> Int {
        var index = start
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var stemHash = hash
        var letters = 0
        var digits = 0
        var value: Int64 = 0
        var isDecimal = false
        var isASCII = true
        var hasLatin = false
        var hasCyrillic = false
        var apostropheEnd = -1
        var isCapitalized = false
        @inline(__always) func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        while index < end {
            let byte = text[index]
            // Runs of ASCII letters and of basic Cyrillic letters (`0x400..<0x480`, two bytes
            // led by 0xD0 or 0xD1) in loops of their own, hashed without the other cases'
            // tests: most bytes of an article are such letters. Tokenizing fell from 11.0% to
            // 9.6% of `bench/extract.sh`'s English samples, from 9.1% to 6.4% of its Cyrillic ones.
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                if index == start { isCapitalized = byte < 0x60 }
                hasLatin = true
                let run = index
                repeat {
                    mix(text[index] | 0x20)
                    index += 1
                } while index < end && (text[index] | 0x20) >= 0x61 && (text[index] | 0x20) <= 0x7A
                letters += index - run
                continue
            }
            if byte & 0xFE == 0xD0, index + 1 < text.count {
                isASCII = false
                hasCyrillic = true
                let run = index
                repeat {
                    let scalar = (UInt32(text[index] & 0x1F) << 6) | UInt32(text[index + 1] & 0x3F)
                    if index == start { isCapitalized = Self.isUppercase(scalar) }
                    hash = WordFolding.mix(hash, WordFolding.fold(scalar))
                    index += 2
                } while index + 1 < text.count && index < end && text[index] & 0xFE == 0xD0
                letters += (index - run) / 2
                continue
            }
            if byte < 0x80 {
                if byte >= 0x30 && byte <= 0x39 {
                    digits += 1
                    if value < 1_000_000_000 { value = value * 10 + Int64(byte - 0x30) }
                    mix(byte)
                    index += 1
                    continue
                }
                if byte == 0x27, letters > 0, index + 1 < end, Self.isLetterAt(text, index + 1) {
                    stemHash = hash
                    mix(0x27)
                    apostropheEnd = index + 1
                    index += 1
                    continue
                }
                // "U.S.", "U.K.": the dots of an initialism are part of the word ("us", "uk").
                if byte == 0x2E, digits == 0, Self.isInitialismDot(text, start: start, at: index, end: end) {
                    index += 1
                    continue
                }
                if (byte == 0x2C || byte == 0x2E), digits > 0, letters == 0, index + 1 < end,
                   text[index + 1] >= 0x30, text[index + 1] <= 0x39, text[index - 1] >= 0x30, text[index - 1] <= 0x39 {
                    if byte == 0x2E { isDecimal = true }
                    index += 1
                    continue
                }
                break
            }
            let (scalar, length) = Self.decode(text, index)
            if scalar == 0x2019 || scalar == 0x2BC, letters > 0, index + length < end, Self.isLetterAt(text, index + length) {
                stemHash = hash
                mix(0x27)
                apostropheEnd = index + length
                index += length
                continue
            }
            guard Self.isLetter(scalar) else { break }
            if index == start { isCapitalized = Self.isUppercase(scalar) }
            isASCII = false
            letters += 1
            if WordFolding.isCyrillic(scalar) { hasCyrillic = true }
            hash = WordFolding.mix(hash, WordFolding.fold(scalar))
            index += length
        }
        var token = Token(
            start: Int32(start), end: Int32(index), kind: letters == 0 ? .number : .word, mark: 0,
            spaceBefore: space, isCapitalized: isCapitalized, isPossessive: false, key: hash, lex: [], code: 0,
            verb: .none, form: .past, value: -1
        )
        if letters == 0 {
            token.value = isDecimal ? -2 : Int32(min(value, Int64(Int32.max)))
        } else {
            if hasLatin && hasCyrillic { token.key = Self.lookalikeKey(text, start, index) }
            // "Russia's": the key is the stem, flagged possessive.
            if isASCII, apostropheEnd >= 0, index - apostropheEnd == 1, text[apostropheEnd] | 0x20 == 0x73 {
                token.key = stemHash
                token.isPossessive = true
            }
            if digits == 0, let entry = lexicon.entry(token.key) {
                token.lex = entry.lex
                token.code = entry.code
                token.verb = entry.verb
                token.form = entry.form
                token.startsAlias = entry.startsAlias || token.isPossessive
                if entry.lex.contains(.numberWord) || entry.lex.contains(.weekday) || entry.lex.contains(.month) {
                    token.value = entry.value
                }
            }
        }
        tokens.append(token)
        return index
    }

    /// The key of a word that mixes Latin and Cyrillic letters, Latin look-alikes read as
    /// Cyrillic (see ``WordFolding``). Rare, so it re-reads the word.
    private static func lookalikeKey(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash = WordFolding.seed
        var index = start
        while index < end {
            let (scalar, length) = decode(text, index)
            hash = WordFolding.mix(hash, WordFolding.cyrillicLookalike(scalar))
            index += length
        }
        return hash
    }

    // MARK: - Punctuation

    private mutating func appendPunct(_ mark: UInt8, start: Int, end: Int, space: Bool) {
        tokens.append(Token(
            start: Int32(start), end: Int32(end), kind: .punct, mark: mark, spaceBefore: space, isCapitalized: false,
            isPossessive: false, key: 0, lex: [], code: 0, verb: .none, form: .past, value: -1
        ))
    }

    // MARK: - Characters

    @inline(__always)
    package static func isAlnum(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// Decodes the scalar starting at `index` (the text is valid UTF-8).
    @inline(__always)
    package static func decode(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt32, Int) {
        let lead = UInt32(text[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0, index + 1 < text.count {
            return (((lead & 0x1F) << 6) | (UInt32(text[index + 1]) & 0x3F), 2)
        }
        if lead < 0xF0, index + 2 < text.count {
            return (((lead & 0x0F) << 12) | ((UInt32(text[index + 1]) & 0x3F) << 6) | (UInt32(text[index + 2]) & 0x3F), 3)
        }
        if index + 3 < text.count {
            let value = ((lead & 0x07) << 18) | ((UInt32(text[index + 1]) & 0x3F) << 12)
                | ((UInt32(text[index + 2]) & 0x3F) << 6) | (UInt32(text[index + 3]) & 0x3F)
            return (value, 4)
        }
        return (0xFFFD, 1)
    }

    package static func isLetterAt(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = text[index]
        if byte < 0x80 { return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        return isLetter(decode(text, index).0)
    }

    /// Whether a non-ASCII scalar is a letter (Latin, Greek and Cyrillic fast, others by property).
    @inline(__always)
    package static func isLetter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0xD7, 0xF7: return false
        case 0xC0...0x24F, 0x370...0x3FF, 0x400...0x52F: return true
        case 0x2000...0x2BFF: return false
        default: return Unicode.Scalar(scalar)?.properties.isAlphabetic ?? false
        }
    }

    /// Whether a letter is upper case: the basic Cyrillic block by range, others by property.
    /// The Unicode property lookup for every Cyrillic word cost 4% of extraction time on
    /// Cyrillic text (`bench/extract.sh`).
    @inline(__always)
    static func isUppercase(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x400...0x42F: return true
        case 0x430...0x45F: return false
        default: return Unicode.Scalar(scalar)?.properties.isUppercase ?? false
        }
    }

    package static func markCode(_ scalar: UInt32) -> UInt8 {
        switch scalar {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033: Mark.quote
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: Mark.apostrophe
        case 0x2013, 0x2012, 0x2212: Mark.enDash
        case 0x2014, 0x2015: Mark.emDash
        case 0x2010, 0x2011: Mark.hyphen
        case 0x2026: Mark.ellipsis
        default: Mark.other
        }
    }
}
