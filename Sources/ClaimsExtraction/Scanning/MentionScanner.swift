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
        ends.reserveCapacity(8)
        var scalars: [UInt32] = []
        var offsets: [Int] = []
        var start = 0
        while start < tokens.count {
            let first = tokens[start]
            guard first.kind != .punct, first.startsAlias else {
                start += 1
                continue
            }
            ends.removeAll(keepingCapacity: true)
            walk(from: start, tokens: tokens, text: text, index: index, scalars: &scalars, offsets: &offsets, into: &ends)
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

    /// Walks the trie from token `start`, recording every name that ends at a word boundary.
    private static func walk(
        from start: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>, index: TaxonomyIndex,
        scalars: inout [UInt32], offsets: inout [Int], into ends: inout [(token: Int, payload: Int32)]
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
            if text[position] >= 0x80, !index.stemmer.isEmpty {
                end = stemEnd(text, position, end, index.stemmer, &scalars, &offsets)
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
                    guard let scalar = Unicode.Scalar(value), let folded = NameFolding.fold(scalar) else { continue }
                    for byte in String(folded).utf8 {
                        node = trie.child(node, byte)
                        if node < 0 { return }
                    }
                }
                let payload = trie.payload(node)
                if payload >= 0, position == end || index.isPluralSuffix(text, position, end) {
                    ends.append((current, payload))
                }
            }
            current += 1
        }
    }

    /// The byte offset where the stem of the word `text[start..<end]` ends: the word itself
    /// unless it is all Cyrillic letters with a declared ending.
    private static func stemEnd(
        _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ stemmer: NameStemmer, _ scalars: inout [UInt32],
        _ offsets: inout [Int]
    ) -> Int {
        scalars.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        var position = start
        while position < end {
            let (value, length) = Tokenizer.decode(text, position)
            // A Latin look-alike inside a Cyrillic word ("беспилотникoв" with a Latin o) reads as Cyrillic.
            let letter = WordFolding.isLatinLetter(value) ? WordFolding.cyrillicLookalike(value) : value
            guard NameStemmer.isStemmable(letter) else { return end }
            scalars.append(WordFolding.fold(letter))
            offsets.append(position)
            position += length
        }
        let keep = scalars.withUnsafeBufferPointer { stemmer.stemLength($0) }
        return keep < offsets.count ? offsets[keep] : end
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
