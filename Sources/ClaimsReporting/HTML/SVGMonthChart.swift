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
        var totals: [String: Int] = [:]
        var stacks: [String: [String: Int]] = [:]
        for cell in cells {
            totals[cell.month, default: 0] += cell.claims
            stacks[cell.month, default: [:]][cell.side, default: 0] += cell.claims
        }
        guard let axis = MonthAxis(months: cells.map(\.month), largest: totals.values.max() ?? 1, width: width, height: height) else {
            return "<p class=\"empty\">No dated claims to chart.</p>"
        }
        var svg = axis.header(title: title)
        let columnWidth = min(48, max(1, axis.slot * 0.7))
        for (index, month) in axis.months.enumerated() {
            let x = axis.slotStart(index) + (axis.slot - columnWidth) / 2
            var base = axis.baseline
            for side in Self.sides {
                guard let claims = stacks[month]?[side], claims > 0 else { continue }
                let h = axis.length(claims)
                base -= h
                svg += "<rect class=\"side-\(side)\" x=\"\(HTMLText.number(x))\" y=\"\(HTMLText.number(base))\" width=\"\(HTMLText.number(columnWidth))\" height=\"\(HTMLText.number(h))\">"
                svg += "<title>\(HTMLText.escape("\(month) · \(side): \(claims) claims"))</title></rect>"
            }
            if totals[month] == nil { svg += axis.gap(index, center: x + columnWidth / 2) }
            svg += axis.label(index) + "\n"
        }
        return svg + axis.footer()
    }
}
