import ClaimsCore
import ClaimsExtraction

extension ArticleLogger.Metadata {
    /// The metadata of `article` as `claims log` and `POST /api/log` take it: each field given
    /// wins over the page's own (og:site_name, og:title, article:published_time); the outlet
    /// defaults to the URL's host.
    ///
    /// - Throws: ``WorkflowError`` for a URL that is not one, or a date that is not one.
    public init(article: Article, url: String?, outlet: String?, title: String?, published: String?) throws {
        try Self.checkURL(url)
        var date = article.published
        if let published {
            guard let time = EventTime(published) else {
                throw WorkflowError("published: '\(published)' is not a date: use YYYY-MM-DD (or YYYY-MM-DDTHH:MM)")
            }
            date = time
        }
        let link = url ?? article.url
        self.init(
            url: link, outlet: outlet ?? article.outlet ?? link.flatMap(ClaimDraft.host(of:)), title: title ?? article.title,
            published: date
        )
    }

    /// Refuses a URL that is not `http(s):` or `file:`.
    ///
    /// - Throws: ``WorkflowError`` (usage, field `url`).
    public static func checkURL(_ url: String?) throws {
        if let url, !(url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("file:")) {
            throw WorkflowError.usage("url: '\(url)' is not a URL: use https://...")
        }
    }
}
