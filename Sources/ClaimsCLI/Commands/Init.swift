import ArgumentParser
import ClaimsStore
import ClaimsWorkflows

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the ledger file (safe to run again).",
        discussion: "Example: claims init --db ukraine.sqlite"
    )

    @OptionGroup var ledger: LedgerOptions

    func run() throws {
        let opened = try ledger.open(create: true)
        let count = try store { try opened.read { try $0.claimCount() } }
        Terminal.note("ledger ready at \(ledger.path) (\(count) claims)")
    }
}
