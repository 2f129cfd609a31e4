import ClaimsCore
import ClaimsStore
import ClaimsTestSupport
import Foundation
import Testing
@testable import ClaimsCLI

@Suite struct ProgressBarTests {
    @Test func barShowsPercentRowsRateAndETA() {
        let text = ProgressBar.render(ImportProgress(rows: 50_000, bytes: 250, totalBytes: 1000), label: "import", elapsed: 2, width: 8)
        #expect(text == "import [##......]  25%  50,000 rows  25,000 rows/s  ETA 0:06")
    }

    @Test func withoutATotalOnlyRowsAndRateAreShown() {
        let text = ProgressBar.render(ImportProgress(rows: 1234, bytes: 10, totalBytes: nil), label: "import", elapsed: 1)
        #expect(text == "import  1,234 rows  1,234 rows/s")
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (1_234_567, "1,234,567"), (-4200, "-4,200")])
    func groupedNumbers(value: Int, text: String) {
        #expect(ProgressBar.grouped(value) == text)
    }

    @Test(arguments: [(0.2, "0:01"), (59.0, "0:59"), (61.0, "1:01"), (3725.0, "1:02:05")])
    func durations(seconds: Double, text: String) {
        #expect(ProgressBar.duration(seconds) == text)
    }

    @Test func aBarThatIsNotEnabledNeverDraws() {
        // stderr is not a terminal (or the bar was disabled): updates must draw nothing.
        let bar = ProgressBar(label: "import", isEnabled: false)
        bar.update(ImportProgress(rows: 1, bytes: 1, totalBytes: 2))
        bar.finish()
        #expect(!bar.hasDrawn)
    }
}

@Suite struct ImportCommandTests {
    /// This test's files, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-import")
    }

    @Test func formatComesFromTheNameElseTheFirstCharacter() throws {
        #expect(Import.detectFormat("/tmp/a.CSV") == .csv)
        #expect(Import.detectFormat("/tmp/a.jsonl") == .jsonl)
        #expect(Import.detectFormat(try directory.file("x", "\n  {\"type\":\"ledger\"}\n")) == .jsonl)
        #expect(Import.detectFormat(try directory.file("y", "kind,system\n")) == .csv)
    }

    @Test func csvExportReadsBackAsTheSameClaims() throws {
        // Given a ledger with varied claims, exported as CSV by the export command's writer
        let taxonomy = try TestLedger.taxonomy()
        let ledger = try TestLedger.make()
        try TestLedger.addClaim(TestLedger.content(count: .exactly(7), launched: 9, place: "odesa-oblast"), to: ledger, quote: "seven of nine, \"officially\"")
        try TestLedger.addClaim(TestLedger.content(system: "kalibr+kh-101-or-kh-555", count: .unknown(text: "several")), to: ledger, url: "https://example.org/b")
        try TestLedger.addClaim(
            TestLedger.content(kind: .strike, system: "atacms", claimant: "ru-mod", claimantSide: .russia,
                               count: ClaimCount(exact: nil, minimum: 20, maximum: nil, text: "at least 20", qualifier: .atLeast)),
            to: ledger)
        let claims = try ledger.read { try $0.claims(matching: ClaimFilter()) }
        let stamp = try ledger.stamp()
        let csv = ClaimCSV.header + claims.map { ClaimCSV.row($0, taxonomy: taxonomy, stamp: stamp) }.joined()
        let file = try directory.file("export.csv", csv)

        // When it is imported into an empty ledger
        let copy = try TestLedger.make()
        let summary = try copy.importCSV(path: file) { _ in }

        // Then the claims' content and citations are the same
        #expect(summary.claimsAdded == 3)
        let copied = try copy.read { try $0.claims(matching: ClaimFilter()) }
        #expect(copied.map(\.content) == claims.map(\.content))
        #expect(copied.map { $0.citations.map(\.citation.quote) } == claims.map { $0.citations.map(\.citation.quote) })
        #expect(copied.map { $0.citations.map(\.url) } == claims.map { $0.citations.map(\.url) })

        // And importing the export into the ledger it came from adds nothing
        let again = try ledger.importCSV(path: file) { _ in }
        #expect(again.claimsUnchanged == 3 && again.claimsAdded == 0)
    }

    @Test func piterfmReportCreditsTheAuthorAndListsRejections() {
        var summary = PiterfmImportSummary()
        summary.rowsRead = 5
        summary.claimsAdded = 3
        summary.claimsUnchanged = 1
        summary.rejected = [.init(line: 4, reason: "model 'Zyzzyx-9': unknown system 'Zyzzyx-9'")]
        summary.claimantAssumed = ["watch": 2]

        let text = ImportPiterfm.report(summary, file: "d/missile_attacks_daily.csv", reference: nil)

        #expect(text.contains("Petro Ivaniuk (piterfm)"))
        #expect(text.contains("rows read        5\n"))
        #expect(text.contains("rejected         1\n"))
        #expect(text.contains("  rejected line 4: model 'Zyzzyx-9'"))
        #expect(text.contains("watch 2"))
        #expect(text.contains("missiles_and_uavs.csv not found"))
    }
}
