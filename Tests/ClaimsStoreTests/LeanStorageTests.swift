import ClaimsCore
@testable import ClaimsStore
import ClaimsTestSupport
import Foundation
import GRDB
import Testing

/// How "v7 lean storage" stores a ledger: hashes as 32 bytes, the current claim's columns on the
/// claim row, fixes stored once; and that verify watches each of them.
@Suite struct LeanStorageTests {
    /// This test's ledger files, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-lean")
    }

    func path(_ name: String) -> String { directory.path(name) }

    @Test func hashesAreStoredAs32BytesAndReadAsHex() throws {
        // Given a ledger with two claims
        let ledger = try TestLedger.make()
        try TestLedger.addClaim(TestLedger.content(), to: ledger, url: "https://example.org/a")
        try TestLedger.addClaim(TestLedger.content(count: .exactly(3)), to: ledger, url: "https://example.org/b")
        // Then the stored hashes are blobs of 32 bytes
        let stored = try ledger.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT typeof(hash), length(hash), typeof(prevHash), length(prevHash) FROM revision ORDER BY seq")
        }
        #expect(stored.count == 2)
        for row in stored {
            #expect(row[0] as String == "blob" && row[1] as Int == 32 && row[2] as String == "blob" && row[3] as Int == 32)
        }
        // And every reader sees the hex text the chain is made of
        let history = try ledger.read { try $0.history(claimID: 2) }
        let head = try ledger.read { try $0.headHash() }
        #expect(head.count == 64 && head == history.last?.hash)
        let first = try ledger.read { try $0.history(claimID: 1) }
        #expect(history.first?.previousHash == first.last?.hash)
        #expect(first.first?.previousHash == Hashing.genesis)
        #expect(try ledger.verify().isValid)
    }

    @Test func theClaimRowFollowsItsHeadRevision() throws {
        // Given a claim that is edited, and one that is retracted
        let ledger = try TestLedger.make()
        let edited = try TestLedger.addClaim(TestLedger.content(count: .exactly(10)), to: ledger, url: "https://example.org/a")
        let retracted = try TestLedger.addClaim(TestLedger.content(system: "kh-101", count: .exactly(4)), to: ledger, url: "https://example.org/b")
        try ledger.write { session in
            var content = try #require(try session.reader.claim(id: edited)).content
            content.count = .exactly(12)
            try session.revise(claimID: edited, content: content, action: .edit, reason: "corrected")
            var gone = try #require(try session.reader.claim(id: retracted)).content
            gone.status = .retracted
            try session.revise(claimID: retracted, content: gone, action: .retract, reason: "withdrawn")
        }
        // Then the claim rows carry the head revisions' values
        let rows = try ledger.writer.read { db in try Row.fetchAll(db, sql: "SELECT id, count, status, system FROM claim ORDER BY id") }
        #expect(rows.map { $0[1] as Int } == [12, 4])
        #expect(rows.map { $0[2] as String } == ["unverified", "retracted"])
        // And the tally counts the edited figure only
        var filter = ClaimFilter()
        filter.kinds = [.intercept]
        let tally = try ledger.tally(by: [.system], matching: filter)
        #expect(tally.map(\.keys) == [["kalibr"]])
        #expect(tally.first?.figures.exactSum == 12)
        #expect(try ledger.verify().isValid)
    }

    @Test func verifyReportsAClaimRowChangedBehindTheToolsBack() throws {
        // Given a ledger file whose claim row's count is edited with SQL
        let file = path("projection.sqlite")
        let ledger = try Ledger.open(path: file, create: true, clock: .constant(TestLedger.fixedTime))
        try TestLedger.addClaim(TestLedger.content(count: .exactly(10)), to: ledger, url: "https://example.org/a")
        try TestLedger.addClaim(TestLedger.content(count: .exactly(11)), to: ledger, url: "https://example.org/b")
        let other = try DatabaseQueue(path: file)
        try other.write { try $0.execute(sql: "UPDATE claim SET count = 99 WHERE id = 2") }
        try other.close()
        // Then verify fails and names the claim
        let report = try Ledger.open(path: file).verify()
        #expect(!report.isValid)
        #expect(report.problems.contains { $0.message.hasPrefix("claim 2: its current-claim columns differ") })
    }

    @Test func aFixIsStoredOnceForAllTheWarningsThatGiveIt() throws {
        // Given three claims that each get the same warning (Kalibr is used only by Russia: a
        // Russian claimant intercepting one is a self-intercept)
        let ledger = try TestLedger.make().validating(with: Validator(taxonomy: try TestLedger.taxonomy(), today: CalendarDate(year: 2026, month: 3, day: 1)!))
        for index in 0..<3 {
            try TestLedger.addClaim(
                TestLedger.content(claimant: "ru-mod", claimantSide: .russia, count: .exactly(index + 1)), to: ledger,
                url: "https://example.org/\(index)")
        }
        // Then each claim has its warnings, and their fixes are stored once
        let findings = try ledger.read { try $0.storedFindings(claimID: 1) }
        #expect(findings.contains { $0.rule == .selfIntercept })
        let counts = try ledger.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM finding WHERE rule = 'self-intercept'")!,
             try Int.fetchOne(db, sql: "SELECT count(DISTINCT fixId) FROM finding WHERE rule = 'self-intercept'")!)
        }
        #expect(counts.0 == 3 && counts.1 == 1)
    }
}
