import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsReporting
import ClaimsServer
import ClaimsStore
import ClaimsWorkflows
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// `GET /api/compare` and `/compare`: the rows of `claims compare`, per weapon side; and the
/// "same as claim N?" choice through the API.
@Suite struct CompareAPITests {
    /// The fixture with its candidates accepted: Ukraine's intercepts of Russian weapons and
    /// Russia's intercept of Ukrainian drones.
    func acceptedFixture() throws -> ServerFixture {
        let fixture = try ServerFixture()
        _ = try fixture.store.ledger.write { session in
            try ReviewQueue(taxonomy: ServerFixture.taxonomy).accept(ids: nil, minimumConfidence: nil, fields: ClaimFields(), session: session)
        }
        return fixture
    }

    @Test func theJSONRowsAreTheCLIsRows() async throws {
        let fixture = try acceptedFixture()
        let taxonomy = LazyTaxonomy(loaded: ServerFixture.taxonomy)
        let (a, b) = try CompareSupport.parties(between: "russia,ukraine", taxonomy: taxonomy)
        var filter = ClaimFilter()
        filter.kinds = [.intercept]
        let expected = try CompareSupport.compare(a, b, grouping: .system, filter: filter, ledger: fixture.store.ledger, taxonomy: taxonomy)
        #expect(Set(expected.rows.map(\.weaponSide)) == [.russia, .ukraine])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/compare?between=russia,ukraine&by=system&kind=intercept", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView) == expected.json())
                let stamp = try #require(response.headers[HTTPField.Name("Claims-Stamp")!])
                #expect(stamp.contains("head"))
            }
            try await client.execute(uri: "/api/compare?between=russia,ukraine&format=csv", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(response.text.hasPrefix("weapon_side,system"))
            }
            try await client.execute(uri: "/compare?between=russia,ukraine&by=event", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<table"))
                #expect(response.text.contains("/api/compare?between=russia%2Cukraine&amp;by=event&amp;format=csv"))
            }
            try await client.execute(uri: "/compare", method: .get) { response in
                #expect(response.status == .seeOther)
            }
        }
    }

    @Test(arguments: [
        ("/api/compare", HTTPResponse.Status.badRequest, "between"),
        ("/api/compare?between=russia", .badRequest, "between"),
        ("/api/compare?between=russia,russia", .badRequest, "between"),
        ("/api/compare?between=russia,ukraine&by=planet", .badRequest, "by"),
        ("/api/compare?between=russia,ukraine&side=russia", .badRequest, "side"),
        ("/api/compare?between=russia,ukraine&format=xml", .badRequest, "format"),
        ("/api/compare?between=russia,Nobody+At+All", .unprocessableContent, "between"),
    ])
    func badParametersNameTheirField(uri: String, status: HTTPResponse.Status, field: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == status)
                let json = try response.json()
                #expect(json["field"]?.stringValue == field)
            }
        }
    }

    @Test func aPossibleRepeatIsAcceptedAsACitationThroughTheAPI() async throws {
        let fixture = try acceptedFixture()
        let claims = try fixture.store.ledger.read { try $0.claims(matching: ClaimFilter()) }
        let shahed = try #require(claims.first { $0.content.system == "shahed-136" })
        // A vaguer copy of the Air Force's figure: "at least 25 of 31".
        let logger = ArticleLogger(taxonomy: ServerFixture.taxonomy, extractor: Extractor(taxonomy: ServerFixture.taxonomy))
        let summary = try logger.log(
            Article(text: "Ukraine's air force said on Wednesday it had shot down at least 25 Shahed drones overnight."),
            metadata: .init(url: "https://example.org/copy", outlet: "Copy", title: nil, published: EventTime("2024-06-12")),
            accept: false, into: fixture.store.ledger)
        let candidate = try #require(summary.queued.first)
        try await fixture.application().test(.router) { client in
            // Without a choice: 409, naming the field.
            try await client.execute(uri: "/api/review/\(candidate)/accept", method: .post, headers: ServerFixture.withCSRF) { response in
                #expect(response.status == .conflict)
                let json = try response.json()
                #expect(json["field"]?.stringValue == "same_as")
            }
            let body = ByteBuffer(string: #"{"as": "citation"}"#)
            try await client.execute(uri: "/api/review/\(candidate)/accept", method: .post, headers: ServerFixture.withCSRF, body: body) { response in
                #expect(response.status == .ok)
                let json = try response.json()
                #expect(json["cited"]?.boolValue == true)
                #expect(json["claim_id"]?.intValue == Int(shahed.id))
            }
        }
        let cited = try #require(try fixture.store.ledger.read { try $0.claim(id: shahed.id) })
        #expect(cited.citations.count == 2)
    }
}
