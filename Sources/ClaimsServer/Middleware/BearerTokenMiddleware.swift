import HTTPTypes
import Hummingbird

/// Refuses (401) every request without `Authorization: Bearer <token>` when a token is set.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The token requests must carry; `nil` lets every request through (loopback only).
    let token: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token else { return try await next(request, context) }
        let header = request.headers[.authorization] ?? ""
        let prefix = "Bearer "
        guard header.hasPrefix(prefix), SecretToken.matches(header.dropFirst(prefix.count), token) else {
            let error = APIError(.unauthorized, "this server needs a token: send Authorization: Bearer <token>", field: "token")
            var response = try error.response(from: request, context: context)
            response.headers[.wwwAuthenticate] = "Bearer"
            return response
        }
        return try await next(request, context)
    }
}
