import ClaimsCore
import ClaimsTestSupport
import Foundation
import GRDB
import Testing
@testable import ClaimsStore

@Suite struct BulkImportTests {
    /// This test's files, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-bulk")
    }

    static func export(_ ledger: Ledger) throws -> String {
        var bytes: [UInt8] = []
        try ledger.exportJSONLines { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A ledger with a revised claim, a composite, dataset extras and two sources.
    static func populated() throws -> Ledger {
        let ledger = try TestLedger.make()
        let first = try TestLedger.addClaim(TestLedger.content(count: .exactly(7), launched: 9), to: ledger)
        var composite = TestLedger.content(system: "kalibr+kh-101-or-kh-555", count: .unknown(text: "several"))
        composite.extra = ["piterfm_key": "2024-05-15|2024-05-15|X-101/X-555 and Kalibr|kpszsu/posts/x#1", "carrier": "Tu-95MS"]
        try TestLedger.addClaim(composite, to: ledger, url: "https://example.org/other", quote: "several missiles")
        _ = try ledger.write { session in
            try session.revise(claimID: first, content: TestLedger.content(count: .exactly(8), launched: 9), action: .edit, reason: "typo")
        }
        return ledger
    }

    // MARK: - JSON Lines

    @Test func exportImportExportGivesTheSameBytes() throws {
        let original = try Self.populated()
        let exported = try Self.export(original)
        let copy = try TestLedger.make()

        let summary = try copy.importJSONLines(path: try directory.file("ledger.jsonl", exported)) { _ in }

        #expect(summary.restoredHistory)
        #expect(try Self.export(copy) == exported)
    }

    @Test func reimportingAnExportIntoTheSameLedgerSkipsEveryClaim() throws {
        let ledger = try Self.populated()
        let before = try PiterfmImportTests.snapshot(ledger)
        let file = try directory.file("ledger.jsonl", try Self.export(ledger))

        let summary = try ledger.importJSONLines(path: file) { _ in }

        #expect(summary.claimsUnchanged == 2)
        #expect(summary.claimsAdded == 0)
        #expect(try PiterfmImportTests.snapshot(ledger) == before)
    }

    /// `populated()` plus a review queue: a candidate accepted as claim 2, a rejected one and a
    /// pending copy of the rejected one.
    static func populatedWithQueue() throws -> Ledger {
        let ledger = try populated()
        try ledger.write { session in
            let accepted = try session.queueCandidate(sourceID: 2, content: #"{"system":"kalibr"}"#, quote: "several missiles", start: 0, end: 16, confidence: 0.9)
            try session.markAccepted(candidate: accepted, claimID: 2)
            let rejected = try session.queueCandidate(sourceID: 1, content: #"{"system":"kh-101"}"#, quote: "a quote", start: nil, end: nil, confidence: 0.25)
            try session.markRejected(candidate: rejected, reason: "history, not a claim")
            try session.queueCandidate(sourceID: 2, content: #"{"system":"kh-101"}"#, quote: "a quote", start: 3, end: 10, confidence: 0.5, copyOf: rejected)
        }
        return ledger
    }

    @Test func theReviewQueueIsRestoredWithAnExport() throws {
        let original = try Self.populatedWithQueue()
        let exported = try Self.export(original)
        #expect(exported.split(separator: "\n").filter { $0.contains(#""type":"candidate""#) }.count == 3)
        let copy = try TestLedger.make()

        let summary = try copy.importJSONLines(path: try directory.file("ledger.jsonl", exported)) { _ in }

        #expect(summary.candidatesAdded == 3)
        #expect(try copy.read { try $0.candidates(status: nil) } == original.read { try $0.candidates(status: nil) })
        #expect(try Self.export(copy) == exported)
    }

    @Test func candidatesImportedIntoALedgerWithClaimsPointAtItsSourcesAndClaims() throws {
        // Given a ledger with other claims and sources first
        let target = try TestLedger.make()
        try TestLedger.addClaim(TestLedger.content(system: "kinzhal"), to: target, url: "https://example.org/elsewhere")
        try TestLedger.addClaim(TestLedger.content(system: "kh-101"), to: target, url: "https://example.org/elsewhere")
        let file = try directory.file("ledger.jsonl", try Self.export(try Self.populatedWithQueue()))

        // When the export is imported, twice
        let first = try target.importJSONLines(path: file) { _ in }
        let second = try target.importJSONLines(path: file) { _ in }

        // Then the candidates name this ledger's ids for their source, claim and original, once
        #expect(first.candidatesAdded == 3)
        #expect(second.candidatesAdded == 0 && second.candidatesUnchanged == 3)
        let queue = try target.read { try $0.candidates(status: nil) }
        #expect(queue.map(\.id) == [1, 2, 3])
        let story = try #require(try target.read { try $0.source(url: "https://example.org/story") }?.id)
        let other = try #require(try target.read { try $0.source(url: "https://example.org/other") }?.id)
        #expect(queue.map(\.sourceID) == [other, story, other])
        let composite = try target.read { try $0.claims(matching: ClaimFilter()) }.first { $0.content.system == "kalibr+kh-101-or-kh-555" }
        #expect(queue[0].claimID == composite?.id && queue[0].claimID != 2)
        #expect(queue[2].copyOf == 2)
        #expect(queue.map(\.status) == [.accepted, .rejected, .pending])
    }

    @Test func progressIsReportedWithBytesThatGrowToTheFileSize() throws {
        var lines = ["{\"type\":\"source\",\"id\":1,\"kind\":\"article\",\"url\":\"https://example.org/r\"}"]
        for index in 0..<10_000 {
            lines.append(#"{"kind":"intercept","system":"kalibr","claimant":"ua-air-force","claimant_side":"ukraine","count":\#(index % 9),"event_date":"2024-05-15","citations":[{"source":1,"quote":"q"}]}"#)
        }
        let text = lines.joined(separator: "\n") + "\n"
        let file = try directory.file("many.jsonl", text)
        var reports: [ImportProgress] = []

        let summary = try TestLedger.make().importJSONLines(path: file, check: { _ in }, progress: { reports.append($0) })

        #expect(summary.claimsAdded == 10_000)
        // Every 4,096 lines, and once at the end (as every format of the one bulk-import entry point does).
        #expect(reports.map(\.rows) == [4096, 8192, 10_001])
        #expect(reports.allSatisfy { $0.totalBytes == text.utf8.count && $0.bytes <= text.utf8.count })
        #expect(reports[0].bytes < reports[1].bytes)
        #expect(reports.last?.bytes == text.utf8.count)
    }

    // MARK: - CSV

    static let header = "kind,system,claimant,claimant_side,weapon_side,count,count_text,qualifier,launched,event_date,place,source,quote"

    @Test func csvRowsBecomeClaimsWithTheirCitations() throws {
        let ledger = try TestLedger.make()
        let file = try directory.file("claims.csv", """
            \(Self.header)
            intercept,kalibr,ua-air-force,ukraine,russia,14,,exact,16,2024-05-15,odesa-oblast,https://example.org/r/1,"Air defences destroyed 14 of 16 ""Kalibr"" missiles"
            intercept,shahed-136,ua-air-force,ukraine,russia,,several,unknown,,2024-05-16,,https://example.org/r/1,several drones
            strike,atacms,ru-mod,russia,ukraine,4.0,,,,2024-05-17,crimea,https://example.org/r/2,four ATACMS

            """)

        let summary = try ledger.importCSV(path: file) { _ in }

        #expect(summary.claimsAdded == 3)
        #expect(summary.sourcesAdded == 2)
        let claims = try PiterfmImportTests.claims(ledger)
        #expect(claims.map(\.content.count) == [.exactly(14), .unknown(text: "several"), .exactly(4)])
        #expect(claims[0].content.place == "odesa-oblast")
        #expect(claims[0].citations.first?.citation.quote == "Air defences destroyed 14 of 16 \"Kalibr\" missiles")
        #expect(claims[2].citations.first?.url == "https://example.org/r/2")
        #expect(claims.allSatisfy { $0.head.action == .import })
    }

    @Test func anImportedClaimNamesItsFileButNotTheDirectories() throws {
        let ledger = try TestLedger.make()
        let file = try directory.file("claims.csv", "kind,system,claimant,claimant_side,count\nintercept,kalibr,ua-air-force,ukraine,3\n")
        #expect(file.contains("/"))

        _ = try ledger.importCSV(path: file) { _ in }

        let reason = try ledger.read { try $0.history(claimID: 1) }.first?.reason
        #expect(reason == "imported from " + file.split(separator: "/").last!)
    }

    @Test func csvRowWhoseHashIsAlreadyAHeadIsSkipped() throws {
        let ledger = try Self.populated()
        let head = try #require(try PiterfmImportTests.claims(ledger).first?.head.hash)
        let file = try directory.file("again.csv", """
            kind,system,claimant,claimant_side,count,event_date,hash
            intercept,kalibr,ua-air-force,ukraine,8,2024-05-15,\(head)
            intercept,kinzhal,ua-air-force,ukraine,2,2024-05-15,\(String(repeating: "0", count: 64))

            """)

        let summary = try ledger.importCSV(path: file) { _ in }

        #expect(summary.claimsUnchanged == 1)
        #expect(summary.claimsAdded == 1)
    }

    @Test(arguments: [
        ("kind,system,claimant\nintercept,kalibr,ua-air-force\n", 1, "claimant_side: missing required column"),
        ("kind,system,claimant,claimant_side,colour\n", 1, "colour: unknown column"),
        ("kind,system,claimant,claimant_side,count\nintercept,kalibr,ua-air-force,ukraine,3\nintercept,kalibr,ua-air-force,ukraine,lots\n", 3, "count: expected a whole number"),
        ("kind,system,claimant,claimant_side,source\nintercept,kalibr,ua-air-force,ukraine,report 7\n", 2, "is not a URL"),
        ("kind,system,claimant,claimant_side\nintercept,kalibr,ua-air-force\n", 2, "expected 4 fields"),
        ("kind,system,claimant,claimant_side\nintercept,\"kalibr,ua-air-force,ukraine\n", 2, "never closed"),
    ])
    func badCSVFailsWithItsLineAndChangesNothing(text: String, line: Int, mentions: String) throws {
        let ledger = try Self.populated()
        let before = try PiterfmImportTests.snapshot(ledger)
        let file = try directory.file("bad.csv", text)

        let error = #expect(throws: StoreError.self) { try ledger.importCSV(path: file) { _ in } }

        #expect(error?.description.hasPrefix("\(file):\(line): ") == true, "\(error?.description ?? "")")
        #expect(error?.description.contains(mentions) == true, "\(error?.description ?? "")")
        #expect(try PiterfmImportTests.snapshot(ledger) == before)
    }

    @Test func checkClosureCanRejectTheFile() throws {
        let ledger = try TestLedger.make()
        let file = try directory.file("x.csv", "kind,system,claimant,claimant_side\nintercept,nonsense,ua-air-force,ukraine\n")
        #expect(throws: StoreError.self) { try ledger.importCSV(path: file) { _ in throw ClaimsError.invalidField("system", "unknown") } }
        #expect(try PiterfmImportTests.snapshot(ledger).claims == 0)
    }

    // MARK: - Ledger files

    @Test func aLedgerFileIsBackInWALModeAfterABulkImport() throws {
        let path = directory.path("ledger.sqlite")
        let ledger = try Ledger.open(path: path, create: true)
        let file = try directory.file("claims.csv", "kind,system,claimant,claimant_side,count\nintercept,kalibr,ua-air-force,ukraine,3\n")

        _ = try ledger.importCSV(path: file) { _ in }

        let probe = try DatabaseQueue(path: path)
        #expect(try probe.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try probe.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM claim") } == 1)
        #expect(try ledger.verify().isValid)
    }

    /// The schema's index definitions, by name.
    static func indexes(_ path: String) throws -> [String: String] {
        let probe = try DatabaseQueue(path: path)
        return try probe.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")
                .map { ($0[0] as String, $0[1] as String) })
        }
    }

    @Test func indexesDeferredByAnImportIntoAnEmptyLedgerAreBuiltAgain() throws {
        let path = directory.path("ledger.sqlite")
        let ledger = try Ledger.open(path: path, create: true)
        let fresh = try Self.indexes(path)
        #expect(Set(DeferredIndexes.names).isSubset(of: fresh.keys))
        let file = try directory.file("claims.csv", """
            kind,system,claimant,claimant_side,count,event_date,source,quote
            intercept,kalibr,ua-air-force,ukraine,3,2024-05-15,https://example.org/a,three
            intercept,kh-101,ua-air-force,ukraine,2,2024-05-15,https://example.org/b,two

            """)

        _ = try ledger.importCSV(path: file) { _ in }

        #expect(try Self.indexes(path) == fresh)
        let probe = try DatabaseQueue(path: path)
        #expect(try probe.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        #expect(try probe.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM revision INDEXED BY revision_on_key WHERE claimant = 'ua-air-force'")
        } == 2)
    }

    @Test func aFailedImportIntoAnEmptyLedgerLeavesItsIndexes() throws {
        let path = directory.path("ledger.sqlite")
        let ledger = try Ledger.open(path: path, create: true)
        let fresh = try Self.indexes(path)
        let file = try directory.file("claims.csv", """
            kind,system,claimant,claimant_side,count,source,quote
            intercept,kalibr,ua-air-force,ukraine,3,https://example.org/a,three
            intercept,kalibr,ua-air-force,ukraine,lots,https://example.org/a,lots

            """)

        #expect(throws: StoreError.self) { try ledger.importCSV(path: file) { _ in } }

        #expect(try Self.indexes(path) == fresh)
        #expect(try ledger.read { try $0.claimCount() } == 0)
    }

    @Test func aBulkImportWorksWhileAnotherConnectionReadsTheLedger() throws {
        let path = directory.path("ledger.sqlite")
        let ledger = try Ledger.open(path: path, create: true)
        let reader = try Ledger.open(path: path)
        #expect(try reader.read { try $0.claimCount() } == 0)
        let file = try directory.file("claims.csv", "kind,system,claimant,claimant_side,count\nintercept,kalibr,ua-air-force,ukraine,3\n")

        _ = try ledger.importCSV(path: file) { _ in }

        #expect(try reader.read { try $0.claimCount() } == 1)
    }
}

@Suite struct BulkImportValidationTests {
    /// This test's files, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-bulk")
    }

    @Test func aCSVRowTheValidatorRefusesFailsTheFileWithItsLine() throws {
        let taxonomy = try TestLedger.taxonomy()
        let ledger = try TestLedger.make().validating(with: Validator(taxonomy: taxonomy, today: CalendarDate(year: 2026, month: 3, day: 1)!))
        let file = try directory.file("refused.csv", """
            kind,system,claimant,claimant_side,weapon_side,count,launched,event_date,source,quote
            intercept,kalibr,ua-air-force,ukraine,russia,3,4,2024-05-15,https://example.org/a,three of four
            intercept,kalibr,ua-air-force,ukraine,russia,9,4,2024-05-16,https://example.org/b,nine of four

            """)

        let error = #expect(throws: StoreError.self) { try ledger.importCSV(path: file) }

        #expect(error?.description.hasPrefix("\(file):3: ") == true, "\(String(describing: error))")
        #expect(error?.description.contains("count-exceeds-launched") == true)
        #expect(try PiterfmImportTests.snapshot(ledger).claims == 0)
    }
}
