import ClaimsCore
import ClaimsTestSupport
import Foundation
import Testing
@testable import ClaimsStore

/// Claim identity on bulk imports: a dataset row or a merged ledger's claim that the ledger
/// already holds from another source becomes a citation, never a second counted claim.
@Suite struct ImportIdentityTests {
    let taxonomy: Taxonomy
    /// This test's files, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        taxonomy = try TestLedger.taxonomy()
        directory = try TemporaryDirectory(prefix: "claims-identity")
    }

    /// The claim an article relaying the Air Force's report of the night of 24–25 December gives:
    /// the figures of the fixture's first row, dated by the morning, without a place.
    func relayedShahedClaim(system: String = "shahed-136", count: Int = 110, place: String? = nil) -> ClaimContent {
        TestLedger.content(system: system, count: .exactly(count), launched: 123, date: "2024-12-25", place: place)
    }

    func shahedRow() throws -> String {
        try PiterfmFixture.write(rows: [PiterfmFixture.night[0]], in: directory)
    }

    @Test func aDatasetRowStatingALoggedClaimBecomesItsCitation() throws {
        let ledger = try TestLedger.make()
        let logged = try TestLedger.addClaim(relayedShahedClaim(), to: ledger, url: "https://example.org/overnight-drones")

        let summary = try ledger.importPiterfm(file: try shahedRow(), taxonomy: taxonomy)

        #expect(summary.claimsCited == 1)
        #expect(summary.claimsAdded == 0)
        #expect(summary.isBalanced)
        let claims = try PiterfmImportTests.claims(ledger)
        #expect(claims.map(\.id) == [logged], "counted once")
        #expect(claims[0].citations.count == 2)
        #expect(claims[0].head.action == .cite)
        #expect(claims[0].citations[1].citation.relay?.contains("line 2") == true)
        #expect(claims[0].content == relayedShahedClaim(), "a citation does not change what the claim says")
    }

    @Test func importingTheSameFileAgainCitesNothingTwice() throws {
        let ledger = try TestLedger.make()
        try TestLedger.addClaim(relayedShahedClaim(), to: ledger, url: "https://example.org/overnight-drones")
        let file = try shahedRow()
        _ = try ledger.importPiterfm(file: file, taxonomy: taxonomy)
        let before = try PiterfmImportTests.snapshot(ledger)

        let again = try ledger.importPiterfm(file: file, taxonomy: taxonomy)

        #expect(again.claimsCited == 0)
        #expect(again.claimsAdded == 0)
        #expect(again.claimsUnchanged == 1)
        #expect(again.isBalanced)
        #expect(try PiterfmImportTests.snapshot(ledger) == before)
    }

    @Test func aGenericStoredClaimIsOnlyPossiblyTheRowsModel() throws {
        let ledger = try TestLedger.make()
        let logged = try TestLedger.addClaim(relayedShahedClaim(system: "unspecified-drone"), to: ledger)

        let summary = try ledger.importPiterfm(file: try shahedRow(), taxonomy: taxonomy)

        #expect(summary.claimsCited == 0)
        #expect(summary.claimsAdded == 1)
        let repeatOf = try #require(summary.possibleRepeats.first)
        #expect(repeatOf.storedClaimID == logged)
        #expect(repeatOf.line == 2)
        #expect(repeatOf.why.contains("Shahed"), "names what citing would lose: \(repeatOf.why)")
    }

    @Test func anotherFigureForTheSameNightIsAConflictKeptBesideTheStoredClaim() throws {
        let ledger = try TestLedger.make()
        let logged = try TestLedger.addClaim(relayedShahedClaim(count: 100, place: "ukraine"), to: ledger)

        let summary = try ledger.importPiterfm(file: try shahedRow(), taxonomy: taxonomy)

        #expect(summary.claimsAdded == 1)
        #expect(summary.conflicts.map(\.storedClaimID) == [logged])
        #expect(summary.conflicts.first?.why.contains("110") == true)
        #expect(try PiterfmImportTests.claims(ledger).count == 2)
    }

    @Test func anotherClaimantOrAnotherNightIsANewClaim() throws {
        let ledger = try TestLedger.make()
        var russian = relayedShahedClaim()
        russian.claimant = "ru-mod"
        russian.claimantSide = .russia
        try TestLedger.addClaim(russian, to: ledger)
        try TestLedger.addClaim(TestLedger.content(system: "shahed-136", count: .exactly(110), launched: 123, date: "2024-12-20"), to: ledger)

        let summary = try ledger.importPiterfm(file: try shahedRow(), taxonomy: taxonomy)

        #expect(summary.claimsAdded == 1)
        #expect(summary.claimsCited == 0)
        #expect(summary.possibleRepeats.isEmpty && summary.conflicts.isEmpty)
    }

    @Test func piterfmRowsAreNotMatchedWithEarlierPiterfmRows() throws {
        // The dataset's own rows are told apart by their key: a new row for the same night and
        // model from another report is another row, not a citation of the first.
        let ledger = try TestLedger.make()
        _ = try ledger.importPiterfm(file: try shahedRow(), taxonomy: taxonomy)
        let second = PiterfmFixture.row(
            "2024-12-24 18:00", "2024-12-25 09:00", "Shahed-136/131", launched: "123.0", destroyed: "110.0",
            source: "kpszsu/posts/pfbidTestReportC"
        )

        let summary = try ledger.importPiterfm(file: try PiterfmFixture.write(rows: [PiterfmFixture.night[0], second], in: directory), taxonomy: taxonomy)

        #expect(summary.claimsUnchanged == 1)
        #expect(summary.claimsAdded == 1)
        #expect(summary.claimsCited == 0)
    }

    // MARK: - claims import (CSV, JSON Lines)

    static let header = "kind,system,claimant,claimant_side,weapon_side,count,launched,event_date,source,quote"

    @Test func aCSVClaimTheLedgerHoldsFromAnotherSourceIsCited() throws {
        let ledger = try TestLedger.make()
        let logged = try TestLedger.addClaim(TestLedger.content(count: .exactly(14), launched: 16), to: ledger)
        let file = try directory.file("merge.csv", """
            \(Self.header)
            intercept,kalibr,ua-air-force,ukraine,russia,14,16,2024-05-15,https://example.net/relay,Air defence downed 14 of 16 Kalibr
            intercept,kalibr,ua-air-force,ukraine,russia,14,16,2024-05-15,https://example.org/story,a quote
            intercept,kalibr,ua-air-force,ukraine,russia,3,4,2024-05-15,https://example.net/relay,three Kalibr over Odesa
            """ + "\n")

        let summary = try ledger.importCSV(path: file, identity: ClaimIdentity(taxonomy: taxonomy))

        #expect(summary.claimsCited == 1, "the relay's copy is a citation")
        #expect(summary.claimsUnchanged == 1, "the same source and quote is already there")
        #expect(summary.claimsAdded == 1, "another figure from another source is not the same claim")
        let claims = try PiterfmImportTests.claims(ledger)
        #expect(claims.count == 2)
        #expect(claims.first { $0.id == logged }?.citations.map(\.citation.quote) == ["a quote", "Air defence downed 14 of 16 Kalibr"])
    }

    @Test func withoutIdentityEveryClaimNotPresentByHashIsAdded() throws {
        let ledger = try TestLedger.make()
        try TestLedger.addClaim(TestLedger.content(count: .exactly(14), launched: 16), to: ledger)
        let file = try directory.file("merge.csv", """
            \(Self.header)
            intercept,kalibr,ua-air-force,ukraine,russia,14,16,2024-05-15,https://example.net/relay,Air defence downed 14 of 16 Kalibr
            """ + "\n")

        let summary = try ledger.importCSV(path: file)

        #expect(summary.claimsAdded == 1)
        #expect(summary.claimsCited == 0)
    }

    @Test func aMergedLedgerCountsAClaimBothPeopleLoggedOnce() throws {
        // Two analysts log the same ministry statement from two outlets; one ledger is merged
        // into the other: the claim is counted once, with both citations.
        let mine = try TestLedger.make()
        let kept = try TestLedger.addClaim(TestLedger.content(count: .exactly(9)), to: mine, url: "https://example.org/a", quote: "nine Kalibr")
        let theirs = try TestLedger.make()
        try TestLedger.addClaim(TestLedger.content(count: .exactly(9)), to: theirs, url: "https://example.net/b", quote: "9 Kalibr missiles")
        try TestLedger.addClaim(TestLedger.content(system: "kinzhal", count: .exactly(2)), to: theirs, url: "https://example.net/b", quote: "two Kinzhal")
        let exported = try BulkImportTests.export(theirs)

        let summary = try mine.importJSONLines(
            path: try directory.file("theirs.jsonl", exported), identity: ClaimIdentity(taxonomy: taxonomy)
        )

        #expect(summary.claimsCited == 1)
        #expect(summary.claimsAdded == 1)
        let claims = try PiterfmImportTests.claims(mine)
        #expect(claims.map(\.content.system).sorted() == ["kalibr", "kinzhal"])
        #expect(claims.first { $0.id == kept }?.citations.map(\.citation.quote) == ["nine Kalibr", "9 Kalibr missiles"])
    }

    @Test func aSeasonsTotalIsMatchedWithTheSameSeasonsTotal() throws {
        // Zelensky's winter total logged by one analyst and imported from another's ledger: one claim.
        let ledger = try TestLedger.make()
        var winter = TestLedger.content(kind: .launch, system: "unspecified-drone", claimant: "ua-president", count: .exactly(19_000), date: nil)
        winter.event = EventWindow(start: EventTime("2024-12-01")!, end: EventTime("2025-02-28")!)
        let logged = try TestLedger.addClaim(winter, to: ledger)
        let file = try directory.file("winter.csv", """
            kind,system,claimant,claimant_side,weapon_side,count,event_start,event_end,source,quote
            launch,unspecified-drone,ua-president,ukraine,russia,19000,2024-12-01,2025-02-28,https://example.net/winter,about 19000 drones over the winter
            """ + "\n")

        let summary = try ledger.importCSV(path: file, identity: ClaimIdentity(taxonomy: taxonomy))

        #expect(summary.claimsCited == 1)
        #expect(try PiterfmImportTests.claims(ledger).map(\.id) == [logged])
    }
}
