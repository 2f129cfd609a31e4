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

    /// The office whose own post a text is, from where it was published: the account of a
    /// Telegram or Facebook URL (`https://t.me/kpszsu/123` → the Air Force), a site an office posts
    /// on (`mil.ru`), or an outlet that names an office rather than a news outlet. `nil` for news.
    public static func author(url: String?, outlet: String?, taxonomy: Taxonomy) -> String? {
        func office(_ actor: Actor?) -> String? {
            guard let actor, actor.kind != .media else { return nil }
            return actor.id
        }
        if let url, let host = ClaimDraft.host(of: url) {
            let social: Set<String> = ["t.me", "telegram.me", "facebook.com", "www.facebook.com", "m.facebook.com"]
            if social.contains(host.lowercased()) {
                let path = url.split(separator: "/", omittingEmptySubsequences: true).dropFirst(2)
                let account = path.first == "s" ? path.dropFirst().first : path.first  // t.me/s/kpszsu
                if let account, let found = office(taxonomy.actor(account: String(account))) { return found }
            } else if let found = office(taxonomy.actor(account: host)) {
                return found
            }
        }
        if let outlet, let id = try? taxonomy.resolveActor(outlet), let found = office(taxonomy.actor(id: id)) { return found }
        return nil
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
