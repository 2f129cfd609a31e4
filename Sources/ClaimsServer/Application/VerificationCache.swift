import ClaimsStore

/// The last `claims verify` result of the server's ledger, kept until the ledger's head moves.
///
/// Verifying hashes every revision and runs SQLite's integrity check: milliseconds on a small
/// ledger, seconds on a large one. The dashboard shows the cached result while the head hash is
/// the one that was verified, runs it in place on a small ledger, and otherwise links to
/// `/verify`. A change made behind the tool's back that leaves the head as it was (an edited
/// older revision) shows only at the next check: `/verify` always checks afresh.
public actor VerificationCache {
    /// One check: the head it covered, what it found, when and how long it took.
    public struct Entry: Sendable {
        public var headHash: String
        public var report: VerificationReport
        public var checkedAt: String
        public var seconds: Double
    }

    /// Ledgers of up to this many revisions are verified when the dashboard is shown.
    public static let inPlaceLimit = 10_000

    private var last: Entry?

    /// An empty cache.
    public init() {}

    /// The last check, when it covered `headHash`.
    func entry(for headHash: String) -> Entry? {
        last?.headHash == headHash ? last : nil
    }

    /// Keeps `entry` as the last check.
    func store(_ entry: Entry) {
        last = entry
    }
}
