import ClaimsCore
import ClaimsExtraction
import Testing

/// Count wording in front of a weapon phrase.
@Suite struct ExtractorCountTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var words: String
        var exact: Int?
        var minimum: Int?
        var maximum: Int?
        var qualifier: CountQualifier
        var launched: Int? = nil
        var testDescription: String { words }
    }

    static let cases: [Case] = [
        Case(words: "28", exact: 28, minimum: 28, maximum: 28, qualifier: .exact),
        Case(words: "twenty-eight", exact: 28, minimum: 28, maximum: 28, qualifier: .exact),
        Case(words: "1,200", exact: 1200, minimum: 1200, maximum: 1200, qualifier: .exact),
        Case(words: "two hundred", exact: 200, minimum: 200, maximum: 200, qualifier: .exact),
        Case(words: "a dozen", exact: 12, minimum: 12, maximum: 12, qualifier: .exact),
        Case(words: "two dozen", exact: 24, minimum: 24, maximum: 24, qualifier: .exact),
        Case(words: "both", exact: 2, minimum: 2, maximum: 2, qualifier: .exact),
        Case(words: "another", exact: 1, minimum: 1, maximum: 1, qualifier: .exact),
        Case(words: "a", exact: 1, minimum: 1, maximum: 1, qualifier: .exact),
        Case(words: "a pair of", exact: 2, minimum: 2, maximum: 2, qualifier: .exact),
        Case(words: "all 13", exact: 13, minimum: 13, maximum: 13, qualifier: .exact, launched: 13),
        Case(words: "a total of 40", exact: 40, minimum: 40, maximum: 40, qualifier: .exact),
        Case(words: "five out of seven", exact: 5, minimum: 5, maximum: 5, qualifier: .exact, launched: 7),
        Case(words: "28 of 31", exact: 28, minimum: 28, maximum: 28, qualifier: .exact, launched: 31),
        Case(words: "28 of the 31", exact: 28, minimum: 28, maximum: 28, qualifier: .exact, launched: 31),
        Case(words: "at least 20", exact: nil, minimum: 20, maximum: nil, qualifier: .atLeast),
        Case(words: "more than 40", exact: nil, minimum: 40, maximum: nil, qualifier: .atLeast),
        Case(words: "over 40", exact: nil, minimum: 40, maximum: nil, qualifier: .atLeast),
        Case(words: "just over 40", exact: nil, minimum: 40, maximum: nil, qualifier: .atLeast),
        Case(words: "up to 17", exact: nil, minimum: 0, maximum: 17, qualifier: .upTo),
        Case(words: "fewer than 10", exact: nil, minimum: 0, maximum: 10, qualifier: .upTo),
        Case(words: "about 30", exact: nil, minimum: 30, maximum: 30, qualifier: .about),
        Case(words: "nearly 60", exact: nil, minimum: 60, maximum: 60, qualifier: .about),
        Case(words: "20-25", exact: nil, minimum: 20, maximum: 25, qualifier: .range),
        Case(words: "20 to 25", exact: nil, minimum: 20, maximum: 25, qualifier: .range),
        Case(words: "between 20 and 25", exact: nil, minimum: 20, maximum: 25, qualifier: .range),
        Case(words: "several", exact: nil, minimum: nil, maximum: nil, qualifier: .unknown),
        Case(words: "dozens of", exact: nil, minimum: nil, maximum: nil, qualifier: .unknown),
        Case(words: "a wave of", exact: nil, minimum: nil, maximum: nil, qualifier: .unknown),
    ]

    @Test(arguments: cases)
    func readsTheCount(_ expected: Case) throws {
        let candidate = try #require(ExtractionFixture.extract("The air force said \(expected.words) Russian drones were shot down.").first)
        #expect(candidate.count.exact == expected.exact)
        #expect(candidate.count.minimum == expected.minimum)
        #expect(candidate.count.maximum == expected.maximum)
        #expect(candidate.count.qualifier == expected.qualifier)
        #expect(candidate.launched == expected.launched)
    }

    @Test func vagueCountKeepsItsWords() throws {
        let candidate = try #require(ExtractionFixture.extract("The air force said several Russian drones were shot down.").first)
        #expect(candidate.count.text == "several")
    }
}
