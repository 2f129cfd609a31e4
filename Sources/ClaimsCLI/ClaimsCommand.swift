import ArgumentParser
import ClaimsCore
import Foundation

/// The `claims` executable: parses the command line and hands over to the libraries.
@main
struct ClaimsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "A ledger of claims about weapons and munitions: who claimed what was struck, intercepted or launched.",
        discussion: """
            The ledger is one SQLite file: --db PATH, else $CLAIMS_DB, else ./claims.sqlite.
            Every change is a new revision chained by SHA-256; `claims verify` proves nothing was altered.
            Exit status: 0 success, 1 invalid data or a failed check, 2 bad usage.
            """,
        version: ToolVersion.current,
        subcommands: [
            Init.self, Add.self, List.self, Show.self, History.self, Edit.self, Retract.self,
            Export.self, Import.self, Verify.self, TaxonomyCommand.self, Demo.self,
            Extract.self, Log.self, Review.self, Eval.self,
        ]
    )

    /// Runs the command line with one-line errors and the exit codes of the contract:
    /// 1 for invalid data, 2 for bad usage.
    static func main() async {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)  // --help, --version
            }
            let message = Self.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
            Terminal.printError("\(message) (see `claims --help`)")
            Foundation.exit(2)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var command = command
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as ValidationError {
            Terminal.printError(error.message)
            Foundation.exit(2)
        } catch let error as CLIFailure {
            Terminal.printError(error.message)
            Foundation.exit(error.exitCode)
        } catch {
            if exitCode(for: error) == .success {
                exit(withError: error)  // help requested while running
            }
            let message = Self.message(for: error).split(separator: "\n").first.map(String.init)
            Terminal.printError(message ?? String(describing: error))
            Foundation.exit(1)
        }
    }
}
