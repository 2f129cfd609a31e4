import ClaimsCore
@testable import ClaimsStore
import ClaimsTestSupport
import Foundation
import GRDB
import Testing

/// The review queue and the source fingerprints of the store.
@Suite struct ReviewQueueStoreTests {
    func ledgerWithSource() throws -> (Ledger, Int64) {
        let ledger = try TestLedger.make()
        let id = try ledger.write { session in
            try session.addSource(Source(url: "https://example.org/a", text: "The ministry said 10 drones were shot down.")).id
        }
        return (ledger, id)
    }

    @Test func queuedCandidateIsPendingUntilAccepted() throws {
        // Given a queued candidate
        let (ledger, source) = try ledgerWithSource()
        let id = try ledger.write { session in
            try session.queueCandidate(sourceID: source, content: "{\"kind\":\"intercept\"}", quote: "The ministry said 10 drones were shot down.",
                                       start: 0, end: 43, confidence: 0.8)
        }
        #expect(try ledger.read { try $0.candidates(status: .pending) }.map(\.id) == [id])
        // When it is accepted as a new claim
        let claim = try ledger.write { session in
            let claim = try session.createClaim(TestLedger.content(), citations: [Citation(sourceID: source, quote: "q")])
            try session.markAccepted(candidate: id, claimID: claim)
            return claim
        }
        // Then it records the claim and leaves the pending list
        let stored = try #require(try ledger.read { try $0.candidate(id: id) })
        #expect(stored.status == .accepted)
        #expect(stored.claimID == claim)
        #expect(stored.decidedAt == "2024-06-01T12:00:00Z")
        #expect(try ledger.read { try $0.candidates(status: .pending) }.isEmpty)
    }

    @Test func decidedCandidateCannotBeDecidedAgain() throws {
        let (ledger, source) = try ledgerWithSource()
        let id = try ledger.write { try $0.queueCandidate(sourceID: source, content: "{}", quote: "q", start: nil, end: nil, confidence: 0.5) }
        try ledger.write { try $0.markRejected(candidate: id, reason: "background") }
        #expect(throws: StoreError.self) { try ledger.write { try $0.markAccepted(candidate: id, claimID: 1) } }
        #expect(try ledger.read { try $0.candidate(id: id) }?.reason == "background")
        #expect(throws: StoreError.self) { try ledger.write { try $0.markRejected(candidate: 99, reason: nil) } }
    }

    @Test func candidateNeedsAnExistingSource() throws {
        let ledger = try TestLedger.make()
        #expect(throws: StoreError.self) {
            try ledger.write { try $0.queueCandidate(sourceID: 7, content: "{}", quote: "q", start: nil, end: nil, confidence: 0.5) }
        }
    }

    @Test func copiesAreListedByTheirOriginal() throws {
        let (ledger, source) = try ledgerWithSource()
        let (original, copy) = try ledger.write { session in
            let copySource = try session.addSource(Source(url: "https://example.org/b")).id
            let original = try session.queueCandidate(sourceID: source, content: "{}", quote: "q", start: nil, end: nil, confidence: 0.5)
            let copy = try session.queueCandidate(sourceID: copySource, content: "{}", quote: "q", start: nil, end: nil, confidence: 0.5, copyOf: original)
            return (original, copy)
        }
        #expect(try ledger.read { try $0.pendingCopies(of: original) }.map(\.id) == [copy])
    }

    @Test func sourcesSharingShinglesAreRankedByOverlap() throws {
        let ledger = try TestLedger.make()
        let (a, b) = try ledger.write { session in
            let a = try session.addSource(Source(url: "https://example.org/a")).id
            let b = try session.addSource(Source(url: "https://example.org/b")).id
            try session.recordShingles([1, 2, 3, 4, 5, 6], sourceID: a)
            try session.recordShingles([1, 2, 9], sourceID: b)
            return (a, b)
        }
        let similar = try ledger.read { try $0.sourcesSharingShingles([1, 2, 3, 4, 9], minimumShared: 2) }
        #expect(similar.map(\.sourceID) == [a, b])
        #expect(similar.map(\.shared) == [4, 3])
        #expect(similar.map(\.total) == [6, 3])
    }

    @Test func ledgerMadeBeforeTheQueueGainsIt() throws {
        try withTemporaryDirectory(prefix: "claims-queue") { directory in
            // Given a ledger file with only the first migration
            let path = directory.path("v1.sqlite")
            let queue = try DatabaseQueue(path: path)
            try LedgerMigrator.migrator.migrate(queue, upTo: "v1 ledger: sources, claims, revisions, citations")
            try queue.close()
            // When the tool opens it
            let ledger = try Ledger.open(path: path)
            // Then the review queue is there and works
            let source = try ledger.write { try $0.addSource(Source(url: "https://example.org/a")).id }
            let id = try ledger.write { try $0.queueCandidate(sourceID: source, content: "{}", quote: "q", start: nil, end: nil, confidence: 0.5) }
            #expect(try ledger.read { try $0.candidate(id: id) } != nil)
        }
    }
}
