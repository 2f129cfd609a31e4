import HTTPTypes
import Hummingbird

/// Adds the headers every response carries: a Content-Security-Policy that allows only our own
/// script and stylesheet (no inline script, no remote asset), no sniffing, no framing, no referrer.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The policy: everything from this origin only, no inline script, no plugins, no framing.
    static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[.cacheControl] = response.headers[.cacheControl] ?? "no-store"
        return response
    }
}
