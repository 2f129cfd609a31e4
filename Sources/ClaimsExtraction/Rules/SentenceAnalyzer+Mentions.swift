/// Finding taxonomy names in a sentence: a leftmost-longest walk of the alias trie over the
/// folded stream, starting at word boundaries and ending at word boundaries (or before a plural
/// "s"/"es").
extension SentenceAnalyzer {
    mutating func scanMentions() {
        mentions.removeAll(keepingCapacity: true)
        let tokens = tokenizer.tokens
        let fold = tokenizer.fold
        let trie = index.trie
        mentionAt.removeAll(keepingCapacity: true)
        mentionAt.append(contentsOf: repeatElement(-1, count: tokens.count))
        // Up to a few matches along one walk, longest last.
        var ends: [(token: Int, payload: Int32)] = []
        ends.reserveCapacity(8)
        var start = 0
        while start < tokens.count {
            let first = tokens[start]
            guard first.kind != .punct, first.foldEnd > first.foldStart else {
                start += 1
                continue
            }
            ends.removeAll(keepingCapacity: true)
            var node = AliasTrie.rootNode
            var position = Int(first.foldStart)
            var current = start
            walk: while position < fold.count {
                let byte = fold[position]
                if byte == 0 { break }
                node = trie.child(node, byte)
                if node < 0 { break }
                position += 1
                // Keep `current` on the word that holds the byte just read.
                while Int(tokens[current].foldEnd) < position {
                    current += 1
                    if current >= tokens.count { break walk }
                }
                let payload = trie.payload(node)
                guard payload >= 0 else { continue }
                let wordEnd = Int(tokens[current].foldEnd)
                if position == wordEnd {
                    ends.append((current, payload))
                } else if Self.isPluralEnding(fold, position, wordEnd) {
                    ends.append((current, payload))
                }
            }
            var matched = false
            for end in ends.reversed() {
                if let ref = choose(trie.payloads[Int(end.payload)], capitalized: first.isCapitalized) {
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

    /// "s" or "es" to the end of the word: a plural the taxonomy does not list.
    private static func isPluralEnding(_ fold: [UInt8], _ position: Int, _ wordEnd: Int) -> Bool {
        let rest = wordEnd - position
        if rest == 1 { return fold[position] == UInt8(ascii: "s") }
        if rest == 2 { return fold[position] == UInt8(ascii: "e") && fold[position + 1] == UInt8(ascii: "s") }
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
