@testable import ClaimsStore
import ClaimsCore
import ClaimsTestSupport
import GRDB
import Testing

/// The store's SQL tally: its filter selects what `claims list` selects, its week keys are ISO
/// weeks, and the views for other SQLite tools agree with it.
@Suite struct TallyQueryTests {
    static let filters: [ClaimFilter] = {
        var filters: [ClaimFilter] = [ClaimFilter()]
        var filter = ClaimFilter()
        filter.kinds = [.intercept]
        filters.append(filter)
        filter = ClaimFilter()
        filter.systems = ["kalibr", "atacms"]
        filters.append(filter)
        filter = ClaimFilter()
        filter.claimants = ["ru-mod"]
        filter.from = CalendarDate("2024-05-16")
        filters.append(filter)
        filter = ClaimFilter()
        filter.sides = [.ukraine]
        filter.to = CalendarDate("2024-05-16")
        filters.append(filter)
        filter = ClaimFilter()
        filter.statuses = [.disputed, .unverified]
        filters.append(filter)
        filter = ClaimFilter()
        filter.systems = ["it's-not-an-id"]  // a quote in a value stays a literal
        filters.append(filter)
        return filters
    }()

    @Test(arguments: filters)
    func selectsTheClaimsThatListSelects(filter: ClaimFilter) throws {
        let ledger = try ReportingFixture.makeLedger()
        let listed = try ledger.read { try $0.claims(matching: filter) }.filter(\.content.isCounted)
        let total = try ledger.tally(by: [], matching: filter).first?.figures.claims ?? 0
        #expect(total == listed.count)
    }

    @Test func onlyRetractedAskedForSelectsNothing() throws {
        var filter = ClaimFilter()
        filter.statuses = [.retracted]
        #expect(try ReportingFixture.makeLedger().tally(by: [.system], matching: filter).isEmpty)
    }

    @Test func weekKeysAreISOWeeksAcrossYearEnds() throws {
        // Given a claim on every day around each new year from 2019 to 2029
        let ledger = try TestLedger.make()
        var days: [CalendarDate] = []
        for year in 2019...2029 {
            let newYear = CalendarDate(year: year, month: 1, day: 1)!
            for offset in -7...7 { days.append(newYear.adding(days: offset)) }
        }
        try ledger.write { session in
            let source = try session.addSource(Source(url: "https://example.org/weeks")).id
            for day in days {
                try session.createClaim(TestLedger.content(date: day.description), citations: [Citation(sourceID: source, quote: "q")])
            }
        }
        // When tallied by day and week
        let rows = try ledger.tally(by: [.day, .week], matching: ClaimFilter())
        // Then each day's week is CalendarDate's ISO week
        #expect(rows.count == days.count)
        for row in rows {
            let day = try #require(row.keys[0].flatMap { CalendarDate($0) })
            #expect(row.keys[1] == day.isoWeek, "\(day)")
        }
    }

    @Test func regionsMapPlacesGivenByTheCaller() throws {
        let rows = try ReportingFixture.makeLedger().tally(by: [.region], matching: ClaimFilter(), regionOf: ["odesa": "odesa-oblast", "kyiv": "kyiv-oblast"])
        #expect(rows.map { $0.keys[0] } == ["belgorod-oblast", "crimea", "kyiv-oblast", "odesa-oblast", nil])
    }

    @Test func printedSQLIsTheStatementRun() throws {
        let ledger = try ReportingFixture.makeLedger()
        var filter = ClaimFilter()
        filter.kinds = [.intercept]
        let sql = Ledger.tallySQL(by: [.system, .month], matching: filter)
        let rows = try ledger.writer.read { db in try Row.fetchAll(db, sql: sql) }
        let tally = try ledger.tally(by: [.system, .month], matching: filter)
        #expect(rows.count == tally.count)
        #expect(sql.contains("r.kind IN ('intercept')"))
    }

    // MARK: - Views

    @Test func interceptTallyViewAgreesWithTheTally() throws {
        let ledger = try ReportingFixture.makeLedger()
        var intercepts = ClaimFilter()
        intercepts.kinds = [.intercept]
        let tally = try ledger.tally(by: [.system], matching: intercepts)
        let view = try ledger.writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM interceptTally") }
        #expect(view.count == tally.count)
        for (row, expected) in zip(view, tally) {
            #expect(row["system"] as String? == expected.keys[0])
            #expect(row["claims"] as Int? == expected.figures.claims)
            #expect(row["sources"] as Int? == expected.sources)
            #expect(row["count"] as Int? == expected.figures.count)
            #expect(row["count_min"] as Int? == expected.figures.countMin)
            #expect(row["count_max"] as Int? == expected.figures.countMax)
            #expect(row["unknown_count_claims"] as Int? == expected.figures.unknownCountClaims)
            #expect(row["launched"] as Int? == expected.figures.launched)
            #expect(abs((row["intercept_rate"] as Double? ?? -1) - (expected.figures.interceptRate ?? -1)) < 1e-9)
        }
    }

    @Test func countedClaimViewLeavesOutRetractedAndMergedClaims() throws {
        let ledger = try ReportingFixture.makeLedger()
        let (counted, current) = try ledger.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM countedClaim")!, try Int.fetchOne(db, sql: "SELECT count(*) FROM currentClaim")!)
        }
        #expect(current == 13)
        #expect(counted == 11)
    }

    @Test func citationSourceViewHasEveryCitationWithItsSource() throws {
        let ledger = try ReportingFixture.makeLedger()
        let rows = try ledger.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT outlet, url FROM citationSource WHERE claimId = 1 ORDER BY citationId")
        }
        #expect(rows.map { $0["outlet"] as String } == ["Укрінформ", "Example Wire", "Example Daily, \"Evening\" edition"])
    }
}
