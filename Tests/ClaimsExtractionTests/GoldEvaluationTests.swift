import ClaimsCore
import ClaimsExtraction
import Testing

/// The matching rules of `claims eval`, on gold claims and candidates written for these tests.
@Suite struct GoldEvaluationTests {
    static let taxonomy = ExtractionFixture.taxonomy

    static func gold(_ claims: String) -> String {
        """
        [{"id": "t1", "file": "t1.txt", "published": "2024-05-01", "claims": [\(claims)]}]
        """
    }

    static func claim(
        kind: String = "intercept", system: String, category: String = "drone", count: String = "null",
        countText: String = "null", launched: String = "null", side: String = "ukraine"
    ) -> String {
        """
        {"kind": "\(kind)", "system": "\(system)", "category": "\(category)", "count": \(count),
         "count_text": \(countText), "launched": \(launched), "side": "\(side)", "quote": "q"}
        """
    }

    static func candidate(
        _ kind: ClaimKind = .intercept, _ system: String, _ count: ClaimCount, launched: Int? = nil,
        side: Side? = .ukraine
    ) -> Candidate {
        Candidate(
            kind: kind, system: system, count: count, launched: launched, claimant: "x", claimantSide: side,
            quote: "q", start: 0, end: 1, confidence: 1
        )
    }

    static func firstClaim(_ json: String) throws -> GoldEvaluation.GoldClaim {
        let loaded = try GoldEvaluation.load(goldJSON: gold(json), taxonomy: taxonomy)
        return try #require(loaded.articles.first?.claims.first)
    }

    @Test func aSpecificSystemNeedsTheSameId() throws {
        let gold = try Self.firstClaim(Self.claim(system: "Kalibr", category: "cruise missile", count: "3"))
        #expect(gold.isMatched(by: Self.candidate(.intercept, "kalibr", .exactly(3)), taxonomy: Self.taxonomy))
        #expect(!gold.isMatched(by: Self.candidate(.intercept, "unspecified-cruise-missile", .exactly(3)), taxonomy: Self.taxonomy))
        #expect(!gold.isMatched(by: Self.candidate(.strike, "kalibr", .exactly(3)), taxonomy: Self.taxonomy))
        #expect(!gold.isMatched(by: Self.candidate(.intercept, "kalibr", .exactly(4)), taxonomy: Self.taxonomy))
        #expect(!gold.isMatched(by: Self.candidate(.intercept, "kalibr", .exactly(3), side: .russia), taxonomy: Self.taxonomy))
    }

    @Test func aGenericGoldSystemTakesAnyGenericIdOfItsCategory() throws {
        let gold = try Self.firstClaim(Self.claim(system: "unspecified drone", count: "5"))
        #expect(gold.isMatched(by: Self.candidate(.intercept, "unspecified-drone", .exactly(5)), taxonomy: Self.taxonomy))
        #expect(gold.isMatched(by: Self.candidate(.intercept, "unspecified-strike-drone", .exactly(5)), taxonomy: Self.taxonomy))
        #expect(!gold.isMatched(by: Self.candidate(.intercept, "shahed-136", .exactly(5)), taxonomy: Self.taxonomy))
        #expect(!gold.isMatched(by: Self.candidate(.intercept, "unspecified-missile", .exactly(5)), taxonomy: Self.taxonomy))
    }

    @Test func aCombinedGoldSystemTakesAGenericIdOfItsCategory() throws {
        let gold = try Self.firstClaim(Self.claim(system: "Foo/Bar rockets (combined count)", category: "rocket", count: "7"))
        #expect(gold.isMatched(by: Self.candidate(.intercept, "unspecified-rocket", .exactly(7)), taxonomy: Self.taxonomy))
        #expect(!gold.isMatched(by: Self.candidate(.intercept, "unspecified-drone", .exactly(7)), taxonomy: Self.taxonomy))
    }

    @Test func anApproximateGoldCountMatchesEitherBound() throws {
        let gold = try Self.firstClaim(Self.claim(system: "unspecified drone", count: "60", countText: "\"more than 60\""))
        #expect(gold.isMatched(by: Self.candidate(.intercept, "unspecified-drone", try #require(CountWords.parse("more than 60"))), taxonomy: Self.taxonomy))
        #expect(gold.isMatched(by: Self.candidate(.intercept, "unspecified-drone", .exactly(60)), taxonomy: Self.taxonomy))
        let about = try Self.firstClaim(Self.claim(system: "unspecified drone", count: "40", countText: "\"about 40\""))
        #expect(about.isMatched(by: Self.candidate(.intercept, "unspecified-drone", try #require(CountWords.parse("around 40"))), taxonomy: Self.taxonomy))
        // An exact gold count is not matched by a bound.
        let exact = try Self.firstClaim(Self.claim(system: "unspecified drone", count: "60"))
        #expect(!exact.isMatched(by: Self.candidate(.intercept, "unspecified-drone", try #require(CountWords.parse("more than 60"))), taxonomy: Self.taxonomy))
    }

    @Test func launchedCountsOnlyWhereTheGoldGivesIt() throws {
        let withLaunched = try Self.firstClaim(Self.claim(system: "unspecified drone", count: "8", launched: "10"))
        #expect(withLaunched.isMatched(by: Self.candidate(.intercept, "unspecified-drone", .exactly(8), launched: 10), taxonomy: Self.taxonomy))
        #expect(!withLaunched.isMatched(by: Self.candidate(.intercept, "unspecified-drone", .exactly(8)), taxonomy: Self.taxonomy))
        let without = try Self.firstClaim(Self.claim(system: "unspecified drone", count: "8"))
        #expect(without.isMatched(by: Self.candidate(.intercept, "unspecified-drone", .exactly(8), launched: 10), taxonomy: Self.taxonomy))
    }

    @Test func otherIsTheThirdPartySide() throws {
        let gold = try Self.firstClaim(Self.claim(system: "unspecified drone", count: "2", side: "other"))
        #expect(gold.side == .thirdParty)
    }

    @Test func anUnknownSystemIsMissedNotFatal() throws {
        let loaded = try GoldEvaluation.load(
            goldJSON: Self.gold(Self.claim(system: "Zzyzx Mark IX", count: "1") + "," + Self.claim(system: "Kalibr", count: "1")),
            taxonomy: Self.taxonomy
        )
        #expect(loaded.unresolved == ["Zzyzx Mark IX"])
        let evaluation = GoldEvaluation.score(loaded.articles, unresolved: loaded.unresolved, taxonomy: Self.taxonomy, extractor: ExtractionFixture.extractor) { _ in
            "Air defences shot down one Kalibr missile, the Ukrainian air force said."
        }
        #expect(evaluation.goldCount == 2)
        #expect(evaluation.matched == 1)
        #expect(evaluation.articles[0].missed.map(\.systemName) == ["Zzyzx Mark IX"])
        #expect(evaluation.byKind.first { $0.kind == .intercept }?.figures.gold == 2)
    }
}
