import ClaimsCore
import ClaimsStore
import ClaimsWorkflows

extension ClaimDraft {
    /// The source a citation names: an existing id, or a URL stored now (or found).
    static func source(_ options: CitationOptions, session: LedgerSession) throws -> Int64 {
        guard let reference = options.source else { throw CLIFailure.usage("missing --source: a URL or a source id") }
        if let id = Int64(reference) {
            guard try session.reader.source(id: id) != nil else {
                throw CLIFailure("source: source \(id) does not exist: pass a URL to create one")
            }
            return id
        }
        guard reference.hasPrefix("http://") || reference.hasPrefix("https://") || reference.hasPrefix("file:") else {
            throw CLIFailure("source: '\(reference)' is neither a URL (https://...) nor a source id")
        }
        let published = try options.published.map { try ClaimDraft.date($0, flag: "published") }
        let outlet = options.outlet ?? ClaimDraft.host(of: reference)
        return try session.addSource(Source(kind: .article, url: reference, outlet: outlet, title: options.title, published: published)).id
    }
}
