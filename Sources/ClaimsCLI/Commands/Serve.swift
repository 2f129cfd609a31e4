import ArgumentParser
import ClaimsServer
import ClaimsWorkflows
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the ledger in a browser: the review queue, claims, tallies and a JSON API.",
        discussion: """
            Prints `listening on http://HOST:PORT` when ready; stops on Ctrl-C (SIGINT) or SIGTERM.
            Bound to 127.0.0.1 by default. A --host other machines can reach needs --token (or \
            $CLAIMS_TOKEN): every request must then carry `Authorization: Bearer TOKEN`.
            Examples:
              claims serve                       http://127.0.0.1:8080/review
              claims serve --port 9000 --db ledger.sqlite
              claims serve --host 0.0.0.0 --token "$(openssl rand -hex 16)"
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host = "127.0.0.1"
    @Option(help: ArgumentHelp("The port to listen on (0: a free one).", valueName: "port"))
    var port = 8080
    @Option(help: ArgumentHelp("Require `Authorization: Bearer TOKEN` on every request (default: $CLAIMS_TOKEN).", valueName: "token"))
    var token: String?

    func run() async throws {
        let token = token ?? ProcessInfo.processInfo.environment["CLAIMS_TOKEN"]
        let configuration = ServerConfiguration(databasePath: ledger.path, host: host, port: port, token: token)
        try configuration.validate()
        try await runServer(configuration) { address in
            FileHandle.standardOutput.write(Data("listening on \(address)\n".utf8))
        }
    }
}
