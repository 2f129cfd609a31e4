import ClaimsCore
import ClaimsTestSupport
import Foundation
import Testing
@testable import ClaimsStore

@Suite struct PiterfmImportTests {
    let taxonomy: Taxonomy
    /// This test's tables, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        taxonomy = try TestLedger.taxonomy()
        directory = try TemporaryDirectory(prefix: "claims-piterfm")
    }

    /// Claims, revisions, sources and the head hash: equal snapshots mean an unchanged ledger.
    struct Snapshot: Equatable {
        var claims: Int, revisions: Int, sources: Int, head: String
    }

    static func snapshot(_ ledger: Ledger) throws -> Snapshot {
        try ledger.read { reader in
            var sources = 0
            try reader.forEachSource { _ in sources += 1 }
            return Snapshot(claims: try reader.claimCount(), revisions: try reader.revisionCount(), sources: sources, head: try reader.headHash())
        }
    }

    static func claims(_ ledger: Ledger) throws -> [LedgerClaim] {
        var filter = ClaimFilter()
        filter.includeRetracted = true
        return try ledger.read { try $0.claims(matching: filter) }
    }

    // MARK: - Mapping

    @Test func eachRowBecomesOneInterceptClaimWithTheDatasetQuirksHandled() throws {
        let ledger = try TestLedger.make()
        let file = try PiterfmFixture.write(rows: PiterfmFixture.night, in: directory)

        let summary = try ledger.importPiterfm(file: file, taxonomy: taxonomy)

        #expect(summary.rowsRead == 6)
        #expect(summary.claimsAdded == 6)
        #expect(summary.rejected.isEmpty)
        #expect(summary.isBalanced)
        let claims = try Self.claims(ledger)
        #expect(claims.map(\.content.system) == [
            "shahed-136", "kalibr+kh-101-or-kh-555", "iskander-m-or-kn-23", "molniya", "kalibr", "lancet",
        ])
        #expect(claims.allSatisfy { $0.content.kind == .intercept && $0.content.weaponSide == .russia })
        #expect(claims.map(\.content.claimant) == [
            "ua-air-force", "ua-air-force", "ua-air-force", "ua-air-command-east", "ua-air-force", "ua-air-force",
        ])

        let shahed = claims[0].content
        #expect(shahed.count == .exactly(110))
        #expect(shahed.launched == 123)
        #expect(shahed.event == EventWindow(start: EventTime("2024-12-24T18:00")!, end: EventTime("2024-12-25T09:00")!))
        #expect(shahed.location == "Ukraine")
        #expect(shahed.place == "ukraine")
        #expect(shahed.extra["launch_place"] == "Kursk oblast and Primorsko-Akhtarsk")
        #expect(shahed.extra["not_reach_goal"] == "13.0")
        #expect(shahed.extra["model"] == "Shahed-136/131")
        #expect(shahed.extra["time_start"] == "2024-12-24 18:00")
        #expect(shahed.extra["source"] == "kpszsu/posts/pfbidTestReportA")
        #expect(shahed.extra["piterfm_key"] == "2024-12-24T18:00|2024-12-25T09:00|Shahed-136/131|kpszsu/posts/pfbidTestReportA#1")
        #expect(shahed.extra["carrier"] == nil, "empty columns are not stored")
        #expect(claims[1].content.extra["carrier"] == "Tu-95MS")

        let unknownCount = claims[2].content
        #expect(unknownCount.count == .unknown())
        #expect(unknownCount.count.exact == nil)
        #expect(unknownCount.launched == 2)
        #expect(claims[3].content.event == EventWindow(start: EventTime("2024-12-25")!))
        #expect(claims[3].content.place == "kharkiv-oblast")
        #expect(claims[4].content.place == nil, "\"south\" is a direction, not a place")
        #expect(claims[4].content.location == "south")
    }

    @Test func citationsPointAtTheReportAndQuoteTheRow() throws {
        let ledger = try TestLedger.make()
        let file = try PiterfmFixture.write(rows: PiterfmFixture.night, in: directory)
        let summary = try ledger.importPiterfm(file: file, taxonomy: taxonomy)
        let claims = try Self.claims(ledger)

        #expect(claims[0].citations.first?.url == "https://www.facebook.com/kpszsu/posts/pfbidTestReportA")
        #expect(claims[0].citations.first?.citation.quote == PiterfmFixture.night[0])
        #expect(claims[0].citations.first?.citation.relay?.hasSuffix("missile_attacks_daily.csv line 2") == true)
        #expect(claims[4].citations.first?.url == "https://t.me/kpszsu/123456")
        #expect(claims[5].citations.first?.url == "https://www.facebook.com/watch/?v=42")
        #expect(summary.sourcesAdded == 4, "one source per report URL, shared by its rows")
        #expect(summary.claimantAssumed == ["watch": 1])
    }

    // MARK: - Re-import

    @Test func importingTheSameFileAgainAddsNothing() throws {
        let ledger = try TestLedger.make()
        let file = try PiterfmFixture.write(rows: PiterfmFixture.night, in: directory)
        _ = try ledger.importPiterfm(file: file, taxonomy: taxonomy)
        let before = try Self.snapshot(ledger)

        let again = try ledger.importPiterfm(file: file, taxonomy: taxonomy)

        #expect(again.claimsUnchanged == 6)
        #expect(again.claimsAdded == 0)
        #expect(again.claimsUpdated == 0)
        #expect(again.sourcesAdded == 0)
        #expect(try Self.snapshot(ledger) == before)
    }

    @Test func aNewerFileRevisesOnlyTheChangedRowsAndAddsTheNewOnes() throws {
        let ledger = try TestLedger.make()
        _ = try ledger.importPiterfm(file: try PiterfmFixture.write(rows: PiterfmFixture.night, in: directory), taxonomy: taxonomy)
        // The author corrects one count in place and adds a newer report at the top.
        var newer = PiterfmFixture.night
        newer[1] = PiterfmFixture.row("2024-12-24 18:00", "2024-12-25 09:00", "X-101/X-555 and Kalibr", launched: "10.0", destroyed: "9.0", carrier: "Tu-95MS")
        newer.insert(PiterfmFixture.row("2024-12-26", "2024-12-26", "Shahed-136/131", launched: "20.0", destroyed: "18.0"), at: 0)

        let summary = try ledger.importPiterfm(file: try PiterfmFixture.write(rows: newer, in: directory), taxonomy: taxonomy)

        #expect(summary.claimsAdded == 1)
        #expect(summary.claimsUpdated == 1)
        #expect(summary.claimsUnchanged == 5)
        let history = try ledger.read { try $0.history(claimID: 2) }
        #expect(history.count == 2)
        #expect(history.last?.content.count == .exactly(9))
        #expect(history.last?.action == .import)
        #expect(history.last?.reason == "piterfm row changed: count")
        for id: Int64 in [1, 3, 4, 5, 6] {
            #expect(try ledger.read { try $0.history(claimID: id) }.count == 1)
        }
        #expect(try ledger.verify().isValid)
    }

    @Test func rowsSharingTimeModelAndSourceAreToldApartByOrder() throws {
        let ledger = try TestLedger.make()
        let rows = [
            PiterfmFixture.row("2025-03-08", "2025-03-08", "Iskander-M", launched: "1.0", destroyed: "0.0", target: "Odesa oblast"),
            PiterfmFixture.row("2025-03-08", "2025-03-08", "Iskander-M", launched: "2.0", destroyed: "0.0", target: "Mykolaiv oblast"),
        ]
        let file = try PiterfmFixture.write(rows: rows, in: directory)

        let first = try ledger.importPiterfm(file: file, taxonomy: taxonomy)
        let second = try ledger.importPiterfm(file: file, taxonomy: taxonomy)

        #expect(first.claimsAdded == 2)
        #expect(first.repeatedKeys == 1)
        #expect(second.claimsUnchanged == 2)
        #expect(try Self.claims(ledger).map { $0.content.extra["piterfm_key"]?.suffix(2) } == ["#1", "#2"])
    }

    // MARK: - Rejections

    @Test func aModelTheTaxonomyDoesNotKnowIsRejectedWithItsLine() throws {
        let ledger = try TestLedger.make()
        var rows = PiterfmFixture.night
        rows.insert(PiterfmFixture.row("2024-12-25", "2024-12-25", "Zyzzyx-9", launched: "1.0", destroyed: "1.0"), at: 1)
        let file = try PiterfmFixture.write(rows: rows, in: directory)

        let summary = try ledger.importPiterfm(file: file, taxonomy: taxonomy)

        #expect(summary.rowsRead == 7)
        #expect(summary.claimsAdded == 6)
        #expect(summary.rejected.map(\.line) == [3])
        #expect(summary.rejected.first?.reason.contains("Zyzzyx-9") == true)
        #expect(summary.isBalanced)
    }

    @Test func strictModeRefusesTheWholeFileForOneUnknownModel() throws {
        let ledger = try TestLedger.make()
        var rows = PiterfmFixture.night
        rows.append(PiterfmFixture.row("2024-12-25", "2024-12-25", "Zyzzyx-9", launched: "1.0", destroyed: "1.0"))
        let file = try PiterfmFixture.write(rows: rows, in: directory)

        let error = #expect(throws: StoreError.self) { try ledger.importPiterfm(file: file, taxonomy: taxonomy, strict: true) }

        #expect(error?.description.hasPrefix("\(file):8: ") == true)
        #expect(try Self.snapshot(ledger).claims == 0)
    }

    @Test func modelsMissingFromTheReferenceTableAreCountedPerPart() throws {
        let ledger = try TestLedger.make()
        let file = try PiterfmFixture.write(rows: PiterfmFixture.night, reference: ["Shahed-136/131", "X-101/X-555", "Kalibr", "Lancet"], in: directory)
        let reference = (file as NSString).deletingLastPathComponent + "/missiles_and_uavs.csv"

        let summary = try ledger.importPiterfm(file: file, referenceFile: reference, taxonomy: taxonomy)

        #expect(summary.readReferenceTable)
        #expect(summary.notInReferenceTable == ["Iskander-M/KN-23": 1, "Молнія": 1])
    }
}

/// With the ledger validating every write (as the CLI opens it), a row the rules refuse is
/// rejected with its line, like an unknown model.
@Suite struct PiterfmValidationTests {
    /// This test's tables, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-piterfm")
    }

    static func validatingLedger() throws -> Ledger {
        let taxonomy = try TestLedger.taxonomy()
        return try TestLedger.make().validating(with: Validator(taxonomy: taxonomy, today: CalendarDate(year: 2026, month: 3, day: 1)!))
    }

    static let rows = PiterfmFixture.night + [
        PiterfmFixture.row("2024-12-26", "2024-12-26", "Kalibr", launched: "3.0", destroyed: "5.0"),
    ]

    @Test func aRowTheValidatorRefusesIsRejectedWithItsLine() throws {
        let ledger = try Self.validatingLedger()
        let file = try PiterfmFixture.write(rows: Self.rows, in: directory)

        let summary = try ledger.importPiterfm(file: file, taxonomy: try TestLedger.taxonomy())

        #expect(summary.claimsAdded == 6)
        #expect(summary.rejected.map(\.line) == [8])
        #expect(summary.rejected.first?.reason.contains("count-exceeds-launched") == true)
        #expect(summary.isBalanced)
    }

    @Test func strictModeFailsOnTheRefusedRow() throws {
        let ledger = try Self.validatingLedger()
        let file = try PiterfmFixture.write(rows: Self.rows, in: directory)

        let error = #expect(throws: StoreError.self) { try ledger.importPiterfm(file: file, taxonomy: try TestLedger.taxonomy(), strict: true) }

        #expect(error?.description.hasPrefix("\(file):8: ") == true)
        #expect(try PiterfmImportTests.snapshot(ledger).claims == 0)
    }
}
