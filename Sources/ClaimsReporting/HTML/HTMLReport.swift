import ClaimsCore

/// The self-contained HTML report: inline CSS and SVG, no scripts, no remote assets.
///
/// Sections: the filters and stamp, the intercept tally per system (bar chart and table), the
/// claims per month (stacked by side), launched and intercepted per month for each side's weapons,
/// the two sides side by side (chart and table), and the claims with their quotes and source links. Every piece of text is escaped with ``HTMLText``.
public struct HTMLReport: Sendable {
    public var title: String
    /// The filters in words ("kind: intercept"), empty for the whole ledger.
    public var filters: [String]
    public var stamp: ReportStamp
    /// Intercept claims tallied by `[.system]`.
    public var interceptsBySystem: [TallyRow]
    /// Claims tallied by `[.month, .side]`.
    public var claimsByMonthAndSide: [TallyRow]
    /// Intercept claims tallied by `[.weaponSide, .month]`.
    public var interceptsByWeaponSideAndMonth: [TallyRow]
    /// The two sides by system.
    public var sides: Comparison
    /// The claims listed (possibly the first ones only).
    public var claims: [LedgerClaim]
    /// How many claims the filters select (the list may show fewer).
    public var claimTotal: Int
    public var taxonomy: Taxonomy?

    public init(
        title: String, filters: [String], stamp: ReportStamp, interceptsBySystem: [TallyRow],
        claimsByMonthAndSide: [TallyRow], interceptsByWeaponSideAndMonth: [TallyRow], sides: Comparison, claims: [LedgerClaim], claimTotal: Int, taxonomy: Taxonomy?
    ) {
        self.title = title
        self.filters = filters
        self.stamp = stamp
        self.interceptsBySystem = interceptsBySystem
        self.claimsByMonthAndSide = claimsByMonthAndSide
        self.interceptsByWeaponSideAndMonth = interceptsByWeaponSideAndMonth
        self.sides = sides
        self.claims = claims
        self.claimTotal = claimTotal
        self.taxonomy = taxonomy
    }

    /// The whole document.
    public func render() -> String {
        let labels = TallyLabels(taxonomy: taxonomy)
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(HTMLText.escape(stamp.tool))">
            <title>\(HTMLText.escape(title))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(title))</h1>
            <p class="meta">\(HTMLText.escape(filterSummary)) · generated \(HTMLText.escape(stamp.generatedAt)) · ledger head <code>\(HTMLText.escape(String(stamp.headHash.prefix(16))))…</code></p>
            </header>

            """
        html += section(id: "intercepts", title: "Claimed intercepts per system", body: interceptSection(labels: labels))
        html += section(id: "months", title: "Claims per month", body: monthSection())
        html += section(id: "series", title: "Launched and intercepted per month, by whose weapons", body: seriesSection())
        html += section(id: "sides", title: "The two sides, side by side", body: sidesSection(labels: labels))
        html += section(id: "claims", title: "Claims and their sources", body: claimsSection())
        html += section(id: "stamp", title: "Filters and reproducibility", body: stampSection())
        html += "</body>\n</html>\n"
        return html
    }

    var filterSummary: String {
        filters.isEmpty ? "All current claims" : "Filters: " + filters.joined(separator: "; ")
    }

    func section(id: String, title: String, body: String) -> String {
        "<section id=\"\(id)\">\n<h2>\(HTMLText.escape(title))</h2>\n\(body)\n</section>\n"
    }

    // MARK: - Sections

    func interceptSection(labels: TallyLabels) -> String {
        let ordered = TallyChart.ordered(interceptsBySystem)
        let table = TallyReport(dimensions: [.system], rows: ordered).table(labels: labels)
        return """
            <p class="note">\(HTMLText.escape(TallyChart.legend))</p>
            \(TallyChart.svg(rows: ordered, dimension: .system, labels: labels, title: "Claimed intercepts per system"))
            \(HTMLTable.render(table))
            """
    }

    func monthSection() -> String {
        var cells: [(month: String, side: String, claims: Int)] = []
        var undated = 0
        for row in claimsByMonthAndSide {
            guard let month = row.keys.first ?? nil else { undated += row.figures.claims; continue }
            cells.append((month, (row.keys.count > 1 ? row.keys[1] : nil) ?? "third-party", row.figures.claims))
        }
        let chart = SVGMonthChart(cells: cells)
        let legend = SVGMonthChart.sides.map { "<span class=\"key side-\($0)\"></span>\(HTMLText.escape($0))" }.joined(separator: " ")
        var note = "Number of claims per month of the event, by the claimant's side. A month without claims is left empty: no report is not zero."
        if undated > 0 { note += " \(undated) claim\(undated == 1 ? "" : "s") without an event date \(undated == 1 ? "is" : "are") not shown." }
        return """
            <p class="note">\(HTMLText.escape(note))</p>
            <p class="legend">\(legend)</p>
            \(chart.render(title: "Claims per month"))
            """
    }

    func seriesSection() -> String {
        let report = TallyReport(dimensions: [.weaponSide, .month], rows: interceptsByWeaponSideAndMonth)
        return """
            <p class="note">\(HTMLText.escape(MonthlySeriesChart.legend)) The rows of <code>claims tally --by weapon_side,month --kind intercept</code>.</p>
            \(MonthlySeriesChart.html(report, title: "Launched and intercepted per month"))
            """
    }

    func sidesSection(labels: TallyLabels) -> String {
        guard !sides.rows.isEmpty else { return "<p class=\"empty\">No claims by either side.</p>" }
        return """
            <p class="note">What \(HTMLText.escape(sides.a.name)) and \(HTMLText.escape(sides.b.name)) claim, per system and per side whose weapons the claims are about (a row never sets one side's weapons against the other's): the rows of <code>claims compare --between russia,ukraine --by system</code>. LAUNCHED, INTERCEPTED and STRUCK (hits claimed) sum exact counts, with bounds in parentheses; vague counts are never summed. UNACCOUNTED is launched minus the defender's intercepted minus the attacker's hits, and INTERCEPTED % the defender's intercepted over launched, shown only when every count involved is exact.</p>
            \(ComparisonChart.html(sides, labels: labels, title: "The two sides' figures per system"))
            \(HTMLTable.render(sides.table(labels: labels)))
            """
    }

    func stampSection() -> String {
        let rows: [(String, String)] = [
            ("Filters", filters.isEmpty ? "none (all current claims)" : filters.joined(separator: "; ")),
            ("Filters (JSON)", stamp.filters),
            ("Ledger head", stamp.headHash),
            ("Ledger size", "\(stamp.claims) claims, \(stamp.revisions) revisions"),
            ("Tool", stamp.tool),
            ("Generated", stamp.generatedAt),
        ]
        let items = rows.map { "<dt>\(HTMLText.escape($0.0))</dt><dd><code>\(HTMLText.escape($0.1))</code></dd>" }.joined(separator: "\n")
        return """
            <p class="note">Counting rules: claims, not citations, are counted; retracted and merged claims are left out; composite systems are their own group. Regenerate these numbers with <code>claims tally</code> on a ledger whose <code>claims verify</code> passes with this head.</p>
            <dl class="stamp">
            \(items)
            </dl>
            """
    }
}
