@testable import ClaimsReporting
import ClaimsCore
import Foundation
import Testing

@Suite struct ChartTests {
    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (1_817_886, "1,817,886"), (-37, "-37")])
    func groupsDigits(value: Int, text: String) {
        #expect(SVGBarChart.grouped(value) == text)
    }

    @Test(arguments: [(500, "500"), (1_500, "1,500"), (20_000, "20k"), (1_000_000, "1M"), (2_500_000, "2.5M")])
    func compactTickLabels(value: Int, text: String) {
        #expect(SVGBarChart.compact(value) == text)
    }

    @Test(arguments: [(1, [0, 1]), (7, [0, 2, 4, 6, 8]), (30, [0, 10, 20, 30]), (1_234, [0, 500, 1_000, 1_500])])
    func ticksAreRoundAndCoverTheMaximum(maximum: Int, ticks: [Int]) {
        #expect(SVGBarChart.ticks(upTo: maximum) == ticks)
    }

    @Test func monthAxisIsContinuousAcrossYears() {
        #expect(MonthAxis.monthRange(["2024-02", "2023-11"]) == ["2023-11", "2023-12", "2024-01", "2024-02"])
        #expect(MonthAxis.monthRange([]).isEmpty)
    }

    @Test func valueTextLeavesOutBoundsThatSayNothingNew() {
        var figures = TallyFigures()
        figures.add(kind: .intercept, count: .exactly(1_200), launched: 1_500)
        figures.add(kind: .intercept, count: .unknown(text: "several"), launched: nil)
        #expect(SVGBarChart.valueText(figures) == "1,200 of 1,500 launched · 1 vague")
        figures.add(kind: .intercept, count: CountWords.parse("at least 20")!, launched: nil)
        #expect(SVGBarChart.valueText(figures) == "1,200 of 1,500 launched · ≥ 1,220 · 1 vague")
    }

    // MARK: - One bar dwarfing the rest

    /// 55,684 Shahed drones (28,000 launched stated) beside 74 systems of 1 to 74 each.
    static func dwarfedRows() -> [TallyRow] {
        var rows: [TallyRow] = []
        var shahed = TallyFigures()
        shahed.add(kind: .intercept, count: .exactly(55_684), launched: 60_000)
        rows.append(TallyRow(keys: ["shahed-136"], figures: shahed, sources: 1))
        for n in 1...74 {
            var figures = TallyFigures()
            figures.add(kind: .intercept, count: .exactly(n), launched: n % 3 == 0 ? n + 2 : nil)
            rows.append(TallyRow(keys: ["system-\(n)"], figures: figures, sources: 1))
        }
        return rows
    }

    /// The `width` attribute of every `<rect class="CLASS">` in `svg`, in document order.
    static func widths(of rectClass: String, in svg: String) -> [Double] {
        svg.components(separatedBy: "<rect class=\"\(rectClass)\"").dropFirst().compactMap { element in
            guard let start = element.range(of: "width=\"") else { return nil }
            return Double(element[start.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test func everyNonzeroBarStaysVisibleWhenOneSystemDwarfsTheRest() {
        // Given one system with 55,684 intercepts and 74 with 1 to 74
        let rows = Self.dwarfedRows()
        // When the chart is drawn
        let svg = TallyChart.svg(rows: rows, dimension: .system, labels: TallyLabels(taxonomy: nil), title: "t")
        // Then the axis is logarithmic, every one of the 75 bars is at least 4 px wide,
        // and a larger count always draws a longer bar (largest first)
        #expect(svg.contains("logarithmic scale"))
        let widths = Self.widths(of: "exact", in: svg)
        #expect(widths.count == 75)
        #expect(widths.allSatisfy { $0 >= SVGBarChart.minimumReadableWidth }, "\(widths.filter { $0 < 4 })")
        #expect(zip(widths, widths.dropFirst()).allSatisfy { $0 > $1 })
        // ... and the 25 stated launched figures are drawn beside them
        #expect(Self.widths(of: "launched", in: svg).count == 1 + 74 / 3)
    }

    @Test func aLinearAxisWouldHideTheSmallBars() {
        // Given the same rows on a forced linear axis (what the report drew before)
        let bars = TallyChart.ordered(Self.dwarfedRows()).map { SVGBarChart.Bar(label: $0.keys[0] ?? "", figures: $0.figures) }
        let svg = SVGBarChart(bars: bars, scale: .linear).render(title: "t")
        // Then most bars are under a pixel: the check above is one that can fail
        let widths = Self.widths(of: "exact", in: svg)
        #expect(widths.filter { $0 < 1 }.count > 50)
        #expect(!svg.contains("logarithmic scale"))
    }

    @Test func comparableFiguresKeepALinearAxis() {
        // Given counts of the same order (40 to 120)
        let rows = [40, 75, 120].map { n -> TallyRow in
            var figures = TallyFigures()
            figures.add(kind: .intercept, count: .exactly(n), launched: nil)
            return TallyRow(keys: ["s\(n)"], figures: figures, sources: 1)
        }
        let svg = TallyChart.svg(rows: rows, dimension: .system, labels: TallyLabels(taxonomy: nil), title: "t")
        // Then the bars are proportional: 120 draws three times the length of 40
        let widths = Self.widths(of: "exact", in: svg)
        #expect(!svg.contains("logarithmic scale"))
        #expect(widths.count == 3)
        #expect(abs(widths[0] / widths[2] - 3) < 0.01)
    }

    @Test func longLabelsAreCutToFitLeftOfTheBars() {
        // Given a label of 35 characters
        var figures = TallyFigures()
        figures.add(kind: .intercept, count: .exactly(5), launched: nil)
        let label = "reconnaissance drone (type unknown)"
        let svg = SVGBarChart(bars: [.init(label: label, figures: figures)]).render(title: "t")
        // Then it is drawn cut to 30 characters, the whole text kept in its tooltip
        #expect(svg.contains("<title>\(label)</title>reconnaissance drone (type un…</text>"))
    }

    @Test(arguments: [(1, [0, 1]), (9, [0, 1, 10]), (10, [0, 1, 10]), (55_684, [0, 1, 10, 100, 1_000, 10_000, 100_000])])
    func logarithmicTicksArePowersOfTen(maximum: Int, ticks: [Int]) {
        #expect(SVGBarChart.logarithmicTicks(upTo: maximum) == ticks)
    }
}
