import ClaimsCore

/// The chart of a ``Comparison``: for each row (one side's weapons and one system, month or
/// event), a heading and one bar per party that has claims in it, side by side on one axis.
///
/// A party's bar is what it says happened to those weapons, counted as the comparison counts:
/// intercepted plus hits claimed, exact counts solid, the lower bounds of bounded claims pale,
/// known upper bounds as a whisker; its launched figure is the thin grey bar beneath. Bars take
/// the colour of the party's side. Figures about one side's weapons are never drawn in the same
/// group as figures about the other side's, as in the table. The axis is logarithmic when one
/// figure dwarfs the rest (the rule of ``TallyChart``). Shared by `claims report` and the
/// `/compare` page of `claims serve`.
public enum ComparisonChart {
    /// The most rows drawn: the largest ones by system, the first ones by month or event (the
    /// table below the chart lists them all).
    public static let maximumRows = 40

    /// The legend, a note when rows were left out, and the chart.
    ///
    /// - Parameters:
    ///   - comparison: The rows to draw.
    ///   - labels: Display names for systems.
    ///   - title: The chart's accessible name.
    /// - Returns: HTML (every text escaped); style it with ``TallyChart/css``. A note alone when
    ///   no party has claims.
    /// - Complexity: O(n log n) in the number of rows.
    public static func html(_ comparison: Comparison, labels: TallyLabels, title: String) -> String {
        let rows = ordered(comparison)
        guard !rows.isEmpty else { return "<p class=\"empty\">No claims by either party to chart.</p>" }
        var html = "<p class=\"legend\">"
        for (index, party) in comparison.parties.enumerated() {
            html += "<span class=\"key \(tone(of: index, in: comparison))\"></span>\(HTMLText.escape(party.name)) (intercepted + hits claimed) "
        }
        html += "<span class=\"key launched\"></span>launched, as each party states it</p>\n"
        if rows.count > maximumRows {
            let which = comparison.grouping == .system ? "largest" : "first"
            html += "<p class=\"note\">The \(which) \(maximumRows) of \(rows.count) rows are drawn; the table lists them all.</p>\n"
        }
        let drawn = rows.prefix(maximumRows).flatMap { bars(of: $0, in: comparison, labels: labels) }
        return html + SVGBarChart(bars: drawn).render(title: title)
    }

    /// The bars of one row: a heading (the key, the weapons, the derived figures; who has no
    /// claims), then one bar per party with claims in the row.
    static func bars(of row: Comparison.Row, in comparison: Comparison, labels: TallyLabels) -> [SVGBarChart.Bar] {
        // The derived figures after the key (the left has room); at the right, who has no claims.
        var text = [headingText(of: row, in: comparison, labels: labels)]
        if let share = row.shareIntercepted { text.append("\(Comparison.percent(share)) intercepted") }
        if let unaccounted = row.unaccounted { text.append("\(SVGBarChart.grouped(unaccounted)) unaccounted") }
        let silent = zip(comparison.parties, row.parties).filter { $0.1.claims == 0 }.map { "\($0.0.name): no claims" }
        let heading = SVGBarChart.Heading(text: text.joined(separator: " · "), value: silent.joined(separator: " · "))
        var bars: [SVGBarChart.Bar] = []
        for (index, (party, figures)) in zip(comparison.parties, row.parties).enumerated() where figures.claims > 0 {
            bars.append(SVGBarChart.Bar(
                label: party.name, figures: barFigures(figures), tone: tone(of: index, in: comparison),
                value: valueText(figures), heading: bars.isEmpty ? heading : nil
            ))
        }
        return bars
    }

    /// "Shahed-136 · Russian weapons", "2024-05 · Ukrainian weapons", "2024-05-14 → 2024-05-15 · kalibr".
    static func headingText(of row: Comparison.Row, in comparison: Comparison, labels: TallyLabels) -> String {
        let key: String
        switch comparison.grouping {
        case .system: key = labels.text(for: row.key, in: .system)
        case .month: key = labels.text(for: row.key, in: .month)
        case .event: key = Comparison.window(row) + " · " + labels.text(for: row.key, in: .system)
        }
        return "\(key) · \(TallyLabels.weapons(of: row.weaponSide?.rawValue))"
    }

    /// A party's outcomes (intercepted plus hits) with its launched figure as the party states it.
    static func barFigures(_ party: PartyFigures) -> TallyFigures {
        var figures = party.outcomes
        figures.launchedClaims = party.launched == nil ? 0 : 1
        figures.launchedSum = party.launched ?? 0
        return figures
    }

    /// "28 intercepted · 3 hits · 31 launched · 1 vague" (bounds in parentheses, as in the table;
    /// vague claims only counted).
    static func valueText(_ party: PartyFigures) -> String {
        var parts: [String] = []
        if let intercepted = SVGBarChart.total(party.intercepts, compact: true) { parts.append("\(intercepted) intercepted") }
        if let struck = SVGBarChart.total(party.strikes, compact: true) { parts.append("\(struck) hits") }
        if let launched = party.launched { parts.append("\(SVGBarChart.grouped(launched)) launched") }
        if party.unknownCountClaims > 0 { parts.append("\(SVGBarChart.grouped(party.unknownCountClaims)) vague") }
        return parts.isEmpty ? "\(party.claims) claims, no figure" : parts.joined(separator: " · ")
    }

    /// The colour class of a party: its side's when the two parties are on different sides,
    /// else by position (`party-a`, `party-b`).
    static func tone(of index: Int, in comparison: Comparison) -> String {
        let sides = comparison.parties.map(\.side)
        if let side = sides[index], Set(sides.compactMap { $0 }).count == sides.count { return "side-\(side.rawValue)" }
        return index == 0 ? "party-a" : "party-b"
    }

    /// Rows with claims, largest figure first by system (ties in the table's order); by month or
    /// event in the table's order.
    static func ordered(_ comparison: Comparison) -> [Comparison.Row] {
        let rows = comparison.rows.filter { $0.parties.contains { $0.claims > 0 } }
        guard comparison.grouping == .system else { return rows }
        func largest(_ row: Comparison.Row) -> Int {
            row.parties.map { max($0.outcomes.count ?? 0, $0.outcomes.countMin, $0.launched ?? 0) }.max() ?? 0
        }
        return rows.enumerated().sorted { lhs, rhs in
            let left = largest(lhs.element), right = largest(rhs.element)
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
