import ArgumentParser
@testable import ClaimsCLI
import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsStore
import ClaimsTestSupport
import ClaimsWorkflows
import Foundation
import Testing

/// `claims log` and `claims review` in process: storing, the review queue and syndicated copies.
@Suite struct ArticleLoggerTests {
    static let taxonomy = try! TestLedger.taxonomy()
    let logger = ArticleLogger(taxonomy: taxonomy, extractor: Extractor(taxonomy: taxonomy))

    static let story = """
        Ukraine's air force said on Wednesday it had shot down 28 of 31 Shahed drones launched by Russia overnight.

        The air force said air defences also destroyed two Kh-101 cruise missiles over the Kyiv region.

        Russia's Defence Ministry said its air defences had shot down 14 Ukrainian drones over the Belgorod region.

        Officials in several regions reported damage to power lines, and repair crews worked through the morning.
        """

    func metadata(_ url: String) -> ArticleLogger.Metadata {
        ArticleLogger.Metadata(url: url, outlet: "Example", title: nil, published: EventTime("2024-06-12"))
    }

    func sourceCount(_ ledger: Ledger) throws -> Int {
        try ledger.read { reader in
            var count = 0
            try reader.forEachSource { _ in count += 1 }
            return count
        }
    }

    @Test func logQueuesCandidatesAndStoresTheText() throws {
        let ledger = try TestLedger.make()
        let summary = try logger.log(Article(text: Self.story), metadata: metadata("https://example.org/a"), accept: false, into: ledger)
        #expect(summary.queued.count == 3)
        #expect(summary.claimsCreated.isEmpty)
        let source = try #require(try ledger.read { try $0.source(id: summary.sourceID) })
        #expect(source.text == Self.story)
        #expect(source.textSHA256 == Hashing.textSHA256(Self.story))
        #expect(try ledger.read { try $0.claimCount() } == 0)
    }

    @Test func sameArticleTwiceAddsNothing() throws {
        let ledger = try TestLedger.make()
        let first = try logger.log(Article(text: Self.story), metadata: metadata("https://example.org/a"), accept: true, into: ledger)
        let sameText = try logger.log(Article(text: Self.story + "\n\n"), metadata: metadata("https://example.org/other"), accept: true, into: ledger)
        let sameURL = try logger.log(Article(text: "Updated: " + Self.story), metadata: metadata("https://example.org/a"), accept: true, into: ledger)
        #expect(sameText.isDuplicate && sameURL.isDuplicate)
        #expect(sameText.sourceID == first.sourceID)
        #expect(try sourceCount(ledger) == 1)
        #expect(try ledger.read { try $0.claimCount() } == 3)
    }

    @Test func acceptCreatesClaimsWithTheirSentences() throws {
        let ledger = try TestLedger.make()
        let summary = try logger.log(Article(text: Self.story), metadata: metadata("https://example.org/a"), accept: true, into: ledger)
        #expect(summary.claimsCreated.count == 3)
        let claims = try ledger.read { try $0.claims(matching: ClaimFilter()) }
        #expect(claims.map(\.content.system) == ["shahed-136", "kh-101", "unspecified-drone"])
        #expect(claims.first?.content.launched == 31)
        let citation = try #require(claims.first?.citations.first?.citation)
        let scalars = Array(Self.story.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[citation.start!..<citation.end!])) == citation.quote)
        #expect(try ledger.verify().isValid)
    }

    @Test func syndicatedCopyCitesTheAcceptedClaims() throws {
        let ledger = try TestLedger.make()
        _ = try logger.log(Article(text: Self.story), metadata: metadata("https://example.org/a"), accept: true, into: ledger)
        let copy = "Drones and missiles downed, Kyiv says\n\n" + Self.story.replacingOccurrences(of: "Officials in several regions reported damage to power lines, and repair crews worked through the morning.", with: "")
        let summary = try logger.log(Article(text: copy), metadata: metadata("https://wire.example.net/b"), accept: false, into: ledger)
        #expect(summary.copyOf?.sourceID == 1)
        #expect(summary.claimsCited.count == 3)
        #expect(summary.queued.isEmpty)
        #expect(try ledger.read { try $0.claimCount() } == 3)
        let claim = try #require(try ledger.read { try $0.claim(id: 1) })
        #expect(Set(claim.citations.map(\.citation.sourceID)) == [1, 2])
        #expect(claim.head.action == .cite)
        #expect(try ledger.verify().isValid)
    }

    @Test func copyLoggedBeforeReviewFollowsItsOriginal() throws {
        let ledger = try TestLedger.make()
        _ = try logger.log(Article(text: Self.story), metadata: metadata("https://example.org/a"), accept: false, into: ledger)
        let copy = Self.story.replacingOccurrences(of: "on Wednesday ", with: "")
        let summary = try logger.log(Article(text: copy), metadata: metadata("https://example.org/b"), accept: false, into: ledger)
        #expect(summary.queued.count == 3)
        let copies = try ledger.read { try $0.candidates(status: .pending, sourceID: summary.sourceID) }
        #expect(copies.allSatisfy { $0.copyOf != nil })
        // Accepting the original cites both sources; rejecting another rejects its copy.
        let queue = ReviewQueue(taxonomy: Self.taxonomy)
        let accepted = try ledger.write { session in
            try queue.accept(ids: [1], minimumConfidence: nil, fields: try ClaimFieldOptions.parse([]).claimFields, session: session)
        }
        let claim = try #require(try ledger.read { try $0.claim(id: accepted.claims[0].1) })
        #expect(claim.citations.map(\.citation.sourceID) == [1, 2])
        #expect(try ledger.read { try $0.candidates(status: .pending) }.count == 4)
    }

    @Test func theReviewQueueAndCopyDetectionSurviveExportAndImport() async throws {
        // Given a ledger with an accepted, a rejected and a pending candidate, and a copy's candidates
        let ledger = try TestLedger.make()
        _ = try logger.log(Article(text: Self.story), metadata: metadata("https://example.org/a"), accept: false, into: ledger)
        _ = try logger.log(Article(text: Self.story.replacingOccurrences(of: "on Wednesday ", with: "")),
                           metadata: metadata("https://example.org/b"), accept: false, into: ledger)
        let queue = ReviewQueue(taxonomy: Self.taxonomy)
        try ledger.write { session in
            _ = try queue.accept(ids: [1], minimumConfidence: nil, fields: try ClaimFieldOptions.parse([]).claimFields, session: session)
            try session.markRejected(candidate: 2, reason: "not a claim")
        }
        var exported: [UInt8] = []
        try ledger.exportJSONLines { exported += $0 }
        let cli = try CLIRunner()
        defer { withExtendedLifetime(cli) {} }  // its directory, until the last read of its ledger
        let file = cli.path("ledger.jsonl")
        try Data(exported).write(to: URL(fileURLWithPath: file))

        // When it is imported into an empty ledger through `claims import`
        let output = await cli.run(["import", file])
        let db = cli.db

        // Then every candidate is back with its decision, the export is byte-identical, and a
        // third syndicated copy is still recognised as one
        #expect(output.status == 0)
        #expect(output.stderr.contains("6 review candidates added"), "\(output.stderr)")
        let copy = try Ledger.open(path: db)
        let before = try ledger.read { try $0.candidates(status: nil) }
        #expect(try copy.read { try $0.candidates(status: nil) } == before)
        #expect(before.map(\.status).contains(.rejected) && before.map(\.status).contains(.accepted))
        var again: [UInt8] = []
        try copy.exportJSONLines { again += $0 }
        #expect(again == exported)
        let third = try logger.log(Article(text: "Copied: " + Self.story), metadata: metadata("https://example.org/c"), accept: false, into: copy)
        #expect(third.copyOf?.sourceID == 1)
    }

    @Test func acceptingWithCorrectionsChangesTheClaim() throws {
        let ledger = try TestLedger.make()
        _ = try logger.log(Article(text: Self.story), metadata: metadata("https://example.org/a"), accept: false, into: ledger)
        let fields = try ClaimFieldOptions.parse(["--system", "Geran-2", "--count", "27", "--location", "Kyiv region"]).claimFields
        let accepted = try ledger.write { session in
            try ReviewQueue(taxonomy: Self.taxonomy).accept(ids: [1], minimumConfidence: nil, fields: fields, session: session)
        }
        let claim = try #require(try ledger.read { try $0.claim(id: accepted.claims[0].1) })
        #expect(claim.content.count.exact == 27)
        #expect(claim.content.place == "kyiv-oblast")
        #expect(claim.content.claimant == "ua-air-force")
    }

    @Test func candidateWithoutClaimantNeedsOne() throws {
        let ledger = try TestLedger.make()
        let summary = try logger.log(Article(text: "Twelve missiles were launched at the city overnight."), metadata: metadata("https://example.org/a"), accept: true, into: ledger)
        #expect(summary.needClaimant.count == 1)
        let id = summary.needClaimant[0]
        let noFields = try ClaimFieldOptions.parse([]).claimFields
        #expect(throws: CLIFailure.self) {
            try store { try ledger.write { try ReviewQueue(taxonomy: Self.taxonomy).accept(ids: [id], minimumConfidence: nil, fields: noFields, session: $0) } }
        }
        let fields = try ClaimFieldOptions.parse(["--claimant", "Ukrainian Air Force"]).claimFields
        let accepted = try ledger.write { try ReviewQueue(taxonomy: Self.taxonomy).accept(ids: [id], minimumConfidence: nil, fields: fields, session: $0) }
        #expect(try ledger.read { try $0.claim(id: accepted.claims[0].1) }?.content.claimantSide == .ukraine)
    }
}
