@testable import ClaimsReporting
import ClaimsCore
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
        #expect(SVGMonthChart.monthRange(["2024-02", "2023-11"]) == ["2023-11", "2023-12", "2024-01", "2024-02"])
        #expect(SVGMonthChart.monthRange([]).isEmpty)
    }

    @Test func valueTextLeavesOutBoundsThatSayNothingNew() {
        var figures = TallyFigures()
        figures.add(kind: .intercept, count: .exactly(1_200), launched: 1_500)
        figures.add(kind: .intercept, count: .unknown(text: "several"), launched: nil)
        #expect(SVGBarChart.valueText(figures) == "1,200 of 1,500 launched · 1 vague")
        figures.add(kind: .intercept, count: CountWords.parse("at least 20")!, launched: nil)
        #expect(SVGBarChart.valueText(figures) == "1,200 of 1,500 launched · ≥ 1,220 · 1 vague")
    }
}
