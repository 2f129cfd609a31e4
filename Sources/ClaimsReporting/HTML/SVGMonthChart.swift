import ClaimsCore

/// Claims per month as inline SVG columns, stacked by the claimant's side, on a continuous
/// month axis: a month without claims gets no column (a gap, not a zero).
struct SVGMonthChart {
    /// Claims per (month, side) from a tally by `[.month, .side]`.
    var cells: [(month: String, side: String, claims: Int)]
    var width = 1000
    var height = 260

    static let sides = ["russia", "ukraine", "third-party"]

    /// The SVG element, or a note when no claim has a date.
    func render(title: String) -> String {
        let months = Self.monthRange(cells.map(\.month))
        guard !months.isEmpty else { return "<p class=\"empty\">No dated claims to chart.</p>" }
        var totals: [String: Int] = [:]
        var stacks: [String: [String: Int]] = [:]
        for cell in cells {
            totals[cell.month, default: 0] += cell.claims
            stacks[cell.month, default: [:]][cell.side, default: 0] += cell.claims
        }
        let left = 48.0, right = 12.0, top = 16.0, bottom = 40.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        let ticks = SVGBarChart.ticks(upTo: max(totals.values.max() ?? 1, 1))
        let scale = plotHeight / Double(ticks.last ?? 1)
        let slot = plotWidth / Double(months.count)
        let columnWidth = min(48, max(1, slot * 0.7))
        var svg = """
            <svg class="chart" role="img" aria-label="\(HTMLText.escape(title))" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" xmlns="http://www.w3.org/2000/svg">

            """
        for tick in ticks {
            let y = HTMLText.number(top + plotHeight - Double(tick) * scale)
            svg += "<line class=\"grid\" x1=\"\(HTMLText.number(left))\" y1=\"\(y)\" x2=\"\(HTMLText.number(left + plotWidth))\" y2=\"\(y)\"/>"
            svg += "<text class=\"tick\" x=\"\(HTMLText.number(left - 6))\" y=\"\(y)\" dy=\"4\" text-anchor=\"end\">\(SVGBarChart.compact(tick))</text>\n"
        }
        // Labels at least 64 px apart; January labels when they fit, else every n-th month.
        let labelEvery = max(1, Int((64 / slot).rounded(.up)))
        for (index, month) in months.enumerated() {
            let x = left + slot * Double(index) + (slot - columnWidth) / 2
            var base = top + plotHeight
            for side in Self.sides {
                guard let claims = stacks[month]?[side], claims > 0 else { continue }
                let h = Double(claims) * scale
                base -= h
                svg += "<rect class=\"side-\(side)\" x=\"\(HTMLText.number(x))\" y=\"\(HTMLText.number(base))\" width=\"\(HTMLText.number(columnWidth))\" height=\"\(HTMLText.number(h))\">"
                svg += "<title>\(HTMLText.escape("\(month) · \(side): \(claims) claims"))</title></rect>"
            }
            if totals[month] == nil {
                let center = HTMLText.number(x + columnWidth / 2)
                svg += "<circle class=\"gap\" cx=\"\(center)\" cy=\"\(HTMLText.number(top + plotHeight - 3))\" r=\"2\"><title>\(month): no claims</title></circle>"
            }
            if index % labelEvery == 0 {
                let center = HTMLText.number(left + slot * Double(index) + slot / 2)
                svg += "<text class=\"tick\" x=\"\(center)\" y=\"\(HTMLText.number(top + plotHeight + 18))\" text-anchor=\"middle\">\(month)</text>"
            }
            svg += "\n"
        }
        svg += "<line class=\"axis\" x1=\"\(HTMLText.number(left))\" y1=\"\(HTMLText.number(top + plotHeight))\" x2=\"\(HTMLText.number(left + plotWidth))\" y2=\"\(HTMLText.number(top + plotHeight))\"/>\n"
        return svg + "</svg>"
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
