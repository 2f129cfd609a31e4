@testable import ClaimsReporting
import ClaimsCore
import ClaimsStore
import ClaimsTestSupport
import Foundation
import Testing

/// The monthly series of claimed launched and intercepted, per side whose weapons they were.
@Suite struct MonthlySeriesChartTests {
    /// A tally row by `[.weaponSide, .month]` of one exact intercept claim.
    static func row(_ side: String?, _ month: String?, intercepted: Int, launched: Int?) -> TallyRow {
        var figures = TallyFigures()
        figures.add(kind: .intercept, count: .exactly(intercepted), launched: launched)
        return TallyRow(keys: [side, month], figures: figures, sources: 1)
    }

    /// The `height` attribute of every `<rect class="CLASS"` in `svg`, in document order.
    static func heights(of rectClass: String, in svg: String) -> [Double] {
        svg.components(separatedBy: "<rect class=\"\(rectClass)\"").dropFirst().compactMap { element in
            guard let start = element.range(of: "height=\"") else { return nil }
            return Double(element[start.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test func aMonthWithKnownTotalsDrawsItsColumnsToScale() {
        // Given Russian weapons: 30 of 40 intercepted in May, 10 of 20 in July, nothing in June
        let report = TallyReport(dimensions: [.weaponSide, .month], rows: [
            Self.row("russia", "2024-05", intercepted: 30, launched: 40),
            Self.row("russia", "2024-07", intercepted: 10, launched: 20),
        ])
        // When the chart is drawn
        let html = MonthlySeriesChart.html(report, title: "t")
        // Then the axis goes to 40 over 184 px: launched 40 → 184 and 20 → 92, intercepted 30 → 138 and 10 → 46
        #expect(Self.heights(of: "launched", in: html) == [184, 92])
        #expect(Self.heights(of: "exact", in: html) == [138, 46])
        // ... with the figures in words, in the tooltips and over the columns
        #expect(html.contains("<title>2024-05 · Russian weapons: 30 intercepted of 40 launched (1 claim)</title>"))
        #expect(html.contains(">30/40</text>"))
        #expect(html.contains(">10/20</text>"))
        // ... and June is a gap, not a zero
        #expect(html.contains("<title>2024-06: no claims</title>"))
        #expect(!html.contains("2024-06 · "))
        #expect(html.contains("<h3>Russian weapons</h3>"))
    }

    @Test func eachSideHasItsOwnPanelAndScale() {
        // Given 5,000 intercepted of Russia's weapons and 4 of Ukraine's in the same month
        let report = TallyReport(dimensions: [.weaponSide, .month], rows: [
            Self.row("russia", "2024-05", intercepted: 5_000, launched: nil),
            Self.row("ukraine", "2024-05", intercepted: 4, launched: nil),
        ])
        let html = MonthlySeriesChart.html(report, title: "t")
        // Then two panels, each column reaching the top of its own axis (4 is not flattened by 5,000)
        #expect(html.components(separatedBy: "<svg").count - 1 == 2)
        #expect(html.range(of: "<h3>Russian weapons</h3>")!.lowerBound < html.range(of: "<h3>Ukrainian weapons</h3>")!.lowerBound)
        #expect(Self.heights(of: "exact", in: html) == [184, 184])
    }

    @Test func anEmptyLedgerSaysSo() {
        let html = MonthlySeriesChart.html(TallyReport(dimensions: [.weaponSide, .month], rows: []), title: "t")
        #expect(html.contains("<p class=\"empty\">No intercept claims with an event date to chart.</p>"))
        #expect(!html.contains("<svg"))
        // ... and undated claims are counted in a note, not drawn
        let undated = MonthlySeriesChart.html(
            TallyReport(dimensions: [.weaponSide, .month], rows: [Self.row("russia", nil, intercepted: 3, launched: nil)]), title: "t")
        #expect(undated.contains("1 claim without an event date is not shown."))
        #expect(!undated.contains("<svg"))
    }

    @Test func everyTextIsEscaped() {
        // Given a key holding markup (keys come from the ledger)
        let report = TallyReport(dimensions: [.weaponSide, .month], rows: [Self.row("<script>alert(1)</script>", "2024-05", intercepted: 1, launched: 2)])
        let html = MonthlySeriesChart.html(report, title: "<b>title</b>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; weapons"))
    }

    @Test func countsAsTheTallyCounts() throws {
        // Given the fixture ledger: in May 2024, intercepts of Russian weapons by the Ukrainian Air
        // Force, one cited by three outlets, one retracted (100), one merged (8), one vague, one composite
        let ledger = try ReportFixture.makeLedger()
        var filter = ClaimFilter()
        filter.kinds = [.intercept]
        let rows = try ledger.tally(by: [.weaponSide, .month], matching: filter)
        // When the series is drawn from `claims tally --by weapon_side,month --kind intercept`
        let html = MonthlySeriesChart.html(TallyReport(dimensions: [.weaponSide, .month], rows: rows), title: "t")
        // Then May is 12 + 8 + 30 + 20 + 42 = 112 intercepted (each claim once; retracted and merged
        // left out; the composite whole) of 130 launched, stated by 5 of the 6 claims (the vague one does not)
        #expect(html.contains("2024-05 · Russian weapons: 112 (≥ 112) intercepted, 130 launched stated by 5 of 6 claims, 1 vague (6 claims)"))
        // ... Ukraine's weapons: "at least 20" is a bound, not a sum: no exact column, a pale one of 20
        #expect(html.contains("2024-05 · Ukrainian weapons: ≥ 20 intercepted (1 claim)"))
        // ... and the undated claim is noted
        #expect(html.contains(">≥ 20</text>"))
        #expect(html.contains("1 claim without an event date is not shown."))
    }
}
