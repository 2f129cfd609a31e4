import ClaimsCore
import ClaimsExtraction

/// Applies the extraction rules to one sentence at a time. Its buffers are reused.
struct SentenceAnalyzer: SentenceAnalyzing {
    let index: TaxonomyIndex
    var tokenizer: Tokenizer
    var mentions: [Mention] = []
    var phrases: [WeaponPhrase] = []
    var verbs: [VerbHit] = []
    /// For each token: the verb hit covering it, or -1.
    var verbAt: [Int32] = []
    /// For each token: the weapon phrase covering it, or -1.
    var phraseAt: [Int32] = []
    /// For each token: the mention covering it, or -1.
    var mentionAt: [Int32] = []
    var published: CalendarDate?
    /// The article's bytes (valid during ``analyze(_:_:previous:inQuote:)``).
    var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    /// The current sentence's tokens (shares the tokenizer's buffer).
    private(set) var tokens: [Token] = []
    /// The kind of the previous sentence's last claim.
    var previousKind: ClaimKind?
    /// "So too were ...", "So were ...": the sentence repeats the previous one's predicate.
    var echoedKind: ClaimKind?

    init(index: TaxonomyIndex, lexicon: Lexicon) {
        self.index = index
        tokenizer = Tokenizer(lexicon: lexicon)
    }

    /// Analyses the sentence at `span`.
    ///
    /// - Parameters:
    ///   - previous: The previous sentence's last weapon phrase, for elliptical counts.
    ///   - inQuote: Whether the sentence starts inside a quotation.
    mutating func analyze(
        _ text: UnsafeBufferPointer<UInt8>, _ span: SentenceSpan, published: CalendarDate?,
        previous: WeaponPhrase?, inQuote: Bool, into result: inout SentenceResult
    ) {
        self.text = text
        self.published = published
        tokens = []  // let the tokenizer reuse its buffer without copying
        tokenizer.tokenize(text, span.start..<span.end)
        tokens = tokenizer.tokens
        result.reset()
        result.endsInQuote = quoteState(startingIn: inQuote)
        scanMentions()
        var hasWeapon = false
        for mention in mentions {
            switch mention.ref.section {
            case .weapon: hasWeapon = true
            case .actor: result.actors.append(mention.ref.index)
            case .place: break
            }
        }
        let date = findDate()
        result.date = date.window
        result.isBackground = date.isBackground
        let hasVerb = tokens.contains { $0.lex.contains(.verb) }
        // An earlier paragraph's weapons are taken only by an explicit reference back ("Among
        // them", "all of which"): other sentences without weapons of their own are not analysed.
        let carries = previous.map { !$0.isFromEarlierParagraph || tokens.contains { $0.word == .them || $0.word == .which || $0.word == .all } } ?? false
        guard hasWeapon || (carries && (hasVerb || countsLaunchesAgain())) else {
            previousKind = nil
            let first = findAnchors().first
            result.speaker = first?.ref
            result.speakerIsImplicit = first?.isImplicit ?? false
            result.confirmsHits = confirmsHits()
            return
        }
        findVerbs()
        echoedKind = echoesPredicate() ? previousKind : nil
        buildPhrases(previous: previous)
        let anchors = findAnchors()
        result.speaker = anchors.first?.ref
        result.speakerIsImplicit = anchors.first?.isImplicit ?? false
        // "Could Ukraine shoot down an Oreshnik?": a question claims nothing. "Shelled the region 94
        // times, including with rocket launchers and drones": weapons of counted attack episodes
        // are no claim of their own (an uncounted one; a counted weapon still is).
        let episodes = countsEpisodes()
        if !result.isBackground, !isQuestion() {
            for phraseIndex in phrases.indices {
                if episodes, phrases[phraseIndex].count.qualifier == .unknown { continue }
                guard var draft = draft(for: phraseIndex) else { continue }
                let anchor = nearestAnchor(to: phrases[phraseIndex].headFirst, in: anchors)
                draft.claimant = anchor?.ref
                draft.isImplicitClaimant = anchor?.isImplicit ?? false
                // "Russia launched 40 missiles": the next sentence's "35 were destroyed" were Russian too.
                if phrases[phraseIndex].side == nil { phrases[phraseIndex].side = draft.side }
                if let places = distributedPlaces(of: phraseIndex) {
                    for found in places {
                        var part = draft
                        part.place = found.place
                        part.location = found.location
                        result.drafts.append(part)
                    }
                    continue
                }
                result.drafts.append(draft)
            }
        }
        if !hasWeapon, result.drafts.isEmpty { result.confirmsHits = confirmsHits() }
        previousKind = result.drafts.last?.kind
        // (By index: `phrases.last(where:) ?? ...` copied the phrase twice for every sentence.)
        if let last = phrases.lastIndex(where: { !$0.isElliptical && !$0.isOrganisation && !$0.isPartitiveWhole })
            ?? phrases.lastIndex(where: { !$0.isOrganisation && !$0.isPartitiveWhole }) {
            result.lastPhrase = phrases[last]
        }
        return
    }

    /// Whether the sentence asks: it ends with "?" (before any closing quotes or brackets).
    private func isQuestion() -> Bool {
        var last = tokens.count - 1
        while last >= 0, tokens[last].isMark(Mark.quote) || tokens[last].isMark(Mark.closeParen) { last -= 1 }
        return last >= 0 && tokens[last].isMark(0x3F)
    }

    /// "94 times", "12 times over the past day": the sentence counts attack episodes.
    private func countsEpisodes() -> Bool {
        tokens.indices.contains { $0 + 1 < tokens.count && tokens[$0].isNumeric && tokens[$0 + 1].key == Self.timesKey }
    }

    static let timesKey = Lexicon.key("times")

    /// Whether the sentence opens "So too were", "So were", "So too was" (the same predicate as
    /// the sentence before, for other subjects) or "These included" (its parts).
    private func echoesPredicate() -> Bool {
        if countsLaunchesAgain() { return true }
        // "These included 25 drones over Rostov, eight over ...": the parts of the whole just told.
        if tokens.count > 3, Self.listOpenerKeys.contains(tokens[0].key), Self.includedKeys.contains(tokens[1].key) { return true }
        guard tokens.count > 3, tokens[0].key == Self.soKey else { return false }
        let verb = tokens[1].key == Self.tooKey ? 2 : 1
        return tokens[verb].has(.beAux) && !tokens.contains { $0.has(.negation) }
    }

    /// "... with Kalibr cruise missiles. A total of 16 launches": after a launch, its count.
    private func countsLaunchesAgain() -> Bool {
        guard previousKind == .launch, let number = tokens.indices.first(where: { tokens[$0].isNumeric }), number >= 2 else { return false }
        return tokens[number - 1].word == .of && tokens[number - 2].word == .total && number + 1 < tokens.count
            && Self.launchNounKeys.contains(tokens[number + 1].key)
    }

    static let soKey = Lexicon.key("so")
    /// "A total of 16 launches", "... 16 starts" (the Air Force's "пусків" in translation).
    static let launchNounKeys: KeySet = KeySet(["launches", "starts"])
    static let listOpenerKeys: KeySet = KeySet(["these", "they", "those"])
    static let includedKeys: KeySet = KeySet(["included", "include", "includes"])
    static let tooKey = Lexicon.key("too")

    // MARK: - Quotes

    /// Whether the sentence ends inside a quotation, given whether it starts inside one.
    private func quoteState(startingIn inQuote: Bool) -> Bool {
        var open = inQuote
        for token in tokens where token.isMark(Mark.quote) { open.toggle() }
        return open
    }
}
