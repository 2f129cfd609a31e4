import ClaimsCore

/// The rule-based claim extractor: deterministic, offline, built once from a taxonomy.
///
/// It splits an article into sentences, finds weapon names through the taxonomy's aliases
/// (case-, hyphen- and script-insensitive, like ``Taxonomy/resolveSystem(_:)``), reads each
/// weapon's count and the verb that governs it, the claimant ("X said", "according to X", the
/// previous speaker, "the ministry" resolved from context), the place and the date, and makes one
/// candidate per claimant, action, system and place.
///
/// ```swift
/// let extractor = Extractor(taxonomy: try Taxonomy.embedded())
/// let candidates = extractor.extract(text: article, published: CalendarDate("2024-05-15"))
/// ```
public struct Extractor: Sendable {
    let index: TaxonomyIndex
    let taxonomy: Taxonomy
    /// The grammars and their lexicons, in the order given (the first is the fallback).
    let grammars: [(grammar: any Grammar, lexicon: Lexicon)]

    /// Prepares the alias trie and each grammar's lexicon.
    ///
    /// - Parameter grammars: The languages to read; `ClaimsLanguages` gives all of them
    ///   (`Extractor(taxonomy:)`). The first is used when a sentence's language is unclear.
    /// - Complexity: O(total length of the taxonomy's names and the grammars' words).
    package init(taxonomy: Taxonomy, grammars: [any Grammar]) {
        precondition(!grammars.isEmpty, "an extractor needs at least one grammar")
        self.taxonomy = taxonomy
        var suffixes: [String] = []
        var endings: [String] = []
        for grammar in grammars {
            switch grammar.script {
            case .latin: suffixes += grammar.nameEndings
            case .cyrillic: endings += grammar.nameEndings
            }
        }
        let index = TaxonomyIndex(taxonomy: taxonomy, pluralSuffixes: suffixes, endings: endings)
        self.index = index
        self.grammars = grammars.map { grammar in
            var lexicon = grammar.makeLexicon()
            lexicon.markAliasStarts { word in index.trie.hasPath(index.nameKey(word)) }
            return (grammar, lexicon)
        }
    }

    /// The languages this extractor reads, in order.
    public var languages: [Language] { grammars.map(\.grammar.language) }

    /// The candidate claims of an article, in the order they appear.
    ///
    /// - Parameters:
    ///   - text: The article's plain text.
    ///   - published: The publication date, which relative dates ("on Wednesday") count from.
    ///   - language: The article's language; `nil` detects it for each sentence from its letters.
    ///   - author: The actor id of the office whose own post the text is (the Air Force's report
    ///     on its channel): it claims what the text attributes to nobody. `nil` for news articles.
    /// - Complexity: O(n) in the length of the text.
    public func extract(text: String, published: CalendarDate?, language: Language? = nil, author: String? = nil) -> [Candidate] {
        // A native string's bytes are read in place: `var copy = text; copy.withUTF8` copied the
        // whole article (the caller still holds it), 1.2% of `bench/extract.sh` plus its page faults.
        if let candidates = text.utf8.withContiguousStorageIfAvailable({ buffer in
            extract(utf8: buffer, published: published, language: language, author: author)
        }) {
            return candidates
        }
        var copy = text
        return copy.withUTF8 { buffer in extract(utf8: buffer, published: published, language: language, author: author) }
    }

    /// The supported language an HTML `lang` code names ("uk", "ru-RU", "en-GB"), if any.
    public func language(code: String?) -> Language? {
        guard let code, let primary = code.lowercased().split(separator: "-").first else { return nil }
        return languages.first { $0.rawValue == primary }
    }

    /// The language of an article: the grammar whose script and distinctive letters it uses most.
    public func detectLanguage(text: String) -> Language {
        let detect = { (buffer: UnsafeBufferPointer<UInt8>) in
            grammars[LanguageDetector(grammars: grammars.map(\.grammar)).grammar(of: buffer, 0..<Self.openingEnd(buffer), fallback: 0)].grammar.language
        }
        if let language = text.utf8.withContiguousStorageIfAvailable(detect) { return language }
        var copy = text
        return copy.withUTF8(detect)
    }

    /// The end of an article's first 16 KB, moved back to a character boundary.
    static func openingEnd(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var end = min(buffer.count, 16_384)
        while end < buffer.count, end > 0, buffer[end] & 0xC0 == 0x80 { end -= 1 }
        return end
    }

    /// The candidate claims of an article given as valid UTF-8 bytes.
    public func extract(
        utf8 buffer: UnsafeBufferPointer<UInt8>, published: CalendarDate?, language: Language? = nil, author: String? = nil
    ) -> [Candidate] {
        let spans = SentenceSplitter.split(buffer)
        let detector = LanguageDetector(grammars: grammars.map(\.grammar))
        let forced = language.flatMap { wanted in grammars.firstIndex { $0.grammar.language == wanted } }
        // The article's language from its opening (each sentence still gets its own): a whole
        // pass over a long text cost 5% of extraction time in bench/extract.sh.
        let articleGrammar = forced ?? detector.grammar(of: buffer, 0..<Self.openingEnd(buffer), fallback: 0)
        var analyzers: [(any SentenceAnalyzing)?] = Array(repeating: nil, count: grammars.count)
        var context = ArticleContext(index: index)
        var found: [Found] = []
        found.reserveCapacity(spans.count / 2 + 8)  // growing it by doubling copied it 0.6% of extraction time
        var speakers: [Int32?] = []
        speakers.reserveCapacity(spans.count)
        var explicitSpeakers: [Int32?] = []
        explicitSpeakers.reserveCapacity(spans.count)
        var backwardSpeakers: [Int32?] = []
        backwardSpeakers.reserveCapacity(spans.count)
        var startsInQuote: [Bool] = []
        startsInQuote.reserveCapacity(spans.count)
        var windows: [EventWindow?] = []  // of the sentences with claims, in order (`Found.window`)
        var relays: [Int: [Int32]] = [:]  // sentence → news agencies and outlets it names
        var confirmations: [(sentence: Int, actor: Int32)] = []
        var lastDate: EventWindow?
        var previous: WeaponPhrase?
        var inQuote = false
        var result = SentenceResult()
        for (sentence, span) in spans.enumerated() {
            if sentence > 0, spans[sentence - 1].paragraph != span.paragraph {
                inQuote = false
                previous?.isFromEarlierParagraph = true
            }
            startsInQuote.append(inQuote)
            let chosen = forced ?? detector.grammar(of: buffer, span.start..<span.end, fallback: articleGrammar)
            if analyzers[chosen] == nil {
                analyzers[chosen] = grammars[chosen].grammar.makeAnalyzer(index: index, lexicon: grammars[chosen].lexicon)
            }
            analyzers[chosen]!.analyze(buffer, span, published: published, previous: previous, inQuote: inQuote, into: &result)
            inQuote = result.endsInQuote
            for actor in result.actors {
                context.note(actor: actor, sentence: sentence)
                if index.actors[Int(actor)].kind == .media, relays[sentence]?.contains(actor) != true { relays[sentence, default: []].append(actor) }
            }
            if let date = result.date, !result.isBackground { lastDate = date }
            let window = result.isBackground ? nil : (result.date ?? lastDate ?? published.map { EventWindow(start: EventTime(date: $0)) })
            if !result.drafts.isEmpty { windows.append(window) }
            for position in result.drafts.indices {  // (by index: a draft is copied once, into its `Found`)
                let claimant = result.drafts[position].claimant
                let resolved = claimant.flatMap { context.resolve($0, for: result.drafts[position], sentence: sentence, siblings: result.drafts) }
                found.append(Found(
                    draft: result.drafts[position], sentence: sentence, actor: resolved?.actor, isInferred: resolved?.inferred ?? true,
                    hasAnchor: claimant != nil, window: Int32(windows.count - 1), isWindowAssumed: result.date == nil && lastDate == nil
                ))
            }
            var speaker: Int32?
            if let ref = result.speaker, let resolved = context.resolve(ref, for: result.drafts.first, sentence: sentence, siblings: result.drafts) {
                speaker = resolved.actor
                context.note(speaker: resolved.actor, sentence: sentence)
            }
            speakers.append(speaker)
            explicitSpeakers.append(result.speakerIsImplicit ? nil : speaker)
            backwardSpeakers.append(result.speakerCoversPrevious ? speaker : nil)
            if result.confirmsHits, let confirmer = speaker ?? context.lastSpeakerActor(within: 2, of: sentence) {
                confirmations.append((sentence, confirmer))
            }
            if result.lastPhrase != nil { previous = result.lastPhrase }  // (`??` made ~4 copies of it per sentence, this ~2)
        }
        var consolidation = Consolidation(
            index: index, spans: spans, speakers: speakers, explicitSpeakers: explicitSpeakers, startsInQuote: startsInQuote
        )
        consolidation.backwardSpeakers = backwardSpeakers
        consolidation.windows = windows
        consolidation.relays = relays
        consolidation.confirmations = confirmations
        consolidation.author = author.flatMap { index.actorIndexByID[$0] }
        return consolidation.candidates(from: consume found, text: buffer)
    }
}

/// A draft claim placed in its article: sentence, resolved claimant and date.
struct Found {
    var draft: Draft
    var sentence: Int
    var actor: Int32?
    /// The claimant was resolved from context rather than named.
    var isInferred: Bool
    /// The sentence names who speaks (explicitly or by a pronoun or generic words).
    var hasAnchor: Bool
    /// The event window of the claim's sentence, as an index into the article's windows
    /// (`Consolidation.windows`): an `EventWindow?` here (80 bytes) made `Found` 280 bytes, copied
    /// and written to fresh pages for every claim.
    var window: Int32
    /// The window is the publication date only because no date was stated yet: no evidence of
    /// another day.
    var isWindowAssumed = false
    var isDropped = false
    /// The claimant is a speaker that a later sentence credits with it ("Об этом сообщает ...").
    var isCredited = false
}
