import ClaimsCore

/// What a page says about itself: `<title>`, Open Graph (`og:title`, `og:site_name`, `og:url`),
/// `article:published_time` and JSON-LD (`headline`, `datePublished`, `publisher`).
struct HTMLMetadata {
    var documentTitle: String?
    var ogTitle: String?
    var siteName: String?
    var url: String?
    var publishedTime: String?
    var timeElement: String?
    var language: String?
    var ldHeadline: String?
    var ldPublished: String?
    var ldPublisher: String?

    var title: String? { ogTitle ?? ldHeadline ?? documentTitle }
    var outlet: String? { siteName ?? ldPublisher }

    var published: EventTime? {
        for text in [publishedTime, ldPublished, timeElement].compactMap({ $0 }) {
            let trimmed = text.trimmingCharacters()
            if let time = EventTime(trimmed) { return time }
            if trimmed.utf8.count >= 10, let day = EventTime(String(trimmed.prefix(10))) { return day }
        }
        return nil
    }

    /// "en" for `lang="en-GB"`.
    var languageCode: String? {
        guard let language, !language.isEmpty else { return nil }
        return String(language.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }

    mutating func read(meta tag: HTMLTag) {
        let key = (tag.attribute("property") ?? tag.attribute("name") ?? tag.attribute("itemprop") ?? "").lowercased()
        guard let content = tag.attribute("content"), !content.isEmpty else { return }
        switch key {
        case "og:title", "twitter:title": if ogTitle == nil { ogTitle = content }
        case "og:site_name", "application-name": if siteName == nil { siteName = content }
        case "og:url": url = content
        case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued",
             "parsely-pub-date", "sailthru.date", "og:published_time", "publication_date":
            if publishedTime == nil { publishedTime = content }
        default: break
        }
    }

    /// Reads `NewsArticle`-like objects of a JSON-LD block (an object, an array, or an `@graph`).
    mutating func read(jsonLD bytes: ArraySlice<UInt8>) {
        guard let value = try? JSONParser.parse(Array(bytes)) else { return }
        visit(value, depth: 0)
    }

    private mutating func visit(_ value: JSONValue, depth: Int) {
        guard depth < 4 else { return }
        if let items = value.arrayValue {
            for item in items { visit(item, depth: depth + 1) }
            return
        }
        guard case .object = value else { return }
        if let graph = value["@graph"] { visit(graph, depth: depth + 1) }
        if ldPublished == nil, let date = value["datePublished"]?.stringValue { ldPublished = date }
        if ldHeadline == nil, let headline = value["headline"]?.stringValue { ldHeadline = headline }
        if ldPublisher == nil, let publisher = value["publisher"] {
            ldPublisher = publisher.stringValue ?? publisher["name"]?.stringValue ?? publisher.arrayValue?.first?["name"]?.stringValue
        }
    }
}

private extension String {
    func trimmingCharacters() -> String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end, SentenceSplitter.isSpace(bytes[start]) { start += 1 }
        while end > start, SentenceSplitter.isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
