import ClaimsCore
import ClaimsExtraction

/// The count of a weapon phrase, read leftwards from the token before its modifiers: digits and
/// number words ("twenty-five", "a dozen", "1,200"), qualifiers ("at least", "more than", "up to"),
/// ranges ("20-25", "between 20 and 25"), "N of M" / "N out of M", and vague words ("several",
/// "dozens of"). The wording itself is parsed by ``CountWords``.
extension SentenceAnalyzer {
    struct CountParse {
        var count: ClaimCount
        var launched: Int?
        /// The first token of the count phrase (the token after `p` when there is none).
        var first: Int
        var isDefinite = false
        /// "no missiles", "none of the drones": nothing to claim.
        var isNone = false
    }

    /// Parses the count that ends at token `p` (a phrase's first modifier is at `p + 1`).
    func countBefore(_ p: Int) -> CountParse {
        let bare = CountParse(count: .unknown(), first: p + 1)
        // "58 out of 59 (drones) were shot down": an editor's bracketed noun after the count.
        if p >= 1, tokens[p].isMark(Mark.openParen), tokens[p - 1].isNumeric,
           (p + 2..<min(p + 6, tokens.count)).contains(where: { tokens[$0].isMark(Mark.closeParen) }) {
            return numericCount(endingAt: p - 1) ?? bare
        }
        guard p >= 0, tokens[p].kind != .punct || tokens[p].isMark(Mark.hyphen) else { return bare }
        let token = tokens[p]
        if token.isNumeric || token.word == .hundred || token.word == .thousand || token.word == .dozen {
            guard let parsed = numericCount(endingAt: p) else { return bare }
            // "most of the two dozen drones launched": a part of them, uncounted; the number is
            // how many there were.
            let before = parsed.first - 1
            if before >= 2, tokens[before].word == .the, tokens[before - 1].word == .of, Self.vaguePartKeys.contains(tokens[before - 2].key),
               parsed.launched == nil, let whole = parsed.count.exact {
                let first = partStart(before - 2)
                return CountParse(count: .unknown(text: text(first, before - 1)), launched: whole, first: first)
            }
            return parsed
        }
        switch token.word {
        case .another:
            return CountParse(count: .exactly(1, text: "another"), first: p)
        case .both:
            return CountParse(count: .exactly(2, text: "both"), first: p)
        case .no, .none:
            return CountParse(count: .unknown(), first: p, isNone: true)
        case .of:
            if p > 0, tokens[p - 1].key == Self.anyKey || tokens[p - 1].word == .none { return CountParse(count: .unknown(), first: p - 1, isNone: true) }
            return countBeforeOf(p) ?? bare
        case .all, .each, .some:
            return CountParse(count: CountWords.parse(text(p, p)) ?? .unknown(text: text(p, p)), first: p)
        default:
            break
        }
        if token.key == Self.anyKey { return CountParse(count: .unknown(), first: p, isNone: true) }  // "any of its aircraft"
        if token.has(.vague) {
            if p > 0, tokens[p - 1].key == Self.howKey { return CountParse(count: .unknown(), first: p - 1, isNone: true) }  // "how many"
            let first = p > 0 && tokens[p - 1].has(.article) ? p - 1 : p  // "a few"
            return CountParse(count: .unknown(text: text(first, p)), first: first)
        }
        if token.has(.article) {
            return CountParse(count: .exactly(1, text: text(p, p)), first: p)
        }
        if token.has(.definite) {
            // "five of the drones", "both of the missiles"
            if p >= 2, tokens[p - 1].word == .of {
                if let numeric = numericCount(endingAt: p - 2) { return CountParse(count: numeric.count, first: numeric.first) }
                if tokens[p - 2].word == .both { return CountParse(count: .exactly(2, text: "both"), first: p - 2) }
                if tokens[p - 2].word == .none || tokens[p - 2].key == Self.anyKey { return CountParse(count: .unknown(), first: p - 2, isNone: true) }
                // "most of the missiles", "some of the drones": a part of them, no count.
                // (A reference all the same: the article context takes the weapons it refers to.)
                if Self.vaguePartKeys.contains(tokens[p - 2].key) {
                    let first = partStart(p - 2)
                    return CountParse(count: .unknown(text: text(first, p)), first: first, isDefinite: true)
                }
            }
            return CountParse(count: .unknown(), first: p, isDefinite: true)
        }
        if token.has(.possessive) {
            return CountParse(count: .unknown(), first: p)
        }
        return bare
    }

    static let anyKey = Lexicon.key("any")
    /// "most of the missiles", "most of them": a part, uncounted.
    static let vaguePartKeys: KeySet = KeySet(["most", "some", "many", "several", "half", "majority", "part", "bulk"])
    /// "the vast majority of", "the bulk of".
    static let partSizeKeys: KeySet = KeySet(["vast", "overwhelming", "great", "large", "greater", "larger"])

    /// The first word of a part ending in `word`: "(the vast) majority", "(the) bulk".
    private func partStart(_ word: Int) -> Int {
        var first = word
        if first > 0, Self.partSizeKeys.contains(tokens[first - 1].key) { first -= 1 }
        if first > 0, tokens[first - 1].has(.definite) || tokens[first - 1].has(.article) { first -= 1 }
        return first
    }
    static let largeKey = Lexicon.key("large")
    static let howKey = Lexicon.key("how")

    /// "a number of", "dozens of", "a pair of", "a wave of".
    private func countBeforeOf(_ p: Int) -> CountParse? {
        guard p >= 1 else { return nil }
        // 'a “large number” of': quotation marks around the quantity words.
        var last = p - 1
        while last > 0, tokens[last].isMark(Mark.quote) { last -= 1 }
        let before = tokens[last]
        var first = last
        while first > 0, tokens[first - 1].has(.article) || tokens[first - 1].has(.modifier) || tokens[first - 1].has(.vague)
                || tokens[first - 1].isMark(Mark.quote) || tokens[first - 1].key == Self.largeKey {
            first -= 1
            if p - first > 4 { break }
        }
        let words = text(first, p)
        if before.word == .pair || before.word == .couple {
            return CountParse(count: .exactly(2, text: words), first: first)
        }
        if let numeric = numericCount(endingAt: p - 1), !before.has(.vague) {
            return CountParse(count: numeric.count, first: numeric.first)  // "five of drones"
        }
        guard before.isWord, before.has(.vague) || before.word == .number || Self.groupNouns.contains(before.key) else { return nil }
        return CountParse(count: .unknown(text: words), first: first)  // "dozens of", "a wave of": never a number
    }

    /// Words that count weapons without a number ("a wave of drones").
    static let groupNouns: KeySet = KeySet([
        "series", "wave", "waves", "swarm", "swarms", "group", "groups", "barrage", "salvo", "salvos", "volley",
        "volleys", "flurry", "lot", "lots", "host", "handful", "batch", "batches", "number", "tens", "dozens",
        "hundreds", "thousands", "scores",
    ])

    /// A count whose number ends at `p`, with the qualifier, range or "N of M" before it.
    private func numericCount(endingAt p: Int) -> CountParse? {
        guard let run = numberRun(endingAt: p, startingAt: nil) else { return nil }
        var first = run.first
        // A year or a date, not a count: "in 2023", "since 2022", "May 9".
        if tokens[run.first].kind == .number, run.first == p, (1900...2100).contains(run.value), run.first > 0 {
            let before = tokens[run.first - 1]
            if before.word == .in || before.word == .since || before.word == .of || before.word == .by || before.has(.month) { return nil }
        }
        if run.first > 0, tokens[run.first - 1].has(.month) || tokens[run.first - 1].isMark(Mark.other)
            || tokens[run.first - 1].isMark(0x24) || tokens[run.first - 1].isMark(0x23) { return nil }  // May 9, $15, #3
        var q = run.first - 1
        // "five out of seven", "28 of the 31"
        if q >= 0 {
            var ofIndex = q
            // "73 out of more than 90": the launch figure's bound words.
            while ofIndex > 0, run.first - ofIndex <= 3, SentenceAnalyzer.boundWords.contains(tokens[ofIndex].key) { ofIndex -= 1 }
            if tokens[ofIndex].word == .the, ofIndex > 0 { ofIndex -= 1 }
            if tokens[ofIndex].word == .of, ofIndex > 0 {
                var before = ofIndex - 1
                if tokens[before].word == .out, before > 0 { before -= 1 }
                if let count = numberRun(endingAt: before, startingAt: nil), count.value <= run.value {
                    let words = tokens[count.first].kind == .number && count.first == before ? nil : text(count.first, before)
                    return CountParse(count: .exactly(count.value, text: words), launched: run.value, first: count.first)
                }
            }
        }
        // "20-25", "20 to 25", "20 or 25", "between 20 and 25"
        if q >= 1, tokens[q].isMark(Mark.hyphen) || tokens[q].isMark(Mark.enDash) || tokens[q].word == .to || tokens[q].word == .or || tokens[q].word == .and,
           let low = numberRun(endingAt: q - 1, startingAt: nil), low.value <= run.value, tokens[q].word != .to || q < 2 || tokens[q - 1].word != .up {
            var start = low.first
            if tokens[q].word == .and {
                guard start > 0, tokens[start - 1].word == .between else { return nil }
                start -= 1
            }
            let words = text(start, p)
            return CountParse(count: ClaimCount(exact: nil, minimum: low.value, maximum: run.value, text: words, qualifier: .range), first: start)
        }
        // Qualifiers: "at least", "more than", "up to", "as many as", "about", "a total of"...
        var qualifierStart = first
        while q >= 0, first - q <= 3 {
            let word = tokens[q]
            guard word.isWord, Self.qualifierWords.contains(word.key) || word.has(.article) else { break }
            qualifierStart = q
            q -= 1
        }
        // "Out of more than 90 missiles": "of" ends a qualifier ("upwards of") but never begins one.
        while qualifierStart < first, tokens[qualifierStart].word == .of { qualifierStart += 1 }
        if qualifierStart < first {
            let words = text(qualifierStart, p)
            let lead = tokens[qualifierStart].word
            // "all 11 drones": eleven of eleven launched.
            let allOf = lead == .all ? run.value : nil
            if let count = CountWords.parse(words) { return CountParse(count: count, launched: allOf, first: qualifierStart) }
            let second = tokens[min(qualifierStart + 1, first)].word
            if lead == .all || lead == .total || second == .total {
                return CountParse(count: .exactly(run.value, text: words), launched: allOf, first: qualifierStart)  // "all 10", "a total of 20"
            }
        }
        first = run.first
        if first == p {
            // "28", "ten": the common cases, without parsing words.
            return CountParse(count: tokens[p].kind == .number ? .exactly(run.value) : .exactly(run.value, text: text(p, p)), first: first)
        }
        let words = text(first, p)
        if q >= 0, tokens[q].has(.vague) {  // "several dozen"
            return CountParse(count: .unknown(text: text(q, p)), first: q)
        }
        let count = CountWords.parse(words) ?? .exactly(run.value, text: words)
        return CountParse(count: count, first: first)
    }

    static let qualifierWords: KeySet = KeySet([
        "at", "least", "more", "than", "over", "up", "to", "as", "many", "about", "around", "approximately",
        "roughly", "some", "nearly", "almost", "estimated", "fewer", "less", "under", "upwards", "of", "total",
        "all", "no", "not", "just", "well", "close", "only", "exactly", "precisely", "in", "excess",
    ])

    /// A number written over one or more tokens ("1,200", "twenty-five", "two hundred and fifty",
    /// "a dozen"), ending at `end` (read leftwards) or starting at `start` (read rightwards).
    func numberRun(endingAt end: Int?, startingAt start: Int?) -> (value: Int, first: Int, last: Int)? {
        func isNumberWord(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.isWord && token.lex.contains(.numberWord) && token.value >= 0
        }
        func isPart(_ index: Int) -> Bool { tokens[index].isNumeric || isNumberWord(index) }
        var first: Int
        var last: Int
        if let end {
            guard end >= 0, end < tokens.count, isPart(end) else { return nil }
            first = end
            last = end
            while first > 0 {
                let previous = first - 1
                if isNumberWord(previous), isNumberWord(first) || tokens[previous].kind == .number {
                    first = previous
                } else if tokens[previous].kind == .number, tokens[first].word == .hundred || tokens[first].word == .thousand {
                    first = previous
                } else if previous > 0, tokens[previous].isMark(Mark.hyphen), !tokens[previous].spaceBefore, !tokens[first].spaceBefore,
                          isNumberWord(previous - 1), isNumberWord(first) {
                    first = previous - 1
                } else if previous > 0, tokens[previous].word == .and, isNumberWord(first), tokens[previous - 1].word == .hundred {
                    first = previous - 1
                } else if tokens[previous].has(.article), tokens[first].word == .hundred || tokens[first].word == .thousand || tokens[first].word == .dozen {
                    first = previous
                } else {
                    break
                }
            }
        } else if let start {
            guard start >= 0, start < tokens.count, isPart(start) else { return nil }
            first = start
            last = start
            while last + 1 < tokens.count {
                let next = last + 1
                if isNumberWord(next), tokens[next].word == .hundred || tokens[next].word == .thousand || tokens[last].isWord {
                    last = next
                } else if next + 1 < tokens.count, tokens[next].isMark(Mark.hyphen), !tokens[next].spaceBefore, isNumberWord(next + 1), isNumberWord(last) {
                    last = next + 1
                } else {
                    break
                }
            }
        } else {
            return nil
        }
        guard let value = Self.numberValue(tokens[first...last]) else { return nil }
        return (value, first, last)
    }

    /// The value of number tokens: units and tens add, "hundred"/"dozen" multiply, "thousand" closes a group.
    static func numberValue(_ run: ArraySlice<Token>) -> Int? {
        var total = 0
        var current = 0
        var sawNumber = false
        for token in run {
            if token.isPunct || token.word == .and { continue }
            if token.has(.article) {
                current = max(current, 1)
                continue
            }
            switch token.word {
            case .hundred: current = max(current, 1) * 100
            case .thousand:
                total += max(current, 1) * 1000
                current = 0
            case .dozen: current = max(current, 1) * 12
            default:
                guard token.value >= 0 else { return nil }
                if token.kind == .number, sawNumber { return nil }
                current += Int(token.value)
            }
            sawNumber = true
        }
        return sawNumber ? total + current : nil
    }

    /// The source text from the start of token `first` to the end of token `last`.
    func text(_ first: Int, _ last: Int) -> String {
        let start = Int(tokens[first].start)
        let end = Int(tokens[last].end)
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }
}
