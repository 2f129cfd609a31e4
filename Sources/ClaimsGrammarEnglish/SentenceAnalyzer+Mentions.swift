import ClaimsCore
import ClaimsExtraction

/// Finding taxonomy names in a sentence (``MentionScanner``), then misspelt names in weapon
/// noun phrases.
extension SentenceAnalyzer {
    mutating func scanMentions() {
        MentionScanner.scan(tokens, text, index: index, mentions: &mentions, mentionAt: &mentionAt)
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

    /// The mention that covers `token`, if any.
    func mention(at token: Int) -> Mention? {
        guard token >= 0, token < mentionAt.count, mentionAt[token] >= 0 else { return nil }
        return mentions[Int(mentionAt[token])]
    }
}
