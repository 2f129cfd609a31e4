import ClaimsCore
import GRDB

/// Where the ledger stands: the last revision and the last citation written. Every write that
/// can change what a read of claims, tallies or citations returns appends a revision or a
/// citation, so two reads that see the same version see the same claims (for caches of derived
/// figures; a change made behind the tool's back is for `verify` to find).
public struct LedgerVersion: Sendable, Hashable {
    /// The `seq` of the last revision (0 when there is none).
    public var lastRevision: Int64
    /// The id of the last citation (0 when there is none).
    public var lastCitation: Int64

    public init(lastRevision: Int64, lastCitation: Int64) {
        self.lastRevision = lastRevision
        self.lastCitation = lastCitation
    }
}

extension LedgerReader {
    /// The ledger's version in this read's snapshot.
    ///
    /// - Complexity: Two primary-key lookups.
    public func version() throws -> LedgerVersion {
        LedgerVersion(
            lastRevision: try Int64.fetchOne(db, sql: "SELECT max(seq) FROM revision") ?? 0,
            lastCitation: try Int64.fetchOne(db, sql: "SELECT max(id) FROM citation") ?? 0)
    }

    /// The ids of the claims `filter` selects, in id order (for paging through them by position).
    ///
    /// - Complexity: One pass over the current claims.
    public func claimIDs(matching filter: ClaimFilter) throws -> [Int64] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        Self.appendConditions(for: filter, to: &conditions, arguments: &arguments)
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try Int64.fetchAll(
            db, sql: "SELECT c.id FROM claim c JOIN revision r ON r.seq = c.headRevision \(whereClause) ORDER BY c.id", arguments: arguments)
    }
}
