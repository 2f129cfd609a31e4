import ClaimsServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import ClaimsCLI

/// `claims serve` next to the other commands: the same ledger file, the same tally rows.
@Suite struct ServeCommandTests {
    static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/overnight-barrage.txt").path

    /// This test's ledger (its directory lives as long as the suite instance: the whole test).
    let cli: CLIRunner

    init() throws {
        cli = try CLIRunner()
    }

    @Test func theAPITallyIsTheCLIsTallyByteForByte() async throws {
        // Given a ledger file with the example article's claims
        #expect(await cli.run(["init"]).status == 0)
        #expect(await cli.run(["log", Self.example, "--accept"]).status == 0)
        for by in ["system", "claimant,month"] {
            // When the CLI and the server tally it
            let printed = await cli.run(["tally", "--by", by, "--kind", "intercept", "--format", "json"])
            #expect(printed.status == 0)
            let store = try ServerLedger.open(path: cli.db)
            let app = try buildApplication(ServerConfiguration(databasePath: cli.db, port: 0), store: store)
            // Then the rows are identical
            try await app.test(.router) { client in
                try await client.execute(uri: "/api/tally?by=\(by)&kind=intercept", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body) == printed.stdout)
                }
            }
            #expect(printed.stdout.count > 3, "the example has intercepts")
        }
    }

    @Test(arguments: [
        (["list", "--format", "json"], "/api/claims"),
        (["list", "--all", "--kind", "intercept", "--format", "json"], "/api/claims?all=1&kind=intercept"),
        (["show", "1", "--format", "json"], "/api/claims/1"),
        (["review", "list", "--status", "all", "--format", "json"], "/api/review?status=all"),
        (["review", "list", "--format", "json"], "/api/review"),
    ])
    func theAPIAnswersWhatTheCLIPrints(arguments: [String], uri: String) async throws {
        // Given a ledger with claims and a queue (some accepted, some pending)
        #expect(await cli.run(["init"]).status == 0)
        #expect(await cli.run(["log", Self.example]).status == 0)
        #expect(await cli.run(["review", "accept", "2", "3"]).status == 0)
        // When the CLI prints and the server answers
        let printed = await cli.run(arguments)
        #expect(printed.status == 0)
        let app = try buildApplication(ServerConfiguration(databasePath: cli.db, port: 0), store: try ServerLedger.open(path: cli.db))
        // Then the JSON is the same
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == printed.stdout)
            }
        }
    }

    @Test func postingAnArticleAnswersWhatClaimsLogPrints() async throws {
        // Given two fresh ledgers and the example article
        let other = try CLIRunner()
        defer { withExtendedLifetime(other) {} }  // its directory, until the server is done with it
        #expect(await cli.run(["init"]).status == 0)
        #expect(await other.run(["init"]).status == 0)
        let text = try String(contentsOfFile: Self.example, encoding: .utf8)
        // When the CLI logs it into one and the server into the other
        let printed = await cli.run(["log", Self.example, "--url", "https://example.org/x", "--format", "json"])
        #expect(printed.status == 0)
        let app = try buildApplication(ServerConfiguration(databasePath: other.db, port: 0, csrfToken: "t"), store: try ServerLedger.open(path: other.db))
        let form = "url=https%3A%2F%2Fexample.org%2Fx&text=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        // Then the summaries are the same
        try await app.test(.router) { client in
            let headers: HTTPFields = [HTTPField.Name("X-CSRF-Token")!: "t", .contentType: "application/x-www-form-urlencoded"]
            try await client.execute(uri: "/api/log", method: .post, headers: headers, body: ByteBuffer(string: form)) { response in
                #expect(response.status == .created)
                #expect(String(buffer: response.body) == printed.stdout)
            }
        }
    }

    @Test func aNonLoopbackHostWithoutATokenIsRefused() async throws {
        #expect(await cli.run(["init"]).status == 0)
        unsetenv("CLAIMS_TOKEN")
        let result = await cli.run(["serve", "--host", "0.0.0.0"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--token"))
    }
}
