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

/// Counts inside a group noun ("a wave of 40 drones") and partitives whose whole is bounded ("of
/// more than 60 drones, 52 ..."). Sentences written for these tests, with near misses.
@Suite struct ExtractorGroupCountTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        // A counted group noun heads the subject in name only: the weapons are what the verb tells of.
        Case(text: "A wave of 40 drones was launched towards Moscow overnight, the Russian Defence Ministry said.",
             expected: [Expected("", .launch, "unspecified-drone", 40, by: "ru-mod")]),
        Case(text: "The IDF said a salvo of 24 rockets was fired at the border town.",
             expected: [Expected("", .launch, "unspecified-rocket", 24, by: "idf")]),
        // Near miss: a group noun without a number is no count.
        Case(text: "A wave of drones was launched towards Moscow overnight, the Russian Defence Ministry said.",
             expected: [Expected("", .launch, "unspecified-drone", nil, by: "ru-mod")]),
        // A partitive's whole with a bound ("more than", "roughly") states the launch, not a claim
        // of its own: the part is the claim ...
        Case(text: "Of more than 60 drones, 52 were shot down, the Ukrainian Air Force said.",
             expected: [Expected("", .intercept, "unspecified-drone", 52, by: "ua-air-force")],
             absent: [("unspecified-drone", 60)]),
        Case(text: "Out of roughly 70 drones, 61 were downed over the Odesa region, the Ukrainian Air Force said.",
             expected: [Expected("", .intercept, "unspecified-drone", 61, by: "ua-air-force")],
             absent: [("unspecified-drone", 70)]),
        // ... as with an exact whole, which is also the launched figure.
        Case(text: "Of 60 drones, 52 were shot down, the Ukrainian Air Force said.",
             expected: [Expected("", .intercept, "unspecified-drone", 52, of: 60, by: "ua-air-force")]),
        // An attack that "consisted of" weapons launched them, as one that "involved" them ...
        Case(text: "According to the Ukrainian Air Force, the night's barrage consisted of 120 drones and 14 missiles.",
             expected: [Expected("", .launch, "unspecified-drone", 120, by: "ua-air-force"),
                        Expected("", .launch, "unspecified-missile", 14, by: "ua-air-force")]),
        // ... not a unit or a fleet that consists of something.
        Case(text: "Ukraine said its drone fleet consisted of 300 aircraft last year.", expected: [],
             absent: [("unspecified-drone", 300), ("unspecified-aircraft", 300)]),
    ]

    @Test(arguments: cases)
    func countsTheWeaponsOfTheGroup(_ test: Case) {
        test.check()
    }

    /// "of" ends a qualifier ("upwards of 30") but never starts one ("out of more than 90").
    @Test func ofEndsAQualifierButDoesNotStartOne() throws {
        let upwards = ExtractionFixture.extract("The Ukrainian Air Force said it shot down upwards of 30 drones.")
        let count = try #require(upwards.first?.count)
        #expect((count.minimum, count.qualifier, count.text) == (30, .atLeast, "upwards of 30"))
        let bounded = ExtractionFixture.extract("Out of more than 90 missiles fired at Ukraine, 73 missiles were shot down, the Ukrainian Air Force said.")
        #expect(bounded.map(\.count.exact) == [73], "\(bounded.map(\.summary))")
    }
}

/// An uncounted part ("most of the drones", "the vast majority of the 40 missiles", "most of
/// them") is a claim with no count, of the whole when that was counted; with nothing before it
/// to refer to it is still a claim. Sentences written for these tests, with near misses.
@Suite struct ExtractorVaguePartTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        Case(text: "The Ukrainian Air Force said it shot down most of the drones launched overnight.",
             expected: [Expected("", .intercept, "unspecified-drone", nil, by: "ua-air-force")]),
        Case(text: "Most of the missiles were destroyed over the Kyiv region, the Ukrainian Air Force said.",
             expected: [Expected("", .intercept, "unspecified-missile", nil, by: "ua-air-force")]),
        Case(text: "Air defences destroyed the vast majority of the 40 drones, the Russian Defence Ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", nil, of: 40, by: "ru-mod")],
             absent: [("unspecified-drone", 40)]),
        Case(text: "Russian air defences downed the bulk of the drones over the Bryansk region, the Defence Ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", nil, by: "ru-mod")]),
        Case(text: "Russia fired 25 drones at Odesa overnight. Most of them were shot down, the Ukrainian Air Force said.",
             expected: [Expected("", .launch, "unspecified-drone", 25, by: "ua-air-force"),
                        Expected("", .intercept, "unspecified-drone", nil, of: 25, by: "ua-air-force")]),
        // Near misses: a part that nobody acts on, and debris.
        Case(text: "Most of the missiles in Russia's stockpile are old, the Ukrainian Air Force said.", expected: [],
             absent: [("unspecified-missile", nil)]),
        Case(text: "Part of the debris fell on a school in Kyiv, the city administration said.", expected: [],
             absent: [("unspecified-drone", nil), ("unspecified-missile", nil)]),
    ]

    @Test(arguments: cases)
    func keepsTheUncountedPart(_ test: Case) {
        test.check()
    }

    /// The words of the part are kept as the count's text.
    @Test func keepsTheWordsOfThePart() throws {
        let found = ExtractionFixture.extract("Air defences destroyed the vast majority of the 40 drones, the Russian Defence Ministry said.")
        let part = try #require(found.first { $0.kind == .intercept })
        #expect(part.count.exact == nil)
        #expect(part.count.text == "the vast majority of")
    }
}

/// A count standing for weapons told before, as the subject of a hit: "..., and one hit a power
/// plant", "...; one reached its target", "One struck a school." opening the next sentence.
/// Sentences written for these tests, with near misses.
@Suite struct ExtractorElidedHitTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        Case(text: "Russia launched six missiles at Lviv. Five were shot down and one hit a warehouse, the Ukrainian Air Force said.",
             expected: [Expected("", .intercept, "unspecified-missile", 5, of: 6, by: "ua-air-force"),
                        Expected("", .strike, "unspecified-missile", 1, by: "ua-air-force")]),
        Case(text: "Russia launched six missiles at Lviv; two reached their targets, the Ukrainian Air Force said.",
             expected: [Expected("", .strike, "unspecified-missile", 2, by: "ua-air-force")]),
        Case(text: "Russia launched six missiles at Lviv. One hit the railway station, the Ukrainian Air Force said.",
             expected: [Expected("", .strike, "unspecified-missile", 1, by: "ua-air-force")]),
        Case(text: "The Ukrainian Air Force said it downed one Kh-22 missile over Odesa, while another two hit Izmail.",
             expected: [Expected("", .intercept, "kh-22", 1, by: "ua-air-force"),
                        Expected("", .strike, "kh-22", 2, by: "ua-air-force")]),
        // Near misses: a count of people after a semicolon, hits as a noun, and a count in a new
        // paragraph, which refers to nothing told in this one.
        Case(text: "Russia launched six missiles at Lviv; two people were injured, the Ukrainian Air Force said.",
             expected: [Expected("", .launch, "unspecified-missile", 6, by: "ua-air-force")],
             absent: [("unspecified-missile", 2)]),
        Case(text: "Russia launched six missiles at Lviv, the Ukrainian Air Force said. Officials recorded 3 hits overnight.",
             expected: [Expected("", .launch, "unspecified-missile", 6, by: "ua-air-force")],
             absent: [("unspecified-missile", 3)]),
        Case(text: "Russia launched six missiles at Lviv, the Ukrainian Air Force said.\n\nTwo hit the region's schools last year, the mayor recalled.",
             expected: [Expected("", .launch, "unspecified-missile", 6, by: "ua-air-force")],
             absent: [("unspecified-missile", 2)]),
    ]

    @Test(arguments: cases)
    func readsTheCountAsTheWeapons(_ test: Case) {
        test.check()
    }
}

/// An adverb of habit ("regularly", "routinely") tells no event: "Russia regularly attacks cities
/// with drones" is no launch. Sentences written for these tests, with near misses.
@Suite struct ExtractorHabitTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        Case(text: "Russian forces regularly attack Kharkiv with glide bombs and drones, the regional governor said.", expected: [],
             absent: [("kab", nil), ("unspecified-drone", nil)]),
        Case(text: "Russia routinely fires Shahed drones at Ukrainian power plants, the Ukrainian Air Force said.", expected: [],
             absent: [("shahed-136", nil)]),
        // Near misses: "repeatedly" tells of one night; a daily report tells of a day.
        Case(text: "Russia repeatedly attacked Kyiv with drones overnight, the Kyiv City Military Administration said.",
             expected: [Expected("", .launch, "unspecified-drone", nil, by: "ua-kyiv-city")]),
        Case(text: "Air defences shot down 20 drones, the Russian Defence Ministry said in its daily report.",
             expected: [Expected("", .intercept, "unspecified-drone", 20, by: "ru-mod")]),
    ]

    @Test(arguments: cases)
    func readsNoHabitAsAnEvent(_ test: Case) {
        test.check()
    }
}

/// A place named with who holds it ("annexed Crimea", "Russian-occupied Crimea", "Moscow-annexed
/// Crimea") is one place in a list by place; the holder is no place of its own. Sentences
/// written for these tests.
@Suite struct ExtractorHeldPlaceTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        Case(text: "Air defences destroyed nine drones over the Belgorod region, four over annexed Crimea and one over the Kursk region, the Russian Defence Ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", 9, by: "ru-mod", at: "belgorod-oblast"),
                        Expected("", .intercept, "unspecified-drone", 4, by: "ru-mod", at: "crimea"),
                        Expected("", .intercept, "unspecified-drone", 1, by: "ru-mod", at: "kursk-oblast")]),
        Case(text: "Air defences destroyed nine drones over the Belgorod region, four over Moscow-annexed Crimea and one over the Kursk region, the Russian Defence Ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", 4, by: "ru-mod", at: "crimea"),
                        Expected("", .intercept, "unspecified-drone", 1, by: "ru-mod", at: "kursk-oblast")]),
        Case(text: "Air defences destroyed four drones over Russian-occupied Crimea and one over the Kursk region, the Russian Defence Ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", 4, by: "ru-mod", at: "crimea"),
                        Expected("", .intercept, "unspecified-drone", 1, by: "ru-mod", at: "kursk-oblast")]),
    ]

    @Test(arguments: cases)
    func placesEachPart(_ test: Case) {
        test.check()
    }

    /// The holder named before the hyphen is not where the weapons were.
    @Test func theHolderIsNoPlace() {
        let found = ExtractionFixture.extract("Air defences destroyed four drones over Moscow-annexed Crimea, the Russian Defence Ministry said.")
        #expect(found.count == 1)
        #expect(found.first?.place == "crimea", "\(found.map(\.summary))")
    }
}

/// A participle of direction after the weapons ("targeting military bases", "aimed at the
/// port", "heading for Moscow") describes them; the verb after it tells what was done.
/// Sentences written for these tests, with near misses.
@Suite struct ExtractorDirectionParticipleTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        Case(text: "The Houthis said 12 ballistic missiles targeting naval vessels were launched from Yemen.",
             expected: [Expected("", .launch, "unspecified-ballistic-missile", 12, by: "houthis")]),
        Case(text: "Six drones aimed at the oil terminal were shot down, the Russian Defence Ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", 6, by: "ru-mod")]),
        Case(text: "The IRGC said \"dozens of ballistic missiles targeting air bases\" were fired at Israel.",
             expected: [Expected("", .launch, "unspecified-ballistic-missile", nil, by: "ir-irgc")]),
        Case(text: "The IRGC said 30 ballistic missiles targeting military and security sites were fired at Israel.",
             expected: [Expected("", .launch, "unspecified-ballistic-missile", 30, by: "ir-irgc")]),
        // Near misses: weapons aimed somewhere with nothing done to them, and a stockpile.
        Case(text: "Russia keeps missiles aimed at European capitals, the Ukrainian Air Force said.", expected: [],
             absent: [("unspecified-missile", nil)]),
    ]

    @Test(arguments: cases)
    func readsTheVerbAfterTheParticiple(_ test: Case) {
        test.check()
    }
}

/// "were reported shot down", "were reported fired from Lebanon": a passive report of an action
/// is that action's passive; without "by", the report names no speaker, so the office named
/// elsewhere in the sentence claims it. Sentences written for these tests, with a near miss.
@Suite struct ExtractorReportedPassiveTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        Case(text: "Seven drones were reported shot down over the Bryansk region, the Russian Defence Ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", 7, by: "ru-mod")]),
        Case(text: "Seven drones were reported destroyed over the Bryansk region, the Russian Defence Ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", 7, by: "ru-mod")],
             absent: []),
        Case(text: "Four rockets were reported fired from Lebanon, the Israel Defense Forces said.",
             expected: [Expected("", .launch, "unspecified-rocket", 4, by: "idf")]),
        Case(text: "Two missile impacts were reported in central Israel, the Israel Defense Forces said.",
             expected: [Expected("", .strike, "unspecified-missile", 2, by: "idf")]),
        // Near miss: a report with no speaker at all stays unattributed.
        Case(text: "It was reported that seven drones were shot down over the Bryansk region.",
             expected: [Expected("", .intercept, "unspecified-drone", 7, by: nil)]),
    ]

    @Test(arguments: cases)
    func readsThePassiveAfterTheReport(_ test: Case) {
        test.check()
    }

    @Test func aDroneReportedDestroyedStruckNothing() {
        let found = ExtractionFixture.extract("Seven drones were reported destroyed over the Bryansk region, the Russian Defence Ministry said.")
        #expect(!found.contains { $0.kind == .strike }, "\(found.map(\.summary))")
    }
}

/// "was detected and destroyed", "were tracked and shot down": one passive; "..., of which most
/// were intercepted": an uncounted part of the weapons just told (of about ten: launched ten).
/// Sentences written for these tests, with a near miss.
@Suite struct ExtractorDetectedAndDestroyedTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        Case(text: "A drone was detected and destroyed over the Oryol region, the Russian Defence Ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", 1, by: "ru-mod")]),
        Case(text: "Four missiles were tracked and shot down over the Odesa region, the Ukrainian Air Force said.",
             expected: [Expected("", .intercept, "unspecified-missile", 4, by: "ua-air-force")]),
        Case(text: "The Israeli military said it tracked the launch of about 20 rockets from Lebanon, of which most were intercepted.",
             expected: [Expected("", .intercept, "unspecified-rocket", nil, of: 20, by: "idf")]),
        // Near miss: detected, with nothing done to them.
        Case(text: "Four missiles were detected over the Odesa region, the Ukrainian Air Force said.", expected: [],
             absent: [("unspecified-missile", 4)]),
    ]

    @Test(arguments: cases)
    func readsOnePassive(_ test: Case) {
        test.check()
    }

    @Test func aDetectedDroneStruckNothing() {
        let found = ExtractionFixture.extract("A drone was detected and destroyed over the Oryol region, the Russian Defence Ministry said.")
        #expect(!found.contains { $0.kind == .strike }, "\(found.map(\.summary))")
    }
}

/// A series of uncounted names after a counted one ("more than 150 drones, cruise missiles and
/// ballistic missiles") shares the count: a combined count of aerial targets, never split.
/// Sentences written for these tests, with a near miss.
@Suite struct ExtractorCountedSeriesTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        Case(text: "Iran fired 150 drones, cruise missiles and ballistic missiles at Israel, the Israel Defense Forces said.",
             expected: [Expected("", .launch, "unspecified-aerial-target", 150, by: "idf")],
             absent: [("unspecified-drone", 150)]),
        // Near miss: each item with a count of its own is a claim of its own.
        Case(text: "Iran fired 150 drones, 30 cruise missiles and 110 ballistic missiles at Israel, the Israel Defense Forces said.",
             expected: [Expected("", .launch, "unspecified-drone", 150, by: "idf"),
                        Expected("", .launch, "unspecified-cruise-missile", 30, by: "idf"),
                        Expected("", .launch, "unspecified-ballistic-missile", 110, by: "idf")]),
    ]

    @Test(arguments: cases)
    func sharesTheCount(_ test: Case) {
        test.check()
    }
}

/// "and one over each of the Kursk, Oryol and Tula regions": the same count for every place of
/// the list, one part each (as "one each over ..."). Sentences written for these tests, with a
/// near miss.
@Suite struct ExtractorEachOfTests {
    @Test func onePartForEachPlace() {
        let found = ExtractionFixture.extract("Eight drones were shot down over the Bryansk region, and one over each of the Kursk, Oryol and Tula regions, the Russian Defence Ministry said.")
        #expect(found.filter { $0.count.exact == 1 }.count == 3, "\(found.map(\.summary))")
        #expect(Set(found.filter { $0.count.exact == 1 }.compactMap(\.place)) == ["kursk-oblast", "oryol-oblast", "tula-oblast"], "\(found.map(\.summary))")
    }

    @Test func alsoOverTheTerritoriesOf() {
        let found = ExtractionFixture.extract("Eight drones were shot down over the Bryansk region, and one over each of the territories of the Kursk and Oryol regions, the Russian Defence Ministry said.")
        #expect(found.filter { $0.count.exact == 1 }.count == 2, "\(found.map(\.summary))")
    }

    /// Near miss: one place with no list is one part.
    @Test func onePlaceIsOnePart() {
        let found = ExtractionFixture.extract("Eight drones were shot down over the Bryansk region, and one over the Kursk region, the Russian Defence Ministry said.")
        #expect(found.filter { $0.count.exact == 1 }.count == 1, "\(found.map(\.summary))")
    }
}
