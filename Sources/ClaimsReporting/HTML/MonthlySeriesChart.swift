import ClaimsCore

/// Claimed launched against claimed intercepted, per month, in one panel per side whose weapons
/// they were: the rows of `claims tally --by weapon_side,month --kind intercept`, drawn.
///
/// Every month from the first to the last is a slot (a month without claims is a gap, not a zero).
/// In a slot, a grey column is the launched figure the intercept claims state ("28 of 31": 31),
/// and beside it the intercepted count: exact counts solid, the lower bounds of bounded claims
/// pale above them, known upper bounds as a whisker, and a hollow dot when the month's claims are
/// all vague (never summed). The figures are the tally's own (one claim counted once however many
/// outlets relay it; composites whole), so the chart shows nothing the tally does not. Each panel
/// has its own linear axis: one side's volume does not flatten the other's. Shared by
/// `claims report` and the `/tally` page of `claims serve`.
public enum MonthlySeriesChart {
    /// What the chart draws, for a note beside it.
    public static let legend = """
        Per month of the event, the intercept claims about each side's weapons, counted as claims tally counts them: \
        each claim once however many outlets relay it, vague counts ("several") never summed (a hollow dot marks a \
        month with only those), composite groups never split. Grey: launched, as the same claims state it ("28 of \
        31"); when not every claim states it, the column is the part stated (its tooltip says how many do). Solid: \
        intercepted, exact counts; pale: lower bounds of "at least" and range claims; whisker: known upper bounds. \
        A month without claims is left empty. Each panel has its own scale.
        """

    /// The panels of tally rows by `[.weaponSide, .month]` (intercept claims).
    ///
    /// - Parameters:
    ///   - report: A tally whose dimensions are `weapon_side` and `month` (in either order).
    ///   - title: The charts' accessible name (each panel adds its side).
    /// - Returns: HTML: a legend and one `<h3>` and `<svg>` per weapon side, or a note when no
    ///   claim has an event date; every text escaped. Style it with ``TallyChart/css``.
    /// - Complexity: O(*m* · *s*) for *m* months and *s* weapon sides.
    public static func html(_ report: TallyReport, title: String) -> String {
        guard let sideIndex = report.dimensions.firstIndex(of: .weaponSide), let monthIndex = report.dimensions.firstIndex(of: .month) else {
            return "<p class=\"empty\">No monthly series: the tally is not by weapon side and month.</p>"
        }
        var panels: [String?: [String: TallyFigures]] = [:]
        var undated = 0
        for row in report.rows {
            guard let month = row.keys[monthIndex] else { undated += row.figures.claims; continue }
            panels[row.keys[sideIndex], default: [:]][month, default: TallyFigures()].merge(row.figures)
        }
        var html = ""
        if undated > 0 {
            html += "<p class=\"note\">\(undated) claim\(undated == 1 ? "" : "s") without an event date \(undated == 1 ? "is" : "are") not shown.</p>\n"
        }
        let allMonths = panels.values.flatMap(\.keys)
        guard !allMonths.isEmpty else { return html + "<p class=\"empty\">No intercept claims with an event date to chart.</p>" }
        html += "<p class=\"legend\"><span class=\"key launched\"></span>launched <span class=\"key exact\"></span>intercepted (exact) "
        html += "<span class=\"key bounded\"></span>lower bounds</p>\n"
        let order = ["russia", "ukraine", "third-party"]
        let sides = panels.keys.sorted { (order.firstIndex(of: $0 ?? "") ?? order.count, $0 ?? "~") < (order.firstIndex(of: $1 ?? "") ?? order.count, $1 ?? "~") }
        for side in sides {
            let name = TallyLabels.weapons(of: side)
            html += "<h3>\(HTMLText.escape(name))</h3>\n"
            html += panel(months: panels[side] ?? [:], range: allMonths, name: name, title: "\(title): \(name)") + "\n"
        }
        return html
    }

    /// One side's panel: launched and intercepted columns per month over `range`.
    static func panel(months: [String: TallyFigures], range: [String], name: String, title: String, width: Int = 1000, height: Int = 240) -> String {
        let largest = months.values.map { max($0.countMin, $0.maximumSum, $0.launched ?? 0) }.max() ?? 1
        guard let axis = MonthAxis(months: range, largest: largest, width: width, height: height) else { return "" }
        var svg = axis.header(title: title)
        let column = min(18, max(1, axis.slot * 0.35))
        for (index, month) in axis.months.enumerated() {
            let center = axis.slotStart(index) + axis.slot / 2
            guard let figures = months[month] else {
                svg += axis.gap(index, center: center) + axis.label(index) + "\n"
                continue
            }
            let tooltip = HTMLText.escape("\(month) · \(name): \(tooltipText(figures))")
            if let launched = figures.launched, launched > 0 {
                svg += rect("launched", x: center - column - 1, top: axis.baseline - axis.length(launched), width: column, height: axis.length(launched), tooltip: tooltip)
            }
            let x = center + 1
            let exact = axis.length(figures.count ?? 0)
            let minimum = axis.length(figures.countMin)
            if exact > 0 { svg += rect("exact", x: x, top: axis.baseline - exact, width: column, height: exact, tooltip: tooltip) }
            if minimum > exact { svg += rect("bounded", x: x, top: axis.baseline - minimum, width: column, height: minimum - exact, tooltip: tooltip) }
            let maximum = axis.length(figures.maximumSum)
            if maximum > minimum {
                let middle = HTMLText.number(x + column / 2)
                svg += "<line class=\"whisker\" x1=\"\(middle)\" y1=\"\(HTMLText.number(axis.baseline - minimum))\" x2=\"\(middle)\" y2=\"\(HTMLText.number(axis.baseline - maximum))\"/>"
            }
            if figures.countMin == 0, figures.maximumSum == 0 {
                // Only vague claims: nothing to sum, but the month is not a gap.
                svg += "<circle class=\"vague\" cx=\"\(HTMLText.number(x + column / 2))\" cy=\"\(HTMLText.number(axis.baseline - 4))\" r=\"3\"><title>\(tooltip)</title></circle>"
            }
            if axis.slot >= 56 {
                // "28/31"; the interval when no claim is exact ("≥ 20", "10–12"); launched after the slash.
                let intercepted = figures.count.map(SVGBarChart.grouped) ?? (figures.compactBoundsText.isEmpty ? "–" : figures.compactBoundsText)
                let text = intercepted + (figures.launched.map { "/" + SVGBarChart.grouped($0) } ?? "")
                let y = axis.baseline - max(exact, minimum, maximum, axis.length(figures.launched ?? 0)) - 4
                svg += "<text class=\"value\" x=\"\(HTMLText.number(center))\" y=\"\(HTMLText.number(y))\" text-anchor=\"middle\">\(HTMLText.escape(text))</text>"
            }
            svg += axis.label(index) + "\n"
        }
        return svg + axis.footer()
    }

    /// `<rect class="CLASS" ...><title>TOOLTIP</title></rect>` (the tooltip already escaped).
    private static func rect(_ rectClass: String, x: Double, top: Double, width: Double, height: Double, tooltip: String) -> String {
        "<rect class=\"\(rectClass)\" x=\"\(HTMLText.number(x))\" y=\"\(HTMLText.number(top))\" width=\"\(HTMLText.number(width))\" height=\"\(HTMLText.number(height))\"><title>\(tooltip)</title></rect>"
    }

    /// "28 intercepted of 31 launched (2 claims)", "30 intercepted, 31 launched stated by 1 of 2
    /// claims (2 claims)", "≥ 20 intercepted (1 claim)", with bounds and vague claims.
    static func tooltipText(_ figures: TallyFigures) -> String {
        var text = (SVGBarChart.total(figures, compact: false) ?? "–") + " intercepted"
        if let launched = figures.launched {
            text += figures.launchedClaims == figures.claims
                ? " of \(SVGBarChart.grouped(launched)) launched"
                : ", \(SVGBarChart.grouped(launched)) launched stated by \(figures.launchedClaims) of \(figures.claims) claims"
        }
        if figures.unknownCountClaims > 0 { text += ", \(figures.unknownCountClaims) vague" }
        return text + " (\(figures.claims) claim\(figures.claims == 1 ? "" : "s"))"
    }
}
