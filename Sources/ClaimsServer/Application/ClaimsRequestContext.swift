import Hummingbird

/// The request context of `claims serve`: request bodies up to 20 MB (as for article files).
public struct ClaimsRequestContext: RequestContext {
    /// The largest request body accepted, in bytes.
    public static let maximumBodyBytes = 20 * 1024 * 1024

    public var coreContext: CoreRequestContextStorage

    public init(source: Source) {
        self.coreContext = .init(source: source)
    }

    public var maxUploadSize: Int { Self.maximumBodyBytes }
}
