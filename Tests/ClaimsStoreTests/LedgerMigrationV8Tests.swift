import ClaimsCore
@testable import ClaimsStore
import ClaimsTestSupport
import Foundation
import GRDB
import Testing

/// A ledger written by the release before "v8 dataset rows kept once" (schema up to "v7 lean
/// storage"; `Fixtures/v7-ledger/make-v7-ledger.sh` says how it was made) opens, migrates and
/// keeps everything: every revision with its content, `extra` and hash, every citation with its
/// relay, the head hash and the tally. What the test expects is read from the unmigrated file
/// with plain SQL.
@Suite struct LedgerMigrationV8Tests {
    @Test(arguments: [
        ("[\"kpszsu/posts/pfbid02m1xvUpDFCyo\",\"2026-02-28 18:00|kpszsu/posts/pfbid02m1xvUpDFCyo#1\"]",
         "2026-02-28 18:00,Shahed,kpszsu/posts/pfbid02m1xvUpDFCyo,,"),
        ("[\"Харківська область і Київ\",\"ab\"]", "x,\"Харківська область і Київ\",y"),
        ("[\"short\"]", "short,short"),
        ("[\"\\\"quoted\\\" value here\"]", "\"\"quoted\"\" value here"),
    ])
    func valuesStoredAgainstAQuoteReadBackByteForByte(values: String, quote: String) throws {
        var encoder = ExtraAgainstQuote()
        let stored = encoder.encode(values: values, quote: quote)
        #expect(ExtraAgainstQuote.decode(stored ?? values, quote: quote) == values)
        if let stored { #expect(stored.utf8.count < values.utf8.count) }
        // a reference outside the quote, or no quote, reads as nothing
        if let stored {
            #expect(ExtraAgainstQuote.decode(stored, quote: String(quote.prefix(3))) == nil)
            #expect(ExtraAgainstQuote.decode(stored, quote: nil) == nil)
        }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// This test's copy of the fixture, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-migration-v8")
    }

    /// A copy of the v7 fixture in a fresh folder (the committed file is never opened for writing).
    func copyOfFixture() throws -> String {
        let copy = directory.url("v7.sqlite")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("v7-ledger/v7-ledger.sqlite"), to: copy)
        return copy.path
    }

    /// What the v7 file holds, read with SQL over its own schema.
    struct OldLedger {
        var migrations: [String]
        /// seq → `extra` parsed from its stored object.
        var extras: [Int64: [String: String]]
        var citations: [String]
        var headHash: String
        var claims: [Row]
        var interceptTally: [Row]

        init(path: String) throws {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            (migrations, extras, citations, headHash, claims, interceptTally) = try queue.read { db in
                let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
                var extras: [Int64: [String: String]] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT seq, extra FROM revision ORDER BY seq") {
                    extras[row[0]] = RevisionRow.decodeExtra(row[1] as String?)
                }
                let citations = try Row.fetchAll(db, sql: """
                    SELECT claimId, revisionNumber, sourceId, quote, start, "end", relay FROM citation ORDER BY id
                    """).map { row in
                    "\(row[0] as Int64) \(row[1] as Int) \(row[2] as Int64) \(row[3] as String) \((row[4] as Int?) ?? -1) \((row[5] as Int?) ?? -1) \((row[6] as String?) ?? "-")"
                }
                let head: String = try String.fetchOne(db, sql: "SELECT lower(hex(hash)) FROM revision ORDER BY seq DESC LIMIT 1") ?? ""
                let claims = try Row.fetchAll(db, sql: "SELECT * FROM claim ORDER BY id")
                let tally = try Row.fetchAll(db, sql: "SELECT * FROM interceptTally")
                return (migrations, extras, citations, head, claims, tally)
            }
        }
    }

    @Test func theFixtureIsAV7LedgerWithDatasetRowsAndRelays() throws {
        let old = try OldLedger(path: try copyOfFixture())
        #expect(old.migrations.count == 7)
        #expect(old.migrations.contains("v7 lean storage: hashes as 32-byte blobs, the current claim's columns on claim, fixes stored once"))
        #expect(old.extras.values.contains { $0["piterfm_key"] != nil })
        #expect(old.citations.contains { $0.contains("missile_attacks_daily.csv line ") })
        #expect(old.citations.contains { $0.hasSuffix("Outlet B citing TASS") })
        #expect(old.headHash.count == 64)
    }

    @Test func aV7LedgerMigratesVerifiesAndKeepsEveryClaimTheTallyAndTheHeadHash() throws {
        // Given a copy of the v7 fixture and what it holds
        let path = try copyOfFixture()
        let old = try OldLedger(path: path)

        // When the current code opens it
        let ledger = try Ledger.open(path: path)

        // Then the chain verifies with the same head hash
        let report = try ledger.verify()
        #expect(report.isValid, "\(report.problems)")
        #expect(report.headHash == old.headHash)
        #expect(report.revisions == old.extras.count)
        // every revision keeps its extra fields, every citation its relay
        var revisions: [Revision] = []
        for claim in old.claims { revisions += try ledger.read { try $0.history(claimID: claim["id"]) } }
        #expect(revisions.count == old.extras.count)
        for revision in revisions { #expect(revision.content.extra == old.extras[revision.seq], "revision \(revision.seq)") }
        let citations = revisions.sorted { $0.seq < $1.seq }.flatMap { revision in
            revision.addedCitations.map { "\(revision.claimID) \(revision.number) \($0.sourceID) \($0.quote) \($0.start ?? -1) \($0.end ?? -1) \($0.relay ?? "-")" }
        }
        #expect(citations.sorted() == old.citations.sorted())
        // the claim rows and the tally view read the same
        let (claims, tally) = try ledger.read { reader in
            (try Row.fetchAll(reader.db, sql: "SELECT * FROM claim ORDER BY id"), try Row.fetchAll(reader.db, sql: "SELECT * FROM interceptTally"))
        }
        #expect(claims == old.claims)
        #expect(tally == old.interceptTally)
        #expect(!tally.isEmpty)
        // and the rows are stored in the compact form: dataset rows by key set, relays by stem
        let (keySets, compactRows, stems, stemmed) = try ledger.read { reader in
            (try Int.fetchOne(reader.db, sql: "SELECT count(*) FROM extraKeys") ?? 0,
             try Int.fetchOne(reader.db, sql: "SELECT count(*) FROM revision WHERE extraKeys IS NOT NULL") ?? 0,
             try Int.fetchOne(reader.db, sql: "SELECT count(*) FROM relayStem") ?? 0,
             try Int.fetchOne(reader.db, sql: "SELECT count(*) FROM citation WHERE relayStem IS NOT NULL") ?? 0)
        }
        #expect(keySets >= 1)
        #expect(compactRows == old.extras.values.filter { !$0.isEmpty }.count)
        // the values of each imported dataset row refer to the row's quote (ExtraAgainstQuote);
        // the revisions that added no citation (the hand edits) keep theirs plain
        let againstQuote = try ledger.read { try Int.fetchOne($0.db, sql: "SELECT count(*) FROM revision WHERE instr(extra, char(1)) > 0") ?? 0 }
        #expect(againstQuote == old.citations.filter { $0.contains("missile_attacks_daily.csv line ") }.count)
        #expect(stems == 1)
        #expect(stemmed == old.citations.filter { $0.contains("missile_attacks_daily.csv line ") }.count)
    }

    @Test func aMigratedLedgerKnowsItsDatasetRowsAndReportsTampering() throws {
        // Given a migrated copy of the fixture
        let path = try copyOfFixture()
        let ledger = try Ledger.open(path: path)
        let before = try ledger.verify().revisions
        // When the same dataset file is imported again, its rows are found by key: nothing added
        // (the three claims the fixture edited, status-changed or retracted by hand get the row's
        // content back, as a v7 binary does on the same file)
        let summary = try ledger.importPiterfm(
            file: Self.folder.appendingPathComponent("v6-ledger/piterfm/missile_attacks_daily.csv").path,
            referenceFile: Self.folder.appendingPathComponent("v6-ledger/piterfm/missiles_and_uavs.csv").path,
            taxonomy: try TestLedger.taxonomy()
        )
        #expect(summary.claimsAdded == 0)
        #expect(summary.claimsUpdated == 3)
        #expect(summary.claimsUnchanged == 2)
        let afterImport = try ledger.verify()
        #expect(afterImport.isValid, "\(afterImport.problems)")
        #expect(afterImport.revisions == before + 3)
        // and a stored value, a key set or a relay stem changed behind the tool's back is reported
        for tamper in [
            "UPDATE revision SET extra = substr(extra, 1, length(extra) - 2) || 'x\"]' WHERE seq = (SELECT min(seq) FROM revision WHERE extraKeys IS NOT NULL)",
            "UPDATE revision SET extra = replace(extra, char(2), '1' || char(2)) WHERE seq = (SELECT min(seq) FROM revision WHERE instr(extra, char(1)) > 0)",
            "UPDATE citation SET quote = replace(quote, ',', ';') WHERE id = (SELECT min(id) FROM citation WHERE relayStem IS NOT NULL)",
            "UPDATE extraKeys SET keys = replace(keys, 'launch_place', 'launch_site')",
            "UPDATE relayStem SET text = replace(text, 'Petro', 'Pyotr')",
            "UPDATE citation SET relay = relay || '0' WHERE relayStem IS NOT NULL AND id = (SELECT min(id) FROM citation WHERE relayStem IS NOT NULL)",
        ] {
            let copy = path + ".tampered"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
            for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: path + suffix) {
                try FileManager.default.copyItem(atPath: path + suffix, toPath: copy + suffix)
            }
            let queue = try DatabaseQueue(path: copy)
            try queue.write { db in
                try db.execute(sql: tamper)
                #expect(db.changesCount > 0, "\(tamper)")
            }
            try queue.close()
            let report = try Ledger.open(path: copy).verify()
            #expect(!report.isValid, "\(tamper)")
        }
    }
}
