import ClaimsCore

/// A language the extractor reads, as its ISO 639-1 code ("en", "uk", "ru").
public struct Language: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let english = Language(rawValue: "en")
    public static let ukrainian = Language(rawValue: "uk")
    public static let russian = Language(rawValue: "ru")

    public var description: String { rawValue }
}

/// The writing system of a sentence, told apart by its letters.
package enum Script: Sendable {
    case latin, cyrillic
}

/// What a language brings to the extraction engine: its words and the rules that read a
/// sentence of it. The engine (input, sentence splitting, tokenising any script, the alias trie,
/// the article context, consolidation) is shared; adding a language is one new target that
/// conforms a type to this protocol, and one line in `ClaimsLanguages`.
///
/// Modelled on the way swift-argument-parser keeps parsing generic and lets each command type
/// describe itself: the grammar is a value that describes its language, and ``makeAnalyzer(index:lexicon:)``
/// is the only place its rules run.
package protocol Grammar: Sendable {
    /// The language's code.
    var language: Language { get }
    /// The script the language is written in.
    var script: Script { get }
    /// Letters only this language of its script uses (Ukrainian і ї є ґ; Russian ы э ъ ё), as
    /// lower-case scalars: they tell two languages of one script apart.
    var distinctiveLetters: [UInt32] { get }
    /// Short words only this language of its script uses (Russian "что", "из", "и"; Ukrainian
    /// "що", "із", "і"): they decide a sentence whose letters do not.
    var distinctiveWords: [String] { get }
    /// Case endings that taxonomy names take in running text ("Калібр" → "Калібрами"): the
    /// alias scan strips one from each word of this script, in names and in the text alike.
    var nameEndings: [String] { get }
    /// The language's words: function words, number words, verbs, by class.
    func makeLexicon() -> Lexicon
    /// A sentence analyzer for one article (its buffers are reused from sentence to sentence).
    func makeAnalyzer(index: TaxonomyIndex, lexicon: Lexicon) -> any SentenceAnalyzing
}

extension Grammar {
    package var distinctiveLetters: [UInt32] { [] }
    package var distinctiveWords: [String] { [] }
    package var nameEndings: [String] { [] }
}

/// Reads one sentence at a time and returns what it contributes: draft claims, speakers, dates.
package protocol SentenceAnalyzing {
    /// Analyses the sentence at `span` of `text` (valid UTF-8, alive during the call).
    ///
    /// - Parameters:
    ///   - published: The article's publication date, which relative dates count from.
    ///   - previous: The previous sentence's last weapon phrase, for elliptical counts.
    ///   - inQuote: Whether the sentence starts inside a quotation.
    ///   - result: Where the findings go; emptied first. One result serves a whole article, so its
    ///     arrays keep their storage (returning a new result per sentence copied it twice and
    ///     allocated its arrays again: about 2% of `bench/extract.sh`).
    mutating func analyze(
        _ text: UnsafeBufferPointer<UInt8>, _ span: SentenceSpan, published: CalendarDate?,
        previous: WeaponPhrase?, inQuote: Bool, into result: inout SentenceResult
    )
}
