import ClaimsCore
import ClaimsStore
import ClaimsTestSupport
import Foundation
import GRDB
import Testing

/// Tests on ledger files: tampering behind the tool's back, non-ledger files, round trips.
@Suite struct LedgerFileTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claims-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

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

@Suite struct ConcurrentWriterTests {
    @Test func twoConnectionsWritingAtOnceKeepOneUnbrokenChain() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("claims-concurrent-\(UUID().uuidString).sqlite").path
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
