import ClaimsCore
@testable import ClaimsServer
import ClaimsStore
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Tallies and `/claims` pages are computed once per ledger version: a write shows at once.
@Suite struct ReadCacheTests {
    @Test func aTallyAndAClaimsPageShowTheNextWrite() async throws {
        // Given a tally and a claims page asked for (and kept) before any claim exists
        let fixture = try ServerFixture()
        let id = try #require(fixture.queued.first)
        try await fixture.application().test(.router) { client in
            for _ in 0..<2 {
                try await client.execute(uri: "/api/tally?by=system", method: .get) { response in
                    #expect(response.text == "[]\n")
                }
                try await client.execute(uri: "/claims", method: .get) { response in
                    #expect(response.text.contains("<p>0 claim(s); page 1 of 1.</p>"))
                }
            }
            // When a candidate is accepted
            try await client.execute(uri: "/api/review/\(id)/accept", method: .post, headers: ServerFixture.withCSRF) { response in
                #expect(response.status == .ok)
            }
            // Then both show the new claim
            try await client.execute(uri: "/api/tally?by=system", method: .get) { response in
                let rows = try #require(try response.json().arrayValue)
                #expect(rows.count == 1)
                #expect(rows.first?["claims"]?.intValue == 1)
            }
            try await client.execute(uri: "/claims", method: .get) { response in
                #expect(response.text.contains("<p>1 claim(s); page 1 of 1.</p>"))
                #expect(response.text.contains("<a href=\"/claims/1\">1</a>"))
            }
        }
    }

    @Test func theVersionMovesWithAnAcceptedCandidate() async throws {
        // Given the ledger's version, when a candidate is accepted
        let fixture = try ServerFixture()
        let first = try #require(fixture.queued.first)
        let before = try fixture.store.ledger.read { try $0.version() }
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/review/\(first)/accept", method: .post, headers: ServerFixture.withCSRF) { _ in }
        }
        // Then the version moved with the write
        let after = try fixture.store.ledger.read { try $0.version() }
        #expect(after != before)
        #expect(after.lastRevision > before.lastRevision)
        #expect(after.lastCitation > before.lastCitation)
    }
}

/// What the cache keeps when more queries come than it holds.
@Suite struct ReadCacheEvictionTests {
    @Test func aBurstOfOneOffQueriesDoesNotPushOutTheOneInUse() throws {
        // Given a cache of 3 values at one version, and a tally asked for again and again
        let cache = ReadCache<Int>(capacity: 3)
        let version = LedgerVersion(lastRevision: 1, lastCitation: 1)
        var computed: [String] = []
        func value(_ key: String) -> Int { cache.value(for: key, at: version) { computed.append(key); return key.count } }
        _ = value("tally")
        // When one-off queries come between its requests, more than the cache holds
        for day in 1...5 {
            _ = value("to=\(day)")
            _ = value("tally")
        }
        // Then the tally was computed once; the least recently used one-offs made room
        #expect(computed.filter { $0 == "tally" }.count == 1)
        #expect(computed.count == 6)
        // ... and a new version starts again
        _ = cache.value(for: "tally", at: LedgerVersion(lastRevision: 2, lastCitation: 1)) { computed.append("tally"); return 0 }
        #expect(computed.last == "tally" && computed.count == 7)
    }
}
