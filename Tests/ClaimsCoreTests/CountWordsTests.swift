import ClaimsCore
import Testing

@Suite struct CountWordingTests {
    @Test func countWordingParses() throws {
        let between = try #require(CountWords.parse("between 20 and 25"))
        #expect((between.minimum, between.maximum, between.qualifier) == (20, 25, .range))
        #expect(CountWords.parse("a total of 40")?.exact == 40)
        let fewer = try #require(CountWords.parse("fewer than 10"))
        #expect((fewer.minimum, fewer.maximum, fewer.qualifier) == (0, 10, .upTo))  // bounds keep the stated figure
        #expect(CountWords.parse("two hundred")?.exact == 200)
        #expect(CountWords.parse("two dozen")?.exact == 24)
        #expect(CountWords.parse("two hundred and fifty")?.exact == 250)
        #expect(CountWords.parse("just over 40")?.minimum == 40)
        #expect(CountWords.parse("another")?.exact == 1)
    }

    @Test func earlierWordingStillParses() throws {
        #expect(CountWords.parse("at least 20")?.minimum == 20)
        #expect(CountWords.parse("up to 17")?.maximum == 17)
        #expect(CountWords.parse("several")?.qualifier == .unknown)
        #expect(CountWords.parse("some 30")?.qualifier == .about)
        #expect(CountWords.parse("20-25")?.qualifier == .range)
        #expect(CountWords.parse("twelve")?.exact == 12)
        #expect(CountWords.parse("banana") == nil)
    }

    /// A range is two integers around a dash; a hyphenated number word is one number, and a
    /// qualifier is a whole word before the number.
    @Test func rangesNeedDigitsAndQualifiersWholeWords() throws {
        let dashes = try ["20-25", "20–25", "20—25", "+20-25"].map { try #require(CountWords.parse($0)) }
        #expect(dashes.allSatisfy { ($0.minimum, $0.maximum, $0.qualifier) == (20, 25, .range) })
        #expect(CountWords.parse("25-20")?.qualifier != .range)
        let word = try #require(CountWords.parse("forty-two"))
        #expect((word.exact, word.qualifier) == (42, .exact))
        #expect(CountWords.parse("over 40")?.qualifier == .atLeast)
        #expect(CountWords.parse("overall 40")?.qualifier != .atLeast)
        #expect(CountWords.parse("about forty-two")?.minimum == 42)
    }
}
