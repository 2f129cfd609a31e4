import ClaimsCore
import ClaimsExtraction

/// An East Slavic grammar (Ukrainian, Russian): one set of rules (``SlavicAnalyzer``) read from
/// each language's word tables (``SlavicWords``). The official reports both languages publish
/// share their shape (counts before the noun, "N із/из M", per-system and per-region lines,
/// the passive "збито/сбиты" without a subject), so the rules are written once and the words
/// are data.
package struct SlavicGrammar: Grammar {
    package let language: Language
    package let distinctiveLetters: [UInt32]
    package let distinctiveWords: [String]
    package let words: SlavicWords
    /// The side whose weapons "ворожі"/"вражеские" (enemy) usually are in this language's
    /// reports; `nil` when the language's press speaks for both.
    package let enemySide: Side?

    package init(language: Language, distinctiveLetters: String, distinctiveWords: [String], words: SlavicWords, enemySide: Side?) {
        self.language = language
        self.distinctiveLetters = distinctiveLetters.unicodeScalars.map(\.value)
        self.distinctiveWords = distinctiveWords
        self.words = words
        self.enemySide = enemySide
    }

    package var script: Script { .cyrillic }

    /// Case endings of nouns and adjectives in both languages, longest matched first.
    package var nameEndings: [String] {
        ["а", "я", "у", "ю", "і", "ї", "и", "ы", "е", "о", "ь", "ом", "ем", "ам", "ям", "ах", "ях", "ами", "ями", "ів",
         "їв", "ев", "ов", "ей", "ой", "ий", "ій", "ый", "ая", "ую", "яя", "ої", "ою", "ею", "єю", "ого", "ому", "им",
         "ім", "ым", "их", "іх", "ых", "ими", "ыми", "ые", "ое", "ії", "ью", "ія", "ією", "ію", "ия", "ией", "ию", "ии"]
    }

    package func makeLexicon() -> Lexicon {
        // `Token.slavic` bit-casts codes below `pastTheEnd`: every one must be a case.
        assert((0..<SlavicWord.pastTheEnd.rawValue).allSatisfy { SlavicWord(rawValue: $0) != nil })
        return words.lexicon()
    }

    package func makeAnalyzer(index: TaxonomyIndex, lexicon: Lexicon) -> any SentenceAnalyzing {
        SlavicAnalyzer(index: index, lexicon: lexicon, language: language, enemySide: enemySide)
    }
}
