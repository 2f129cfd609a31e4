import ClaimsWorkflows

/// How `claims serve` runs: where the ledger is, where to listen, and the secrets that guard it.
public struct ServerConfiguration: Sendable {
    /// The ledger file.
    public var databasePath: String
    /// The address to bind (default `127.0.0.1`).
    public var host: String
    /// The port (0 picks a free one).
    public var port: Int
    /// When set, every request needs `Authorization: Bearer <token>`.
    public var token: String?
    /// The CSRF token every state-changing request must carry (random per process by default).
    public var csrfToken: String

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - databasePath: The ledger file (it must exist).
    ///   - host: The address to bind; a non-loopback address needs a `token`.
    ///   - port: The port (0 picks a free one).
    ///   - token: The bearer token, when requests must carry one.
    ///   - csrfToken: The CSRF token (random by default; tests pass their own).
    public init(
        databasePath: String, host: String = "127.0.0.1", port: Int = 8080, token: String? = nil,
        csrfToken: String = SecretToken.random()
    ) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.csrfToken = csrfToken
    }

    /// Whether `host` only accepts connections from this machine.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// Refuses a configuration that would expose the ledger without a token.
    ///
    /// - Throws: ``WorkflowError`` (usage) for a non-loopback host without a token, or a bad port.
    public func validate() throws {
        guard (0...65535).contains(port) else {
            throw WorkflowError.usage("port: \(port) is not a port: use 1-65535", field: "port")
        }
        if !Self.isLoopback(host), token == nil {
            throw WorkflowError.usage(
                "host: \(host) is reachable from other machines: pass --token T (or set $CLAIMS_TOKEN) so every request must carry it",
                field: "host")
        }
    }
}
