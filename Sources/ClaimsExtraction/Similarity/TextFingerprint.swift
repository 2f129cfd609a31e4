import ClaimsCore

/// Fingerprints of article text for recognising syndicated copies: hashes of overlapping
/// five-word shingles over folded words (``NameFolding``, so case, punctuation and look-alike
/// letters do not matter), sampled to one in four. Two texts share most sampled shingles when one
/// is a copy of the other, even with another headline and trimmed or added paragraphs.
public enum TextFingerprint {
    /// Words per shingle.
    public static let shingleWords = 5
    /// One shingle in `sampling` is kept.
    public static let sampling: UInt64 = 4

    /// The sampled shingle hashes of `text`, sorted and unique.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func shingles(of text: String) -> [Int64] {
        var window = [UInt64](repeating: 0, count: shingleWords)
        var words = 0
        var hashes = Set<Int64>()
        var word: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        func endWord() {
            guard inWord else { return }
            window[words % shingleWords] = word
            words += 1
            if words >= shingleWords {
                var shingle: UInt64 = 0x9E37_79B9_7F4A_7C15
                for offset in 0..<shingleWords {
                    shingle = (shingle ^ window[(words + offset) % shingleWords]) &* 0x0000_0100_0000_01B3
                    shingle ^= shingle >> 29
                }
                if shingle % sampling == 0 { hashes.insert(Int64(bitPattern: shingle)) }
            }
            word = 0xcbf2_9ce4_8422_2325
            inWord = false
        }
        for scalar in text.unicodeScalars {
            if let folded = NameFolding.fold(scalar), scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39) {
                for byte in String(folded).utf8 { word = (word ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
                inWord = true
            } else {
                endWord()
            }
        }
        endWord()
        return hashes.sorted()
    }

    /// Whether two texts with `own` and `other` sampled shingles, `shared` of them in common, are
    /// copies of one story: at least half of the shorter text's shingles (and three) are shared.
    public static func isCopy(shared: Int, own: Int, other: Int) -> Bool {
        let shorter = min(own, other)
        return shorter > 0 && shared >= 3 && shared * 2 >= shorter
    }
}
