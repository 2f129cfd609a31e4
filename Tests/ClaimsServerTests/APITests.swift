import ClaimsCore
import ClaimsReporting
import ClaimsServer
import ClaimsStore
import ClaimsWorkflows
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The JSON API in process: status codes, shapes, accept and reject.
@Suite struct APITests {
    @Test func reviewListsThePendingCandidates() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/review", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let rows = try #require(try response.json().arrayValue)
                #expect(rows.count == fixture.queued.count)
                #expect(rows.first?["status"]?.stringValue == "pending")
            }
        }
    }

    @Test func acceptWritesExactlyOneRevision() async throws {
        let fixture = try ServerFixture()
        let id = try #require(fixture.queued.first)
        let before = try fixture.revisionCount()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/review/\(id)/accept", method: .post, headers: ServerFixture.withCSRF) { response in
                #expect(response.status == .ok)
                let claimID = try #require(try response.json()["claim_id"]?.intValue)
                #expect(try fixture.revisionCount() == before + 1)
                try await client.execute(uri: "/api/claims/\(claimID)", method: .get) { claim in
                    #expect(claim.status == .ok)
                    let json = try claim.json()
                    #expect(json["id"]?.intValue == claimID)
                }
            }
            // Accepting twice is a conflict, and writes nothing.
            try await client.execute(uri: "/api/review/\(id)/accept", method: .post, headers: ServerFixture.withCSRF) { response in
                #expect(response.status == .conflict)
                let json = try response.json()
                #expect(json["field"]?.stringValue == "id")
            }
        }
        #expect(try fixture.revisionCount() == before + 1)
    }

    @Test func acceptAppliesCorrectionsFromTheBody() async throws {
        let fixture = try ServerFixture()
        let id = try #require(fixture.queued.first)
        try await fixture.application().test(.router) { client in
            let body = ByteBuffer(string: #"{"count": "27", "notes": "checked"}"#)
            try await client.execute(uri: "/api/review/\(id)/accept", method: .post, headers: ServerFixture.withCSRF, body: body) { response in
                #expect(response.status == .ok)
                let claimID = try #require(try response.json()["claim_id"]?.intValue)
                let claim = try #require(try fixture.store.ledger.read { try $0.claim(id: Int64(claimID)) })
                #expect(claim.content.count.exact == 27)
                #expect(claim.content.notes == "checked")
            }
        }
    }

    @Test func rejectWritesNoRevisionAndMarksTheCandidate() async throws {
        let fixture = try ServerFixture()
        let id = try #require(fixture.queued.last)
        let before = try fixture.revisionCount()
        try await fixture.application().test(.router) { client in
            let body = ByteBuffer(string: #"{"reason": "background"}"#)
            try await client.execute(uri: "/api/review/\(id)/reject", method: .post, headers: ServerFixture.withCSRF, body: body) { response in
                #expect(response.status == .ok)
            }
        }
        let entry = try #require(try fixture.store.ledger.read { try $0.candidate(id: id) })
        #expect(entry.status == .rejected)
        #expect(entry.reason == "background")
        #expect(try fixture.revisionCount() == before)
    }

    @Test(arguments: [
        ("/api/claims/999", HTTPResponse.Status.notFound),
        ("/api/claims/abc", .badRequest),
        ("/api/tally?by=planet", .badRequest),
        ("/api/tally?kind=teleport", .badRequest),
        ("/api/tally?system=No+Such+Missile", .unprocessableContent),
        ("/api/tally?status=retracted", .badRequest),
        ("/api/review?status=maybe", .badRequest),
        ("/api/claims", .ok),
        ("/api/tally?by=system&kind=intercept", .ok),
    ])
    func statusCodes(uri: String, status: HTTPResponse.Status) async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == status)
                if status != .ok {
                    let error = try response.json()["error"]
                    #expect(error?.stringValue != nil)
                }
            }
        }
    }

    @Test func logStoresAnArticleOnceAndQueuesItsCandidates() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            let text = "Ukraine's air force said on Monday it had shot down 40 of 47 Shahed drones launched by Russia overnight."
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("text"); writer.string(text)
            writer.key("url"); writer.string("https://example.org/b")
            writer.key("published"); writer.string("2024-06-17")
            writer.endObject()
            let body = ByteBuffer(bytes: writer.bytes)
            try await client.execute(uri: "/api/log", method: .post, headers: ServerFixture.withCSRF, body: body) { response in
                #expect(response.status == .created)
                let json = try response.json()
                #expect(json["duplicate"]?.boolValue == false)
                #expect(json["queued"]?.arrayValue?.count == 1)
            }
            try await client.execute(uri: "/api/log", method: .post, headers: ServerFixture.withCSRF, body: body) { response in
                #expect(response.status == .ok)
                let json = try response.json()
                #expect(json["duplicate"]?.boolValue == true)
            }
            try await client.execute(uri: "/api/log", method: .post, headers: ServerFixture.withCSRF, body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .badRequest)
                let json = try response.json()
                #expect(json["field"]?.stringValue == "text")
            }
            let badDate = ByteBuffer(string: #"{"text": "Some text.", "published": "yesterday"}"#)
            try await client.execute(uri: "/api/log", method: .post, headers: ServerFixture.withCSRF, body: badDate) { response in
                #expect(response.status == .unprocessableContent)
                let json = try response.json()
                #expect(json["field"]?.stringValue == "published")
            }
        }
    }

    @Test func acceptingAMissingCandidateIsNotFound() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/review/999/accept", method: .post, headers: ServerFixture.withCSRF) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func tallyRowsAreTheReportersJSON() async throws {
        let fixture = try ServerFixture()
        _ = try fixture.store.ledger.write { session in
            try ReviewQueue(taxonomy: ServerFixture.taxonomy).accept(ids: nil, minimumConfidence: nil, fields: ClaimFields(), session: session)
        }
        var filter = ClaimFilter()
        filter.kinds = [.intercept]
        let expected = TallyReport(dimensions: [.system], rows: try fixture.store.ledger.tally(by: [.system], matching: filter)).json()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/tally?by=system&kind=intercept", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView) == expected)
                let json = try response.json()
                #expect(json.arrayValue?.isEmpty == false)
            }
        }
    }
}
