import ClaimsCore
import ClaimsExtraction
import ClaimsStore
import ClaimsWorkflows
import Foundation

/// `/review`: the current article with every candidate's quote in `<mark>`, and the candidates
/// beside it with their fields pre-filled in an accept form and a reject form.
struct ReviewPage {
    let taxonomy: Taxonomy
    let csrfToken: String

    /// The queue's page for `source` (the oldest article with pending candidates when `nil`).
    ///
    /// - Parameter pending: The pending candidates of the ledger, oldest first.
    func render(pending: [QueuedCandidate], source: Source?, error: String? = nil) throws -> String {
        let originals = pending.filter { $0.copyOf == nil }
        guard let source, let sourceID = source.id else {
            return HTML.page(title: "Review", csrfToken: csrfToken, body: "<p>The queue is empty: <code>claims log FILE</code> adds candidates.</p>")
        }
        let entries = try originals.filter { $0.sourceID == sourceID }.map { ($0, try ReviewQueue.candidate($0)) }
        let articles = Set(originals.map(\.sourceID)).count
        var body = "<p id=\"status\" role=\"status\">\(error.map(HTML.escape) ?? "")</p>"
        body += "<p>\(entries.count) candidate(s) in this article; \(originals.count) pending in \(articles) article(s). Press <kbd>?</kbd> for the keys.</p>"
        body += """
            <div id="keys" class="hidden"><table>
            <tr><td><kbd>j</kbd> / <kbd>k</kbd></td><td>next / previous candidate</td></tr>
            <tr><td><kbd>Enter</kbd></td><td>accept (with the fields as edited) and move on</td></tr>
            <tr><td><kbd>x</kbd></td><td>reject (with an optional reason)</td></tr>
            <tr><td><kbd>e</kbd></td><td>edit the fields (<kbd>Enter</kbd> accepts, <kbd>Esc</kbd> leaves)</td></tr>
            <tr><td><kbd>a</kbd></td><td>accept all remaining candidates of this article</td></tr>
            <tr><td><kbd>c</kbd></td><td>"same as claim N?": yes, accept as a citation of claim N</td></tr>
            <tr><td><kbd>n</kbd></td><td>"same as claim N?": no, keep as a new claim (with the fields as edited)</td></tr>
            <tr><td><kbd>?</kbd></td><td>show or hide these keys</td></tr>
            </table></div>
            """
        let heading = [source.title, source.outlet, source.published?.description, source.url].compactMap { $0 }.joined(separator: " · ")
        body += "<div class=\"review\"><section><h2>\(HTML.escape(heading.isEmpty ? "source \(sourceID)" : heading))</h2>"
        body += "<div class=\"article\">\(highlighted(source.text ?? "", entries: entries))</div></section>"
        body += "<section><h2>Candidates</h2><ol id=\"candidates\">"
        for (entry, candidate) in entries { body += item(entry, candidate) }
        body += "</ol></section></div>"
        return HTML.page(title: "Review", csrfToken: csrfToken, body: body)
    }

    /// The article text, escaped, with each candidate's quote (first occurrence, no overlaps) in `<mark>`.
    func highlighted(_ text: String, entries: [(QueuedCandidate, Candidate)]) -> String {
        var spans: [(Range<String.Index>, Int64)] = []
        for (entry, _) in entries where !entry.quote.isEmpty {
            if let range = text.range(of: entry.quote), !spans.contains(where: { $0.0.overlaps(range) }) {
                spans.append((range, entry.id))
            }
        }
        spans.sort { $0.0.lowerBound < $1.0.lowerBound }
        var html = ""
        var position = text.startIndex
        for (range, id) in spans {
            html += HTML.escape(String(text[position..<range.lowerBound]))
            html += "<mark data-candidate=\"\(id)\">\(HTML.escape(String(text[range])))</mark>"
            position = range.upperBound
        }
        return html + HTML.escape(String(text[position...]))
    }

    /// The values the accept form starts with; a form post that leaves one unchanged is no correction.
    func prefilled(_ candidate: Candidate) -> [String: String] {
        var values: [String: String] = ["kind": candidate.kind.rawValue, "system": taxonomy.displayName(ofSystem: candidate.system)]
        if let exact = candidate.count.exact {
            values["count"] = String(exact)
        } else if let text = candidate.count.text {
            values["count_text"] = text
        }
        values["launched"] = candidate.launched.map(String.init)
        values["claimant"] = candidate.claimant.map { taxonomy.actor(id: $0)?.name ?? $0 }
        values["location"] = candidate.place.map { taxonomy.place(id: $0)?.name ?? $0 }
        values["date"] = candidate.event.map { $0.start == $0.end ? $0.start.description : "\($0.start)..\($0.end)" }
        return values
    }

    private func item(_ entry: QueuedCandidate, _ candidate: Candidate) -> String {
        func input(_ name: String, _ label: String, _ value: String?) -> String {
            "<label for=\"f\(entry.id)-\(name)\">\(label)</label><input id=\"f\(entry.id)-\(name)\" name=\"\(name)\" value=\"\(HTML.escape(value ?? ""))\">"
        }
        let kinds = ClaimKind.allCases.map {
            "<option\($0 == candidate.kind ? " selected" : "")>\(HTML.escape($0.rawValue))</option>"
        }.joined()
        let sameAs = entry.sameAs.map { " data-same-as=\"\($0)\"" } ?? ""
        var html = "<li class=\"candidate\" data-id=\"\(entry.id)\"\(sameAs)>"
        html += "<p class=\"quote\">“\(HTML.escape(candidate.quote))”</p>"
        html += "<p>candidate \(entry.id) · confidence \(CandidatePresenter.percent(candidate.confidence))</p>"
        html += "<form class=\"accept\" method=\"post\" action=\"/review/\(entry.id)/accept\">\(HTML.csrfField(csrfToken))<div class=\"fields\">"
        html += "<label for=\"f\(entry.id)-kind\">kind</label><select id=\"f\(entry.id)-kind\" name=\"kind\">\(kinds)</select>"
        let values = prefilled(candidate)
        for (name, label) in [
            ("system", "system"), ("count", "count"), ("count_text", "count (words)"), ("launched", "launched"),
            ("claimant", "claimant"), ("location", "place"), ("date", "date"),
        ] {
            html += input(name, label, values[name])
        }
        if let claim = entry.sameAs {
            // Claim identity found a stored claim this candidate possibly repeats: a person decides.
            html += "</div><p class=\"same-as\">Same as <a href=\"/claims/\(claim)\">claim \(claim)</a>? <kbd>c</kbd> yes, <kbd>n</kbd> no</p>"
            html += "<button type=\"submit\" name=\"as\" value=\"citation\">Accept as a citation of claim \(claim)</button>"
            html += "<button type=\"submit\" name=\"as\" value=\"new\">Keep as a new claim</button></form>"
        } else {
            html += "</div><button type=\"submit\">Accept</button></form>"
        }
        html += "<form class=\"reject\" method=\"post\" action=\"/review/\(entry.id)/reject\">\(HTML.csrfField(csrfToken))"
        html += "<input name=\"reason\" placeholder=\"reason (optional)\" aria-label=\"reason\"><button type=\"submit\">Reject</button></form>"
        return html + "</li>\n"
    }
}
