import Hummingbird

/// The request context of `claims serve`: request bodies up to 20 MB (as for article files).
public struct ClaimsRequestContext: RequestContext {
    /// The largest request body accepted, in bytes.
    public static let maximumBodyBytes = 20 * 1024 * 1024

    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage

    /// Creates the context of one request.
    public init(source: Source) {
        self.coreContext = .init(source: source)
    }

    /// Bodies decoded by Hummingbird are capped at ``maximumBodyBytes`` too.
    public var maxUploadSize: Int { Self.maximumBodyBytes }
}
