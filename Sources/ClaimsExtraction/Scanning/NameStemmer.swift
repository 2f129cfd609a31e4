/// Strips one case ending from a word of a name, so that a taxonomy name in its dictionary form
/// matches its declined forms in running text: "Калібр" and "Калібрами", "Харківська область"
/// and "над Харківською областю", "шахед" and "шахедів".
///
/// The same function runs over the words of every taxonomy name when the trie is built and over
/// the words of the text while it is scanned, so a name matches whenever both reduce to one stem.
/// It only touches words of at least ``minimumLetters`` letters of one script, leaving at least
/// three letters, and only endings its grammars declare (``Grammar/nameEndings``).
package struct NameStemmer: Sendable {
    /// Endings as lower-case scalars, longest first.
    private let endings: [[UInt32]]
    /// The endings whose last letter is a Cyrillic letter, by that letter (`0x400...0x52F`),
    /// longest first; then those ending in any other letter. Only the endings that can match
    /// are compared: trying all sixty for every Cyrillic word cost 3% of extraction time.
    private let cyrillicEndings: [[[UInt32]]]
    private let otherEndings: [[UInt32]]
    /// The number of letters of the longest ending.
    package let longestEnding: Int
    package static let minimumLetters = 5
    package static let minimumStem = 3

    package init(endings: [String]) {
        var unique: [[UInt32]] = []
        for ending in endings {
            let scalars = ending.unicodeScalars.map { WordFolding.fold($0.value) }
            if !scalars.isEmpty, !unique.contains(scalars) { unique.append(scalars) }
        }
        let sorted = unique.sorted { $0.count > $1.count }
        self.endings = sorted
        var byLast = [[[UInt32]]](repeating: [], count: 0x130)
        var others: [[UInt32]] = []
        for ending in sorted {
            if WordFolding.isCyrillic(ending.last!) { byLast[Int(ending.last! - 0x400)].append(ending) } else { others.append(ending) }
        }
        cyrillicEndings = byLast
        otherEndings = others
        longestEnding = sorted.first?.count ?? 0
    }

    package var isEmpty: Bool { endings.isEmpty }

    /// How many of `letters` (lower-case scalars of one word) the stem keeps.
    package func stemLength(_ letters: UnsafeBufferPointer<UInt32>) -> Int {
        stemLength(count: letters.count, tail: letters)
    }

    /// How many letters the stem of a word of `count` letters keeps, given its last letters
    /// (lower-case scalars; at least ``longestEnding`` of them, or all).
    package func stemLength(count: Int, tail: UnsafeBufferPointer<UInt32>) -> Int {
        guard count >= Self.minimumLetters, let last = tail.last else { return count }
        let candidates = WordFolding.isCyrillic(last) ? cyrillicEndings[Int(last - 0x400)] : otherEndings
        let skipped = count - tail.count
        for ending in candidates where count - ending.count >= Self.minimumStem {
            var matches = true
            var offset = count - ending.count - skipped
            for scalar in ending {
                if tail[offset] != scalar {
                    matches = false
                    break
                }
                offset += 1
            }
            if matches { return count - ending.count }
        }
        return count
    }

    /// Whether a scalar is a Cyrillic letter, the script the endings apply to.
    @inline(__always)
    package static func isStemmable(_ scalar: UInt32) -> Bool { WordFolding.isCyrillic(scalar) }

    /// `name` with each all-Cyrillic word stemmed (the words of other scripts as they are).
    ///
    /// Works on the name's UTF-8 bytes, copying each word's kept bytes: appending scalars to a
    /// `String.UnicodeScalarView` was 6.6% of `claims extract`'s start-up in the profile (with
    /// the index's names split on bytes, start-up went from 44.0 to 38.3 ms, fastest of 30).
    package func stem(name: String) -> String {
        // Most names are Latin: nothing to strip (Cyrillic letters start with bytes D0-D4).
        guard !isEmpty, name.utf8.contains(where: { $0 >= 0xD0 && $0 <= 0xD4 }) else { return name }
        var name = name
        return name.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var folded: [UInt32] = []  // the current word's letters, folded
            var ends: [Int] = []  // the byte offset after each of them
            var wordStart = 0
            var isStemmable = true
            func flush() {
                guard !folded.isEmpty else { return }
                let keep = isStemmable ? folded.withUnsafeBufferPointer { stemLength($0) } : folded.count
                out.append(contentsOf: bytes[wordStart..<ends[keep - 1]])
                folded.removeAll(keepingCapacity: true)
                ends.removeAll(keepingCapacity: true)
                isStemmable = true
            }
            var offset = 0
            while offset < bytes.count {
                let (value, length) = Tokenizer.decode(bytes, offset)
                if Self.isAlphabetic(value) || (value >= 0x30 && value <= 0x39) || value == 0x27 || value == 0x2019 || value == 0x2BC {
                    if folded.isEmpty { wordStart = offset }
                    folded.append(WordFolding.fold(value))
                    ends.append(offset + length)
                    if !Self.isStemmable(value) { isStemmable = false }
                } else {
                    flush()
                    out.append(contentsOf: bytes[offset..<offset + length])
                }
                offset += length
            }
            flush()
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `properties.isAlphabetic`, with the basic Latin and Cyrillic letters by range: the
    /// property lookup for every letter of every name was 3% of `claims extract`'s start-up.
    @inline(__always)
    private static func isAlphabetic(_ value: UInt32) -> Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x410...0x44F: true
        case 0x00...0x7F: false
        default: Unicode.Scalar(value)?.properties.isAlphabetic ?? false
        }
    }
}
