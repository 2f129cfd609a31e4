import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows
import Foundation
import Hummingbird

extension PagesController {
    /// `/tally?by=system&kind=intercept`: the CLI's rows as a table, with the JSON download; the
    /// report's chart when the rows are by one dimension, and the monthly series of launched and
    /// intercepted per side's weapons (the report's too) unless another kind than intercept is asked for.
    @Sendable func tally(_ request: Request, context: Context) async throws -> Response {
        try await APIController<Context>.mapping {
            let query = TallyQuery(store: store, query: request.uri.queryParameters)
            let report = try query.report()
            let table = report.table(labels: TallyLabels(taxonomy: store.taxonomy))
            var body = "<form method=\"get\" action=\"/tally\"><label>by <input name=\"by\" value=\"\(HTML.escape(request.uri.queryParameters.get("by") ?? "system"))\"></label> "
            body += "<label>kind <input name=\"kind\" value=\"\(HTML.escape(request.uri.queryParameters.get("kind") ?? ""))\"></label> <button>Tally</button></form>"
            if report.dimensions.count == 1, let dimension = report.dimensions.first, !report.rows.isEmpty {
                // The report's chart: readable when one row dwarfs the rest (logarithmic axis).
                body += "<p class=\"note\">\(HTML.escape(TallyChart.legend))</p>"
                body += TallyChart.svg(rows: report.rows, dimension: dimension, labels: TallyLabels(taxonomy: store.taxonomy), title: "Tally by \(dimension.rawValue)")
            }
            body += HTML.table(headers: table.columns.map(\.title), rows: table.rows)
            let json = "/api/tally" + (request.uri.query.map { "?" + $0 } ?? "")
            body += "<p><a href=\"\(HTML.escape(json))\">JSON</a></p>"
            if let series = try query.monthlySeries() {
                body += "<h2 id=\"series\">Launched and intercepted per month, by whose weapons</h2>"
                body += "<p class=\"note\">\(HTML.escape(MonthlySeriesChart.legend)) The rows of <a href=\"/tally?by=weapon_side,month&amp;kind=intercept\">tally by weapon_side,month, kind intercept</a>, with this page's other filters.</p>"
                body += MonthlySeriesChart.html(series, title: "Launched and intercepted per month")
            }
            return .html(HTML.page(title: "Tally", csrfToken: csrfToken, body: body))
        }
    }

    /// `/compare`: the rows of `claims compare` for the parties of the form, with JSON and CSV
    /// downloads (stamped) of the same rows.
    @Sendable func compare(_ request: Request, context: Context) async throws -> Response {
        try await APIController<Context>.mapping {
            let parameters = request.uri.queryParameters
            // The two sides unless the form names other parties.
            guard let between = parameters.get("between") else { return .seeOther("/compare?between=russia,ukraine&by=system") }
            let by = parameters.get("by") ?? "system"
            let kind = parameters.get("kind") ?? ""
            var body = "<form method=\"get\" action=\"/compare\"><label>between <input name=\"between\" value=\"\(HTML.escape(between))\"></label> "
            body += "<label>by <select name=\"by\">"
            for option in ["system", "month", "event"] {
                body += "<option\(option == by ? " selected" : "")>\(option)</option>"
            }
            body += "</select></label> <label>kind <input name=\"kind\" value=\"\(HTML.escape(kind))\"></label> <button>Compare</button></form>"
            var query = "between=" + (between.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") + "&by=" + (by.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            if !kind.isEmpty { query += "&kind=" + (kind.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }
            let (comparison, _) = try CompareQuery(store: store, query: parameters).comparison()
            let table = comparison.table(labels: TallyLabels(taxonomy: store.taxonomy))
            body += "<p class=\"note\">Rows are per side whose weapons the claims are about: one side's weapons are never set against the other's. Counts follow <code>claims tally</code>: claims, not citations; vague counts never summed.</p>"
            if !table.rows.isEmpty {
                // The report's chart of the same rows: both parties' figures per row, on one axis.
                body += ComparisonChart.html(comparison, labels: TallyLabels(taxonomy: store.taxonomy), title: "What the two parties claim")
            }
            body += table.rows.isEmpty ? "<p class=\"empty\">No claims by either party.</p>" : HTML.table(headers: table.columns.map(\.title), rows: table.rows)
            body += "<p><a href=\"/api/compare?\(HTML.escape(query))\">JSON</a> · <a href=\"/api/compare?\(HTML.escape(query))&amp;format=csv\">CSV</a></p>"
            return .html(HTML.page(title: "Compare", csrfToken: csrfToken, body: body))
        }
    }
}
