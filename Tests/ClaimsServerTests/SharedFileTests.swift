import ClaimsCore
import ClaimsServer
import ClaimsStore
import ClaimsTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The server over a ledger file (`ServerLedger.open`: concurrent reads), shared with commands.
@Suite struct SharedFileTests {
    /// This test's ledger file, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-serve")
    }

    @Test func concurrentRequestsReadAFileThatACommandWritesTo() async throws {
        // Given a ledger file of one claim, served as `claims serve` serves it
        let path = directory.path("ledger.sqlite")
        try TestLedger.addClaim(TestLedger.content(), to: try Ledger.open(path: path, create: true))
        let store = try ServerLedger.open(path: path)
        let app = try buildApplication(ServerConfiguration(databasePath: path, port: 0, csrfToken: ServerFixture.csrf), store: store)
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/tally?by=none", method: .get) { response in
                let claims = try response.json().arrayValue?.first?["claims"]?.intValue
                #expect(claims == 1)
            }
            // When a command (its own connection) adds a claim
            try TestLedger.addClaim(TestLedger.content(count: .exactly(5)), to: try Ledger.open(path: path))
            // Then sixteen requests at once, each with its own filter (no cached answer), all see it
            try await withThrowingTaskGroup(of: Int?.self) { group in
                for day in 1...16 {
                    group.addTask {
                        try await client.execute(uri: "/api/tally?by=none&to=2024-06-\(day < 10 ? "0" : "")\(day)", method: .get) { response in
                            #expect(response.status == .ok)
                            return try response.json().arrayValue?.first?["claims"]?.intValue
                        }
                    }
                }
                for try await claims in group { #expect(claims == 2) }
            }
        }
    }
}
