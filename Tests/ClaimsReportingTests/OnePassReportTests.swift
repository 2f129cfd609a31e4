import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsTestSupport
import Testing

/// `claims report` computes its figures in one pass over the counted claims (``ReportFigures``);
/// these tests hold them to what the SQL tallies and ``Comparison`` give for the same claims, on
/// the fixture ledger (relays, bounds, vague counts, composites, retracted, merged, undated) plus
/// claims with a time of day, a month-precision date, a third party and an exact qualifier
/// without a number.
@Suite struct OnePassReportTests {
    static func makeLedger() throws -> Ledger {
        let ledger = try ReportFixture.makeLedger()
        try ledger.write { session in
            let source = try session.addSource(Source(url: "https://example.org/more", outlet: "More")).id
            let other = try session.addSource(Source(url: "https://example.org/other", outlet: "Other")).id
            var overnight = TestLedger.content(system: "shahed-136", count: .exactly(30), launched: 35, place: "kyiv")
            overnight.event = EventWindow(start: EventTime("2024-05-31T18:00")!, end: EventTime("2024-06-01T06:00")!)
            try session.createClaim(overnight, citations: [Citation(sourceID: source, quote: "30 of 35"), Citation(sourceID: other, quote: "30 of 35 Shahed", relay: "via More")])
            var monthly = TestLedger.content(kind: .launch, system: "shahed-136", claimant: "ru-mod", claimantSide: .russia, count: .exactly(50), date: nil)
            monthly.event = EventWindow(start: EventTime("2024-07")!)
            monthly.weaponSide = nil
            try session.createClaim(monthly, citations: [Citation(sourceID: source, quote: "50 launched in July")])
            let third = TestLedger.content(kind: .strike, system: "kalibr", claimant: "un-hrmmu", claimantSide: .thirdParty, count: .exactly(3), date: "2024-05-15")
            try session.createClaim(third, citations: [Citation(sourceID: other, quote: "three strikes")])
            let numberless = TestLedger.content(system: "kinzhal", count: ClaimCount(exact: nil, minimum: 2, maximum: 4, text: nil, qualifier: .exact), date: "2024-05-16")
            try session.createClaim(numberless, citations: [Citation(sourceID: source, quote: "some Kinzhal")])
        }
        return ledger
    }

    /// The report's figures, read as `claims report` reads them.
    static func figures(_ ledger: Ledger, _ filter: ClaimFilter) throws -> ReportFigures {
        try ledger.read { reader in
            var figures = ReportFigures()
            try reader.forEachCountedClaim(matching: filter) { figures.add($0) }
            try reader.forEachCitationSource { figures.addCitation(claimID: $0, sourceID: $1) }
            return figures
        }
    }

    /// Filters the report accepts, by name.
    enum Filter: String, CaseIterable, Sendable {
        case none, intercepts, launches, ukraine, kalibr, may, disputed, retractedOnly, includeRetracted

        var value: ClaimFilter {
            var filter = ClaimFilter()
            switch self {
            case .none: break
            case .intercepts: filter.kinds = [.intercept]
            case .launches: filter.kinds = [.launch, .strike]
            case .ukraine: filter.sides = [.ukraine]
            case .kalibr: filter.systems = ["kalibr", "kalibr+kh-101"]
            case .may: filter.from = CalendarDate("2024-05-16"); filter.to = CalendarDate("2024-05-31")
            case .disputed: filter.statuses = [.disputed, .unverified]
            case .retractedOnly: filter.statuses = [.retracted]
            case .includeRetracted: filter.includeRetracted = true
            }
            return filter
        }
    }

    @Test(arguments: Filter.allCases)
    func figuresAreTheSQLTalliesAndTheComparison(filter: Filter) throws {
        // Given the ledger and a filter
        let ledger = try Self.makeLedger()
        let selected = filter.value
        // When the report's figures are made in one pass
        let figures = try Self.figures(ledger, selected)
        // Then each tally is the SQL tally of the same claims
        let months = try ledger.tallyBySQL(by: [.month, .side], matching: selected)
        #expect(figures.claimsByMonthAndSide.rows() == months)
        #expect(figures.claimTotal == months.reduce(0) { $0 + $1.figures.claims })
        var intercepts = selected
        intercepts.kinds = [.intercept]
        let hasIntercepts = selected.kinds.isEmpty || selected.kinds.contains(.intercept)
        #expect(figures.interceptsBySystem.rows() == (hasIntercepts ? try ledger.tallyBySQL(by: [.system], matching: intercepts) : []))
        #expect(figures.interceptsByWeaponSideAndMonth.rows()
            == (hasIntercepts ? try ledger.tallyBySQL(by: [.weaponSide, .month], matching: intercepts, countingSources: false) : []))
        // And the two sides are the comparison of the compared claims
        let compared = try ledger.comparedClaims(matching: selected, sides: [.russia, .ukraine], claimants: [])
        #expect(figures.comparison == Comparison(grouping: .system, a: .init(side: .russia, name: "Russia"), b: .init(side: .ukraine, name: "Ukraine"), claims: compared))
    }

    @Test func figuresAreNotEmpty() throws {
        // Given the ledger (guards the test above against comparing empty with empty)
        let figures = try Self.figures(try Self.makeLedger(), ClaimFilter())
        // Then relays add sources, not claims, and vague counts are not summed
        let kalibr = try #require(figures.interceptsBySystem.rows().first { $0.keys == ["kalibr"] })
        #expect(kalibr.figures.claims == 2)
        #expect(kalibr.sources == 3)
        #expect(kalibr.figures.count == 20)
        #expect(figures.claimTotal == 15)
        #expect(figures.comparison.rows.count > 3)
    }

    @Test(arguments: TallyDimension.allCases)
    func everyDimensionIsTheSQLTally(dimension: TallyDimension) throws {
        // Given the ledger and a tally by one dimension, then by it and the system
        let ledger = try Self.makeLedger()
        let regionOf = try ReportFixture.regionOf()
        for dimensions in [[dimension], [dimension, .system], [.side, dimension, .claimant], []] {
            var accumulator = TallyAccumulator(by: dimensions, regionOf: regionOf)
            try ledger.read { reader in
                try reader.forEachCountedClaim(matching: ClaimFilter()) { accumulator.add($0) }
                try reader.forEachCitationSource { accumulator.addCitation(claimID: $0, sourceID: $1) }
            }
            // Then its rows are the SQL tally's
            #expect(accumulator.rows() == (try ledger.tallyBySQL(by: dimensions, matching: ClaimFilter(), regionOf: regionOf)), "\(dimensions)")
        }
    }

    @Test func theReportIsTheOneTheSQLTalliesMake() throws {
        // Given the fixture ledger's report as it was assembled from SQL tallies
        let ledger = try ReportFixture.makeLedger()
        let expected = try HTMLReportTests.makeReport(ledger)
        // When its figures are made in one pass
        let figures = try Self.figures(ledger, ClaimFilter())
        let report = HTMLReport(
            title: expected.title, filters: expected.filters, stamp: expected.stamp,
            interceptsBySystem: figures.interceptsBySystem.rows(), claimsByMonthAndSide: figures.claimsByMonthAndSide.rows(),
            interceptsByWeaponSideAndMonth: figures.interceptsByWeaponSideAndMonth.rows(), sides: figures.comparison,
            claims: expected.claims, claimTotal: figures.claimTotal, taxonomy: expected.taxonomy
        )
        // Then the HTML is the same, byte for byte
        #expect(report.render() == expected.render())
    }

    @Test func sourcesAreCountedForAnyClaimID() {
        // Given claims with small, huge and negative ids (a ledger edited by hand), each cited twice
        var accumulator = TallyAccumulator(by: [.system])
        let ids: [Int64] = [1, 5_000_000_000, 3, -7, 2_000_000]
        for id in ids {
            let compared = ComparedClaim(id: id, kind: .intercept, system: "kalibr", claimant: "ua-air-force", claimantSide: .ukraine, weaponSide: .russia, count: .exactly(1))
            accumulator.add(CountedClaim(compared: compared, eventEnd: nil, place: nil))
        }
        for (index, id) in ids.enumerated() {
            accumulator.addCitation(claimID: id, sourceID: Int64(index))
            accumulator.addCitation(claimID: id, sourceID: 100)
        }
        accumulator.addCitation(claimID: 4, sourceID: 200)  // a claim not added
        // Then every claim's sources count, once each
        let rows = accumulator.rows()
        #expect(rows.count == 1)
        #expect(rows.first?.figures.claims == 5)
        #expect(rows.first?.sources == 6)
    }
}
