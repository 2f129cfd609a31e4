import ClaimsCore
@testable import ClaimsStore
import ClaimsTestSupport
import Foundation
import GRDB
import Testing

/// A ledger written by the release before "v7 lean storage" (schema up to "v6 claim identity";
/// `Fixtures/v6-ledger/make-v6-ledger.sh` says how it was made) opens, migrates and keeps
/// everything: every claim and revision with its hash, citations, warnings, the review queue and
/// the tallies. What the test expects is read from the unmigrated file with plain SQL.
@Suite struct LedgerMigrationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/v6-ledger/v6-ledger.sqlite")

    /// This test's copy of the fixture, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-migration")
    }

    /// A copy of the fixture in a fresh folder (the committed file is never opened for writing).
    func copyOfFixture() throws -> String {
        let copy = directory.url("v6.sqlite")
        try FileManager.default.copyItem(at: Self.fixture, to: copy)
        return copy.path
    }

    /// What the v6 file holds, read with SQL over its own schema.
    struct OldLedger {
        var migrations: [String]
        var revisions: [Row]
        var citations: [Row]
        var findings: [Row]
        var candidates: [Row]
        /// system → (counted intercept claims, sum of exact counts), by the counting rules.
        var interceptTally: [String: [Int]]

        init(path: String) throws {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            (migrations, revisions, citations, findings, candidates, interceptTally) = try queue.read { db in
                let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
                let revisions = try Row.fetchAll(db, sql: """
                    SELECT seq, claimId, number, action, reason, recordedAt, kind, system, claimant, count, countText,
                           launched, eventStart, eventEnd, place, status, mergedInto, extra, prevHash, hash
                    FROM revision ORDER BY seq
                    """)
                let citations = try Row.fetchAll(db, sql: """
                    SELECT claimId, revisionNumber, sourceId, quote, start, "end", relay FROM citation ORDER BY id
                    """)
                let findings = try Row.fetchAll(db, sql: "SELECT claimId, rule, field, message, fix FROM finding ORDER BY claimId, rule, field, message")
                let candidates = try Row.fetchAll(db, sql: "SELECT id, sourceId, content, quote, status, claimId, reason, sameAs FROM candidate ORDER BY id")
                var tally: [String: [Int]] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT r.system, count(*), coalesce(sum(CASE WHEN r.qualifier = 'exact' THEN r.count END), 0)
                    FROM claim c JOIN revision r ON r.seq = c.headRevision
                    WHERE r.kind = 'intercept' AND r.status <> 'retracted' AND r.mergedInto IS NULL GROUP BY r.system
                    """) {
                    tally[row[0]] = [row[1], row[2]]
                }
                return (migrations, revisions, citations, findings, candidates, tally)
            }
        }
    }

    @Test func theFixtureIsAV6LedgerWithEveryKindOfRecord() throws {
        let old = try OldLedger(path: try copyOfFixture())
        #expect(old.migrations.last == "v6 claim identity: a queued candidate may repeat a stored claim")
        #expect(old.migrations.count == 6)
        // piterfm rows, an accepted article, hand-logged claims: edits, a retraction and a merge
        #expect(Set(old.revisions.map { $0["action"] as String }).isSuperset(of: ["import", "create", "edit", "status", "retract", "merge"]))
        #expect(old.revisions.contains { ($0["extra"] as String?)?.contains("piterfm_key") == true })
        #expect(Set(old.candidates.map { $0["status"] as String }) == ["pending", "accepted", "rejected"])
        #expect(!old.findings.isEmpty)
        #expect((old.revisions.first?["hash"] as String?)?.count == 64)
    }

    @Test func aV6LedgerMigratesVerifiesAndKeepsEverything() throws {
        // Given a copy of the v6 fixture and what it holds
        let path = try copyOfFixture()
        let old = try OldLedger(path: path)

        // When the current code opens it
        let ledger = try Ledger.open(path: path)

        // Then the chain verifies, with the same head hash and every revision
        let report = try ledger.verify()
        #expect(report.isValid, "\(report.problems)")
        #expect(report.revisions == old.revisions.count)
        #expect(report.headHash == old.revisions.last?["hash"])
        // every revision keeps its content, hashes and citations
        let claimIDs = Set(old.revisions.map { $0["claimId"] as Int64 }).sorted()
        #expect(try ledger.read { try $0.claimCount() } == claimIDs.count)
        var revisions: [Revision] = []
        for id in claimIDs { revisions += try ledger.read { try $0.history(claimID: id) } }
        revisions.sort { $0.seq < $1.seq }
        #expect(revisions.count == old.revisions.count)
        for (revision, row) in zip(revisions, old.revisions) {
            #expect(revision.seq == row["seq"])
            #expect(revision.claimID == row["claimId"])
            #expect(revision.number == row["number"])
            #expect(revision.action.rawValue == row["action"])
            #expect(revision.reason == row["reason"])
            #expect(revision.content.system == row["system"])
            #expect(revision.content.count.exact == row["count"])
            #expect(revision.content.status.rawValue == row["status"])
            #expect(revision.content.mergedInto == row["mergedInto"])
            #expect(revision.previousHash == row["prevHash"])
            #expect(revision.hash == row["hash"])
        }
        let citations = revisions.flatMap { revision in
            revision.addedCitations.map { "\(revision.claimID) \(revision.number) \($0.sourceID) \($0.quote) \($0.start ?? -1) \($0.end ?? -1) \($0.relay ?? "-")" }
        }
        let oldCitations = old.citations.map { row in
            "\(row["claimId"] as Int64) \(row["revisionNumber"] as Int) \(row["sourceId"] as Int64) \(row["quote"] as String) \((row["start"] as Int?) ?? -1) \((row["end"] as Int?) ?? -1) \((row["relay"] as String?) ?? "-")"
        }
        #expect(!citations.isEmpty)
        #expect(citations.sorted() == oldCitations.sorted())
        // the stored warnings
        var findings: [[String]] = []
        for id in claimIDs {
            for finding in try ledger.read({ try $0.storedFindings(claimID: id) }) {
                findings.append([String(id), finding.rule.rawValue, finding.field, finding.message, finding.fix])
            }
        }
        let oldFindings = old.findings.map { row in [String(row["claimId"] as Int64), row["rule"], row["field"], row["message"], row["fix"]] as [String] }
        #expect(findings.sorted { $0.lexicographicallyPrecedes($1) } == oldFindings.sorted { $0.lexicographicallyPrecedes($1) })
        // the review queue
        let candidates = try ledger.read { try $0.candidates(status: nil) }
        #expect(candidates.map(\.id) == old.candidates.map { $0["id"] })
        #expect(candidates.map(\.status.rawValue) == old.candidates.map { $0["status"] })
        #expect(candidates.map(\.content) == old.candidates.map { $0["content"] })
        #expect(candidates.map(\.claimID) == old.candidates.map { $0["claimId"] })
        // the tally, by the counting rules
        var filter = ClaimFilter()
        filter.kinds = [.intercept]
        let tally = try ledger.tally(by: [.system], matching: filter)
        #expect(!tally.isEmpty)
        #expect(Dictionary(uniqueKeysWithValues: tally.map { ($0.keys[0] ?? "", [$0.figures.claims, $0.figures.exactSum]) }) == old.interceptTally)
    }

    @Test func aMigratedLedgerTakesNewRevisionsOnTheSameChain() throws {
        // Given a migrated copy of the fixture
        let path = try copyOfFixture()
        let old = try OldLedger(path: path)
        let ledger = try Ledger.open(path: path)
        // When a claim is edited and a new one logged
        try ledger.write { session in
            var content = try #require(try session.reader.claim(id: 1)).content
            content.notes = "edited after the migration"
            try session.revise(claimID: 1, content: content, action: .edit, reason: "test")
        }
        try TestLedger.addClaim(TestLedger.content(count: .exactly(4)), to: ledger, url: "https://example.org/after-migration")
        // Then the chain still verifies from the first revision, and opening again migrates nothing
        let report = try Ledger.open(path: path).verify()
        #expect(report.isValid, "\(report.problems)")
        #expect(report.revisions == old.revisions.count + 2)
        let history = try ledger.read { try $0.history(claimID: 1) }
        #expect(history.last?.previousHash == old.revisions.last?["hash"])
    }

    @Test func aMigratedLedgerStillReportsTampering() throws {
        let path = try copyOfFixture()
        _ = try Ledger.open(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "UPDATE revision SET count = 999 WHERE seq = 1") }
        try queue.close()
        let report = try Ledger.open(path: path).verify()
        #expect(!report.isValid)
        #expect(report.problems.first?.message.hasPrefix("revision 1 ") == true)
    }
}
