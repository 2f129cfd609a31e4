import HTTPTypes
import Hummingbird
import NIOCore

/// Refuses (403) a state-changing request (anything but GET, HEAD, OPTIONS) that does not carry
/// the CSRF token, in the `X-CSRF-Token` header or a `csrf` form field. Pages carry the token in
/// `<meta name="csrf-token">` and in their forms; another site cannot read it.
///
/// It also caps request bodies: a declared length above ``ClaimsRequestContext/maximumBodyBytes``
/// is refused (413) before reading, and a body is never read past it.
struct CSRFMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The header a script sends the token in.
    static var headerName: HTTPField.Name { HTTPField.Name("X-CSRF-Token")! }

    let token: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > ClaimsRequestContext.maximumBodyBytes {
            throw APIError(.contentTooLarge, "request body: \(length) bytes is more than the 20 MB limit", field: "body")
        }
        switch request.method {
        case .get, .head, .options:
            return try await next(request, context)
        default:
            break
        }
        var request = request
        let body = try await request.collectBody(upTo: ClaimsRequestContext.maximumBodyBytes)
        if let header = request.headers[Self.headerName] {
            guard SecretToken.matches(header, token) else { throw Self.refusal }
            return try await next(request, context)
        }
        let isForm = request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") ?? false
        guard isForm, let field = FormFields(body).value("csrf"), SecretToken.matches(field, token) else {
            throw Self.refusal
        }
        return try await next(request, context)
    }

    private static var refusal: APIError {
        APIError(.forbidden, "csrf: missing or wrong CSRF token: reload the page (scripts send X-CSRF-Token)", field: "csrf")
    }
}
