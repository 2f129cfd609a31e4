import ClaimsCore

/// Finding taxonomy names in a sentence: a leftmost-longest walk of the alias trie over the
/// words, folded on the fly as ``NameFolding`` folds names (case, hyphens, dots, apostrophes and
/// look-alike letters do not matter). A name starts and ends at word boundaries (or before a
/// plural "s"/"es"); spaces and soft marks (`-`, `.`, `/`, `'`) between words are skipped, other
/// punctuation ends the walk.
extension SentenceAnalyzer {
    mutating func scanMentions() {
        mentions.removeAll(keepingCapacity: true)
        let tokens = self.tokens
        mentionAt.removeAll(keepingCapacity: true)
        mentionAt.append(contentsOf: repeatElement(-1, count: tokens.count))
        var ends: [(token: Int, payload: Int32)] = []
        ends.reserveCapacity(8)
        var start = 0
        while start < tokens.count {
            let first = tokens[start]
            guard first.kind != .punct, first.startsAlias else {
                start += 1
                continue
            }
            ends.removeAll(keepingCapacity: true)
            walk(from: start, tokens: tokens, into: &ends)
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
        matchMisspeltNames()
    }

    /// "Herop drones", "Shaheed drones": an unknown capitalised word right before a generic
    /// weapon noun that is one or two edits from a specific weapon's name stands for it. Only in
    /// that position: a weapon noun phrase, never a free word.
    private mutating func matchMisspeltNames() {
        for mentionIndex in mentions.indices {
            let mention = mentions[mentionIndex]
            guard mention.ref.section == .weapon, index.weapons[Int(mention.ref.index)].isGeneric, mention.first > 0 else { continue }
            let word = mention.first - 1
            let token = tokens[word]
            guard token.isWord, token.isCapitalized, token.lex.isEmpty, mentionAt[word] < 0, !token.isPossessive else { continue }
            var letters: [UInt8] = []
            letters.reserveCapacity(Int(token.end - token.start))
            for position in Int(token.start)..<Int(token.end) {
                let byte = text[position]
                guard byte < 0x80 else { letters.removeAll(); break }
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { letters.append(byte | 0x20) }
            }
            guard let weapon = index.fuzzyWeapon(letters) else { continue }
            mentions[mentionIndex] = Mention(first: word, last: mention.last, ref: EntityRef(section: .weapon, index: weapon, requiresCapital: true))
            mentionAt[word] = Int32(mentionIndex)
        }
    }

    /// Walks the trie from token `start`, recording every name that ends at a word boundary.
    private func walk(from start: Int, tokens: [Token], into ends: inout [(token: Int, payload: Int32)]) {
        let trie = index.trie
        let text = self.text
        var node = AliasTrie.rootNode
        var current = start
        while current < tokens.count {
            let token = tokens[current]
            if token.kind == .punct {
                guard Mark.isSoft(token.mark) else { return }
                current += 1
                continue
            }
            var position = Int(token.start)
            let end = Int(token.end)
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
                if payload >= 0, position == end || Self.isPluralEnding(text, position, end) {
                    ends.append((current, payload))
                }
            }
            current += 1
        }
    }

    /// "s" or "es" (any case) to the end of the word: a plural the taxonomy does not list.
    private static func isPluralEnding(_ text: UnsafeBufferPointer<UInt8>, _ position: Int, _ end: Int) -> Bool {
        let rest = end - position
        if rest == 1 { return text[position] | 0x20 == UInt8(ascii: "s") }
        if rest == 2 { return text[position] | 0x20 == UInt8(ascii: "e") && text[position + 1] | 0x20 == UInt8(ascii: "s") }
        return false
    }

    /// The entry a name stands for: weapons before actors before places, skipping capitalised
    /// names written in lower case.
    private func choose(_ refs: [EntityRef], capitalized: Bool) -> EntityRef? {
        var best: EntityRef?
        for ref in refs where capitalized || !ref.requiresCapital {
            if best == nil || ref.section.rawValue < best!.section.rawValue { best = ref }
        }
        return best
    }

    /// The mention that covers `token`, if any.
    func mention(at token: Int) -> Mention? {
        guard token >= 0, token < mentionAt.count, mentionAt[token] >= 0 else { return nil }
        return mentions[Int(mentionAt[token])]
    }
}
