import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsTestSupport
import Foundation
import Testing

/// Renderer output over the fixture ledger, checked byte for byte against files in `Fixtures/`.
///
/// To regenerate the golden files after an intended change, run
///
///     CLAIMS_UPDATE_GOLDENS=1 swift test --filter GoldenFileTests
///
/// then review the diff (`git diff Tests/ClaimsReportingTests/Fixtures`) before committing.
@Suite struct GoldenFileTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Compares `output` with the golden file `name` (or rewrites it when regenerating).
    func expectGolden(_ output: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Self.fixtures.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CLAIMS_UPDATE_GOLDENS"] == "1" {
            try Data(output.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(output == golden, "\(name) differs from its golden file; see the comment of GoldenFileTests to regenerate", sourceLocation: sourceLocation)
    }

    func tally(by dimensions: [TallyDimension]) throws -> TallyReport {
        let ledger = try ReportFixture.makeLedger()
        let rows = try ledger.tally(by: dimensions, matching: ClaimFilter(), regionOf: try ReportFixture.regionOf())
        return TallyReport(dimensions: dimensions, rows: rows)
    }

    func labels() throws -> TallyLabels { TallyLabels(taxonomy: try TestLedger.taxonomy()) }

    @Test(arguments: [OutputFormat.table, .csv, .md, .json])
    func tallyBySystemAndMonth(format: OutputFormat) throws {
        let report = try tally(by: [.system, .month])
        try expectGolden(report.render(format, labels: try labels()), "tally-system-month.\(format.rawValue)")
    }

    @Test(arguments: [OutputFormat.table, .csv, .md, .json])
    func tallyByRegionAndClaimant(format: OutputFormat) throws {
        let report = try tally(by: [.region, .claimant])
        try expectGolden(report.render(format, labels: try labels()), "tally-region-claimant.\(format.rawValue)")
    }

    @Test(arguments: [OutputFormat.table, .csv, .md, .json])
    func comparisonOfTheSides(format: OutputFormat) throws {
        let ledger = try ReportFixture.makeLedger()
        let claims = try ledger.comparedClaims(matching: ClaimFilter(), sides: [.russia, .ukraine], claimants: [])
        let comparison = Comparison(grouping: .system, a: .init(side: .russia, name: "Russia"), b: .init(side: .ukraine, name: "Ukraine"), claims: claims)
        try expectGolden(comparison.render(format, labels: try labels()), "compare-sides.\(format.rawValue)")
    }

    @Test(arguments: [OutputFormat.table, .csv, .json])
    func comparisonOfTheSidesByEvent(format: OutputFormat) throws {
        let ledger = try ReportFixture.makeLedger()
        let claims = try ledger.comparedClaims(matching: ClaimFilter(), sides: [.russia, .ukraine], claimants: [])
        let comparison = Comparison(
            grouping: .event, a: .init(side: .russia, name: "Russia"), b: .init(side: .ukraine, name: "Ukraine"), claims: claims,
            families: SystemFamilies(taxonomy: try TestLedger.taxonomy())
        )
        try expectGolden(comparison.render(format, labels: try labels()), "compare-events.\(format.rawValue)")
    }

    @Test func tableFitsANarrowTerminal() throws {
        let report = try tally(by: [.system, .month])
        let output = report.render(.table, labels: try labels(), width: 60)
        try expectGolden(output, "tally-system-month-60cols.table")
        for line in output.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 60) }
    }

    @Test func htmlReport() throws {
        let ledger = try ReportFixture.makeLedger()
        let html = try HTMLReportTests.makeReport(ledger).render()
        try expectGolden(html, "report.html")
    }
}
