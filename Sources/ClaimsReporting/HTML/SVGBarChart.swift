import ClaimsCore

#if canImport(Glibc)
import Glibc  // log10
#elseif canImport(Darwin)
import Darwin
#endif

/// A horizontal bar chart of tally rows as inline SVG: the exact count as a solid bar, the lower
/// bounds of bounded claims as a pale extension, the known upper bounds as a whisker (with an
/// arrow when the maximum is open), the launched figure (where claims state one) as a thin bar
/// beneath, and the figures in words at the right.
///
/// When one bar dwarfs the rest (the smallest nonzero bar would be under ``minimumReadableWidth``
/// on a linear axis: 55,684 Shahed drones beside a single Kalibr), the axis is logarithmic
/// (`log(1 + n)`, grid lines at 0, 1, 10, 100...), so that every nonzero figure stays a visible
/// bar and a larger figure always draws a longer one.
struct SVGBarChart {
    struct Bar {
        var label: String
        var figures: TallyFigures
        /// A class added to the bar's rectangles (`side-russia`), to colour bars by party.
        var tone: String? = nil
        /// The figures in words at the right, instead of ``valueText(_:)``.
        var value: String? = nil
        /// A heading line drawn above the bar (a group of bars: one system, two parties' figures).
        var heading: Heading? = nil
    }

    /// A line of text above a group of bars, with its own words at the right.
    struct Heading {
        var text: String
        var value: String
    }

    /// How figures map to lengths.
    enum Scale: Equatable {
        /// Length proportional to the figure.
        case linear
        /// Length proportional to `log10(1 + figure)`: zero stays zero, one is a short bar.
        case logarithmic
    }

    var bars: [Bar]
    var width = 1000
    var labelWidth = 230
    var valueWidth = 330
    var rowHeight = 26
    /// `nil` chooses: logarithmic when a linear axis would leave a nonzero bar under ``minimumReadableWidth``.
    var scale: Scale?

    /// The longest label drawn whole (at 12 px, about 30 characters fit the 222 px left of the bars;
    /// longer ones end in "…" and keep their full text in a tooltip).
    static let labelCharacters = 30

    /// The narrowest a nonzero bar may be on a linear axis before the chart switches to a logarithmic one, in px.
    static let minimumReadableWidth = 4.0

    var plotWidth: Double { Double(width - labelWidth - valueWidth - 20) }

    /// The largest figure any bar reaches (exact, lower bound, known upper bound or launched).
    var largest: Int {
        bars.map { max($0.figures.count ?? 0, $0.figures.countMin, $0.figures.maximumSum, $0.figures.launched ?? 0) }.max() ?? 0
    }

    /// The scale used: the one asked for, or the one the figures need.
    var effectiveScale: Scale {
        if let scale { return scale }
        let smallest = bars.flatMap { [$0.figures.count ?? 0, $0.figures.countMin, $0.figures.launched ?? 0] }.filter { $0 > 0 }.min()
        guard let smallest, let top = Self.ticks(upTo: max(largest, 1)).last else { return .linear }
        return Double(smallest) / Double(top) * plotWidth < Self.minimumReadableWidth ? .logarithmic : .linear
    }

    /// The SVG element, or a short note when there is nothing to draw.
    func render(title: String) -> String {
        guard !bars.isEmpty else { return "<p class=\"empty\">No claims to chart.</p>" }
        let scale = effectiveScale
        let showsLaunched = bars.contains { $0.figures.launched != nil }
        let rowHeight = showsLaunched ? max(self.rowHeight, 32) : self.rowHeight
        let top = scale == .logarithmic ? 40 : 24
        let headingHeight = 22
        let height = top + bars.count * rowHeight + bars.filter { $0.heading != nil }.count * headingHeight + 8
        let ticks = scale == .logarithmic ? Self.logarithmicTicks(upTo: max(largest, 1)) : Self.ticks(upTo: max(largest, 1))
        let axisTop = Double(ticks.last ?? 1)
        let plotWidth = plotWidth
        /// The length of a bar reaching `value`.
        func length(_ value: Int) -> Double {
            guard value > 0 else { return 0 }
            switch scale {
            case .linear: return Double(value) / axisTop * plotWidth
            case .logarithmic: return log10(1 + Double(value)) / log10(1 + axisTop) * plotWidth
            }
        }
        let x0 = Double(labelWidth)
        var svg = """
            <svg class="chart" role="img" aria-label="\(HTMLText.escape(title))" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" xmlns="http://www.w3.org/2000/svg">

            """
        if scale == .logarithmic {
            svg += "<text class=\"scale\" x=\"\(HTMLText.number(x0))\" y=\"12\">logarithmic scale: each grid line is ten times the one before</text>\n"
        }
        for tick in ticks {
            let x = HTMLText.number(x0 + length(tick))
            svg += "<line class=\"grid\" x1=\"\(x)\" y1=\"\(top - 6)\" x2=\"\(x)\" y2=\"\(height - 8)\"/>"
            svg += "<text class=\"tick\" x=\"\(x)\" y=\"\(top - 10)\" text-anchor=\"middle\">\(Self.compact(tick))</text>\n"
        }
        var y = top
        for bar in bars {
            if let heading = bar.heading {
                let baseline = HTMLText.number(Double(y + headingHeight - 6))
                svg += "<text class=\"heading\" x=\"0\" y=\"\(baseline)\">\(HTMLText.escape(heading.text))</text>"
                svg += "<text class=\"value\" x=\"\(width - valueWidth)\" y=\"\(baseline)\">\(HTMLText.escape(heading.value))</text>\n"
                y += headingHeight
            }
            defer { y += rowHeight }
            let figures = bar.figures
            let tone = bar.tone.map { " " + HTMLText.escape($0) } ?? ""
            let barTop = Double(y) + 5
            let barHeight = showsLaunched ? 13.0 : Double(rowHeight) - 10
            let middle = barTop + barHeight / 2
            svg += "<text class=\"label\" x=\"\(labelWidth - 8)\" y=\"\(HTMLText.number(middle + 4))\" text-anchor=\"end\">"
            svg += "<title>\(HTMLText.escape(bar.label))</title>\(HTMLText.escape(HTMLText.clip(bar.label, to: Self.labelCharacters)))</text>"
            let exact = length(figures.count ?? 0)
            let minimum = length(figures.countMin)
            let barY = HTMLText.number(barTop)
            let barText = HTMLText.number(barHeight)
            if exact > 0 {
                svg += "<rect class=\"exact\(tone)\" x=\"\(HTMLText.number(x0))\" y=\"\(barY)\" width=\"\(HTMLText.number(exact))\" height=\"\(barText)\"/>"
            }
            if minimum > exact {
                svg += "<rect class=\"bounded\(tone)\" x=\"\(HTMLText.number(x0 + exact))\" y=\"\(barY)\" width=\"\(HTMLText.number(minimum - exact))\" height=\"\(barText)\"/>"
            }
            let maximum = length(figures.maximumSum)
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
            if let launched = figures.launched, launched > 0 {
                // Launched beside intercepted: a thin bar under the claimed figure, on the same axis.
                svg += "<rect class=\"launched\" x=\"\(HTMLText.number(x0))\" y=\"\(HTMLText.number(barTop + barHeight + 2))\" width=\"\(HTMLText.number(length(launched)))\" height=\"5\">"
                svg += "<title>\(HTMLText.escape("\(bar.label): \(Self.grouped(launched)) launched"))</title></rect>"
            }
            let value = bar.value ?? Self.valueText(figures)
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

    /// A total in words: "1,200", "1,200 (1,200–1,300)" with its bounds when they differ, the
    /// interval alone when no claim is exact ("≥ 20", "10–12"); `nil` when nothing bounds it
    /// (vague claims only).
    static func total(_ figures: TallyFigures, compact: Bool) -> String? {
        let bounds = compact ? figures.compactBoundsText : figures.boundsText
        guard let count = figures.count else { return bounds.isEmpty ? nil : bounds }
        return grouped(count) + (bounds.isEmpty ? "" : " (\(bounds))")
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

    /// Ticks of a logarithmic axis: 0, then the powers of ten up to the first at least `maximum`.
    static func logarithmicTicks(upTo maximum: Int) -> [Int] {
        var ticks = [0, 1]
        while let last = ticks.last, last < maximum { ticks.append(last * 10) }
        return ticks
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
