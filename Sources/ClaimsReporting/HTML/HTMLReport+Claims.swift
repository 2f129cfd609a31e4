import ClaimsCore

extension HTMLReport {
    /// The claims with every citation: the verbatim quote and a link to its source.
    func claimsSection() -> String {
        guard !claims.isEmpty else { return "<p class=\"empty\">No claims match the filters.</p>" }
        var html = ""
        if claims.count < claimTotal {
            html += "<p class=\"note\">The first \(claims.count) of \(claimTotal) claims (by id); make the report with <code>--limit 0</code> to list them all.</p>\n"
        }
        html += """
            <div class="scroll"><table class="claims">
            <thead><tr><th class="num">ID</th><th>Date</th><th>Kind</th><th>System</th><th class="num">Count</th><th>Claimant</th><th>Place</th><th>Status</th><th>Quotes and sources</th></tr></thead>
            <tbody>

            """
        for claim in claims {
            let content = claim.content
            let system = taxonomy?.displayName(ofSystem: content.system) ?? content.system
            let claimant = taxonomy?.actor(id: content.claimant)?.name ?? content.claimant
            let place = content.location ?? content.place.map { taxonomy?.place(id: $0)?.name ?? $0 } ?? ""
            var count = content.count.description
            if let launched = content.launched { count += " of \(launched)" }
            let date = content.event.map { $0.start == $0.end ? $0.start.description : "\($0.start)..\($0.end)" } ?? ""
            html += "<tr><td class=\"num\">\(claim.id)</td><td class=\"date\">\(HTMLText.escape(date))</td>"
            html += "<td>\(HTMLText.escape(content.kind.rawValue))</td><td>\(HTMLText.escape(system))</td>"
            html += "<td class=\"num\">\(HTMLText.escape(count))</td><td>\(HTMLText.escape(claimant))</td>"
            html += "<td>\(HTMLText.escape(place))</td><td>\(HTMLText.escape(content.status.rawValue))</td><td>"
            for cited in claim.citations {
                var source = cited.outlet ?? cited.title ?? cited.url ?? "source \(cited.citation.sourceID)"
                if let published = cited.published { source += ", \(published)" }
                html += "<blockquote>“\(HTMLText.escape(cited.citation.quote))”</blockquote>"
                html += "<p class=\"cite\">— \(HTMLText.link(cited.url, text: source))"
                if let relay = cited.citation.relay { html += " <span class=\"relay\">via \(HTMLText.escape(relay))</span>" }
                html += "</p>"
            }
            html += "</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>"
    }

    /// Inline style: system fonts with Cyrillic coverage, print-friendly, no remote assets.
    static let css = """

        body { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", system-ui, -apple-system, Arial, sans-serif;
          color: #1d2329; background: #fff; margin: 0 auto; padding: 24px 32px; max-width: 1100px; line-height: 1.4; font-size: 14px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 1px solid #d5dbe0; padding-bottom: 4px; }
        .meta, .note { color: #56606a; font-size: 13px; }
        .empty { color: #56606a; font-style: italic; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; overflow-wrap: anywhere; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; margin: 12px 0; font-size: 13px; }
        th, td { border-bottom: 1px solid #e3e7eb; padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #f3f5f7; font-weight: 600; vertical-align: bottom; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        td.date, .scroll table:not(.claims) td:first-child { white-space: nowrap; }
        table.claims td { max-width: 420px; }
        blockquote { margin: 0 0 2px; font-style: italic; }
        p.cite { margin: 0 0 8px; font-size: 12px; color: #56606a; }
        .relay { color: #7a848e; }
        \(TallyChart.css)dl.stamp { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; font-size: 13px; }
        dl.stamp dt { font-weight: 600; }
        dl.stamp dd { margin: 0; }
        @media print { body { padding: 0; } .scroll { overflow: visible; } }

        """
}
