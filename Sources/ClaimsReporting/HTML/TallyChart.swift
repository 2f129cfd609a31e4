import ClaimsCore

/// The report's charts for other pages (`claims serve`'s `/tally`): the same SVG, the same style.
public enum TallyChart {
    /// The bar chart of tally rows grouped by one dimension, largest figure first: exact counts,
    /// bounds, launched figures, on a logarithmic axis when one bar dwarfs the rest.
    ///
    /// - Parameters:
    ///   - rows: Rows of a tally by `dimension` alone.
    ///   - dimension: What the rows are grouped by (labels the bars).
    ///   - labels: Display names for the keys.
    ///   - title: The chart's accessible name.
    /// - Returns: An `<svg>` element (or a note when there are no rows); style it with ``css``.
    /// - Complexity: O(n log n) in the number of rows.
    public static func svg(rows: [TallyRow], dimension: TallyDimension, labels: TallyLabels, title: String) -> String {
        let bars = ordered(rows).map { SVGBarChart.Bar(label: labels.text(for: $0.keys.first ?? nil, in: dimension), figures: $0.figures) }
        return SVGBarChart(bars: bars).render(title: title)
    }

    /// What the chart's marks mean, for a note beside it.
    public static let legend = """
        Solid: the sum of exact counts. Pale: lower bounds of "at least" and range claims. Whisker: known upper \
        bounds; an arrow means the maximum is open (a claim without one). Thin grey bar: the number launched, where \
        the claims state it. Vague counts ("several") are never summed: they are counted as vague. When one bar \
        dwarfs the rest the axis is logarithmic, so that every bar stays visible.
        """

    /// Rows by their exact count, then lower bound, then claims, largest first (ties in key order).
    static func ordered(_ rows: [TallyRow]) -> [TallyRow] {
        rows.sorted { lhs, rhs in
            let left = (lhs.figures.count ?? 0, lhs.figures.countMin, lhs.figures.claims)
            let right = (rhs.figures.count ?? 0, rhs.figures.countMin, rhs.figures.claims)
            return left != right ? left > right : TallyRow.keyOrder(lhs, rhs)
        }
    }

    /// The charts' style rules (no selectors outside `svg`, the side and party colours and the legend keys).
    public static let css = """
        svg.chart { display: block; max-width: 100%; height: auto; margin: 8px 0; font-size: 12px; }
        svg .label { fill: #1d2329; }
        svg .tick, svg .value { fill: #56606a; }
        svg .scale { fill: #56606a; font-style: italic; }
        svg .grid { stroke: #e3e7eb; stroke-width: 1; }
        svg .axis { stroke: #8a949e; stroke-width: 1; }
        svg .exact { fill: #2d6cb5; }
        svg .bounded { fill: #a9c6e8; }
        svg .whisker { stroke: #2d6cb5; stroke-width: 1.5; }
        svg .open { fill: #2d6cb5; }
        svg .launched { fill: #b9c0c7; }
        svg .gap { fill: none; stroke: #b0b8c0; }
        svg .heading { fill: #1d2329; font-weight: 600; }
        svg .exact.side-russia, svg .exact.party-a { fill: #c0392b; }
        svg .bounded.side-russia, svg .bounded.party-a { fill: #e6b3ad; }
        svg .exact.side-ukraine, svg .exact.party-b { fill: #2d6cb5; }
        svg .bounded.side-ukraine, svg .bounded.party-b { fill: #a9c6e8; }
        svg .exact.side-third-party { fill: #5f6b76; }
        svg .bounded.side-third-party { fill: #c5ccd3; }
        svg .vague { fill: #fff; stroke: #2d6cb5; }
        .legend { font-size: 13px; }
        .key { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: -1px; }
        .key.exact, .key.party-b { background: #2d6cb5; }
        .key.bounded { background: #a9c6e8; }
        .key.launched { background: #b9c0c7; }
        .key.party-a { background: #c0392b; }
        .side-russia { fill: #c0392b; background: #c0392b; }
        .side-ukraine { fill: #2d6cb5; background: #2d6cb5; }
        .side-third-party { fill: #8a949e; background: #8a949e; }

        """
}
