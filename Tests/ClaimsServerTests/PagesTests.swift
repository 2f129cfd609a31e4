import ClaimsServer
import ClaimsStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The HTML pages answer, and a real socket on loopback serves them.
@Suite struct PagesTests {
    @Test(arguments: ["/", "/review", "/log", "/claims", "/claims?page=2", "/tally", "/tally?by=system,month"])
    func pagesAnswer(uri: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
        }
    }

    @Test func theAcceptFormWithItsFieldsUnchangedAcceptsAsExtracted() async throws {
        let fixture = try ServerFixture()
        let id = try #require(fixture.queued.first)
        try await fixture.application().test(.router) { client in
            let page = try await client.execute(uri: "/review", method: .get) { $0.text }
            // The form as the browser posts it: every pre-filled field, unchanged.
            let start = try #require(page.range(of: "action=\"/review/\(id)/accept\""))
            let end = try #require(page.range(of: "</form>", range: start.upperBound..<page.endIndex))
            let form = String(page[start.upperBound..<end.lowerBound])
            var pairs = ["csrf=\(ServerFixture.csrf)"]
            for name in ["system", "count", "count_text", "launched", "claimant", "location", "date"] {
                guard let field = form.range(of: "name=\"\(name)\" value=\"") else { continue }
                let value = form[field.upperBound...].prefix { $0 != "\"" }
                pairs.append("\(name)=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            }
            let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            try await client.execute(uri: "/review/\(id)/accept", method: .post, headers: headers, body: ByteBuffer(string: pairs.joined(separator: "&"))) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/review")
            }
        }
        let entry = try #require(try fixture.store.ledger.read { try $0.candidate(id: id) })
        #expect(entry.status == .accepted)
    }

    @Test func theLogFormLandsOnTheArticlesReview() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            let text = "Russia's Defence Ministry said on Monday its air defences had shot down 12 Ukrainian drones over the Kursk region."
            let form = "csrf=\(ServerFixture.csrf)&title=Kursk&text=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            let location = try await client.execute(uri: "/log", method: .post, headers: headers, body: ByteBuffer(string: form)) { response in
                #expect(response.status == .seeOther)
                return response.headers[.location] ?? ""
            }
            #expect(location.hasPrefix("/review?source="))
            try await client.execute(uri: location, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Kursk"))
                #expect(response.text.contains("<mark data-candidate="))
            }
        }
    }

    @Test func aMissingClaimPageIsNotFound() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/claims/12345", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func aLiveServerOnLoopbackServesTheQueueAndStops() async throws {
        let fixture = try ServerFixture()
        var configuration = fixture.configuration
        configuration.port = 0
        let app = try buildApplication(configuration, store: fixture.store)
        try await app.test(.live) { client in
            try await client.execute(uri: "/api/review", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
