import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsReporting
import ClaimsServer
import ClaimsStore
import ClaimsTestSupport
import ClaimsWorkflows
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The dashboard's `verify` status and `/verify`.
@Suite struct DashboardTests {
    /// This test's ledger file, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-dashboard")
    }

    /// A ledger file of three claims, for tampering with as someone outside the tool would.
    func fileStore() throws -> (ServerLedger, path: String) {
        let path = directory.path("ledger.sqlite")
        let ledger = try Ledger.open(path: path, create: true, clock: .constant(TestLedger.fixedTime))
        for index in 0..<3 {
            try TestLedger.addClaim(TestLedger.content(count: .exactly(10 + index)), to: ledger, url: "https://example.org/\(index)")
        }
        return (ServerLedger(ledger: ledger, taxonomy: ServerFixture.taxonomy), path)
    }

    /// Runs `sql` on `file` with the sqlite3 shell, behind the tool's back.
    static func tamper(_ file: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [file, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func theDashboardShowsThatVerifyPasses() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<td>verify</td><td><span class=\"ok\">ok</span>: hash chain"))
                #expect(response.text.contains("<a href=\"/verify\">"))
            }
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func verifyFindsARevisionEditedBehindTheToolsBack() async throws {
        // Given a ledger file the dashboard has verified
        let (store, path) = try fileStore()
        let app = try buildApplication(ServerConfiguration(databasePath: path, port: 0), store: store)
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("<span class=\"ok\">ok</span>"))
            }
            // When an older revision is edited with the sqlite3 shell (the head does not move)
            try Self.tamper(path, "UPDATE revision SET count = 99 WHERE seq = 2")
            // Then /verify, which always checks afresh, fails and names the revision
            try await client.execute(uri: "/verify", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<td>result</td><td>FAILED</td>"))
                #expect(response.text.contains("<td>problem</td><td>revision 2 "))
            }
            // ... and the dashboard shows that result from then on
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("<span class=\"failed\">FAILED</span>"))
            }
        }
    }
}
