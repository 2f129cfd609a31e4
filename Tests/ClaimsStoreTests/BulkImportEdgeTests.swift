import ClaimsCore
import ClaimsTestSupport
import Foundation
import GRDB
import Testing
@testable import ClaimsStore

/// Bulk imports at their edges: restored warnings, errors far into a file (past what the reading
/// thread has decoded ahead), a re-imported dataset with a validator, the deferred indexes.
@Suite struct BulkImportEdgeTests {
    /// This test's files, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-bulk")
    }

    static func findings(_ ledger: Ledger, _ ids: ClosedRange<Int64>) throws -> [[String]] {
        try ledger.read { reader in
            try ids.map { try reader.storedFindings(claimID: $0).map { "\($0.rule.rawValue)|\($0.field)|\($0.message)" } }
        }
    }

    @Test func restoringAnExportStoresTheSameWarnings() throws {
        let (ledger, validator, file) = try BulkValidationTests.denseClaims(count: 300, in: directory)
        _ = try ledger.importJSONLines(path: file.path)
        let original = try Self.findings(ledger, 1...300)
        let path = try directory.file("export.jsonl", try BulkImportTests.export(ledger))
        let restored = try TestLedger.make().validating(with: validator)

        let summary = try restored.importJSONLines(path: path)

        #expect(summary.restoredHistory)
        #expect(original.contains { !$0.isEmpty })
        #expect(try Self.findings(restored, 1...300) == original)
    }

    @Test(arguments: [300, 5_000])
    func aBadLineFarIntoTheFileIsReportedWithItsNumber(claims: Int) throws {
        let good = #"{"kind":"intercept","system":"kalibr","claimant":"ua-air-force","claimant_side":"ukraine","count":1,"event_date":"2024-05-15","citations":[{"source":1,"quote":"q"}]}"#
        var lines = [#"{"type":"source","id":1,"kind":"article","url":"https://example.org/a"}"#]
        for index in 0..<claims { lines.append(index == claims - 10 ? "{not json" : good) }
        let path = try directory.file("bad.jsonl", lines.joined(separator: "\n") + "\n")
        let ledger = try TestLedger.make()

        let error = #expect(throws: StoreError.self) { try ledger.importJSONLines(path: path) }

        #expect(error?.description.hasPrefix("\(path):\(claims - 10 + 2): not valid JSON") == true, "\(String(describing: error))")
        #expect(try ledger.read { try $0.claimCount() } == 0)
    }

    @Test func aCheckThatFailsEarlyInALargeCSVNamesItsRowAndStops() throws {
        let rows = Array(repeating: "intercept,kalibr,ua-air-force,ukraine,3", count: 20_000)
        let path = try directory.file("big.csv", (["kind,system,claimant,claimant_side,count"] + rows).joined(separator: "\n") + "\n")
        let ledger = try TestLedger.make()
        var checked = 0

        let error = #expect(throws: StoreError.self) {
            try ledger.importCSV(path: path) { _ in
                checked += 1
                if checked == 5 { throw ClaimsError.invalidField("count", "refused by the test") }
            }
        }

        #expect(error?.description.hasPrefix("\(path):6: count: refused by the test") == true, "\(String(describing: error))")
        #expect(checked == 5)
        #expect(try ledger.read { try $0.claimCount() } == 0)
    }

    @Test func aReimportedDatasetStoresTheWarningsOfItsRevisedAndNewRows() throws {
        let taxonomy = try TestLedger.taxonomy()
        let validator = Validator(taxonomy: taxonomy, today: CalendarDate(year: 2026, month: 3, day: 1)!)
        let ledger = try TestLedger.make().validating(with: validator)
        _ = try ledger.importPiterfm(file: try PiterfmFixture.write(rows: PiterfmFixture.night, in: directory), taxonomy: taxonomy)
        var newer = PiterfmFixture.night
        newer[1] = PiterfmFixture.row("2024-12-24 18:00", "2024-12-25 09:00", "X-101/X-555 and Kalibr", launched: "10.0", destroyed: "9.0", carrier: "Tu-95MS")
        newer.append(PiterfmFixture.row("2024-12-24 18:00", "2024-12-25 09:00", "Shahed-136/131", launched: "123.0", destroyed: "100.0"))

        let summary = try ledger.importPiterfm(file: try PiterfmFixture.write(rows: newer, in: directory), taxonomy: taxonomy)

        #expect(summary.claimsUpdated == 1 && summary.claimsAdded == 1)
        let expected = Dictionary(grouping: try ledger.validateAll(with: validator).filter { $0.severity == .warning }) { $0.claim ?? 0 }
        #expect(!expected.isEmpty)
        let count = try ledger.read { try $0.claimCount() }
        try ledger.read { reader in
            for id in Int64(1)...Int64(count) {
                let stored = try reader.storedFindings(claimID: id)
                #expect(Set(stored) == Set(expected[id] ?? []), "claim \(id)")
            }
        }
    }

    @Test func indexesAreDeferredOnlyInALedgerWithoutClaims() throws {
        let ledger = try TestLedger.make()
        let dropped = try ledger.writer.write { db in
            let deferred = try DeferredIndexes.dropIfLedgerIsEmpty(db)
            let left = try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index'")
            try deferred.rebuild(db)
            return (deferred.statements.count, Set(left))
        }
        #expect(dropped.0 == 3)
        #expect(dropped.1.isDisjoint(with: DeferredIndexes.names))

        try TestLedger.addClaim(TestLedger.content(), to: ledger)
        let kept = try ledger.writer.write { db in
            let deferred = try DeferredIndexes.dropIfLedgerIsEmpty(db)
            return (deferred.statements.count, Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index'")))
        }
        #expect(kept.0 == 0)
        #expect(Set(DeferredIndexes.names).isSubset(of: kept.1))
    }

    @Test func storedWarningsReadBackInStableOrderWhateverTheirRowOrder() throws {
        let ledger = try TestLedger.make()
        let id = try TestLedger.addClaim(TestLedger.content(), to: ledger)
        let findings = [
            Finding(rule: .selfIntercept, claim: id, field: "system", message: "b", fix: "f"),
            Finding(rule: .implausibleCount, claim: id, field: "count", message: "a", fix: "f"),
            Finding(rule: .conflictingCounts, claim: id, field: "count", message: "c", fix: "f"),
        ]
        try ledger.writer.write { db in
            try db.execute(sql: "INSERT INTO findingText (id, text) VALUES (7, 'f')")
            for finding in findings {
                try db.execute(sql: "INSERT INTO finding (claimId, rule, field, message, fixId) VALUES (?, ?, ?, ?, 7)",
                               arguments: [id, finding.rule.rawValue, finding.field, finding.message])
            }
        }

        let stored = try ledger.read { try $0.storedFindings(claimID: id) }

        #expect(stored == findings.sorted(by: Finding.stableOrder))
        #expect(stored != findings)
    }
}
