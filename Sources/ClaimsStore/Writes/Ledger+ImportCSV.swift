import ClaimsCore
import ClaimsImport
import GRDB

extension Ledger {
    /// Imports claims from a CSV file, one claim per row, in one transaction: the flat form
    /// `claims export --format csv` writes, or any CSV with the claim's JSON keys as columns
    /// (see ``ClaimCSVColumns``). Each row is checked by the same rules as a JSON line.
    ///
    /// A row whose `hash` is the head hash of a claim already in the ledger is skipped. Sources
    /// are found or added by URL.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - check: Called on each claim before it is written; throw to reject the file. (The
    ///     ledger's ``validator``, when set, runs on every claim too.)
    ///   - progress: Called every few thousand rows.
    ///   - identity: Compares each claim added to a ledger that has claims with the stored ones
    ///     (see ``ImportIdentity``); when `nil`, every claim not present by hash is added.
    /// - Throws: ``StoreError/importFailed(file:line:problem:)`` naming the line; the ledger is unchanged.
    /// - Complexity: One pass; memory stays flat (a bounded cache of source ids).
    public func importCSV(
        path: String, check: @escaping (ClaimContent) throws -> Void = { _ in }, progress: ((ImportProgress) -> Void)? = nil,
        identity: ClaimIdentity? = nil
    ) throws(StoreError) -> ImportSummary {
        try importRecords(ClaimsCSVDecoder(.file(path: path)), options: ImportOptions(check: check, identity: identity), progress: progress)
    }
}
