import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsStore
import ClaimsTestSupport
import ClaimsWorkflows
import Testing

/// One claim, however many outlets and languages carry it: `claims log` and `claims review accept`
/// turn copies of a stored claim into citations, and different figures into findings. The texts
/// are written for these tests in the shape of wire copy and its syndication.
@Suite struct ClaimIdentityWorkflowTests {
    static let taxonomy = try! TestLedger.taxonomy()
    let logger = ArticleLogger(taxonomy: taxonomy, extractor: Extractor(taxonomy: taxonomy))

    /// A wire story: the ministry's two claims, relayed by AP.
    static let wire = """
        Russia says it shot down 10 US-supplied missiles over Crimea

        MOSCOW (AP) — Russia's Defence Ministry said on Wednesday that its air defences had shot down 10 US-supplied ATACMS missiles over Crimea overnight.

        The ministry also said it had destroyed 14 Ukrainian drones over the Belgorod region.

        There was no immediate comment from Kyiv. Local residents described loud explosions near the coast.
        """

    /// The same story shortened by another outlet: a new headline and caption, a sentence cut.
    static let shortened = """
        Moscow reports downing of US-made missiles

        Photo: smoke over a coastal road, June 2024.

        MOSCOW (AP) — Russia's Defence Ministry said on Wednesday that its air defences had shot down 10 US-supplied ATACMS missiles over Crimea overnight.

        There was no immediate comment from Kyiv.
        """

    /// A rewrite: every sentence reworded, the place named differently, AP credited at the end.
    static let rewrite = """
        Crimea: Moscow claims ten ATACMS downed

        According to the Russian Defence Ministry, Russian air defence systems intercepted ten ATACMS missiles supplied by the United States above the Crimean peninsula during the night, the Associated Press reported.

        Ukraine has not commented on the claim.
        """

    /// The ministry's own words in Russian.
    static let russian = """
        Минобороны России сообщило, что в ночь на 12 июня дежурными средствами ПВО над Крымом были перехвачены и уничтожены 10 американских ракет ATACMS.
        """

    func metadata(_ url: String, outlet: String, published: String = "2024-06-12") -> ArticleLogger.Metadata {
        ArticleLogger.Metadata(url: url, outlet: outlet, title: nil, published: EventTime(published))
    }

    func atacmsClaims(_ ledger: Ledger) throws -> [LedgerClaim] {
        try ledger.read { try $0.claims(matching: ClaimFilter()) }.filter { $0.content.system == "atacms" }
    }

    @Test func copiesInOtherOutletsAndLanguagesAddCitationsNotClaims() throws {
        let ledger = try TestLedger.make()
        let first = try logger.log(Article(text: Self.wire), metadata: metadata("https://a.example/1", outlet: "Example Wire"), accept: true, into: ledger)
        #expect(first.claimsCreated.count == 2)
        let before = try ledger.read { try $0.claims(matching: ClaimFilter()) }.map(\.content)

        let copies = [
            (Self.shortened, "https://b.example/2", "Example Daily"),
            (Self.rewrite, "https://c.example/3", "Republic Example"),
            (Self.russian, "https://d.example/4", "Пример Новости"),
        ]
        for (text, url, outlet) in copies {
            let summary = try logger.log(Article(text: text), metadata: metadata(url, outlet: outlet), accept: true, into: ledger)
            #expect(summary.claimsCreated.isEmpty, "\(outlet) created claims \(summary.claimsCreated)")
            #expect(summary.claimsCited.contains(1), "\(outlet) did not cite claim 1")
            #expect(summary.queued.isEmpty)
        }
        // The tally is unchanged: same claims, same content.
        let after = try ledger.read { try $0.claims(matching: ClaimFilter()) }
        #expect(after.map(\.content) == before)
        let atacms = try #require(try atacmsClaims(ledger).first)
        #expect(atacms.citations.map(\.citation.sourceID) == [1, 2, 3, 4])
        // Each citation records how the claim reached its outlet.
        let relays = atacms.citations.map { $0.citation.relay ?? "" }
        #expect(relays[0] == "Example Wire citing Associated Press citing Russian Defence Ministry")
        #expect(relays[2] == "Republic Example citing Associated Press citing Russian Defence Ministry")
        #expect(relays[3] == "Пример Новости citing Russian Defence Ministry")
        #expect(try ledger.verify().isValid)
    }

    @Test func anEnglishReportOfAnAirForcePostCitesThePostsClaim() throws {
        let ledger = try TestLedger.make()
        let post = "У ніч на 14 вересня противник атакував ударними БпЛА типу Shahed. Збито 17 із 22 ворожих дронів, повідомили в Повітряних силах ЗСУ."
        let first = try logger.log(Article(text: post), metadata: metadata("https://t.example/kpszsu/1", outlet: "Telegram", published: "2024-09-14"), accept: true, into: ledger)
        let intercepts = try ledger.read { try $0.claims(matching: ClaimFilter()).filter { $0.content.kind == .intercept } }
        #expect(intercepts.map(\.content.system) == ["shahed-136"])
        // "drones" in English is the Shahed of the post: same claimant, night, count and launched.
        let report = "KYIV (Reuters) - Ukraine's air force said on Saturday it had shot down 17 of the 22 drones Russia launched overnight."
        let summary = try logger.log(Article(text: report), metadata: metadata("https://r.example/2", outlet: "Reuters", published: "2024-09-14"), accept: true, into: ledger)
        #expect(first.claimsCreated.count >= 1)
        #expect(summary.claimsCreated.isEmpty)
        #expect(summary.claimsCited == intercepts.map(\.id))
        let cited = try #require(try ledger.read { try $0.claim(id: intercepts[0].id) })
        #expect(cited.citations.last?.citation.relay == "Reuters citing Ukrainian Air Force")
        #expect(cited.content.system == "shahed-136")
    }

    @Test func anotherFigureFromTheSameClaimantForTheSameNightIsAFindingNotAMerge() throws {
        let ledger = try TestLedger.make().validating(with: Validator(taxonomy: Self.taxonomy, today: CalendarDate(year: 2024, month: 7, day: 1)!))
        _ = try logger.log(Article(text: Self.wire), metadata: metadata("https://a.example/1", outlet: "Example Wire"), accept: true, into: ledger)
        let other = "Russia's Defence Ministry said on Wednesday its air defences had destroyed 12 ATACMS missiles over Crimea overnight."
        let summary = try logger.log(Article(text: other), metadata: metadata("https://e.example/5", outlet: "Other"), accept: true, into: ledger)
        #expect(summary.claimsCited.isEmpty)
        #expect(summary.claimsCreated.count == 1)
        let conflict = try #require(summary.conflicts.first)
        #expect(conflict.stored == 1)
        #expect(conflict.why.contains("12") && conflict.why.contains("10"))
        let claims = try atacmsClaims(ledger)
        #expect(claims.map(\.content.count.exact) == [10, 12])
        let findings = try ledger.read { try $0.storedFindings(claimID: conflict.claim) }
        #expect(findings.contains { $0.rule == .conflictingCounts && $0.message.contains("10") })
    }

    @Test func anotherNightIsAnotherClaim() throws {
        let ledger = try TestLedger.make()
        _ = try logger.log(Article(text: Self.wire), metadata: metadata("https://a.example/1", outlet: "Example Wire"), accept: true, into: ledger)
        let friday = "Russia's Defence Ministry said on Friday its air defences had shot down 10 ATACMS missiles over Crimea."
        let summary = try logger.log(Article(text: friday), metadata: metadata("https://f.example/6", outlet: "Other", published: "2024-06-14"), accept: true, into: ledger)
        #expect(summary.claimsCited.isEmpty)
        #expect(summary.conflicts.isEmpty)
        #expect(try atacmsClaims(ledger).count == 2)
    }

    @Test func aVaguerCopyWaitsAsSameAsAndAPersonDecides() throws {
        let ledger = try TestLedger.make()
        _ = try logger.log(Article(text: Self.wire), metadata: metadata("https://a.example/1", outlet: "Example Wire"), accept: true, into: ledger)
        let vague = "Russia's Defence Ministry said on Wednesday that air defences had shot down at least eight ATACMS missiles over Crimea."
        let summary = try logger.log(Article(text: vague), metadata: metadata("https://g.example/7", outlet: "Other"), accept: true, into: ledger)
        #expect(summary.claimsCreated.isEmpty && summary.claimsCited.isEmpty)
        let repeat_ = try #require(summary.possibleRepeats.first)
        #expect(repeat_.claim == 1)
        let queued = try #require(try ledger.read { try $0.candidate(id: repeat_.candidate) })
        #expect(queued.sameAs == 1)

        let queue = ReviewQueue(taxonomy: Self.taxonomy)
        let refused = #expect(throws: StoreError.self) {
            try ledger.write { try queue.accept(ids: [repeat_.candidate], minimumConfidence: nil, fields: ClaimFields(), session: $0) }
        }
        guard case let .caller(error as WorkflowError)? = refused else {
            Issue.record("expected a workflow error, got \(String(describing: refused))")
            return
        }
        #expect(error.message.contains("--as-citation") && error.message.contains("--as-new"))
        #expect(error.field == "same_as")
        // --all leaves it pending and says why.
        let all = try ledger.write { try queue.accept(ids: nil, minimumConfidence: nil, fields: ClaimFields(), session: $0) }
        #expect(all.undecided.map(\.candidate) == [repeat_.candidate])

        let accepted = try ledger.write {
            try queue.accept(ids: [repeat_.candidate], minimumConfidence: nil, fields: ClaimFields(), mode: .citation(of: nil), session: $0)
        }
        #expect(accepted.cited.map(\.1) == [1])
        #expect(try atacmsClaims(ledger).count == 1)
        #expect(try atacmsClaims(ledger).first?.citations.count == 2)
        #expect(try ledger.read { try $0.candidate(id: repeat_.candidate) }?.status == .accepted)
    }

    @Test func keepingAPossibleRepeatAsANewClaimIsAllowed() throws {
        let ledger = try TestLedger.make()
        _ = try logger.log(Article(text: Self.wire), metadata: metadata("https://a.example/1", outlet: "Example Wire"), accept: true, into: ledger)
        let vague = "Russia's Defence Ministry said on Wednesday that air defences had shot down at least eight ATACMS missiles over Crimea."
        let summary = try logger.log(Article(text: vague), metadata: metadata("https://g.example/7", outlet: "Other"), accept: true, into: ledger)
        let candidate = try #require(summary.possibleRepeats.first?.candidate)
        let accepted = try ledger.write {
            try ReviewQueue(taxonomy: Self.taxonomy).accept(ids: [candidate], minimumConfidence: nil, fields: ClaimFields(), mode: .newClaim, session: $0)
        }
        #expect(accepted.claims.count == 1)
        #expect(try atacmsClaims(ledger).count == 2)
    }

    @Test func aCandidateQueuedBeforeItsClaimExistedIsAcceptedAsACitation() throws {
        let ledger = try TestLedger.make()
        let early = try logger.log(Article(text: Self.rewrite), metadata: metadata("https://c.example/3", outlet: "Republic Example"), accept: false, into: ledger)
        let candidate = try #require(early.queued.first)
        _ = try logger.log(Article(text: Self.wire), metadata: metadata("https://a.example/1", outlet: "Example Wire"), accept: true, into: ledger)
        let accepted = try ledger.write {
            try ReviewQueue(taxonomy: Self.taxonomy).accept(ids: [candidate], minimumConfidence: nil, fields: ClaimFields(), session: $0)
        }
        #expect(accepted.claims.isEmpty)
        let atacms = try #require(try atacmsClaims(ledger).first)
        #expect(accepted.cited.map(\.1) == [atacms.id])
        #expect(atacms.citations.count == 2)
        #expect(atacms.citations.last?.citation.relay == "Republic Example citing Associated Press citing Russian Defence Ministry")
    }

    @Test func relayChainsNameTheOutletTheAgenciesAndTheClaimant() {
        let taxonomy = Self.taxonomy
        #expect(RelayChain.text(outlet: "Republic World", relays: ["ap"], claimant: "ru-mod", taxonomy: taxonomy)
            == "Republic World citing Associated Press citing Russian Defence Ministry")
        // The outlet that is itself the agency is named once.
        #expect(RelayChain.text(outlet: "Reuters", relays: ["reuters"], claimant: "ua-air-force", taxonomy: taxonomy)
            == "Reuters citing Ukrainian Air Force")
        // An agency that is the claimant is not its own relay; nothing between source and claimant is no chain.
        #expect(RelayChain.text(outlet: nil, relays: ["tass"], claimant: "tass", taxonomy: taxonomy) == nil)
        #expect(RelayChain.text(outlet: nil, relays: [], claimant: "ru-mod", taxonomy: taxonomy) == nil)
    }
}
