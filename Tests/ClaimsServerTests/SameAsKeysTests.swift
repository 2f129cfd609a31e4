import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsReporting
import ClaimsServer
import ClaimsStore
import ClaimsTestSupport
import ClaimsWorkflows
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The review page's keys for "same as claim N?": `c` (a citation of N) and `n` (a new claim).
@Suite struct SameAsKeysTests {
    @Test func aPossibleRepeatOffersTheCAndNKeys() async throws {
        // Given a stored Shahed claim and a vaguer copy of it in the queue
        let fixture = try ServerFixture()
        _ = try fixture.store.ledger.write { session in
            try ReviewQueue(taxonomy: ServerFixture.taxonomy).accept(ids: nil, minimumConfidence: nil, fields: ClaimFields(), session: session)
        }
        let logger = ArticleLogger(taxonomy: ServerFixture.taxonomy, extractor: Extractor(taxonomy: ServerFixture.taxonomy))
        let summary = try logger.log(
            Article(text: "Ukraine's air force said on Wednesday it had shot down at least 25 Shahed drones overnight."),
            metadata: .init(url: "https://example.org/copy", outlet: "Copy", title: nil, published: EventTime("2024-06-12")),
            accept: false, into: fixture.store.ledger)
        let candidate = try #require(summary.queued.first)
        let entry = try #require(try fixture.store.ledger.read { try $0.candidate(id: candidate) })
        let claim = try #require(entry.sameAs)
        try await fixture.application().test(.router) { client in
            // Then its item carries the claim for the script, and the keys are listed
            try await client.execute(uri: "/review", method: .get) { response in
                #expect(response.text.contains("<li class=\"candidate\" data-id=\"\(candidate)\" data-same-as=\"\(claim)\">"))
                #expect(response.text.contains("<kbd>c</kbd> yes, <kbd>n</kbd> no"))
                #expect(response.text.contains("<tr><td><kbd>c</kbd></td>"))
                #expect(response.text.contains("<tr><td><kbd>n</kbd></td>"))
            }
            try await client.execute(uri: "/static/claims.js", method: .get) { response in
                #expect(response.text.contains("case \"c\":"))
                #expect(response.text.contains("body.set(\"as\", event.key === \"c\" ? \"citation\" : \"new\")"))
            }
        }
    }
}
