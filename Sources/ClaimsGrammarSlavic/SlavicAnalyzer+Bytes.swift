import ClaimsExtraction

/// Stems and endings of a word compared on the article's bytes, capitals folded.
///
/// Hand-written because the tests run for many weapon phrases of every sentence: building a
/// lowercased `String` of the word for each (`slice(_:_:).lowercased()`, then `hasPrefix` or
/// `hasSuffix`) cost 3-4% of `claims extract` on Cyrillic reports in `bench/extract.sh` (Unicode
/// case tables, UTF-8 validation and an allocation per word).
extension SlavicAnalyzer {
    /// The UTF-8 bytes of lowercase stems or endings, ready for ``word(_:startsWithAny:)`` and
    /// ``word(_:endsWithAny:)``.
    static func byteForms(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    /// Whether the word at token `position` starts with one of `stems` (lowercase UTF-8).
    func word(_ position: Int, startsWithAny stems: [[UInt8]]) -> Bool {
        foldedWord(position) { word in
            stems.contains { stem in stem.count <= word.count && stem.indices.allSatisfy { word[$0] == stem[$0] } }
        }
    }

    /// Whether the word at token `position` ends with one of `endings` (lowercase UTF-8).
    func word(_ position: Int, endsWithAny endings: [[UInt8]]) -> Bool {
        foldedWord(position) { word in
            endings.contains { ending in
                ending.count <= word.count && ending.indices.allSatisfy { word[word.count - ending.count + $0] == ending[$0] }
            }
        }
    }

    /// "по одному", "По два": a count told per place.
    static func isDistributive(_ countText: String) -> Bool {
        let utf8 = countText.utf8
        return utf8.starts(with: "по ".utf8) || utf8.starts(with: "По ".utf8) || utf8.starts(with: "ПО ".utf8)
    }

    /// The number of characters (Unicode scalars) of the word at token `position`.
    func letterCount(_ position: Int) -> Int {
        var count = 0
        for index in Int(tokens[position].start)..<Int(tokens[position].end) where text[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Calls `body` with the word's bytes, ASCII and Cyrillic capitals folded to lowercase
    /// (А-Я, Ѐ-Џ with Є І Ї Ё, and Ґ).
    private func foldedWord(_ position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let start = Int(tokens[position].start), end = Int(tokens[position].end)
        let count = end - start
        guard count > 0 else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            var index = 0
            while index < count {
                let byte = text[start + index]
                if byte >= 0x41, byte <= 0x5A {
                    buffer[index] = byte | 0x20
                    index += 1
                    continue
                }
                if index + 1 < count, byte == 0xD0 || byte == 0xD2 {
                    let next = text[start + index + 1]
                    var lead = byte, trail = next
                    if byte == 0xD0 {
                        switch next {
                        case 0x80...0x8F: lead = 0xD1; trail = next + 0x10  // Ѐ-Џ (Ё Є І Ї) → ѐ-џ
                        case 0x90...0x9F: trail = next + 0x20  // А-П → а-п
                        case 0xA0...0xAF: lead = 0xD1; trail = next - 0x20  // Р-Я → р-я
                        default: break
                        }
                    } else if next == 0x90 {
                        trail = 0x91  // Ґ → ґ
                    }
                    buffer[index] = lead
                    buffer[index + 1] = trail
                    index += 2
                    continue
                }
                buffer[index] = byte
                index += 1
            }
            return body(UnsafeBufferPointer(buffer))
        }
    }
}
