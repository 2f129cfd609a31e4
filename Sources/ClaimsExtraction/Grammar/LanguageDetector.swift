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
    private let distinctive: [[UInt32]]
    /// Lexicon keys of each grammar's distinctive words.
    private let words: [Set<UInt64>]

    package init(grammars: [any Grammar]) {
        scripts = grammars.map(\.script)
        distinctive = grammars.map { $0.distinctiveLetters.map { WordFolding.fold($0) } }
        words = grammars.map { Set($0.distinctiveWords.map(Lexicon.key)) }
    }

    /// Counts a finished Cyrillic word among the grammars' distinctive words.
    @inline(__always)
    private func note(word hash: UInt64, into hits: inout [Int]) {
        for (grammar, keys) in words.enumerated() where keys.contains(hash) { hits[grammar] += 1 }
    }

    /// The index of the grammar for `text[range]`.
    ///
    /// - Complexity: O(n) in the range. An ASCII-only sentence is decided by one byte scan
    ///   without allocating (most English text).
    package func grammar(of text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, fallback: Int) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, text[index] < 0x80 { index += 1 }
        if index == range.upperBound {
            // No letter outside ASCII: a Latin-script sentence (or none at all).
            return scripts[fallback] == .latin ? fallback : (scripts.firstIndex(of: .latin) ?? fallback)
        }
        // Words, not letters, decide the script: "Shahed – 41 з 45" is one word of each, a tie
        // that keeps the article's language.
        var latin = 0
        var cyrillic = 0
        var inWord = false
        var hits = [Int](repeating: 0, count: scripts.count)
        var wordHash = WordFolding.seed
        var cyrillicWord = false
        index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte < 0x80 {
                let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                if isLetter, !inWord { latin += 1 }
                if cyrillicWord, !isLetter, byte != 0x27 {
                    note(word: wordHash, into: &hits)
                    cyrillicWord = false
                }
                inWord = isLetter || (inWord && byte >= 0x30 && byte <= 0x39)
                index += 1
                continue
            }
            let (scalar, length) = Tokenizer.decode(text, index)
            index += length
            guard WordFolding.isCyrillic(scalar) else {
                inWord = inWord && Tokenizer.isLetter(scalar)
                if cyrillicWord, !inWord {
                    note(word: wordHash, into: &hits)
                    cyrillicWord = false
                }
                continue
            }
            let folded = WordFolding.fold(scalar)
            if !inWord {
                cyrillic += 1
                wordHash = WordFolding.seed
                cyrillicWord = true
            }
            inWord = true
            wordHash = WordFolding.mix(wordHash, folded)
            for (grammar, letters) in distinctive.enumerated() where letters.contains(folded) { hits[grammar] += 1 }
        }
        if cyrillicWord { note(word: wordHash, into: &hits) }
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
