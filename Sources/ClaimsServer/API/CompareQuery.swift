import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows
import Hummingbird

/// `GET /api/compare` and `/compare`: the query parameters of `claims compare` (`between`, `by`
/// and the claim filters), read once for the JSON, the CSV and the page.
struct CompareQuery {
    let store: ServerLedger
    let query: Parameters

    /// The grouping (`by`: system, month or event; default system).
    func grouping() throws -> Comparison.Grouping {
        let text = query.get("by") ?? "system"
        guard let grouping = Comparison.Grouping(rawValue: text) else {
            throw APIError(.badRequest, "by: '\(text)' is not one of system, month, event", field: "by")
        }
        return grouping
    }

    /// The rows, as `claims compare --between A,B --by G [filters]` computes them.
    ///
    /// - Throws: ``APIError`` (400) for a missing or bad parameter, ``WorkflowError`` for an
    ///   unknown party, or ``StoreError``.
    func comparison() throws -> (Comparison, filter: ClaimFilter) {
        guard let between = query.get("between"), !between.isEmpty else {
            throw APIError(.badRequest, "between: give two parties, e.g. between=russia,ukraine", field: "between")
        }
        let fields = try RequestFields.filters(query)
        if fields.side != nil || fields.claimant != nil {
            throw APIError(.badRequest, "side and claimant do not apply to a comparison: name the parties in between", field: fields.side != nil ? "side" : "claimant")
        }
        let taxonomy = LazyTaxonomy(loaded: store.taxonomy)
        let filter = try fields.tallyFilter(taxonomy: taxonomy)
        let (a, b) = try CompareSupport.parties(between: between, taxonomy: taxonomy)
        let comparison = try CompareSupport.compare(a, b, grouping: try grouping(), filter: filter, ledger: store.ledger, taxonomy: taxonomy)
        return (comparison, filter)
    }

    /// The reproducibility stamp of a download (head hash, filters, version, time) as one JSON line.
    func stamp(filter: ClaimFilter) throws -> String {
        stampJSON(try store.ledger.stamp(filter: filter))
    }
}
