import ClaimsCore
import ClaimsStore
import ClaimsTestSupport
import Testing

@Suite struct LedgerWriteTests {
    struct Abort: Error {}

    @Test func aFailedWriteLeavesTheLedgerExactlyAsItWas() throws {
        // Given a ledger with one claim
        let ledger = try TestLedger.make()
        try TestLedger.addClaim(TestLedger.content(), to: ledger)
        let headBefore = try ledger.read { try $0.headHash() }

        // When a write adds a source and a claim, then fails
        #expect(throws: StoreError.self) {
            try ledger.write { session in
                let source = try session.addSource(Source(url: "https://example.org/other"))
                try session.createClaim(TestLedger.content(count: .exactly(3)), citations: [Citation(sourceID: source.id, quote: "q")])
                throw Abort()
            }
        }

        // Then nothing of it remains
        try ledger.read { reader throws in
            #expect(try reader.claimCount() == 1)
            #expect(try reader.revisionCount() == 1)
            #expect(try reader.headHash() == headBefore)
            #expect(try reader.source(url: "https://example.org/other") == nil)
        }
    }

    @Test func citingAMissingSourceIsRefused() throws {
        let ledger = try TestLedger.make()
        #expect(throws: StoreError.self) {
            try ledger.write { try $0.createClaim(TestLedger.content(), citations: [Citation(sourceID: 99, quote: "q")]) }
        }
        #expect(try ledger.read { try $0.claimCount() } == 0)
    }

    @Test func anEditAppendsARevisionAndNeverOverwritesTheOldOne() throws {
        // Given a claim of 10
        let ledger = try TestLedger.make()
        let id = try TestLedger.addClaim(TestLedger.content(count: .exactly(10)), to: ledger)
        let first = try ledger.read { try $0.history(claimID: id) }.first!

        // When it is corrected to 9
        try ledger.write { session in
            var content = try session.reader.claim(id: id)!.content
            content.count = .exactly(9)
            try session.revise(claimID: id, content: content, action: .edit, reason: "corrected")
        }

        // Then the current view says 9 and the first revision still says 10, unchanged
        let history = try ledger.read { try $0.history(claimID: id) }
        #expect(history.count == 2)
        #expect(history[0] == first)
        #expect(history[0].content.count.exact == 10)
        #expect(history[1].content.count.exact == 9)
        #expect(history[1].previousHash == history[0].hash)
        #expect(history[1].reason == "corrected")
        #expect(try ledger.read { try $0.claim(id: id) }?.content.count.exact == 9)
        #expect(try ledger.verify().isValid)
    }

    @Test func retractedClaimsLeaveTheCurrentViewButNotTheHistory() throws {
        let ledger = try TestLedger.make()
        let id = try TestLedger.addClaim(TestLedger.content(), to: ledger)
        try ledger.write { session in
            var content = try session.reader.claim(id: id)!.content
            content.status = .retracted
            try session.revise(claimID: id, content: content, action: .retract, reason: "withdrawn")
        }
        #expect(try ledger.read { try $0.claims(matching: ClaimFilter()) }.isEmpty)
        var all = ClaimFilter()
        all.includeRetracted = true
        #expect(try ledger.read { try $0.claims(matching: all) }.count == 1)
        #expect(try ledger.read { try $0.history(claimID: id) }.count == 2)
    }

    @Test func theSameURLIsOneSource() throws {
        let ledger = try TestLedger.make()
        let (first, second) = try ledger.write { session in
            (try session.addSource(Source(url: "https://example.org/a")), try session.addSource(Source(url: "https://example.org/a")))
        }
        #expect(first.id == second.id)
        #expect(first.isNew && !second.isNew)
    }

    @Test func filtersSelectByKindSystemSideAndDay() throws {
        let ledger = try TestLedger.make()
        try TestLedger.addClaim(TestLedger.content(system: "kalibr", date: "2024-05-15"), to: ledger)
        try TestLedger.addClaim(TestLedger.content(kind: .strike, system: "kinzhal", claimant: "ru-mod", claimantSide: .russia, date: "2024-06-01"), to: ledger)
        var filter = ClaimFilter()
        filter.kinds = [.strike]
        #expect(try ledger.read { try $0.claims(matching: filter) }.map(\.content.system) == ["kinzhal"])
        filter = ClaimFilter()
        filter.from = CalendarDate("2024-05-20")
        #expect(try ledger.read { try $0.claims(matching: filter) }.map(\.content.system) == ["kinzhal"])
        filter = ClaimFilter()
        filter.sides = [.ukraine]
        #expect(try ledger.read { try $0.claims(matching: filter) }.map(\.content.system) == ["kalibr"])
    }
}
