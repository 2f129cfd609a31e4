import ClaimsCore
import ClaimsExtraction
import ClaimsGrammarEnglish
import ClaimsGrammarRussian
import ClaimsGrammarUkrainian

extension Extractor {
    /// Every language the tool reads, in the order used when a sentence's language is unclear.
    package static var allGrammars: [any Grammar] { [EnglishGrammar(), UkrainianGrammar.make(), RussianGrammar.make()] }

    /// An extractor for every supported language: each sentence is read with the grammar of its
    /// language (detected from its letters, or the article's `language` when given to
    /// ``extract(text:published:language:)``).
    ///
    /// ```swift
    /// let extractor = Extractor(taxonomy: try Taxonomy.embedded())
    /// let candidates = extractor.extract(text: article, published: CalendarDate("2024-05-15"))
    /// ```
    public init(taxonomy: Taxonomy) {
        self.init(taxonomy: taxonomy, grammars: Self.allGrammars)
    }

    /// The supported languages' codes, for `--language` and error messages.
    public static var supportedLanguages: [Language] { allGrammars.map(\.language) }
}
