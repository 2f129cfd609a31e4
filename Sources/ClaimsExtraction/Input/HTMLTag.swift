/// One HTML start or end tag, read from bytes: its lower-cased name and attributes.
struct HTMLTag {
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    /// The index after the closing `>`.
    var end: Int
    var attributes: [(name: String, value: String)]

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Parses the tag at `index` (a `<`); `nil` when it is not a tag (`a < b`).
    static func parse(_ bytes: [UInt8], at index: Int) -> HTMLTag? {
        var position = index + 1
        let count = bytes.count
        var isClosing = false
        if position < count, bytes[position] == UInt8(ascii: "/") {
            isClosing = true
            position += 1
        }
        if position < count, bytes[position] == UInt8(ascii: "!") || bytes[position] == UInt8(ascii: "?") {
            // <!DOCTYPE ...>, <?xml ...>
            var end = position
            while end < count, bytes[end] != UInt8(ascii: ">") { end += 1 }
            return HTMLTag(name: "!", isClosing: false, isSelfClosing: true, end: min(count, end + 1), attributes: [])
        }
        let nameStart = position
        while position < count, isNameByte(bytes[position]) { position += 1 }
        guard position > nameStart, (bytes[nameStart] | 0x20) >= 0x61, (bytes[nameStart] | 0x20) <= 0x7A else { return nil }
        let name = String(decoding: bytes[nameStart..<position].map(Lexicon.lowercase), as: UTF8.self)
        var attributes: [(String, String)] = []
        var isSelfClosing = false
        while position < count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                return HTMLTag(name: name, isClosing: isClosing, isSelfClosing: isSelfClosing, end: position + 1, attributes: attributes)
            }
            if byte == UInt8(ascii: "/") {
                isSelfClosing = true
                position += 1
                continue
            }
            if SentenceSplitter.isSpace(byte) {
                position += 1
                continue
            }
            isSelfClosing = false
            let attributeStart = position
            while position < count, !SentenceSplitter.isSpace(bytes[position]), bytes[position] != UInt8(ascii: "="),
                  bytes[position] != UInt8(ascii: ">"), bytes[position] != UInt8(ascii: "/") {
                position += 1
            }
            let attributeName = String(decoding: bytes[attributeStart..<position].map(Lexicon.lowercase), as: UTF8.self)
            while position < count, SentenceSplitter.isSpace(bytes[position]) { position += 1 }
            var value = ""
            if position < count, bytes[position] == UInt8(ascii: "=") {
                position += 1
                while position < count, SentenceSplitter.isSpace(bytes[position]) { position += 1 }
                if position < count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
                    let quote = bytes[position]
                    let valueStart = position + 1
                    position = valueStart
                    while position < count, bytes[position] != quote { position += 1 }
                    value = decode(bytes[valueStart..<min(position, count)])
                    position += 1
                } else {
                    let valueStart = position
                    while position < count, !SentenceSplitter.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
                    value = decode(bytes[valueStart..<position])
                }
            }
            if !attributeName.isEmpty { attributes.append((attributeName, value)) }
        }
        return HTMLTag(name: name, isClosing: isClosing, isSelfClosing: isSelfClosing, end: count, attributes: attributes)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }

    private static func decode(_ raw: ArraySlice<UInt8>) -> String {
        var text = HTMLText()
        text.append(raw: raw)
        return text.string
    }

    // MARK: - Boilerplate

    /// Class, id or role say navigation, ads, sharing, related links, comments or newsletters.
    var looksLikeBoilerplate: Bool {
        if attribute("hidden") != nil || attribute("aria-hidden") == "true" { return true }
        if let role = attribute("role"), ["navigation", "banner", "contentinfo", "complementary", "search", "dialog"].contains(role) { return true }
        let words = ((attribute("class") ?? "") + " " + (attribute("id") ?? "")).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        return words.contains { word in
            Self.boilerplateWords.contains(String(word)) || Self.boilerplateParts.contains { word.contains($0) }
                || word.hasPrefix("ad-") || word.hasPrefix("ads-") || word.hasSuffix("-ad") || word.hasSuffix("-ads")
        }
    }

    /// `itemprop="articleBody"` or a class like "article-body", "story-body", "entry-content".
    var looksLikeArticleBody: Bool {
        if attribute("itemprop")?.lowercased() == "articlebody" { return true }
        let classes = (attribute("class") ?? "").lowercased()
        return Self.bodyClasses.contains { classes.contains($0) }
    }

    private static let boilerplateWords: Set<String> = ["ad", "ads", "advert", "nav", "menu", "footer", "sidebar", "share", "social", "comments", "promo"]
    private static let boilerplateParts = [
        "advert", "sponsor", "promo", "newsletter", "subscribe", "share", "social", "comment", "cookie", "sidebar",
        "related", "breadcrumb", "popup", "modal", "banner", "outbrain", "taboola", "recommend", "navigation",
        "navbar", "menu", "footer", "paywall", "donat", "signup", "read-more", "readmore", "most-read", "trending",
    ]
    private static let bodyClasses = [
        "article-body", "article__body", "articlebody", "story-body", "story__body", "entry-content", "post-content",
        "article-content", "article__content", "article-text", "story-content", "content-body", "news-text",
    ]

    // MARK: - Element sets

    static let rawText: Set<String> = ["script", "style", "title", "textarea", "template", "noscript", "svg", "iframe", "object"]
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "!",
    ]
    static let skipped: Set<String> = [
        "nav", "header", "footer", "aside", "button", "select", "figure", "menu", "dialog", "canvas", "video",
        "audio", "picture", "map",
    ]
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section", "article", "main",
        "tr", "table", "pre", "figcaption", "dd", "dt", "dl", "header", "footer", "aside", "nav", "body", "td", "th",
    ]
}
