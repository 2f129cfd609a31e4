/// A sentence of the article: byte range, Unicode-scalar offsets (what ``Citation`` stores) and
/// its paragraph.
package struct SentenceSpan: Sendable, Equatable {
    package var start: Int
    package var end: Int
    package var scalarStart: Int
    package var scalarEnd: Int
    package var paragraph: Int

    package init(start: Int, end: Int, scalarStart: Int, scalarEnd: Int, paragraph: Int) {
        self.start = start
        self.end = end
        self.scalarStart = scalarStart
        self.scalarEnd = scalarEnd
        self.paragraph = paragraph
    }
}

/// Splits article text into sentences on bytes: at `.`, `!`, `?` and `…` followed by a capital,
/// a digit or an opening quote (not after abbreviations or initials), and at line breaks unless
/// the next line continues in lower case or the line ends with a preposition or conjunction.
package enum SentenceSplitter {
    /// - Complexity: O(n) in the length of the text.
    package static func split(_ text: UnsafeBufferPointer<UInt8>) -> [SentenceSpan] {
        var spans: [SentenceSpan] = []
        spans.reserveCapacity(text.count / 120 + 1)
        let count = text.count
        var index = 0
        var scalars = 0
        var start = -1
        var startScalar = 0
        var paragraph = 0
        var pendingParagraph = false

        func close(_ end: Int, _ endScalar: Int) {
            guard start >= 0 else { return }
            var last = end
            var lastScalar = endScalar
            while last > start, isSpace(text[last - 1]) {
                last -= 1
                lastScalar -= 1
            }
            if last > start {
                spans.append(SentenceSpan(start: start, end: last, scalarStart: startScalar, scalarEnd: lastScalar, paragraph: paragraph))
            }
            start = -1
        }

        while index < count {
            // Inside a sentence, skip eight bytes at a time to the next `.`, `!`, `?`, line break
            // or lead byte of `…`, counting scalars as the bytes that are not UTF-8 continuations:
            // byte by byte, the split was 3.5% of extraction time on English text and 5.6% on
            // Cyrillic (`bench/extract.sh`).
            if start >= 0 {
                while index + 8 <= count {
                    let word = UnsafeRawPointer(text.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    guard !Self.holdsMark(word) else { break }
                    scalars += 8 - (word & ~(word << 1) & Self.highBits).nonzeroBitCount
                    index += 8
                }
                if index == count { break }
            }
            let byte = text[index]
            if start < 0 {
                if !isSpace(byte) {
                    if pendingParagraph, !spans.isEmpty { paragraph += 1 }
                    pendingParagraph = false
                    start = index
                    startScalar = scalars
                } else if byte == 0x0A {
                    pendingParagraph = true
                }
            }
            switch byte {
            case 0x2E, 0x21, 0x3F:  // . ! ?
                if start >= 0, let end = boundaryEnd(text, after: index + 1) ?? gluedBoundary(text, period: index),
                   byte != 0x2E || !isAbbreviation(text, period: index, from: start) {
                    let endScalar = scalars + scalarCount(text, index, end)
                    close(end, endScalar)
                    scalars = endScalar
                    index = end
                    continue
                }
            case 0xE2 where index + 2 < count && text[index + 1] == 0x80 && text[index + 2] == 0xA6:  // …
                if start >= 0, let end = boundaryEnd(text, after: index + 3) {
                    let endScalar = scalars + scalarCount(text, index, end)
                    close(end, endScalar)
                    scalars = endScalar
                    index = end
                    continue
                }
            case 0x0A:
                if start >= 0, !continuesInLowerCase(text, after: index + 1), !endsWithJoiningWord(text, before: index, from: start) {
                    close(index, scalars)
                    pendingParagraph = true
                }
            default:
                break
            }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        close(count, scalars)
        return spans
    }

    // MARK: - Private

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// Whether one of the eight bytes of `word` is `.`, `!`, `?`, a line break or 0xE2 (which
    /// starts `…`). May say yes for none (the caller then reads byte by byte), never no for one.
    @inline(__always)
    private static func holdsMark(_ word: UInt64) -> Bool {
        @inline(__always) func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- lowBits) & ~value & highBits }
        return hasZeroByte(word ^ (lowBits &* 0x2E)) | hasZeroByte(word ^ (lowBits &* 0x21)) | hasZeroByte(word ^ (lowBits &* 0x3F))
            | hasZeroByte(word ^ (lowBits &* 0x0A)) | hasZeroByte(word ^ (lowBits &* 0xE2)) != 0
    }

    @inline(__always)
    package static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    private static func scalarCount(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var count = 0
        for index in from..<to where text[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The end of a sentence whose final mark ends before `index` (closing quotes and brackets
    /// included), or `nil` when the text goes on in lower case or without a space.
    private static func boundaryEnd(_ text: UnsafeBufferPointer<UInt8>, after index: Int) -> Int? {
        var end = index
        let count = text.count
        while end < count {
            let byte = text[end]
            if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D || byte == 0x2E || byte == 0x21 || byte == 0x3F {
                end += 1
            } else if byte == 0xE2, end + 2 < count, text[end + 1] == 0x80, text[end + 2] == 0x9D || text[end + 2] == 0x99 || text[end + 2] == 0xA6 {
                end += 3
            } else if byte == 0xC2, end + 1 < count, text[end + 1] == 0xBB {
                end += 2
            } else {
                break
            }
        }
        if end == count { return end }
        guard isSpace(text[end]) else { return nil }
        var next = end
        while next < count, isSpace(text[next]) { next += 1 }
        if next == count { return end }
        let byte = text[next]
        if byte >= 0x61 && byte <= 0x7A { return nil }
        return end
    }

    /// "reports.However": a period glued to the next sentence in scraped copy, between a word of
    /// three lower-case letters or more and a capitalised word of four letters or more ("News.Az"
    /// and "U.S.Army" stay whole). Returns the position after the period.
    private static func gluedBoundary(_ text: UnsafeBufferPointer<UInt8>, period: Int) -> Int? {
        guard text[period] == 0x2E, period >= 3, period + 4 < text.count else { return nil }
        @inline(__always) func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
        guard isLower(text[period - 1]), isLower(text[period - 2]), isLower(text[period - 3]) else { return nil }
        let next = text[period + 1]
        guard next >= 0x41, next <= 0x5A, isLower(text[period + 2]), isLower(text[period + 3]), isLower(text[period + 4]) else { return nil }
        return period + 1
    }

    /// Whether the next line starts in lower case, Latin or Cyrillic (a wrapped line, not a new
    /// paragraph).
    private static func continuesInLowerCase(_ text: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        var next = index
        while next < text.count, text[next] == 0x20 || text[next] == 0x09 || text[next] == 0x0D { next += 1 }
        guard next < text.count else { return false }
        let byte = text[next]
        if byte >= 0x61 && byte <= 0x7A { return true }
        guard next + 1 < text.count else { return false }
        let second = text[next + 1]
        // а–п, р–я and ѐ–џ (і ї є among them), ґ
        return (byte == 0xD0 && second >= 0xB0 && second <= 0xBF) || (byte == 0xD1 && second >= 0x80 && second <= 0x9F)
            || (byte == 0xD2 && second == 0x91)
    }

    /// Whether the line ending at `index` ends with a word no sentence or headline ends with
    /// ("of", "the", "з", "над"): wire copy wrapped at a fixed width ("... downed 45 of\n53 drones").
    private static func endsWithJoiningWord(_ text: UnsafeBufferPointer<UInt8>, before index: Int, from start: Int) -> Bool {
        var end = index
        while end > start, text[end - 1] == 0x20 || text[end - 1] == 0x09 || text[end - 1] == 0x0D { end -= 1 }
        var wordStart = end
        while wordStart > start, end - wordStart < 8, text[wordStart - 1] != 0x20, text[wordStart - 1] != 0x0A { wordStart -= 1 }
        guard wordStart < end, end - wordStart <= 6, wordStart == start || text[wordStart - 1] == 0x20 else { return false }
        return joiningWords.contains(Array(UnsafeBufferPointer(rebasing: text[wordStart..<end])))
    }

    /// Prepositions, articles and conjunctions, in lower case as written.
    private static let joiningWords: Set<[UInt8]> = Set([
        "of", "the", "and", "to", "at", "in", "by", "from", "with", "a", "an", "for", "on", "or", "than", "over",
        "з", "із", "зі", "по", "над", "під", "і", "й", "та", "в", "у", "на", "до", "від", "що",
        "и", "из", "с", "со", "о", "от", "к", "что", "под",
    ].map { Array($0.utf8) })

    /// Whether the period at `period` ends an abbreviation or an initial ("Gen.", "U.S.", "Feb.").
    private static func isAbbreviation(_ text: UnsafeBufferPointer<UInt8>, period: Int, from start: Int) -> Bool {
        var wordStart = period
        while wordStart > start, (text[wordStart - 1] | 0x20) >= 0x61, (text[wordStart - 1] | 0x20) <= 0x7A {
            wordStart -= 1
        }
        let length = period - wordStart
        if length == 0 { return false }
        if length == 1 { return true }
        guard length <= 6 else { return false }
        var key: UInt64 = 0
        for index in wordStart..<period { key = key << 8 | UInt64(text[index] | 0x20) }
        return abbreviations.contains(key)
    }

    private static let abbreviations: Set<UInt64> = {
        let words = ["mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "adm",
                     "brig", "cmdr", "st", "mt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                     "oct", "nov", "dec", "gov", "sen", "rep", "jr", "sr", "vs", "no", "nos", "approx", "est",
                     "inc", "ltd", "corp", "dept", "fig", "pres", "lieut", "govt"]
        return Set(words.map { word in word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } })
    }()
}
