import ClaimsCore
import ClaimsStore
import ClaimsTestSupport
import Foundation
import GRDB
import Testing

/// Tests on ledger files: tampering behind the tool's back, non-ledger files, round trips.
@Suite struct LedgerFileTests {
    /// This test's ledger files, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-tests")
    }

    func path(_ name: String) -> String { directory.path(name) }

    func makeLedger(_ name: String, claims: Int = 3) throws -> Ledger {
        let ledger = try Ledger.open(path: path(name), create: true, clock: .constant(TestLedger.fixedTime))
        for index in 0..<claims {
            try TestLedger.addClaim(TestLedger.content(count: .exactly(10 + index)), to: ledger, url: "https://example.org/\(index)")
        }
        return ledger
    }

    /// Runs SQL on the file as someone else would, outside the tool (the sqlite3 shell when
    /// installed, else a raw connection).
    func tamper(_ file: String, _ sql: String) throws {
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [file, sql]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        } else {
            let queue = try DatabaseQueue(path: file)
            try queue.write { try $0.execute(sql: sql) }
        }
    }

    @Test func verifyPassesOnAnUntouchedLedger() throws {
        let ledger = try makeLedger("clean.sqlite")
        let report = try ledger.verify()
        #expect(report.isValid)
        #expect(report.revisions == 3)
        #expect(report.headHash == (try ledger.read { try $0.headHash() }))
    }

    @Test func verifyFailsAfterAStoredCountIsChangedBehindTheToolsBack() throws {
        _ = try makeLedger("count.sqlite")
        try tamper(path("count.sqlite"), "UPDATE revision SET count = 99 WHERE seq = 2")
        let report = try Ledger.open(path: path("count.sqlite")).verify()
        #expect(!report.isValid)
        #expect(report.problems.first?.message.hasPrefix("revision 2 ") == true)
    }

    @Test func verifyFailsWhenARevisionIsRemoved() throws {
        _ = try makeLedger("removed.sqlite")
        try tamper(path("removed.sqlite"), "PRAGMA foreign_keys=OFF; DELETE FROM revision WHERE seq = 2")
        let report = try Ledger.open(path: path("removed.sqlite")).verify()
        #expect(!report.isValid)
        #expect(report.problems.contains { $0.message.hasPrefix("revision 3 ") && $0.message.contains("link") })
    }

    @Test func verifyFailsWhenACitationQuoteOrASourceIsAltered() throws {
        _ = try makeLedger("quote.sqlite")
        try tamper(path("quote.sqlite"), "UPDATE citation SET quote = 'edited' WHERE id = 1")
        #expect(!(try Ledger.open(path: path("quote.sqlite")).verify().isValid))
        _ = try makeLedger("source.sqlite")
        try tamper(path("source.sqlite"), "UPDATE source SET outlet = 'someone else' WHERE id = 3")
        #expect(!(try Ledger.open(path: path("source.sqlite")).verify().isValid))
    }

    @Test func exportImportExportIsByteIdentical() throws {
        // Given a ledger with an edit and a retraction
        let ledger = try makeLedger("original.sqlite")
        try ledger.write { session in
            var content = try session.reader.claim(id: 1)!.content
            content.count = .exactly(7)
            content.extra = ["note": "Молнія, \"quoted\""]
            try session.revise(claimID: 1, content: content, action: .edit, reason: "fix")
            content.status = .retracted
            try session.revise(claimID: 2, content: try session.reader.claim(id: 2)!.content, action: .status, reason: nil)
        }
        // When it is exported, imported into a new ledger and exported again
        var first: [UInt8] = []
        try ledger.exportJSONLines { first.append(contentsOf: $0) }
        let file = path("export.jsonl")
        try Data(first).write(to: URL(fileURLWithPath: file))
        let copy = try Ledger.open(path: path("copy.sqlite"), create: true, clock: .constant(TestLedger.fixedTime))
        let summary = try copy.importJSONLines(path: file) { _ in }
        var second: [UInt8] = []
        try copy.exportJSONLines { second.append(contentsOf: $0) }

        // Then the bytes are the same and the copy verifies
        #expect(summary.restoredHistory)
        #expect(summary.claimsAdded == 3)
        #expect(first == second)
        #expect(try copy.verify().isValid)

        // And importing again adds nothing
        let again = try copy.importJSONLines(path: file) { _ in }
        #expect(again.claimsAdded == 0 && again.claimsUnchanged == 3)
    }

    @Test func anEditedExportIsRejectedWholesale() throws {
        let ledger = try makeLedger("edited.sqlite")
        var bytes: [UInt8] = []
        try ledger.exportJSONLines { bytes.append(contentsOf: $0) }
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"count\":11", with: "\"count\":12")
        let file = path("edited.jsonl")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let copy = try Ledger.open(path: path("edited-copy.sqlite"), create: true)
        #expect(throws: StoreError.self) { try copy.importJSONLines(path: file) { _ in } }
        #expect(try copy.read { try $0.claimCount() } == 0)
    }

    @Test func aFileThatIsNotALedgerIsRefusedAndLeftUntouched() throws {
        let text = path("notes.txt")
        try "not a database".write(toFile: text, atomically: true, encoding: .utf8)
        let other = path("other.sqlite")
        let queue = try DatabaseQueue(path: other)
        try queue.write { try $0.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
        try queue.close()
        for file in [text, other] {
            let before = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(throws: StoreError.self) { try Ledger.open(path: file) }
            #expect(throws: StoreError.self) { try Ledger.open(path: file, create: true) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        }
        #expect(throws: StoreError.self) { try Ledger.open(path: path("missing.sqlite")) }
    }

    @Test func aLedgerFromANewerVersionIsRefused() throws {
        _ = try makeLedger("newer.sqlite", claims: 0)
        try tamper(path("newer.sqlite"), "INSERT INTO grdb_migrations VALUES ('v99 from the future')")
        do {
            _ = try Ledger.open(path: path("newer.sqlite"))
            Issue.record("a newer ledger was opened")
        } catch let StoreError.newerSchema(file) {
            #expect(file == path("newer.sqlite"))
        }
    }
}

/// What opening a ledger says when it cannot: one line per cause, naming the file and the fix.
@Suite struct LedgerOpeningErrorTests {
    /// This test's files, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-open")
    }

    func path(_ name: String) -> String { directory.path(name) }

    /// A connection of "another process" that may leave a transaction open between accesses.
    func otherConnection(_ file: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        return try DatabaseQueue(path: file, configuration: configuration)
    }

    func message(opening file: String, create: Bool = false) -> String? {
        do {
            _ = try Ledger.open(path: file, create: create, busyTimeout: 0.2)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aPNGIsNotALedger() throws {
        let png = path("chart.png")
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0]
        try Data(bytes).write(to: URL(fileURLWithPath: png))
        #expect(message(opening: png) == "\(png) is not a claims ledger (not an SQLite database): pass the path of a ledger made by `claims init`")
        #expect(try Data(contentsOf: URL(fileURLWithPath: png)) == Data(bytes))
    }

    @Test func anEmptyFileIsNotALedgerUnlessItIsBeingCreated() throws {
        let empty = path("empty.sqlite")
        _ = FileManager.default.createFile(atPath: empty, contents: nil)
        #expect(message(opening: empty) == "\(empty) is not a claims ledger (the file is empty): pass the path of a ledger made by `claims init`")
        #expect(message(opening: empty, create: true) == nil)
    }

    @Test func aLedgerOfANewerVersionAsksForANewerTool() throws {
        let newer = path("newer.sqlite")
        _ = try Ledger.open(path: newer, create: true)
        let queue = try DatabaseQueue(path: newer)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99 from the future')") }
        try queue.close()
        #expect(message(opening: newer) == "\(newer) was written by a newer version of claims: upgrade the tool to read it")
    }

    @Test func aDamagedFileIsCalledDamagedNotALedgerOfAnotherProgram() throws {
        let damaged = path("damaged.sqlite")
        _ = try Ledger.open(path: damaged, create: true)
        // Keep the SQLite header, overwrite the rest of the first page and the schema
        var bytes = try Data(contentsOf: URL(fileURLWithPath: damaged))
        for index in 100..<min(bytes.count, 8192) { bytes[index] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: damaged))
        let text = try #require(message(opening: damaged))
        #expect(text.hasPrefix("cannot open \(damaged): the file is damaged"), "\(text)")
        #expect(!text.contains("another program"))
    }

    @Test func aLedgerLockedByAnotherWriterIsReportedBusyOnOpen() throws {
        let locked = path("locked.sqlite")
        _ = try Ledger.open(path: locked, create: true)
        // Another process in the middle of a write that readers must wait for (a rollback journal
        // and an exclusive lock, as a bulk import holds once its pages spill)
        let other = try otherConnection(locked)
        try other.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
            try db.execute(sql: "BEGIN EXCLUSIVE")
        }
        defer { try? other.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") } }
        #expect(message(opening: locked) == "\(locked) is busy: another `claims` process is writing to it; try again when it has finished")
    }

    @Test func aWriteThatWaitsTooLongIsReportedBusy() throws {
        let file = path("writer.sqlite")
        let ledger = try Ledger.open(path: file, create: true, busyTimeout: 0.2)
        let other = try otherConnection(file)
        try other.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
        defer { try? other.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") } }
        do {
            try TestLedger.addClaim(TestLedger.content(count: .exactly(3)), to: ledger, url: "https://example.org/busy")
            Issue.record("the write went through a held lock")
        } catch let error as StoreError {
            #expect(error.description == "\(file) is busy: another `claims` process is writing to it; try again when it has finished")
        }
        // And reading still works while the other process writes (WAL)
        #expect(try ledger.read { try $0.claimCount() } == 0)
    }

    @Test func aHotJournalIsRolledBackByTheFirstOpenWhateverItDoes() throws {
        // Given a ledger with one claim, and a second claim written but not committed when the
        // writer vanished: its journal is left beside the file, as a kill leaves it
        let file = path("hot.sqlite")
        let headBefore = try {
            let ledger = try Ledger.open(path: file, create: true)
            try TestLedger.addClaim(TestLedger.content(count: .exactly(1)), to: ledger, url: "https://example.org/kept")
            return try ledger.read { try $0.headHash() }
        }()  // closed here, so that the writer below may leave WAL mode
        let writer = try otherConnection(file)
        try writer.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
            try db.execute(sql: "PRAGMA cache_size = 1")
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "UPDATE source SET outlet = 'half-written' WHERE 1")
            try db.execute(sql: "CREATE TABLE filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) SELECT i, randomblob(200) AS b FROM n")
        }
        let journal = file + "-journal"
        try #require(FileManager.default.fileExists(atPath: journal))
        // Copy the file and its hot journal while the writer is still mid-transaction: the copy
        // is what a kill leaves
        let crashed = path("crashed.sqlite")
        try FileManager.default.copyItem(atPath: file, toPath: crashed)
        try FileManager.default.copyItem(atPath: journal, toPath: crashed + "-journal")
        try writer.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }

        // When it is opened and only read
        let reopened = try Ledger.open(path: crashed)
        // Then the half-written change is gone and the file is back in WAL mode
        #expect(try reopened.read { try $0.claimCount() } == 1)
        #expect(try reopened.read { try $0.headHash() } == headBefore)
        #expect(try reopened.verify().isValid)
        #expect(!FileManager.default.fileExists(atPath: crashed + "-journal"))
        #expect(FileManager.default.fileExists(atPath: crashed + "-wal"))
    }
}

@Suite struct ConcurrentWriterTests {
    /// This test's files, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-concurrent")
    }

    @Test func twoConnectionsWritingAtOnceKeepOneUnbrokenChain() async throws {
        let file = directory.path("ledger.sqlite")
        _ = try Ledger.open(path: file, create: true)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<3 {
                group.addTask {
                    let ledger = try Ledger.open(path: file)
                    for index in 0..<20 {
                        try TestLedger.addClaim(TestLedger.content(count: .exactly(index)), to: ledger, url: "https://example.org/\(writer)/\(index)")
                    }
                }
            }
            try await group.waitForAll()
        }
        let report = try Ledger.open(path: file).verify()
        #expect(report.isValid)
        #expect(report.claims == 60)
    }
}
