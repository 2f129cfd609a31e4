/// Picks the grammar for a stretch of text from its letters: the script with more words
/// (Latin or Cyrillic; a tie keeps the fallback), then, among the grammars of that script, the one whose distinctive
/// letters occur most (Ukrainian і ї є ґ against Russian ы э ъ ё). A sentence without letters
/// of a grammar's script, or without distinctive letters, keeps the fallback (the article's
/// language), so an English article quoting one Ukrainian sentence reads that sentence as
/// Ukrainian and the rest as English.
///
/// Letters, not function words, because they decide on the first word of a sentence, cost one
/// table lookup per scalar, and the two Cyrillic languages of our sources never share a
/// distinctive letter.
package struct LanguageDetector: Sendable {
    private let scripts: [Script]
    /// For each Cyrillic scalar (folded, `0x400...0x52F`): a bit per grammar it is distinctive of.
    private let cyrillicLetters: [UInt64]
    /// The grammars' distinctive words as an open-addressing table of lexicon keys, each with a
    /// bit per grammar (a `Set` per grammar cost 1% of extraction time on Cyrillic text in hashing).
    private let wordKeys: [UInt64]
    private let wordGrammars: [UInt64]
    private let wordMask: Int
    /// The most letters a distinctive word has: a longer word cannot be one, so it is neither
    /// hashed past that length nor looked up. Hashing and looking up every Cyrillic word was
    /// 4.6% of extraction time on Cyrillic text (`bench/extract.sh`).
    private let longestWord: Int

    package init(grammars: [any Grammar]) {
        precondition(grammars.count <= 64, "a language detector tells at most 64 grammars apart")
        scripts = grammars.map(\.script)
        var letters = [UInt64](repeating: 0, count: 0x130)
        var words: [UInt64: UInt64] = [:]
        var longest = 0
        for (grammar, entry) in grammars.enumerated() {
            // Only Cyrillic letters are ever counted (`grammar(of:_:fallback:)` skips the others).
            for letter in entry.distinctiveLetters.map({ WordFolding.fold($0) }) where WordFolding.isCyrillic(letter) {
                letters[Int(letter - 0x400)] |= 1 << UInt64(grammar)
            }
            for word in entry.distinctiveWords {
                words[Lexicon.key(word), default: 0] |= 1 << UInt64(grammar)
                longest = max(longest, word.unicodeScalars.count)
            }
        }
        cyrillicLetters = letters
        var capacity = 16
        while capacity < words.count * 4 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var masks = [UInt64](repeating: 0, count: capacity)
        for (key, mask) in words {
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & (capacity - 1)
            while masks[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            masks[slot] = mask
        }
        wordKeys = keys
        wordGrammars = masks
        wordMask = capacity - 1
        longestWord = longest
    }

    /// Counts a finished Cyrillic word among the grammars' distinctive words.
    @inline(__always)
    private func note(word hash: UInt64, into hits: UnsafeMutableBufferPointer<Int>) {
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & wordMask
        while wordGrammars[slot] != 0 {
            if wordKeys[slot] == hash {
                Self.count(wordGrammars[slot], into: hits)
                return
            }
            slot = (slot + 1) & wordMask
        }
    }

    @inline(__always)
    private static func count(_ grammars: UInt64, into hits: UnsafeMutableBufferPointer<Int>) {
        var bits = grammars
        while bits != 0 {
            hits[bits.trailingZeroBitCount] += 1
            bits &= bits - 1
        }
    }

    /// The index of the grammar for `text[range]`.
    ///
    /// - Complexity: O(n) in the range. An ASCII-only sentence is decided by one byte scan
    ///   without allocating (most English text); others count in a stack buffer.
    package func grammar(of text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, fallback: Int) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, text[index] < 0x80 { index += 1 }
        if index == range.upperBound {
            // No letter outside ASCII: a Latin-script sentence (or none at all).
            return scripts[fallback] == .latin ? fallback : (scripts.firstIndex(of: .latin) ?? fallback)
        }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: scripts.count) { hits in
            hits.initialize(repeating: 0)
            return grammar(of: text, range, fallback: fallback, hits: hits)
        }
    }

    private func grammar(of text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, fallback: Int, hits: UnsafeMutableBufferPointer<Int>) -> Int {
        // Words, not letters, decide the script: "Shahed – 41 з 45" is one word of each, a tie
        // that keeps the article's language.
        var latin = 0
        var cyrillic = 0
        var inWord = false
        var wordHash = WordFolding.seed
        var wordLetters = 0
        var cyrillicWord = false
        var index = range.lowerBound
        // Once the fallback grammar has a hit, only the script can still change the answer (the
        // rule at the end): the rest of the sentence counts words without folding or hashing
        // them. Hashing every word of every Cyrillic sentence was 5% of extraction time. (Should
        // the script turn out to be another, the other grammars' counts are not needed: only
        // Cyrillic letters and words are counted, so the first grammar of a Latin script wins.)
        var countsOnly = false
        let end = range.upperBound
        while index < end {
            let byte = text[index]
            if countsOnly {
                // A run of basic Cyrillic letters (two bytes led by 0xD0 or 0xD1) in one step.
                if byte & 0xFE == 0xD0, index + 1 < text.count {
                    if !inWord { cyrillic += 1 }
                    inWord = true
                    repeat { index += 2 } while index < end && index + 1 < text.count && text[index] & 0xFE == 0xD0
                    continue
                }
                if byte < 0x80 {
                    let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                    if isLetter, !inWord { latin += 1 }
                    inWord = isLetter || (inWord && byte >= 0x30 && byte <= 0x39)
                    index += 1
                } else {
                    let (scalar, length) = Tokenizer.decode(text, index)
                    index += length
                    if WordFolding.isCyrillic(scalar) {
                        if !inWord { cyrillic += 1 }
                        inWord = true
                    } else {
                        inWord = inWord && Tokenizer.isLetter(scalar)
                    }
                }
                continue
            }
            if hits[fallback] > 0, !cyrillicWord {
                countsOnly = true
                continue
            }
            if byte < 0x80 {
                let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                if isLetter, !inWord { latin += 1 }
                if cyrillicWord, !isLetter, byte != 0x27 {
                    if wordLetters <= longestWord { note(word: wordHash, into: hits) }
                    cyrillicWord = false
                }
                inWord = isLetter || (inWord && byte >= 0x30 && byte <= 0x39)
                index += 1
                continue
            }
            // A basic Cyrillic letter (`0x400..<0x480`, two bytes led by 0xD0 or 0xD1) without the
            // general decoder: the detector fell from 6.5% to 4.1% of the Cyrillic bench samples
            // (mean of four profiles; a loop over runs of such letters, written twice, gave 5.0%).
            let folded: UInt32
            if byte & 0xFE == 0xD0, index + 1 < text.count {
                folded = WordFolding.fold((UInt32(byte & 0x1F) << 6) | UInt32(text[index + 1] & 0x3F))
                index += 2
            } else {
                let (scalar, length) = Tokenizer.decode(text, index)
                index += length
                guard WordFolding.isCyrillic(scalar) else {
                    inWord = inWord && Tokenizer.isLetter(scalar)
                    if cyrillicWord, !inWord {
                        if wordLetters <= longestWord { note(word: wordHash, into: hits) }
                        cyrillicWord = false
                    }
                    continue
                }
                folded = WordFolding.fold(scalar)
            }
            if !inWord {
                cyrillic += 1
                wordHash = WordFolding.seed
                wordLetters = 0
                cyrillicWord = true
            }
            inWord = true
            wordLetters += 1
            if wordLetters <= longestWord { wordHash = WordFolding.mix(wordHash, folded) }
            if WordFolding.isCyrillic(folded) {
                let grammars = cyrillicLetters[Int(folded - 0x400)]
                if grammars != 0 { Self.count(grammars, into: hits) }
            }
        }
        if cyrillicWord, wordLetters <= longestWord { note(word: wordHash, into: hits) }
        let count = { (grammar: Int) in hits[grammar] }
        let script: Script = cyrillic == latin ? scripts[fallback] : (cyrillic > latin ? .cyrillic : .latin)
        let anyHits = scripts.indices.contains { count($0) > 0 }
        if scripts[fallback] == script, count(fallback) > 0 || !anyHits {
            return fallback
        }
        var best = -1
        for grammar in scripts.indices where scripts[grammar] == script {
            if best < 0 || count(grammar) > count(best) { best = grammar }
        }
        return best >= 0 ? best : fallback
    }
}
