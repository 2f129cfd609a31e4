import ClaimsCore
import ClaimsStore
import ClaimsWorkflows
import NIOConcurrencyHelpers

/// The ledger and taxonomy every route shares. Reads and writes go through the ledger's
/// transactions, as a CLI process's do, so the server and `claims` commands can share the file.
public struct ServerLedger: Sendable {
    private let base: Ledger
    /// The embedded taxonomy, loaded once.
    public let taxonomy: Taxonomy
    /// Today's date for the validator (a server runs for days: "in the future" moves).
    private let clock: LedgerClock
    /// The last `verify` of the ledger, shown on the dashboard until the head moves.
    public let verification = VerificationCache()
    /// Tally rows per statement, while the ledger's version stays.
    let tallies = ReadCache<[TallyRow]>(capacity: 64)
    /// The ids each `/claims` filter selects, while the ledger's version stays.
    let claimIDs = ReadCache<[Int64]>(capacity: 16)
    /// The validator of writes, made once per day (it indexes the taxonomy).
    private let validators = NIOLockedValueBox<Validator?>(nil)

    /// Wraps an open ledger (tests pass an in-memory one).
    public init(ledger: Ledger, taxonomy: Taxonomy, clock: LedgerClock = .system) {
        self.base = ledger
        self.taxonomy = taxonomy
        self.clock = clock
    }

    /// The ledger, validating every write against the taxonomy, the rule catalogue and today's date.
    public var ledger: Ledger {
        let today = clock.today()
        let validator = validators.withLockedValue { kept in
            if let validator = kept, validator.today == today { return validator }
            let validator = Validator(taxonomy: taxonomy, today: today)
            kept = validator
            return validator
        }
        return base.validating(with: validator)
    }

    /// Opens the ledger file at `path` (it must exist: `claims init` creates one), with a pool of
    /// read connections: requests read concurrently, each from a snapshot, while writes go one at
    /// a time through the ledger's transactions (as `claims` commands' writes do).
    ///
    /// - Throws: ``WorkflowError`` with the store's message.
    public static func open(path: String) throws -> ServerLedger {
        let taxonomy = try LazyTaxonomy().get()
        do {
            return ServerLedger(ledger: try Ledger.open(path: path, concurrentReads: true), taxonomy: taxonomy)
        } catch {
            throw WorkflowError(error.description, field: "db")
        }
    }
}
