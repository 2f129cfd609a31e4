import ClaimsCore

/// The frame of a column chart over months: a continuous month axis (a month without data is a
/// slot left empty, not a zero), a linear value axis with round ticks, the grid and the labels.
/// Shared by ``SVGMonthChart`` and ``MonthlySeriesChart``.
struct MonthAxis {
    /// Every month from the first to the last, `YYYY-MM`.
    let months: [String]
    /// The SVG's size in px.
    let width: Int
    let height: Int
    /// The value axis' ticks, from 0 up to at least the largest value.
    let ticks: [Int]
    /// The margins around the plot, in px: tick labels at the left, month labels below.
    let left = 48.0, right = 12.0, top = 16.0, bottom = 40.0

    /// The frame for `months` (any order, repeats allowed) and values up to `largest`; `nil` when
    /// there is no month.
    init?(months: [String], largest: Int, width: Int, height: Int) {
        self.months = Self.monthRange(months)
        guard !self.months.isEmpty else { return nil }
        self.width = width
        self.height = height
        self.ticks = SVGBarChart.ticks(upTo: max(largest, 1))
    }

    /// The plot's size inside the margins.
    var plotWidth: Double { Double(width) - left - right }
    var plotHeight: Double { Double(height) - top - bottom }
    /// The y of the value axis' zero.
    var baseline: Double { top + plotHeight }
    /// The width of one month's slot.
    var slot: Double { plotWidth / Double(months.count) }
    /// The x where month `index`'s slot starts.
    func slotStart(_ index: Int) -> Double { left + slot * Double(index) }
    /// The height of a column reaching `value`.
    func length(_ value: Int) -> Double { Double(value) * (plotHeight / Double(ticks.last ?? 1)) }

    /// The opening `<svg>` tag and the horizontal grid with its tick labels.
    func header(title: String) -> String {
        var svg = """
            <svg class="chart" role="img" aria-label="\(HTMLText.escape(title))" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" xmlns="http://www.w3.org/2000/svg">

            """
        for tick in ticks {
            let y = HTMLText.number(baseline - length(tick))
            svg += "<line class=\"grid\" x1=\"\(HTMLText.number(left))\" y1=\"\(y)\" x2=\"\(HTMLText.number(left + plotWidth))\" y2=\"\(y)\"/>"
            svg += "<text class=\"tick\" x=\"\(HTMLText.number(left - 6))\" y=\"\(y)\" dy=\"4\" text-anchor=\"end\">\(SVGBarChart.compact(tick))</text>\n"
        }
        return svg
    }

    /// The label under month `index` (labels at least 64 px apart: every n-th month), or nothing.
    func label(_ index: Int) -> String {
        let labelEvery = max(1, Int((64 / slot).rounded(.up)))
        guard index % labelEvery == 0 else { return "" }
        let center = HTMLText.number(slotStart(index) + slot / 2)
        return "<text class=\"tick\" x=\"\(center)\" y=\"\(HTMLText.number(baseline + 18))\" text-anchor=\"middle\">\(months[index])</text>"
    }

    /// A hollow dot on the axis under month `index` ("no claims": a gap, not a zero).
    func gap(_ index: Int, center: Double) -> String {
        "<circle class=\"gap\" cx=\"\(HTMLText.number(center))\" cy=\"\(HTMLText.number(baseline - 3))\" r=\"2\"><title>\(months[index]): no claims</title></circle>"
    }

    /// The axis line and the closing tag.
    func footer() -> String {
        "<line class=\"axis\" x1=\"\(HTMLText.number(left))\" y1=\"\(HTMLText.number(baseline))\" x2=\"\(HTMLText.number(left + plotWidth))\" y2=\"\(HTMLText.number(baseline))\"/>\n</svg>"
    }

    /// Every month from the first to the last of `months` (`YYYY-MM`), in order.
    static func monthRange(_ months: [String]) -> [String] {
        let parsed = months.compactMap { CalendarDate($0 + "-01") }
        guard let first = parsed.min(), let last = parsed.max() else { return [] }
        var out: [String] = []
        var year = first.year, month = first.month
        while (year, month) <= (last.year, last.month) {
            out.append(String(CalendarDate(year: year, month: month, day: 1)!.description.prefix(7)))
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return out
    }
}
