import ClaimsCore
import ClaimsExtraction
import Testing

/// Mixed-script words and Latin homoglyphs inside Cyrillic text, as they occur in real
/// reports ("cили" with a Latin c): the claim is the same as in the clean text.
@Suite struct SlavicScriptTests {
    static let cases: [SlavicExpected] = [
        // "cили" with a Latin c.
        SlavicExpected("У ніч на 14 вересня cили ППО знищили 17 із 22 ударних БпЛА типу Shahed, повідомили в Повітряних силах.",
                       .intercept, "shahed-136", 17, of: 22, side: .ukraine),
        // "Кaлібр" with a Latin a.
        SlavicExpected("Над Одесою збили 3 ракети «Кaлібр», повідомили в Повітряних силах.",
                       .intercept, "kalibr", 3, side: .ukraine),
        // "ППO" with a Latin O.
        SlavicExpected("Сили ППO знищили 12 ворожих дронів над Київщиною.",
                       .intercept, "unspecified-drone", 12, side: .ukraine),
        // "X-101" with a Latin X in Russian text; "ракeты" with a Latin e.
        SlavicExpected("Средства ПВО сбили три крылатые ракeты X-101, сообщили в Воздушных силах Украины.",
                       .intercept, "kh-101", 3, side: .ukraine),
        SlavicExpected("Дежурные средства ПВО уничтожили 22 украинских беспилотникoв над Белгородской областью, сообщили в Минобороны России.",
                       .intercept, "unspecified-drone", 22, side: .russia),
    ]


    @Test(arguments: cases)
    func findsTheClaimInMixedScript(_ expected: SlavicExpected) {
        let candidates = SlavicFixture.extract(expected.text)
        #expect(candidates.contains(where: expected.isMatched(by:)), "got: \(candidates.map(\.summary))")
        #expect(candidates.count == 1, "got: \(candidates.map(\.summary))")
    }

    /// Every Cyrillic letter that has a Latin twin, swapped in a whole sentence: the same claims.
    @Test func homoglyphTextGivesTheSameClaimsAsCleanText() {
        let clean = "Сили ППО збили 23 з 27 ударних БпЛА типу Shahed над Одесою, повідомили в Повітряних силах."
        let twins: [Character: Character] = ["а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "і": "i", "А": "A", "С": "C", "О": "O"]
        let mixed = String(clean.map { twins[$0] ?? $0 })
        #expect(mixed != clean)
        let expected = SlavicFixture.extract(clean).map(\.summary)
        let got = SlavicFixture.extract(mixed).map(\.summary)
        #expect(!expected.isEmpty)
        #expect(got == expected)
    }
}
