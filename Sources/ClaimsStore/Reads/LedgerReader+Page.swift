import ClaimsCore
import GRDB

extension LedgerReader {
    /// One page of the claims the filter selects, in id order, and how many it selects in all
    /// (`/claims?page=N`): only the page's claims and citations are read.
    ///
    /// - Parameters:
    ///   - offset: How many selected claims to skip.
    ///   - limit: The most claims to return.
    /// - Returns: The page and the total.
    /// - Complexity: One indexed pass to count, then O(`limit`) claims read.
    public func claimPage(matching filter: ClaimFilter, offset: Int, limit: Int) throws -> (claims: [LedgerClaim], total: Int) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        Self.appendConditions(for: filter, to: &conditions, arguments: &arguments)
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // The filter's columns are on the claim row (``ClaimProjection``): no revision is read here.
        let from = "FROM claim r \(whereClause)"
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(from)", arguments: arguments) ?? 0
        let ids = try Int64.fetchAll(
            db, sql: "SELECT r.id \(from) ORDER BY r.id LIMIT ? OFFSET ?", arguments: arguments + [max(0, limit), max(0, offset)])
        guard !ids.isEmpty else { return ([], total) }
        var claims: [LedgerClaim] = []
        claims.reserveCapacity(ids.count)
        try forEachClaim(matching: nil, ids: ids) { claims.append($0) }
        return (claims, total)
    }
}
