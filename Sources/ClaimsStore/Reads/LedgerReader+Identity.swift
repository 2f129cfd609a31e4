import ClaimsCore
import GRDB

extension LedgerReader {
    /// The counted claims that claim identity compares a new claim with: the same claimant and
    /// kind, an event that ends within `days`, and no citation of `excludingSource` (the claims of
    /// one source are distinct by construction: a statement's regional parts are not copies).
    ///
    /// - Parameter limit: The most claims returned, nearest ids last (a ledger with thousands of
    ///   one office's claims on one day is not a case to compare exhaustively).
    /// - Complexity: An index seek on `revision_on_key`'s claimant and kind, then a filter over that
    ///   claimant's revisions of that kind, each checked against its claim's head by primary key
    ///   (joining `claim` instead made SQLite scan it per row: 2.5 s against 0.015 s for one
    ///   lookup in a 200,000-claim ledger, `sqlite3` shell).
    public func claimsForIdentity(
        claimant: String, kind: ClaimKind, days: ClosedRange<CalendarDate>, excludingSource: Int64?, limit: Int = 200
    ) throws -> [LedgerClaim] {
        let next = CalendarDate(daysSinceEpoch: days.upperBound.daysSinceEpoch + 1)
        let ids = try Int64.fetchAll(db, sql: """
            SELECT r.claimId FROM revision r
            WHERE r.claimant = ? AND r.kind = ? AND r.eventEnd >= ? AND r.eventEnd < ?
              AND r.seq = (SELECT headRevision FROM claim WHERE id = r.claimId)
              AND r.status <> 'retracted' AND r.mergedInto IS NULL
              AND NOT EXISTS (SELECT 1 FROM citation ci WHERE ci.claimId = r.claimId AND ci.sourceId IS ?)
            ORDER BY r.claimId DESC LIMIT ?
            """, arguments: [claimant, kind.rawValue, days.lowerBound.description, next.description, excludingSource, limit])
        guard !ids.isEmpty else { return [] }
        var claims: [LedgerClaim] = []
        try forEachClaim(matching: nil, ids: ids, includeCreatedAt: false) { claims.append($0) }
        return claims
    }
}
