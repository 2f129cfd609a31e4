import HTTPTypes
import Hummingbird

/// When a token is set, refuses (401) every request that carries neither `Authorization: Bearer
/// <token>` nor the session cookie the login form sets. Only `/login` is open; a page asked for
/// without the token answers 401 with the login form.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The token requests must carry; `nil` lets every request through (loopback only).
    let token: String?
    /// The session cookie's value (random per process), set by `POST /login`.
    let session: String
    /// For the login form.
    let csrfToken: String

    /// The session cookie's name.
    static var cookieName: String { "claims_session" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token else { return try await next(request, context) }
        if request.uri.path == "/login" { return try await next(request, context) }
        let header = request.headers[.authorization] ?? ""
        let prefix = "Bearer "
        if header.hasPrefix(prefix), SecretToken.matches(header.dropFirst(prefix.count), token) {
            return try await next(request, context)
        }
        if let cookie = request.cookies[Self.cookieName], SecretToken.matches(cookie.value, session) {
            return try await next(request, context)
        }
        var response: Response
        if request.uri.path.hasPrefix("/api/") {
            let error = APIError(.unauthorized, "this server needs a token: send Authorization: Bearer <token>", field: "token")
            response = try error.response(from: request, context: context)
        } else {
            response = .html(LoginPage<Context>.render(csrfToken: csrfToken), status: .unauthorized)
        }
        response.headers[.wwwAuthenticate] = "Bearer"
        return response
    }
}
