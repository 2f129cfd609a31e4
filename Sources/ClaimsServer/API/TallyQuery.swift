import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows
import Hummingbird

/// A tally asked for in a query string (`by=system,month&kind=intercept&from=...`), as `claims tally`.
struct TallyQuery {
    let store: ServerLedger
    let query: Parameters

    /// The grouping keys (`by`, default `system`).
    func dimensions() throws -> [TallyDimension] {
        do {
            return try TallyDimension.parseList(query.get("by") ?? "system")
        } catch {
            throw APIError(.badRequest, "by: \(error)", field: "by")
        }
    }

    /// The rows, as the CLI computes them.
    ///
    /// - Throws: ``APIError``, ``WorkflowError`` or ``StoreError``.
    func report() throws -> TallyReport {
        let dimensions = try dimensions()
        let filter = try RequestFields.filters(query).tallyFilter(taxonomy: LazyTaxonomy(loaded: store.taxonomy))
        let regionOf = dimensions.contains(.region) ? RegionIndex(taxonomy: store.taxonomy).regionOf : [:]
        // Computed once per ledger version: the statement itself is the key.
        let statement = Ledger.tallySQL(by: dimensions, matching: filter, regionOf: regionOf)
        let rows = try store.ledger.read { reader in
            try store.tallies.value(for: statement, at: try reader.version()) {
                try reader.tally(by: dimensions, matching: filter, regionOf: regionOf)
            }
        }
        return TallyReport(dimensions: dimensions, rows: rows)
    }
}
