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
        return TallyReport(dimensions: dimensions, rows: try rows(by: dimensions, matching: try filter()))
    }

    /// The intercept claims of the query's filter by `[.weaponSide, .month]`, for the monthly
    /// series; `nil` when the query asks for other kinds only.
    ///
    /// - Throws: ``APIError``, ``WorkflowError`` or ``StoreError``.
    func monthlySeries() throws -> TallyReport? {
        var filter = try filter()
        guard filter.kinds.isEmpty || filter.kinds.contains(.intercept) else { return nil }
        filter.kinds = [.intercept]
        let dimensions: [TallyDimension] = [.weaponSide, .month]
        return TallyReport(dimensions: dimensions, rows: try rows(by: dimensions, matching: filter, countingSources: false))
    }

    /// The query's claim filters, as `claims tally` reads its options.
    private func filter() throws -> ClaimFilter {
        try RequestFields.filters(query).tallyFilter(taxonomy: LazyTaxonomy(loaded: store.taxonomy))
    }

    /// The tally rows, computed once per ledger version (``ReadCache``).
    private func rows(by dimensions: [TallyDimension], matching filter: ClaimFilter, countingSources: Bool = true) throws -> [TallyRow] {
        let regionOf = dimensions.contains(.region) ? RegionIndex(taxonomy: store.taxonomy).regionOf : [:]
        // Computed once per ledger version: the statement itself is the key.
        let statement = Ledger.tallySQL(by: dimensions, matching: filter, regionOf: regionOf, countingSources: countingSources)
        let rows = try store.ledger.read { reader in
            try store.tallies.value(for: statement, at: try reader.version()) {
                try reader.tally(by: dimensions, matching: filter, regionOf: regionOf, countingSources: countingSources)
            }
        }
        return rows
    }
}
