import ClaimsCore
import ClaimsTestSupport
import Testing

/// Every rule: a claim that triggers it and a near miss that does not.
@Suite struct ValidatorTests {
    let taxonomy: Taxonomy
    let validator: Validator

    init() throws {
        taxonomy = try TestLedger.taxonomy()
        validator = Validator(taxonomy: taxonomy, today: CalendarDate("2024-06-01")!)
    }

    /// A claim citing source 1 (published 2024-05-15, with `text` when given).
    func facts(_ content: ClaimContent, quote: String = "q", text: String? = nil, published: String = "2024-05-15", citations: Bool = true) -> ClaimFacts {
        ClaimFacts(
            id: 7, content: content, citations: citations ? [Citation(sourceID: 1, quote: quote)] : [],
            sources: [1: SourceFacts(published: EventTime(published), text: text)]
        )
    }

    func rules(_ claim: ClaimFacts) -> Set<RuleID> { Set(validator.check(claim).map(\.rule)) }

    @Test func aPlainClaimHasNoFindings() {
        #expect(validator.check(facts(TestLedger.content(kind: .intercept, system: "kalibr", claimant: "ua-air-force"))).isEmpty)
    }

    @Test func unknownNamesAreErrorsWithSuggestions() {
        let findings = validator.check(facts(TestLedger.content(system: "kalibrr", claimant: "ua-air-forse", place: "crimeaa")))
        #expect(Set(findings.map(\.rule)) == [.unknownSystem, .unknownActor, .unknownPlace])
        #expect(findings.allSatisfy { $0.severity == .error && $0.claim == 7 })
        #expect(findings.first { $0.rule == .unknownSystem }?.fix.contains("Kalibr") == true)
        // Near miss: known ids, including a composite of known members.
        #expect(!rules(facts(TestLedger.content(system: "kalibr+kh-101", place: "crimea"))).contains(.unknownSystem))
    }

    @Test func negativeCountsAndCountsAboveLaunched() {
        #expect(rules(facts(TestLedger.content(count: .exactly(-1)))).contains(.negativeCount))
        #expect(rules(facts(TestLedger.content(count: .exactly(8), launched: 7))).contains(.countExceedsLaunched))
        #expect(rules(facts(TestLedger.content(count: .exactly(7), launched: 7))).isEmpty)
    }

    @Test func eventAfterPublicationAndFuturePublication() {
        #expect(rules(facts(TestLedger.content(date: "2024-05-16"))).contains(.eventAfterPublication))
        #expect(!rules(facts(TestLedger.content(date: "2024-05-15"))).contains(.eventAfterPublication))
        #expect(rules(facts(TestLedger.content(date: "2024-05-15"), published: "2024-06-09")).contains(.futurePublication))
        #expect(!rules(facts(TestLedger.content(date: "2024-05-15"), published: "2024-06-02")).contains(.futurePublication))
    }

    @Test func missingCitationAndQuoteNotInSource() {
        #expect(rules(facts(TestLedger.content(), citations: false)).contains(.missingCitation))
        let text = "The air force said its air defence systems had downed “six drones” and five—of seven missiles."
        #expect(rules(facts(TestLedger.content(), quote: "downed \"six drones\" and five-of seven", text: text)).isEmpty)
        #expect(rules(facts(TestLedger.content(), quote: "downed seven drones", text: text)).contains(.quoteNotInSource))
        // Without a stored text there is nothing to compare.
        #expect(rules(facts(TestLedger.content(), quote: "anything")).isEmpty)
    }

    @Test func implausibleCountAboveTheCategoryCeiling() throws {
        let kalibr = try #require(taxonomy.weapon(id: "kalibr"))
        let ceiling = try #require(taxonomy.category(id: kalibr.category)?.ceiling)
        #expect(rules(facts(TestLedger.content(count: .exactly(ceiling + 1)))).contains(.implausibleCount))
        #expect(!rules(facts(TestLedger.content(count: .exactly(ceiling)))).contains(.implausibleCount))
    }

    @Test func systemBeforeServiceOrBeforeItReachedThatSide() {
        // ATACMS in Ukrainian use (intercepted by Russia) before October 2023.
        let early = TestLedger.content(system: "atacms", claimant: "ru-mod", claimantSide: .russia, date: "2023-06-01")
        #expect(rules(facts(early, published: "2023-06-01")).contains(.systemBeforeService))
        let later = TestLedger.content(system: "atacms", claimant: "ru-mod", claimantSide: .russia, date: "2024-05-15")
        #expect(!rules(facts(later)).contains(.systemBeforeService))
    }

    @Test func selfInterceptAndInterceptorAsTarget() {
        let selfIntercept = TestLedger.content(kind: .intercept, system: "kalibr", claimant: "ru-mod", claimantSide: .russia)
        #expect(rules(facts(selfIntercept)).contains(.selfIntercept))
        #expect(!rules(facts(TestLedger.content(kind: .strike, system: "kalibr", claimant: "ru-mod", claimantSide: .russia))).contains(.selfIntercept))
        #expect(rules(facts(TestLedger.content(kind: .intercept, system: "patriot", claimant: "ru-mod", claimantSide: .russia))).contains(.interceptorAsTarget))
        #expect(!rules(facts(TestLedger.content(kind: .strike, system: "patriot", claimant: "ru-mod", claimantSide: .russia))).contains(.interceptorAsTarget))
    }

    @Test func findingsAreDeterministic() {
        let claim = facts(TestLedger.content(system: "kalibrr", count: .exactly(-2), launched: 1))
        #expect(validator.check(claim) == validator.check(claim))
        #expect(validator.check(claim).first?.severity == .error)
    }
}

@Suite struct CrossIndexTests {
    let taxonomy: Taxonomy

    init() throws {
        taxonomy = try TestLedger.taxonomy()
    }

    func findings(_ claims: [(Int64, ClaimContent, [Int64])]) -> [Finding] {
        var index = CrossIndex()
        for (id, content, sources) in claims { index.add(id: id, content: content, sources: sources) }
        return index.findings(taxonomy: taxonomy)
    }

    @Test func sameClaimFromAnotherSourceIsAProbableDuplicate() {
        let claim = TestLedger.content(place: "crimea")
        let found = findings([(1, claim, [10]), (2, claim, [11])])
        #expect(found.map(\.rule) == [.probableDuplicate])
        #expect(found.first?.claim == 2)
        #expect(found.first?.fix.contains("claims merge 1 2") == true)
        // Near misses: the same source (one statement), another day, another place.
        #expect(findings([(1, claim, [10]), (2, claim, [10])]).isEmpty)
        #expect(findings([(1, claim, [10]), (2, TestLedger.content(date: "2024-05-16", place: "crimea"), [11])]).isEmpty)
        #expect(findings([(1, claim, [10]), (2, TestLedger.content(place: "kyiv-oblast"), [11])]).isEmpty)
    }

    @Test func sameEventWithDifferentCountsConflicts() {
        let found = findings([(1, TestLedger.content(count: .exactly(10)), [10]), (2, TestLedger.content(count: .exactly(12)), [11])])
        #expect(found.map(\.rule) == [.conflictingCounts])
        // Near miss: another claimant.
        let other = TestLedger.content(claimant: "ua-general-staff", count: .exactly(12))
        #expect(findings([(1, TestLedger.content(count: .exactly(10)), [10]), (2, other, [11])]).isEmpty)
    }

    @Test func regionalPartsAboveTheStatedTotal() {
        let total = TestLedger.content(system: "unspecified-drone", count: .exactly(10))
        let kursk = TestLedger.content(system: "unspecified-drone", count: .exactly(6), place: "kursk-oblast")
        let bryansk = TestLedger.content(system: "unspecified-drone", count: .exactly(5), place: "bryansk-oblast")
        let found = findings([(1, total, [10]), (2, kursk, [10]), (3, bryansk, [10])])
        #expect(found.map(\.rule) == [.breakdownMismatch])
        #expect(found.first?.claim == 1)
        // Near miss: parts within the total.
        let smaller = TestLedger.content(system: "unspecified-drone", count: .exactly(4), place: "bryansk-oblast")
        #expect(findings([(1, total, [10]), (2, kursk, [10]), (3, smaller, [10])]).isEmpty)
    }

    @Test func twoAttacksOnOneDayTimedToTheMinuteAreTwoEvents() {
        func timed(_ start: String, _ end: String, count: Int) -> ClaimContent {
            var content = TestLedger.content(count: .exactly(count))
            content.event = EventWindow(start: EventTime(start)!, end: EventTime(end)!)
            return content
        }
        // The night attack and the afternoon attack of 14 January: different windows, no finding.
        let night = timed("2026-01-13T18:30", "2026-01-14T08:00", count: 89)
        let afternoon = timed("2026-01-14T07:00", "2026-01-14T17:00", count: 10)
        let evening = timed("2026-01-14T19:00", "2026-01-14T21:00", count: 10)
        #expect(findings([(1, night, [10]), (2, evening, [11])]).isEmpty)
        // Overlapping windows are one event: the figures conflict.
        #expect(findings([(1, night, [10]), (2, afternoon, [11])]).map(\.rule) == [.conflictingCounts])
        // A window that ends when the next starts does not overlap it.
        let morning = timed("2026-01-14T08:00", "2026-01-14T16:00", count: 48)
        #expect(findings([(1, night, [10]), (2, morning, [11])]).isEmpty)
        // A start known only to the day counts from midnight: 00:00-08:00 is not 14:00-19:00.
        let early = timed("2024-01-01", "2024-01-01T08:00", count: 87)
        let late = timed("2024-01-01T14:00", "2024-01-01T19:00", count: 9)
        #expect(findings([(1, early, [10]), (2, late, [11])]).isEmpty)
        // Two reports of one instant are one event.
        let instant = timed("2024-04-25T08:00", "2024-04-25T08:00", count: 1)
        #expect(findings([(1, instant, [10]), (2, instant, [11])]).map(\.rule) == [.probableDuplicate])
    }

    @Test func differentLaunchedFiguresAreNotDuplicates() {
        let first = TestLedger.content(count: .exactly(0), launched: 2)
        let second = TestLedger.content(count: .exactly(0), launched: 3)
        #expect(findings([(1, first, [10]), (2, second, [11])]).isEmpty)
        #expect(findings([(1, first, [10]), (2, first, [11])]).map(\.rule) == [.probableDuplicate])
    }

    @Test func aCrowdedEventGivesAtMostOneFindingPerClaimAndRule() {
        let claims = (1...20).map { index in (Int64(index), TestLedger.content(count: .exactly(index % 5)), [Int64(index)]) }
        let found = findings(claims)
        #expect(Set(found.map { "\($0.claim!)\($0.rule)" }).count == found.count)
        // Claims 1-4 have new figures; from claim 6 on every one both conflicts and repeats one.
        #expect(found.filter { $0.rule == .conflictingCounts }.count == 19)
        #expect(found.filter { $0.rule == .probableDuplicate }.count == 15)
        #expect(found.first { $0.claim == 20 && $0.rule == .conflictingCounts }?.message.contains("and 1 other figures") == true)
    }

    @Test func retractedClaimsTakeNoPart() {
        var retracted = TestLedger.content()
        retracted.status = .retracted
        #expect(findings([(1, TestLedger.content(), [10]), (2, retracted, [11])]).isEmpty)
    }
}

/// Quotes are found in source texts byte for byte, or after folding case, white space, quotes and
/// dashes; a quote that is not there is not found either way.
@Suite struct QuoteMatchTests {
    @Test(arguments: [
        // verbatim, including where the first byte repeats before the match
        ("aaab downed 7 drones", "aab downed 7"),
        ("Сили ППО збили 17 із 22 БпЛА над Київщиною", "збили 17 із 22 БпЛА"),
        // folded: case, runs of white space, typographic quotes and dashes
        ("The Air Force said:\n\n“All  nine drones — downed.”", "the air force said: \"all nine drones - downed.\""),
        ("ЗБИТО 17 БПЛА", "збито 17 бпла"),
        ("anything", ""),
    ])
    func aQuoteInTheTextIsFound(_ text: String, _ quote: String) {
        #expect(QuoteMatch.contains(text: text, quote: quote))
    }

    @Test(arguments: [
        ("Air defences downed six drones", "downed seven drones"),
        ("abc", "abcd"),
        ("", "x"),
        ("downed 7 drones", "downed 7 drones overnight"),
        ("збили 17 із 22", "збили 18 із 22"),
    ])
    func aQuoteNotInTheTextIsNotFound(_ text: String, _ quote: String) {
        #expect(!QuoteMatch.contains(text: text, quote: quote))
    }
}
