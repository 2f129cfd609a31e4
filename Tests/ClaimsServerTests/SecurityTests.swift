import ClaimsCore
import ClaimsServer
import ClaimsStore
import ClaimsWorkflows
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The server's defences: CSRF, bearer token, escaping, body cap, loopback by default, CSP.
@Suite struct SecurityTests {
    @Test func aStateChangeWithoutTheCSRFTokenIsForbiddenAndWritesNothing() async throws {
        let fixture = try ServerFixture()
        let id = try #require(fixture.queued.first)
        let before = try fixture.revisionCount()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/review/\(id)/accept", method: .post) { response in
                #expect(response.status == .forbidden)
                let json = try response.json()
                #expect(json["field"]?.stringValue == "csrf")
            }
            let wrong: HTTPFields = [HTTPField.Name("X-CSRF-Token")!: "guess"]
            try await client.execute(uri: "/api/review/\(id)/accept", method: .post, headers: wrong) { response in
                #expect(response.status == .forbidden)
            }
            let form = ByteBuffer(string: "csrf=guess")
            let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            try await client.execute(uri: "/review/\(id)/reject", method: .post, headers: formHeaders, body: form) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(try fixture.revisionCount() == before)
    }

    @Test func theFormFieldCarriesTheCSRFTokenForPagesWithoutScript() async throws {
        let fixture = try ServerFixture()
        let id = try #require(fixture.queued.last)
        try await fixture.application().test(.router) { client in
            let form = ByteBuffer(string: "csrf=\(ServerFixture.csrf)&reason=not+a+claim")
            let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            try await client.execute(uri: "/review/\(id)/reject", method: .post, headers: headers, body: form) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/review")
            }
        }
        #expect(try fixture.store.ledger.read { try $0.candidate(id: id) }?.reason == "not a claim")
    }

    @Test func withATokenEveryRequestNeedsIt() async throws {
        let fixture = try ServerFixture(token: "s3cret")
        try await fixture.application().test(.router) { client in
            for uri in ["/", "/review", "/api/claims", "/static/claims.js"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .unauthorized, "\(uri)")
                    #expect(response.headers[.wwwAuthenticate] == "Bearer")
                }
            }
            try await client.execute(uri: "/api/claims", method: .get, headers: [.authorization: "Bearer wrong"]) { response in
                #expect(response.status == .unauthorized)
                #expect(!response.text.contains("s3cret"))
            }
            try await client.execute(uri: "/api/claims", method: .get, headers: [.authorization: "Bearer s3cret"]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func theLoginFormSetsAStrictHttpOnlySessionCookie() async throws {
        let fixture = try ServerFixture(token: "s3cret")
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/review", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("action=\"/login\""))
            }
            let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            let wrong = ByteBuffer(string: "csrf=\(ServerFixture.csrf)&token=guess")
            try await client.execute(uri: "/login", method: .post, headers: headers, body: wrong) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.setCookie] == nil)
            }
            let noCSRF = ByteBuffer(string: "token=s3cret")
            try await client.execute(uri: "/login", method: .post, headers: headers, body: noCSRF) { response in
                #expect(response.status == .forbidden)
            }
            let right = ByteBuffer(string: "csrf=\(ServerFixture.csrf)&token=s3cret")
            let cookie = try await client.execute(uri: "/login", method: .post, headers: headers, body: right) { response in
                #expect(response.status == .seeOther)
                return response.headers[.setCookie] ?? ""
            }
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("s3cret"))
            let pair = String(cookie.prefix { $0 != ";" })
            try await client.execute(uri: "/review", method: .get, headers: [.cookie: pair]) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/review", method: .get, headers: [.cookie: "claims_session=forged"]) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func aNonLoopbackHostRefusesToStartWithoutAToken() throws {
        #expect(throws: WorkflowError.self) { try ServerConfiguration(databasePath: "x", host: "0.0.0.0").validate() }
        #expect(throws: WorkflowError.self) { try ServerConfiguration(databasePath: "x", host: "192.168.1.4", token: "").validate() }
        try ServerConfiguration(databasePath: "x", host: "0.0.0.0", token: "t").validate()
        try ServerConfiguration(databasePath: "x").validate()
        #expect(ServerConfiguration(databasePath: "x").host == "127.0.0.1")
    }

    @Test func scriptInATitleAQuoteAndANoteIsEscaped() async throws {
        let fixture = try ServerFixture()
        let id = try #require(fixture.queued.first)
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/review", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("<script>alert"))
                #expect(response.text.contains("Night &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; attack"))
                #expect(response.text.contains("&lt;script&gt;alert(&quot;text&quot;)&lt;/script&gt;"))
                #expect(response.text.contains("<mark data-candidate=\"\(id)\">"))
            }
            let body = ByteBuffer(string: #"{"notes": "<script>alert('note')</script>"}"#)
            let claimID = try await client.execute(uri: "/api/review/\(id)/accept", method: .post, headers: ServerFixture.withCSRF, body: body) { response in
                try #require(try response.json()["claim_id"]?.intValue)
            }
            try await client.execute(uri: "/claims/\(claimID)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("<script>alert"))
                #expect(response.text.contains("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;"))
            }
        }
    }

    @Test func pagesForbidInlineAndRemoteScript() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/review", method: .get) { response in
                let policy = try #require(response.headers[.contentSecurityPolicy])
                #expect(policy.contains("script-src 'self'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(response.text.contains("<meta name=\"csrf-token\" content=\"\(ServerFixture.csrf)\">"))
                #expect(response.text.contains("<script src=\"/static/claims.js\" defer></script>"))
            }
            try await client.execute(uri: "/static/claims.js", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("X-CSRF-Token"))
            }
        }
    }

    @Test func aBodyOverTwentyMegabytesIsRefused() async throws {
        let fixture = try ServerFixture()
        let id = try #require(fixture.queued.first)
        let before = try fixture.revisionCount()
        try await fixture.application().test(.router) { client in
            let body = ByteBuffer(repeating: UInt8(ascii: " "), count: 21 * 1024 * 1024)
            try await client.execute(uri: "/api/review/\(id)/accept", method: .post, headers: ServerFixture.withCSRF, body: body) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
        #expect(try fixture.revisionCount() == before)
    }
}
