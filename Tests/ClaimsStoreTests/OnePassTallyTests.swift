@testable import ClaimsStore
import ClaimsCore
import ClaimsTestSupport
import GRDB
import Testing

/// `claims tally` computes its rows in one pass in Swift (``LedgerReader/tally(by:matching:regionOf:countingSources:)``);
/// `claims tally --sql` prints the SQL statement users can run instead. These tests hold the two
/// to the same rows, for many filters and groupings, on the reporting fixture (every counting
/// rule of SPEC §4) and on a seeded random ledger (bounds, vague counts, composites, relays,
/// edits adding citations, retractions, merges, times of day, months, undated claims).
@Suite struct OnePassTallyTests {
    /// A seeded ledger of a few hundred claims whose every field varies.
    static func makeRandomLedger(seed: UInt64 = 14, claims: Int = 400) throws -> Ledger {
        var random = SeededRandom(seed: seed)
        let ledger = try ReportingFixture.makeLedger()
        let systems = ["kalibr", "atacms", "kinzhal", "kalibr+kh-101", "storm-shadow", "shahed-136", "unspecified-drone", "kh-101"]
        let claimants: [(String, Side)] = [("ua-air-force", .ukraine), ("ru-mod", .russia), ("un-hrmmu", .thirdParty)]
        let counts = ["at least 20", "up to 17", "10-12", "several", "about 40", "dozens", "at least 3"]
        let dates: [String?] = [
            nil, "2024-05-15", "2024-05-31T18:00", "2024-06-01", "2024-07", "2023-12-31", "2024-01-01", "2024-12-30T23:30", "2025-01-02",
        ]
        let places: [String?] = [nil, "odesa", "odesa-oblast", "kyiv", "crimea", "belgorod-oblast"]
        let statuses: [VerificationStatus] = [.unverified, .unverified, .confirmed, .disputed, .denied]
        try ledger.write { session in
            var sources: [Int64] = []
            for index in 0..<12 {
                sources.append(try session.addSource(Source(url: "https://example.org/random/\(index)", outlet: "Outlet \(index)")).id)
            }
            var created: [Int64] = []
            for index in 0..<claims {
                let (claimant, side) = claimants[random.next(claimants.count)]
                let count: ClaimCount
                switch random.next(4) {
                case 0, 1: count = .exactly(random.next(60))
                case 2: count = CountWords.parse(counts[random.next(counts.count)])!
                default: count = ClaimCount(exact: nil, minimum: nil, maximum: nil, text: nil, qualifier: .exact)
                }
                let launched: Int? = random.next(3) == 0 ? nil : (count.exact ?? 0) + random.next(5)
                var content = TestLedger.content(
                    kind: [.intercept, .intercept, .launch, .strike][random.next(4)], system: systems[random.next(systems.count)],
                    claimant: claimant, claimantSide: side, count: count, launched: launched, date: nil,
                    place: places[random.next(places.count)], status: statuses[random.next(statuses.count)]
                )
                if let date = dates[random.next(dates.count)] {
                    let start = EventTime(date)!
                    content.event = random.next(3) == 0 ? EventWindow(start: start, end: EventTime("2025-01-03")!) : EventWindow(start: start)
                }
                if random.next(4) == 0 { content.weaponSide = nil }  // implied by kind and side
                let cited = (0...random.next(3)).map { relay in
                    Citation(sourceID: sources[random.next(sources.count)], quote: "claim \(index), \(relay)", relay: relay > 0 ? "via \(relay)" : nil)
                }
                guard let id = try? session.createClaim(content, citations: cited) else { continue }
                created.append(id)
                switch random.next(8) {
                case 0:  // an edit adding a citation
                    content.count = .exactly(random.next(60))
                    content.launched = nil
                    try session.revise(
                        claimID: id, content: content, action: .edit, reason: "recount",
                        addingCitations: [Citation(sourceID: sources[random.next(sources.count)], quote: "recount \(index)")]
                    )
                case 1:
                    content.status = .retracted
                    try session.revise(claimID: id, content: content, action: .retract, reason: "wrong")
                case 2 where created.count > 1:
                    content.mergedInto = created[random.next(created.count - 1)]
                    try session.revise(claimID: id, content: content, action: .merge, reason: "duplicate")
                default: break
                }
            }
            #expect(created.count > claims / 2)
        }
        return ledger
    }

    static let filters: [ClaimFilter] = {
        var filters = [ClaimFilter()]
        func add(_ change: (inout ClaimFilter) -> Void) {
            var filter = ClaimFilter()
            change(&filter)
            filters.append(filter)
        }
        add { $0.kinds = [.intercept] }
        add { $0.kinds = [.launch, .strike] }
        add { $0.systems = ["kalibr", "kalibr+kh-101"] }
        add { $0.claimants = ["ru-mod"]; $0.from = CalendarDate("2024-05-16") }
        add { $0.sides = [.ukraine]; $0.to = CalendarDate("2024-06-01") }
        add { $0.sides = [.thirdParty, .russia]; $0.kinds = [.intercept] }
        add { $0.statuses = [.disputed, .unverified] }
        add { $0.statuses = [.retracted] }
        add { $0.statuses = [.retracted, .confirmed] }
        add { $0.includeRetracted = true }
        add { $0.from = CalendarDate("2024-01-01"); $0.to = CalendarDate("2024-12-31") }
        add { $0.systems = ["it's-not-an-id"] }
        return filters
    }()

    static let groupings: [[TallyDimension]] = [[]] + TallyDimension.allCases.map { [$0] } + [
        [.system, .month], [.weaponSide, .month], [.month, .side], [.day, .week], [.region, .claimant], [.side, .system, .claimant, .week],
    ]

    @Test(arguments: filters)
    func oneTallyIsTheSQLStatementsResult(filter: ClaimFilter) throws {
        // Given the random ledger, a filter and every grouping, with and without sources
        let ledger = try Self.makeRandomLedger()
        let regionOf = ["odesa": "odesa-oblast", "kyiv": "kyiv-oblast", "crimea": "crimea", "it's": "x"]
        var nonEmpty = 0
        for dimensions in Self.groupings {
            for countingSources in [true, false] {
                // When tallied in one pass and by the statement `claims tally --sql` prints
                let fast = try ledger.tally(by: dimensions, matching: filter, regionOf: regionOf, countingSources: countingSources)
                let sql = try ledger.tallyBySQL(by: dimensions, matching: filter, regionOf: regionOf, countingSources: countingSources)
                // Then the rows are the same
                #expect(fast == sql, "\(dimensions) \(filter) sources: \(countingSources)")
                if !fast.isEmpty { nonEmpty += 1 }
            }
        }
        if filter.statuses != [.retracted], filter.systems != ["it's-not-an-id"] { #expect(nonEmpty == 2 * Self.groupings.count) }
    }

    @Test func thePrintedStatementGivesTheSameNumbers() throws {
        // Given the statement as `claims tally --sql` prints it, run as text
        let ledger = try Self.makeRandomLedger()
        var filter = ClaimFilter()
        filter.kinds = [.intercept]
        let sql = Ledger.tallySQL(by: [.system, .month], matching: filter)
        let rows = try ledger.writer.read { db in try Row.fetchAll(db, sql: sql) }
        // When the one-pass tally is made
        let tally = try ledger.tally(by: [.system, .month], matching: filter)
        // Then each printed row is a tally row, figures and sources
        #expect(rows.count == tally.count)
        #expect(tally.count > 10)
        let byKeys = Dictionary(uniqueKeysWithValues: tally.map { ($0.keys, $0) })
        for row in rows {
            let keys: [String?] = [row["k0"], row["k1"]]
            let expected = try #require(byKeys[keys], "\(keys)")
            #expect(row["claims"] as Int == expected.figures.claims)
            #expect(row["exactSum"] as Int == expected.figures.exactSum)
            #expect(row["minimumSum"] as Int == expected.figures.minimumSum)
            #expect(row["maximumSum"] as Int == expected.figures.maximumSum)
            #expect(row["openMaximumClaims"] as Int == expected.figures.openMaximumClaims)
            #expect(row["unknownCountClaims"] as Int == expected.figures.unknownCountClaims)
            #expect(row["sources"] as Int == expected.sources)
        }
    }

    @Test func relaysAreSourcesNotClaims() throws {
        // Given the fixture's claim 1: one Kalibr intercept relayed by three outlets, and claim 2 (one more)
        let ledger = try ReportingFixture.makeLedger()
        var filter = ClaimFilter()
        filter.kinds = [.intercept]
        filter.systems = ["kalibr"]
        // When tallied by system
        let rows = try ledger.tally(by: [.system], matching: filter)
        // Then two claims (retracted and merged ones left out), their three sources, counts summed once
        #expect(rows.count == 1)
        #expect(rows.first?.figures.claims == 2)
        #expect(rows.first?.sources == 3)
        #expect(rows.first?.figures.count == 20)
    }
}

/// A small deterministic generator (SplitMix64), so the random ledger is the same in every run.
struct SeededRandom {
    private var base: SystemRandomNumberGenerator.Seeded
    init(seed: UInt64) { base = .init(seed: seed) }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int { Int(base.next() % UInt64(bound)) }
}
