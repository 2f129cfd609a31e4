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
    package func stem(name: String) -> String {
        // Most names are Latin: nothing to strip.
        guard !isEmpty, name.unicodeScalars.contains(where: { Self.isStemmable($0.value) }) else { return name }
        var out = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flush() {
            guard !word.isEmpty else { return }
            if word.allSatisfy({ Self.isStemmable($0.value) }) {
                let folded = word.map { WordFolding.fold($0.value) }
                let keep = folded.withUnsafeBufferPointer { stemLength($0) }
                out.append(contentsOf: word.prefix(keep))
            } else {
                out.append(contentsOf: word)
            }
            word.removeAll()
        }
        for scalar in name.unicodeScalars {
            if Self.isAlphabetic(scalar) || (scalar.value >= 0x30 && scalar.value <= 0x39) || scalar.value == 0x27
                || scalar.value == 0x2019 || scalar.value == 0x2BC {
                word.append(scalar)
            } else {
                flush()
                out.append(scalar)
            }
        }
        flush()
        return String(out)
    }

    /// `properties.isAlphabetic`, with the basic Latin and Cyrillic letters by range: the
    /// property lookup for every letter of every name was 3% of `claims extract`'s start-up.
    @inline(__always)
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x410...0x44F: true
        case 0x00...0x7F: false
        default: scalar.properties.isAlphabetic
        }
    }
}
