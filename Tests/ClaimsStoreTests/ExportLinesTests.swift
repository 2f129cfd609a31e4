import ClaimsCore
@testable import ClaimsStore
import ClaimsTestSupport
import GRDB
import Testing

/// The JSON Lines export writes its claim lines straight from the SQLite rows
/// (`ClaimLineWriter`); these tests hold it to the bytes the domain values give
/// (`LedgerClaim.write(to:revisions:lineType:)` over `forEachClaim` and `history`), the form
/// the export had before.
@Suite struct ExportLinesTests {
    /// A ledger with what a claim line can carry: edits adding citations (with relays and
    /// offsets), a merge, a retraction, a status change, extra fields, notes with quotes,
    /// newlines and control characters, times of day, a month-precision date, no date,
    /// reliability, Cyrillic, sources without title or date, and a claim citing one source twice.
    static func makeLedger() throws -> Ledger {
        let ledger = try TestLedger.make()
        try ledger.write { session in
            let wire = try session.addSource(Source(url: "https://example.org/wire", outlet: "Example \"Wire\"", title: "Kalibr\tstrike", published: EventTime("2024-05-15T06:30"))).id
            let bare = try session.addSource(Source(url: "https://example.org/bare")).id
            let ru = try session.addSource(Source(kind: .statement, url: "https://example.org/ru", outlet: "ТАСС", published: EventTime("2024-05"))).id

            var first = TestLedger.content(count: .exactly(12), launched: 14, place: "odesa-oblast")
            first.event = EventWindow(start: EventTime("2024-05-14T18:00")!, end: EventTime("2024-05-15T08:00")!)
            first.notes = "said \"12 of 14\"\nback\\slash \u{1}control"
            first.extra = ["zeta": "last", "alpha": "first", "ключ": "значення"]
            first.reliability = Reliability("b2")
            first.location = "near Odesa"
            first.target = "port"
            first.weaponOrigin = "russia"
            let one = try session.createClaim(first, citations: [
                Citation(sourceID: wire, quote: "12 of 14 Kalibr", start: 3, end: 17),
                Citation(sourceID: bare, quote: "Сили ППО знищили 12", relay: "via Ukrinform"),
            ])
            var edited = first
            edited.count = CountWords.parse("at least 12")!
            edited.extra = [:]
            try session.revise(claimID: one, content: edited, action: .edit, reason: "bounds", addingCitations: [
                Citation(sourceID: ru, quote: "не менее 12", relay: "relay \"quoted\""),
                Citation(sourceID: wire, quote: "the same wire again"),
            ])
            edited.status = .disputed
            try session.revise(claimID: one, content: edited, action: .status, reason: nil)

            var monthly = TestLedger.content(kind: .launch, system: "shahed-136", claimant: "ru-mod", claimantSide: .russia, count: CountWords.parse("about 40")!, date: nil)
            monthly.event = EventWindow(start: EventTime("2024-06")!)
            let two = try session.createClaim(monthly, citations: [Citation(sourceID: ru, quote: "около 40")])

            let undated = TestLedger.content(system: "kalibr+kh-101", count: .unknown(text: "several"), date: nil)
            let three = try session.createClaim(undated, citations: [Citation(sourceID: bare, quote: "several")])
            var merged = undated
            merged.mergedInto = two
            try session.revise(claimID: three, content: merged, action: .merge, reason: "duplicate")

            let four = try session.createClaim(TestLedger.content(count: .exactly(100)), citations: [Citation(sourceID: wire, quote: "100 (a typo)")])
            var retracted = TestLedger.content(count: .exactly(100))
            retracted.status = .retracted
            try session.revise(claimID: four, content: retracted, action: .retract, reason: "a typo")

            var stated = TestLedger.content(kind: .strike, system: "atacms", claimant: "ua-general-staff", claimantSide: .ukraine, count: .exactly(2))
            stated.weaponSide = nil
            try session.createClaim(stated, citations: [])
        }
        return ledger
    }

    /// The claim lines as the domain values write them.
    static func referenceLines(_ ledger: Ledger) throws -> [UInt8] {
        try ledger.read { reader in
            var bytes: [UInt8] = []
            try reader.forEachClaim(matching: nil) { claim in
                var writer = JSONWriter()
                claim.write(to: &writer, revisions: try reader.history(claimID: claim.id), lineType: "claim")
                writer.newline()
                bytes += writer.bytes
            }
            return bytes
        }
    }

    /// The claim lines of the export (they start with `{"citations":`).
    static func exportedLines(_ ledger: Ledger) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try ledger.exportJSONLines { bytes += $0 }
        let prefix = Array("{\"citations\":".utf8)
        return bytes.split(separator: 0x0A).filter { $0.starts(with: prefix) }.flatMap { $0 + [0x0A] }
    }

    @Test func claimLinesAreTheBytesTheDomainValuesWrite() throws {
        // Given a ledger with edits, merges, relays, extra fields and escapes
        let ledger = try Self.makeLedger()
        // When exported
        let exported = try Self.exportedLines(ledger)
        // Then every claim line is byte for byte the domain writer's
        let reference = try Self.referenceLines(ledger)
        #expect(String(decoding: exported, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
        #expect(exported.filter { $0 == 0x0A }.count == 5)
    }

    @Test func citationsAreWrittenByIdWhenTheirRevisionNumbersDisagree() throws {
        // Given a claim whose first citation is stored as added by a later revision (the
        // statement reads a claim's citations by revision number, the line lists them by id)
        let ledger = try Self.makeLedger()
        try ledger.writer.write { db in try db.execute(sql: "UPDATE citation SET revisionNumber = 2 WHERE id = 1") }
        let reordered = try ledger.read { reader in
            try Int.fetchAll(reader.db, sql: "SELECT id FROM citation WHERE claimId = 1 ORDER BY claimId, revisionNumber, id")
        }
        #expect(reordered.first == 2)
        // When exported
        let exported = try Self.exportedLines(ledger)
        // Then the lines are still the domain writer's
        let reference = try Self.referenceLines(ledger)
        #expect(String(decoding: exported, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
    }

    @Test func chunksHoldWholeLines() throws {
        // Given a ledger of 300 claims
        let ledger = try TestLedger.make()
        try ledger.write { session in
            let source = try session.addSource(Source(url: "https://example.org/a")).id
            for index in 1...300 {
                try session.createClaim(TestLedger.content(count: .exactly(index)), citations: [Citation(sourceID: source, quote: "claim \(index)")])
            }
        }
        // When its claim lines are written in chunks of 4 claims (batches formatted on a second thread)
        var chunks: [[UInt8]] = []
        try ledger.read { reader in try ClaimLineWriter(reader.db).write(claimsPerBatch: 4) { chunks.append($0) } }
        // Then there are many chunks, each ending a line, and together the reference lines
        #expect(chunks.count > 50)
        #expect(chunks.allSatisfy { $0.last == 0x0A })
        #expect(chunks.flatMap { $0 } == (try Self.referenceLines(ledger)))
    }

    @Test func anUnknownStoredKindIsReportedNotExported() throws {
        // Given a revision edited behind the tool's back
        let ledger = try Self.makeLedger()
        try ledger.writer.write { db in try db.execute(sql: "UPDATE revision SET kind = 'bombing' WHERE seq = 1") }
        // Then the export fails naming the revision and the column
        var message = ""
        do { try ledger.exportJSONLines { _ in } } catch { message = "\(error)" }
        #expect(message.contains("revision 1: unexpected kind 'bombing'"), "\(message)")
    }

    @Test func hashesAreTheHexTheChainUses() throws {
        // Given the fixture ledger
        let ledger = try Self.makeLedger()
        var bytes: [UInt8] = []
        try ledger.exportJSONLines { bytes += $0 }
        let text = String(decoding: bytes, as: UTF8.self)
        // Then the head hash of the ledger is in the export, as 64 lower-case hex digits
        let head = try ledger.read { try $0.headHash() }
        #expect(head.count == 64)
        #expect(text.contains("\"hash\":\"\(head)\""))
        #expect(text.contains("\"prev\":\"\(Hashing.genesis)\""))
    }
}
