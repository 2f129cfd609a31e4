import ClaimsStore
import ClaimsWorkflows

extension LedgerOptions {
    /// Opens the ledger for a command that only reads: no validator, so no taxonomy load unless
    /// the command needs names.
    func openForReading() throws -> Ledger {
        do {
            return try Ledger.open(path: path)
        } catch {
            throw CLIFailure(error.description)
        }
    }
}
