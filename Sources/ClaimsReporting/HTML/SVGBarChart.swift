import ClaimsCore

/// A horizontal bar chart of tally rows as inline SVG: the exact count as a solid bar, the lower
/// bounds of bounded claims as a pale extension, the known upper bounds as a whisker (with an
/// arrow when the maximum is open), and the figures in words at the right.
struct SVGBarChart {
    struct Bar {
        var label: String
        var figures: TallyFigures
    }

    var bars: [Bar]
    var width = 1000
    var labelWidth = 230
    var valueWidth = 330
    var rowHeight = 26

    /// The SVG element, or a short note when there is nothing to draw.
    func render(title: String) -> String {
        guard !bars.isEmpty else { return "<p class=\"empty\">No claims to chart.</p>" }
        let plotWidth = Double(width - labelWidth - valueWidth - 20)
        let top = 24
        let height = top + bars.count * rowHeight + 8
        let largest = bars.map { max($0.figures.count ?? 0, $0.figures.countMin, $0.figures.maximumSum) }.max() ?? 0
        let ticks = Self.ticks(upTo: max(largest, 1))
        let scale = plotWidth / Double(ticks.last ?? 1)
        let x0 = Double(labelWidth)
        var svg = """
            <svg class="chart" role="img" aria-label="\(HTMLText.escape(title))" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" xmlns="http://www.w3.org/2000/svg">

            """
        for tick in ticks {
            let x = HTMLText.number(x0 + Double(tick) * scale)
            svg += "<line class=\"grid\" x1=\"\(x)\" y1=\"\(top - 6)\" x2=\"\(x)\" y2=\"\(height - 8)\"/>"
            svg += "<text class=\"tick\" x=\"\(x)\" y=\"\(top - 10)\" text-anchor=\"middle\">\(Self.compact(tick))</text>\n"
        }
        for (index, bar) in bars.enumerated() {
            let y = top + index * rowHeight
            let figures = bar.figures
            let middle = Double(y) + Double(rowHeight) / 2
            svg += "<text class=\"label\" x=\"\(labelWidth - 8)\" y=\"\(HTMLText.number(middle + 4))\" text-anchor=\"end\">"
            svg += "<title>\(HTMLText.escape(bar.label))</title>\(HTMLText.escape(HTMLText.clip(bar.label, to: 34)))</text>"
            let exact = Double(figures.count ?? 0) * scale
            let minimum = Double(figures.countMin) * scale
            let barY = HTMLText.number(Double(y) + 5)
            let barHeight = HTMLText.number(Double(rowHeight) - 10)
            if exact > 0 {
                svg += "<rect class=\"exact\" x=\"\(HTMLText.number(x0))\" y=\"\(barY)\" width=\"\(HTMLText.number(exact))\" height=\"\(barHeight)\"/>"
            }
            if minimum > exact {
                svg += "<rect class=\"bounded\" x=\"\(HTMLText.number(x0 + exact))\" y=\"\(barY)\" width=\"\(HTMLText.number(minimum - exact))\" height=\"\(barHeight)\"/>"
            }
            let maximum = Double(figures.maximumSum) * scale
            if maximum > minimum {
                let from = HTMLText.number(x0 + minimum)
                let to = HTMLText.number(x0 + maximum)
                svg += "<line class=\"whisker\" x1=\"\(from)\" y1=\"\(HTMLText.number(middle))\" x2=\"\(to)\" y2=\"\(HTMLText.number(middle))\"/>"
                svg += "<line class=\"whisker\" x1=\"\(to)\" y1=\"\(HTMLText.number(middle - 5))\" x2=\"\(to)\" y2=\"\(HTMLText.number(middle + 5))\"/>"
            }
            if figures.countMax == nil {
                let end = x0 + max(maximum, minimum, exact)
                svg += "<path class=\"open\" d=\"M\(HTMLText.number(end + 3)) \(HTMLText.number(middle - 4)) l7 4 l-7 4 z\"/>"
            }
            let value = Self.valueText(figures)
            svg += "<text class=\"value\" x=\"\(width - valueWidth)\" y=\"\(HTMLText.number(middle + 4))\">\(HTMLText.escape(value))</text>\n"
        }
        return svg + "</svg>"
    }

    /// "120 of 140 launched", "120 · 140–160", "– · 3 vague" ... (digits grouped: "1,817,886").
    static func valueText(_ figures: TallyFigures) -> String {
        var first = figures.count.map(grouped) ?? "–"
        if let launched = figures.launched { first += " of \(grouped(launched)) launched" }
        var parts = [first]
        // The bounds add something only when they differ from the exact count (the arrow already
        // says the maximum is open).
        if figures.countMin != (figures.count ?? 0) || (figures.countMax != nil && figures.countMax != figures.count) {
            if let countMax = figures.countMax {
                parts.append(countMax == figures.countMin ? grouped(countMax) : "\(grouped(figures.countMin))–\(grouped(countMax))")
            } else {
                parts.append("≥ \(grouped(figures.countMin))")
            }
        }
        if figures.unknownCountClaims > 0 { parts.append("\(grouped(figures.unknownCountClaims)) vague") }
        return parts.joined(separator: " · ")
    }

    /// `1817886` → "1,817,886".
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// Tick labels: "500", "20k", "1.5M".
    static func compact(_ value: Int) -> String {
        if value >= 1_000_000, value % 100_000 == 0 {
            return value % 1_000_000 == 0 ? "\(value / 1_000_000)M" : "\(value / 1_000_000).\(value % 1_000_000 / 100_000)M"
        }
        if value >= 10_000, value % 1_000 == 0 { return "\(value / 1_000)k" }
        return grouped(value)
    }

    /// Round tick values from 0 up to at least `maximum` (steps of 1, 2 or 5 × 10ⁿ, about five ticks).
    static func ticks(upTo maximum: Int) -> [Int] {
        var step = 1
        while maximum / step > 5 {
            if maximum / (step * 2) <= 5 { step *= 2; break }
            if maximum / (step * 5) <= 5 { step *= 5; break }
            step *= 10
        }
        var ticks: [Int] = []
        var value = 0
        while true {
            ticks.append(value)
            if value >= maximum { break }
            value += step
        }
        return ticks
    }
}
