import ClaimsTestSupport
import Foundation
import Testing

@testable import ClaimsCLI

/// Runs `claims` command lines in-process (the same `execute` the binary's `main` calls), with
/// output captured per test and a ledger in a fresh temporary directory (removed with the last
/// copy of the runner, at the end of the test).
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let directory: TemporaryDirectory

    init() throws {
        // Reproducible stamps; the same value for every test, so setting it process-wide is safe.
        setenv("SOURCE_DATE_EPOCH", "1717243200", 1)
        directory = try TemporaryDirectory(prefix: "claims-cli")
    }

    var db: String { directory.path("ledger.sqlite") }

    func path(_ name: String) -> String { directory.path(name) }

    /// Runs `claims ARGS`, adding `--db` (this runner's ledger) to commands that take one.
    @discardableResult
    func run(_ arguments: [String]) async -> Result {
        var arguments = arguments
        let withoutLedger: Set<String> = ["taxonomy", "demo", "extract", "--help", "--version", "help"]
        if let first = arguments.first, !withoutLedger.contains(first), !arguments.contains("--db") {
            arguments += ["--db", db]
        }
        let (status, capture) = await Terminal.capture { await ClaimsCommand.execute(arguments) }
        return Result(status: status, stdout: capture.stdout, stderr: capture.stderr)
    }

    /// The ledger file's bytes (to prove a failed command changed nothing).
    func ledgerBytes() throws -> Data {
        var data = try Data(contentsOf: URL(fileURLWithPath: db))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: db + "-wal")) { data.append(wal) }
        return data
    }
}
