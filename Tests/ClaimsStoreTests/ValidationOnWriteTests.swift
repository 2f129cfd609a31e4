import ClaimsCore
import ClaimsStore
import ClaimsTestSupport
import Testing

@Suite struct ValidationOnWriteTests {
    let ledger: Ledger

    init() throws {
        let validator = Validator(taxonomy: try TestLedger.taxonomy(), today: CalendarDate("2024-06-01")!)
        ledger = try TestLedger.make().validating(with: validator)
    }

    @Test func anErrorRefusesTheWriteAndLeavesNothing() throws {
        #expect(throws: StoreError.self) {
            try TestLedger.addClaim(TestLedger.content(count: .exactly(9), launched: 5), to: ledger)
        }
        #expect(try ledger.read { try $0.claimCount() } == 0)
        #expect(try ledger.read { try $0.source(url: "https://example.org/story") } == nil)
    }

    @Test func warningsAreStoredWithTheClaimAndReplacedOnEdit() throws {
        // Given the Russian MoD "intercepting" a Kalibr (a self-intercept warning)
        let id = try TestLedger.addClaim(TestLedger.content(kind: .intercept, system: "kalibr", claimant: "ru-mod", claimantSide: .russia), to: ledger)
        #expect(try ledger.read { try $0.storedFindings(claimID: id) }.map(\.rule).contains(.selfIntercept))

        // When the system is corrected, the warning goes
        try ledger.write { session in
            var content = try session.reader.claim(id: id)!.content
            content.system = "atacms"
            content.weaponSide = .ukraine
            try session.revise(claimID: id, content: content, action: .edit, reason: "fix")
        }
        #expect(try ledger.read { try $0.storedFindings(claimID: id) }.isEmpty)
    }

    @Test func aClaimCreatedAndEditedInOneTransactionKeepsOnlyItsLastWarnings() throws {
        // Given one transaction that creates a self-intercept claim, edits it, and retracts another new claim
        let (edited, retracted) = try ledger.write { session in
            let source = try session.addSource(Source(url: "https://example.org/one", outlet: "example.org", published: EventTime("2024-05-15")))
            let selfIntercept = TestLedger.content(kind: .intercept, system: "kalibr", claimant: "ru-mod", claimantSide: .russia)
            let edited = try session.createClaim(selfIntercept, citations: [Citation(sourceID: source.id, quote: "a quote")])
            var corrected = selfIntercept
            corrected.count = .exactly(6000)
            corrected.system = "atacms"
            corrected.weaponSide = .ukraine
            try session.revise(claimID: edited, content: corrected, action: .edit, reason: "fix")
            let retracted = try session.createClaim(selfIntercept, citations: [Citation(sourceID: source.id, quote: "a quote")])
            var withdrawn = selfIntercept
            withdrawn.status = .retracted
            try session.revise(claimID: retracted, content: withdrawn, action: .retract, reason: "withdrawn")
            return (edited, retracted)
        }

        // Then the edited claim has the edit's warning only, and the retracted one keeps its warning
        let stored = try ledger.read { reader in
            (try reader.storedFindings(claimID: edited).map(\.rule), try reader.storedFindings(claimID: retracted).map(\.rule))
        }
        #expect(stored.0 == [.implausibleCount])
        #expect(stored.1.contains(.selfIntercept))
    }

    @Test func aDuplicateIsFlaggedAtWriteAndMergeFoldsIt() throws {
        let first = try TestLedger.addClaim(TestLedger.content(place: "crimea"), to: ledger, url: "https://a.example/1")
        let second = try TestLedger.addClaim(TestLedger.content(place: "crimea"), to: ledger, url: "https://b.example/2")
        #expect(try ledger.read { try $0.storedFindings(claimID: second) }.map(\.rule) == [.probableDuplicate])

        try ledger.write { try $0.merge(keep: first, duplicate: second, reason: "same statement") }

        let kept = try #require(try ledger.read { try $0.claim(id: first) })
        #expect(Set(kept.citations.compactMap(\.url)) == ["https://a.example/1", "https://b.example/2"])
        #expect(try ledger.read { try $0.claims(matching: ClaimFilter()) }.map(\.id) == [first])
        #expect(try ledger.read { try $0.history(claimID: second) }.last?.action == .merge)
        #expect(try ledger.verify().isValid)
        #expect(throws: StoreError.self) { try ledger.write { try $0.merge(keep: first, duplicate: second, reason: nil) } }
        #expect(throws: StoreError.self) { try ledger.write { try $0.merge(keep: first, duplicate: first, reason: nil) } }
    }

    @Test func wholeLedgerValidationFindsWhatWritesWouldHaveRefused() throws {
        // Written without validation, as an old ledger or a hand-edited import might be.
        let unchecked = try TestLedger.make()
        try TestLedger.addClaim(TestLedger.content(count: .exactly(9), launched: 5), to: unchecked)
        try TestLedger.addClaim(TestLedger.content(place: "crimea"), to: unchecked, url: "https://a.example/1")
        try TestLedger.addClaim(TestLedger.content(place: "crimea"), to: unchecked, url: "https://b.example/2")
        let findings = try unchecked.validateAll(with: ledger.validator!)
        #expect(findings.map(\.rule) == [.countExceedsLaunched, .probableDuplicate])
        #expect(findings.map(\.claim) == [1, 3])
    }
}
