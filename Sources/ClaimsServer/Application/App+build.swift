import ClaimsWorkflows
import Hummingbird
import Logging
import NIOCore

/// Builds the `claims serve` application: the router with its middleware, bound as `configuration` says.
///
/// - Parameters:
///   - configuration: Where to listen and the secrets.
///   - store: The ledger every route reads and writes.
///   - onReady: Called with `http://HOST:PORT` once the server accepts connections.
/// - Throws: ``WorkflowError`` for a configuration that would expose the ledger without a token.
public func buildApplication(
    _ configuration: ServerConfiguration, store: ServerLedger, onReady: @escaping @Sendable (String) -> Void = { _ in }
) throws -> some ApplicationProtocol {
    try configuration.validate()
    let router = buildRouter(configuration, store: store)
    var logger = Logger(label: "claims-serve")
    logger.logLevel = .warning
    let host = configuration.host
    return Application(
        router: router,
        configuration: .init(address: .hostname(host, port: configuration.port), serverName: "claims"),
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? configuration.port
            onReady("http://\(host.contains(":") ? "[\(host)]" : host):\(port)")
        },
        logger: logger
    )
}

/// The router: security middleware first, then the JSON API, the pages and the static files.
///
/// - Parameters:
///   - configuration: The bearer and CSRF tokens.
///   - store: The ledger every route reads and writes.
/// - Returns: A router to serve or to test in process (`app.test(.router)`).
public func buildRouter(_ configuration: ServerConfiguration, store: ServerLedger) -> Router<ClaimsRequestContext> {
    let router = Router(context: ClaimsRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    let session = SecretToken.random()
    router.add(middleware: BearerTokenMiddleware(token: configuration.token, session: session, csrfToken: configuration.csrfToken))
    router.add(middleware: CSRFMiddleware(token: configuration.csrfToken))
    APIController<ClaimsRequestContext>(store: store).addRoutes(to: router.group("api"))
    PagesController<ClaimsRequestContext>(store: store, csrfToken: configuration.csrfToken).addRoutes(to: router)
    LoginPage<ClaimsRequestContext>(token: configuration.token, session: session, csrfToken: configuration.csrfToken).addRoutes(to: router)
    StaticAssets.addRoutes(to: router)
    return router
}

/// Runs `claims serve` until SIGINT or SIGTERM, then stops cleanly.
///
/// - Parameters:
///   - configuration: Where to listen and the secrets.
///   - onReady: Called with `http://HOST:PORT` once the server accepts connections.
/// - Throws: ``WorkflowError`` for a bad configuration or ledger; what the server throws.
public func runServer(_ configuration: ServerConfiguration, onReady: @escaping @Sendable (String) -> Void) async throws {
    try configuration.validate()
    let store = try ServerLedger.open(path: configuration.databasePath)
    let app = try buildApplication(configuration, store: store, onReady: onReady)
    try await app.runService()  // stops gracefully on SIGTERM and SIGINT
}
