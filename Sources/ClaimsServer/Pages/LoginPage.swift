import HTTPTypes
import Hummingbird
import NIOCore

/// `/login`: for a server started with `--token`, a form that exchanges the token for an
/// HttpOnly, SameSite=Strict session cookie, so a browser can use the pages.
struct LoginPage<Context: RequestContext> {
    /// The token, `nil` when the server needs none.
    let token: String?
    /// The cookie's value.
    let session: String
    let csrfToken: String

    /// Adds `GET /login` and `POST /login`.
    func addRoutes(to router: Router<Context>) {
        router.get("login") { _, _ in
            token == nil ? Response.seeOther("/") : .html(Self.render(csrfToken: csrfToken))
        }
        router.post("login") { request, _ in
            guard let token else { return Response.seeOther("/") }
            var request = request
            let body = try await request.collectBody(upTo: ClaimsRequestContext.maximumBodyBytes)
            guard let given = FormFields(body).value("token"), SecretToken.matches(given, token) else {
                return .html(Self.render(csrfToken: csrfToken, error: "wrong token"), status: .unauthorized)
            }
            var response = Response.seeOther("/")
            response.setCookie(Cookie(
                name: BearerTokenMiddleware<Context>.cookieName, value: session, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
    }

    /// The login form.
    static func render(csrfToken: String, error: String? = nil) -> String {
        let message = error.map { "<p id=\"status\" role=\"status\">\(HTML.escape($0))</p>" } ?? ""
        return HTML.page(title: "Log in", csrfToken: csrfToken, body: message + """
            <form method="post" action="/login">\(HTML.csrfField(csrfToken))
            <label for="login-token">token</label> <input id="login-token" name="token" type="password" autocomplete="current-password" required>
            <button type="submit">Log in</button>
            </form>
            """)
    }
}
