import ClaimsCore
import ClaimsReporting
import ClaimsStore

/// `claims report`: the HTML report of the claims a filter selects.
public enum ReportSupport {
    /// Reads the ledger once for the report's figures and once for the first claims it lists.
    ///
    /// - Parameters:
    ///   - filter: The claims to report on (retracted and merged ones are never counted).
    ///   - title: The report's title.
    ///   - filters: The filters in words, for the header.
    ///   - limit: List at most this many claims with their quotes (0: all).
    /// - Throws: ``StoreError``.
    /// - Complexity: One scan of the current claims and one of the citations; memory holds the
    ///   figures' rows, the listed claims and, per tally with sources, 4 bytes per claim id.
    public static func report(
        ledger: Ledger, filter: ClaimFilter, title: String, filters: [String], limit: Int, taxonomy: Taxonomy
    ) throws -> HTMLReport {
        let stamp = try ledger.stamp(filter: filter)
        // The figures are made on a second thread while this one reads (``ReportFiguresWorker``).
        let worker = ReportFiguresWorker()
        try ledger.read { reader in
            try reader.forEachCountedClaim(matching: filter) { worker.add($0) }
            try reader.forEachCitationSource { worker.addCitation(claimID: $0, sourceID: $1) }
        }
        let figures = worker.finish()
        var claims: [LedgerClaim] = []
        struct Enough: Error {}
        try ledger.read { reader in
            do {
                try reader.forEachClaim(matching: filter) { claim in
                    guard claim.content.isCounted else { return }
                    claims.append(claim)
                    if limit > 0, claims.count >= limit { throw Enough() }
                }
            } catch is Enough {}
        }
        return HTMLReport(
            title: title, filters: filters, stamp: reportStamp(stamp),
            interceptsBySystem: figures.interceptsBySystem.rows(), claimsByMonthAndSide: figures.claimsByMonthAndSide.rows(),
            interceptsByWeaponSideAndMonth: figures.interceptsByWeaponSideAndMonth.rows(), sides: figures.comparison, claims: claims,
            claimTotal: figures.claimTotal, taxonomy: taxonomy
        )
    }
}
