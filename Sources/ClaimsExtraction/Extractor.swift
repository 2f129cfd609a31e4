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
    let lexicon: Lexicon
    let taxonomy: Taxonomy

    /// Prepares the alias trie and the lexicon.
    ///
    /// - Complexity: O(total length of the taxonomy's names).
    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        let index = TaxonomyIndex(taxonomy: taxonomy)
        var lexicon = Lexicon()
        lexicon.markAliasStarts { word in index.trie.hasPath(NameFolding.key(word).utf8) }
        self.index = index
        self.lexicon = lexicon
    }

    /// The candidate claims of an article, in the order they appear.
    ///
    /// - Parameters:
    ///   - text: The article's plain text.
    ///   - published: The publication date, which relative dates ("on Wednesday") count from.
    /// - Complexity: O(n) in the length of the text.
    public func extract(text: String, published: CalendarDate?) -> [Candidate] {
        var text = text
        return text.withUTF8 { buffer in extract(utf8: buffer, published: published) }
    }

    /// The candidate claims of an article given as valid UTF-8 bytes.
    public func extract(utf8 buffer: UnsafeBufferPointer<UInt8>, published: CalendarDate?) -> [Candidate] {
        let spans = SentenceSplitter.split(buffer)
        var analyzer = SentenceAnalyzer(index: index, lexicon: lexicon)
        analyzer.published = published
        analyzer.text = buffer
        var context = ArticleContext(index: index)
        var found: [Found] = []
        var speakers: [Int32?] = []
        speakers.reserveCapacity(spans.count)
        var explicitSpeakers: [Int32?] = []
        explicitSpeakers.reserveCapacity(spans.count)
        var startsInQuote: [Bool] = []
        startsInQuote.reserveCapacity(spans.count)
        var lastDate: EventWindow?
        var previous: WeaponPhrase?
        var inQuote = false
        for (sentence, span) in spans.enumerated() {
            if sentence > 0, spans[sentence - 1].paragraph != span.paragraph {
                inQuote = false
                previous = nil
            }
            startsInQuote.append(inQuote)
            let result = analyzer.analyze(buffer, span, previous: previous, inQuote: inQuote)
            inQuote = result.endsInQuote
            for actor in result.actors { context.note(actor: actor) }
            if let date = result.date, !result.isBackground { lastDate = date }
            let window = result.isBackground ? nil : (result.date ?? lastDate ?? published.map { EventWindow(start: EventTime(date: $0)) })
            for draft in result.drafts {
                let resolved = draft.claimant.flatMap { context.resolve($0, for: draft, sentence: sentence, siblings: result.drafts) }
                found.append(Found(
                    draft: draft, sentence: sentence, actor: resolved?.actor, isInferred: resolved?.inferred ?? true,
                    hasAnchor: draft.claimant != nil, window: window
                ))
            }
            var speaker: Int32?
            if let ref = result.speaker, let resolved = context.resolve(ref, for: result.drafts.first, sentence: sentence, siblings: result.drafts) {
                speaker = resolved.actor
                context.note(speaker: resolved.actor, sentence: sentence)
            }
            speakers.append(speaker)
            explicitSpeakers.append(result.speakerIsImplicit ? nil : speaker)
            previous = result.lastPhrase ?? previous
        }
        var consolidation = Consolidation(
            index: index, spans: spans, speakers: speakers, explicitSpeakers: explicitSpeakers, startsInQuote: startsInQuote
        )
        return consolidation.candidates(from: found, text: buffer)
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
    var window: EventWindow?
    var isDropped = false
}
