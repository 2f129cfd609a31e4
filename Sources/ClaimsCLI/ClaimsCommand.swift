import ArgumentParser
import ClaimsCore
import ClaimsWorkflows
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
            Init.self, Add.self, Extract.self, Log.self, Review.self, List.self, Show.self, History.self,
            Edit.self, Retract.self, Merge.self, Validate.self, TallyCommand.self, CompareCommand.self,
            ReportCommand.self, Export.self, Import.self, ImportPiterfm.self, Verify.self, TaxonomyCommand.self,
            Eval.self, Demo.self, Serve.self,
        ]
    )

    /// Runs the process and exits with the contract's status.
    static func main() async {
        let status = await execute(Array(CommandLine.arguments.dropFirst()))
        Terminal.flush()
        Foundation.exit(status)
    }

    /// Runs one command line with one-line errors and the exit codes of the contract:
    /// 0 success, 1 invalid data or a failed check, 2 bad usage. Tests call this in-process with
    /// ``Terminal/capture(_:)``.
    static func execute(_ arguments: [String]) async -> Int32 {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            return report(parseError: error)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var command = command
                try command.run()
            }
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch let error as ValidationError {
            Terminal.printError(error.message)
            return 2
        } catch let error as CLIFailure {
            Terminal.printError(error.message)
            return error.exitCode
        } catch let error as WorkflowError {
            Terminal.printError(error.message)
            return error.kind == .usage ? 2 : 1
        } catch {
            if exitCode(for: error) == .success {
                return report(parseError: error)  // help requested while running
            }
            let message = Self.message(for: error).split(separator: "\n").first.map(String.init)
            Terminal.printError(message ?? String(describing: error))
            return 1
        }
    }

    /// Prints help (exit 0) or a one-line usage error (exit 2).
    private static func report(parseError error: any Error) -> Int32 {
        let code = exitCode(for: error)
        if code == .success {
            Terminal.write(fullMessage(for: error) + "\n")
            return 0
        }
        let message = Self.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
        Terminal.printError("\(message) (see `claims --help`)")
        return 2
    }
}
