import ClaimsCore
import ClaimsExtraction

/// Words the rules recognise by identity.
enum Word: UInt8, Sendable {
    case other
    case the, a, an, of, out, at, least, more, than, over, up, to, `as`, many, about, around, nearly, almost
    case some, under, fewer, less, estimated, between, and, or, all, both, another, otherWord, no, single
    case pair, couple, dozen, dozens, hundred, thousand, total, number, them, these, those, which
    case this, that, with, by, using, involving, armed, equipped, down, ablaze, alight, fire, on, `in`, into
    case from, since, start, beginning, outbreak, invasion, war, year, month, week, so, far, date, past
    case recent, last, earlier, early, late, previously, first, overnight, yesterday, today, tonight
    case night, morning, afternoon, evening, hours, according, statement, air, force, defence, ministry
    case military, army, forces, general, staff, governor, mayor, official, spokesman, authorities
    case administration, head, command, its, their, it, he, she, they, anti, counter, system, complex
    case also, `set`, targeting, who, ago, percent, times, such, region, rest, none, each
    case upwards, within, recently, approximately, roughly, range, full, scale
    case people, used, said, per, adding, previous, regional, reached, targets, every
    /// Not a word: one past the last case, so that ``Token/word`` is a bounds check (new words go
    /// before it).
    case pastTheEnd
}

extension Token {
    /// The English word this token is, by identity (``Word/other`` for any other).
    ///
    /// A bounds check and a bit cast: `Word(rawValue:)` was a call per use, 1.5% of
    /// `bench/extract.sh` on English text. (The cases have the raw values 0, 1, 2, ... in order.)
    @inline(__always)
    var word: Word { code < Word.pastTheEnd.rawValue ? unsafeBitCast(code, to: Word.self) : .other }
}

/// The English grammar: its lexicon (``LexiconWords`` and the identity words) and its sentence
/// rules (``SentenceAnalyzer``).
package struct EnglishGrammar: Grammar {
    package init() {}

    package var language: Language { .english }
    package var script: Script { .latin }
    /// A name in the plural the taxonomy does not list: "ATACMSes", "Kinzhals".
    package var nameEndings: [String] { ["s", "es"] }

    package func makeLexicon() -> Lexicon {
        // `Token.word` bit-casts codes below `pastTheEnd`: every one must be a case.
        assert((0..<Word.pastTheEnd.rawValue).allSatisfy { Word(rawValue: $0) != nil })
        return Lexicon { builder in
            for (word, text) in Self.identities { builder.add([text], [], code: word.rawValue) }
            LexiconWords.register(
                entry: { words, lex, word, value in builder.add(words, lex, code: word.rawValue, value: value) },
                verb: { words, verbClass, form in builder.verb(words, verbClass, form) }
            )
        }
    }

    package func makeAnalyzer(index: TaxonomyIndex, lexicon: Lexicon) -> any SentenceAnalyzing {
        SentenceAnalyzer(index: index, lexicon: lexicon)
    }

    static let identities: [(Word, String)] = [
        (.the, "the"), (.a, "a"), (.an, "an"), (.of, "of"), (.out, "out"), (.at, "at"), (.least, "least"),
        (.more, "more"), (.than, "than"), (.over, "over"), (.up, "up"), (.to, "to"), (.as, "as"), (.many, "many"),
        (.about, "about"), (.around, "around"), (.nearly, "nearly"), (.almost, "almost"), (.some, "some"),
        (.under, "under"), (.fewer, "fewer"), (.less, "less"), (.estimated, "estimated"), (.between, "between"),
        (.and, "and"), (.or, "or"), (.all, "all"), (.both, "both"), (.another, "another"), (.otherWord, "other"),
        (.no, "no"), (.single, "single"), (.pair, "pair"), (.couple, "couple"), (.dozen, "dozen"),
        (.dozens, "dozens"), (.hundred, "hundred"), (.thousand, "thousand"), (.total, "total"), (.number, "number"),
        (.them, "them"), (.these, "these"), (.those, "those"), (.which, "which"), (.this, "this"), (.that, "that"),
        (.with, "with"), (.by, "by"), (.using, "using"), (.involving, "involving"), (.armed, "armed"),
        (.equipped, "equipped"), (.down, "down"), (.ablaze, "ablaze"), (.alight, "alight"), (.fire, "fire"),
        (.on, "on"), (.in, "in"), (.into, "into"), (.from, "from"), (.since, "since"), (.start, "start"),
        (.beginning, "beginning"), (.outbreak, "outbreak"), (.invasion, "invasion"), (.war, "war"),
        (.year, "year"), (.month, "month"), (.week, "week"), (.so, "so"), (.far, "far"), (.date, "date"),
        (.past, "past"), (.recent, "recent"), (.last, "last"), (.earlier, "earlier"), (.early, "early"),
        (.late, "late"), (.previously, "previously"), (.first, "first"), (.overnight, "overnight"),
        (.yesterday, "yesterday"), (.today, "today"), (.tonight, "tonight"), (.night, "night"),
        (.morning, "morning"), (.afternoon, "afternoon"), (.evening, "evening"), (.hours, "hours"),
        (.according, "according"), (.statement, "statement"), (.air, "air"), (.force, "force"),
        (.defence, "defence"), (.defence, "defense"), (.ministry, "ministry"), (.military, "military"),
        (.army, "army"), (.forces, "forces"), (.general, "general"), (.staff, "staff"), (.governor, "governor"),
        (.mayor, "mayor"), (.official, "official"), (.official, "officials"), (.spokesman, "spokesman"),
        (.spokesman, "spokeswoman"), (.spokesman, "spokesperson"), (.authorities, "authorities"),
        (.administration, "administration"), (.head, "head"), (.command, "command"), (.its, "its"),
        (.their, "their"), (.it, "it"), (.he, "he"), (.she, "she"), (.they, "they"), (.anti, "anti"),
        (.counter, "counter"), (.system, "system"), (.system, "systems"), (.complex, "complex"), (.also, "also"),
        (.set, "set"), (.set, "sets"), (.set, "setting"), (.targeting, "targeting"), (.targeting, "targetting"),
        (.who, "who"), (.ago, "ago"), (.percent, "percent"), (.percent, "per cent"), (.times, "times"),
        (.such, "such"), (.region, "region"), (.region, "oblast"), (.region, "province"), (.rest, "rest"),
        (.none, "none"), (.each, "each"), (.every, "every"), (.upwards, "upwards"), (.within, "within"), (.recently, "recently"),
        (.approximately, "approximately"), (.roughly, "roughly"), (.range, "range"), (.full, "full"),
        (.scale, "scale"), (.people, "people"), (.used, "used"), (.said, "said"), (.per, "per"),
        (.adding, "adding"), (.previous, "previous"), (.regional, "regional"),
        (.reached, "reached"), (.reached, "reach"), (.reached, "reaches"), (.reached, "reaching"),
        (.targets, "target"), (.targets, "targets"),
    ]
}
