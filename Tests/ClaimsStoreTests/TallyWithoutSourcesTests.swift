import ClaimsCore
import ClaimsStore
import ClaimsTestSupport
import Testing

/// `countingSources: false` (for charts) gives the same figures, without the sources.
@Suite struct TallyWithoutSourcesTests {
    @Test(arguments: [[TallyDimension.weaponSide, .month], [.system], []])
    func sameFiguresNoSources(dimensions: [TallyDimension]) throws {
        // Given the reporting fixture (a claim cited by three sources, retracted, merged, vague...)
        let ledger = try ReportingFixture.makeLedger()
        // When it is tallied with and without counting sources
        let full = try ledger.tally(by: dimensions, matching: ClaimFilter())
        let lean = try ledger.tally(by: dimensions, matching: ClaimFilter(), countingSources: false)
        // Then the keys and figures are the same, and only the full tally has sources
        #expect(lean.map(\.keys) == full.map(\.keys))
        #expect(lean.map(\.figures) == full.map(\.figures))
        #expect(lean.allSatisfy { $0.sources == 0 })
        #expect(full.contains { $0.sources > 0 })
        #expect(!Ledger.tallySQL(by: dimensions, matching: ClaimFilter(), countingSources: false).contains("citation"))
    }
}
