import ClaimsCore

/// Finds taxonomy names in a sentence: a leftmost-longest walk of the alias trie over the
/// words, folded on the fly as ``NameFolding`` folds names (case, hyphens, dots, apostrophes and
/// look-alike letters do not matter). A name starts and ends at word boundaries; a Latin word may
/// go on with a plural suffix the grammars declare ("s", "es"), and a Cyrillic word is read as its
/// stem (``NameStemmer``), as the names were when the trie was built. Spaces and soft marks
/// (`-`, `.`, `/`, `'`) between words are skipped, other punctuation ends the walk.
package enum MentionScanner {
    /// Fills `mentions` (in order) and `mentionAt` (for each token, its mention or -1).
    ///
    /// - Complexity: O(tokens × longest name).
    package static func scan(
        _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>, index: TaxonomyIndex,
        mentions: inout [Mention], mentionAt: inout [Int32]
    ) {
        mentions.removeAll(keepingCapacity: true)
        mentionAt.removeAll(keepingCapacity: true)
        mentionAt.append(contentsOf: repeatElement(-1, count: tokens.count))
        var ends: [(token: Int, payload: Int32)] = []
        // The last letters of a word being stemmed, with their offsets, on the stack: growing
        // two arrays letter by letter cost 6% of extraction time on Cyrillic text.
        let tailCapacity = max(1, index.stemmer.longestEnding)
        let folds = cyrillicFolds  // (read once: each read of a static is a `swift_once` call)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: tailCapacity) { scalars in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: tailCapacity) { offsets in
                var start = 0
                while start < tokens.count {
                    let first = tokens[start]
                    guard first.kind != .punct, first.startsAlias else {
                        start += 1
                        continue
                    }
                    ends.removeAll(keepingCapacity: true)
                    walk(from: start, tokens: tokens, text: text, index: index, folds: folds, scalars: scalars, offsets: offsets, into: &ends)
                    var matched = false
                    for end in ends.reversed() {
                        if let ref = choose(index.trie.payloads[Int(end.payload)], capitalized: first.isCapitalized) {
                            let mentionIndex = Int32(mentions.count)
                            mentions.append(Mention(first: start, last: end.token, ref: ref))
                            for token in start...end.token { mentionAt[token] = mentionIndex }
                            start = end.token + 1
                            matched = true
                            break
                        }
                    }
                    if !matched { start += 1 }
                }
            }
        }
    }

    /// Walks the trie from token `start`, recording every name that ends at a word boundary.
    private static func walk(
        from start: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>, index: TaxonomyIndex, folds: [UInt32],
        scalars: UnsafeMutableBufferPointer<UInt32>, offsets: UnsafeMutableBufferPointer<Int>,
        into ends: inout [(token: Int, payload: Int32)]
    ) {
        let trie = index.trie
        var node = AliasTrie.rootNode
        var current = start
        while current < tokens.count {
            let token = tokens[current]
            if token.kind == .punct {
                // Quotes inside a name: Повітряне командування «Південь».
                guard Mark.isSoft(token.mark) || (token.mark == Mark.quote && current > start) else { return }
                current += 1
                continue
            }
            var position = Int(token.start)
            var end = Int(token.end)
            // "Kharkiv's": the name ends before the possessive "'s".
            let possessiveEnd = token.isPossessive ? end - 2 : end
            if text[position] >= 0x80, !index.stemmer.isEmpty {
                end = stemEnd(text, position, end, index.stemmer, scalars, offsets)
            }
            while position < end {
                let byte = text[position]
                if byte < 0x80 {
                    position += 1
                    let folded: UInt8
                    if byte >= 0x30 && byte <= 0x39 {
                        folded = byte
                    } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                        folded = byte | 0x20
                    } else {
                        continue  // an apostrophe or a digit group separator inside the word
                    }
                    node = trie.child(node, folded)
                    if node < 0 { return }
                } else {
                    let (value, length) = Tokenizer.decode(text, position)
                    position += length
                    let folded: UInt32
                    if value >= 0x400, value < 0x460 {
                        folded = folds[Int(value - 0x400)]
                        if folded == 0 { continue }
                    } else {
                        guard let scalar = Unicode.Scalar(value), let other = NameFolding.fold(scalar) else { continue }
                        folded = other.value
                    }
                    // The folded scalar's UTF-8 bytes, encoded here: `String(folded).utf8`
                    // made a string per Cyrillic letter.
                    node = step(trie, node, folded)
                    if node < 0 { return }
                }
                let payload = trie.payload(node)
                if payload >= 0, position == end || position == possessiveEnd || index.isPluralSuffix(text, position, end) {
                    ends.append((current, payload))
                }
            }
            current += 1
        }
    }

    /// ``NameFolding/fold(_:)`` of the basic Cyrillic letters `0x400..<0x460` (0: dropped), so the
    /// walk looks them up instead of calling across modules per letter (2% of extraction time on
    /// Cyrillic text in `bench/extract.sh`).
    private static let cyrillicFolds: [UInt32] = (0x400..<0x460).map { value in
        Unicode.Scalar(UInt32(value)).flatMap { NameFolding.fold($0) }?.value ?? 0
    }

    /// Follows the UTF-8 bytes of `value` from `node`; `-1` when the trie has no such path.
    @inline(__always)
    private static func step(_ trie: AliasTrie, _ node: Int32, _ value: UInt32) -> Int32 {
        if value < 0x80 { return trie.child(node, UInt8(value)) }
        var node = node
        if value < 0x800 {
            node = trie.child(node, UInt8(0xC0 | (value >> 6)))
        } else {
            if value < 0x10000 {
                node = trie.child(node, UInt8(0xE0 | (value >> 12)))
            } else {
                node = trie.child(node, UInt8(0xF0 | (value >> 18)))
                if node < 0 { return -1 }
                node = trie.child(node, UInt8(0x80 | ((value >> 12) & 0x3F)))
            }
            if node < 0 { return -1 }
            node = trie.child(node, UInt8(0x80 | ((value >> 6) & 0x3F)))
        }
        if node < 0 { return -1 }
        return trie.child(node, UInt8(0x80 | (value & 0x3F)))
    }

    /// The byte offset where the stem of the word `text[start..<end]` ends: the word itself
    /// unless it is all Cyrillic letters with a declared ending.
    ///
    /// - Parameters:
    ///   - scalars, offsets: Room for the word's last ``NameStemmer/longestEnding`` letters.
    private static func stemEnd(
        _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ stemmer: NameStemmer,
        _ scalars: UnsafeMutableBufferPointer<UInt32>, _ offsets: UnsafeMutableBufferPointer<Int>
    ) -> Int {
        // The last letters go round a ring of `capacity` slots; `count` counts all letters.
        let capacity = scalars.count
        var count = 0
        var position = start
        while position < end {
            let (value, length) = Tokenizer.decode(text, position)
            // A Latin look-alike inside a Cyrillic word ("беспилотникoв" with a Latin o) reads as Cyrillic.
            let letter = WordFolding.isLatinLetter(value) ? WordFolding.cyrillicLookalike(value) : value
            guard NameStemmer.isStemmable(letter) else { return end }
            scalars[count % capacity] = WordFolding.fold(letter)
            offsets[count % capacity] = position
            count += 1
            position += length
        }
        guard count >= NameStemmer.minimumLetters else { return end }
        // Unroll the ring into word order: the tail is the last min(count, capacity) letters.
        let kept = min(count, capacity)
        let first = count - kept
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: kept) { tail in
            for letter in 0..<kept { tail[letter] = scalars[(first + letter) % capacity] }
            let keep = stemmer.stemLength(count: count, tail: UnsafeBufferPointer(tail))
            return keep < count ? offsets[keep % capacity] : end
        }
    }

    /// The entry a name stands for: weapons before actors before places, skipping capitalised
    /// names written in lower case.
    private static func choose(_ refs: [EntityRef], capitalized: Bool) -> EntityRef? {
        var best: EntityRef?
        for ref in refs where capitalized || !ref.requiresCapital {
            if best == nil || ref.section.rawValue < best!.section.rawValue { best = ref }
        }
        return best
    }
}
