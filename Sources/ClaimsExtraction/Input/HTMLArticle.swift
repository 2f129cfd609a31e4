import ClaimsCore

/// Turns a saved web page into its article text and metadata with a small byte-level tag
/// scanner (no DOM): keeps the text of `<article>` (or an `articleBody` container, else `<main>`,
/// else `<body>`), drops scripts, styles, comments, navigation, headers, footers, forms and
/// elements whose class or id marks them as ads, sharing widgets or related links, and reads
/// `<title>`, Open Graph, `article:published_time` and JSON-LD `NewsArticle` metadata.
enum HTMLArticle {
    /// Whether the bytes start like an HTML document.
    static func looksLikeHTML(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.firstIndex(where: { !SentenceSplitter.isSpace($0) }), bytes[first] == UInt8(ascii: "<") else { return false }
        let head = String(decoding: bytes[first..<min(bytes.endIndex, first + 2048)], as: UTF8.self).lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<meta", "<article", "<p>", "<p ", "<div", "<title"].contains { head.contains($0) }
    }

    private struct Open {
        var name: String
        var skips: Bool
        var container: Container
    }

    private enum Container { case none, article, main }

    /// Parses a page (valid UTF-8).
    ///
    /// - Complexity: O(n) in the page size, plus the JSON-LD blocks.
    static func parse(_ bytes: [UInt8]) -> Article {
        var metadata = HTMLMetadata()
        var body = HTMLText()
        var articleText = HTMLText()
        var mainText = HTMLText()
        var stack: [Open] = []
        var skipDepth = 0
        var articleDepth = 0
        var mainDepth = 0
        var inHead = false
        var index = 0
        let count = bytes.count

        func breakLines() {
            body.breakLine()
            if articleDepth > 0 { articleText.breakLine() }
            if mainDepth > 0 { mainText.breakLine() }
        }

        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else {
                var end = index
                while end < count, bytes[end] != UInt8(ascii: "<") { end += 1 }
                if skipDepth == 0, !inHead {
                    body.append(raw: bytes[index..<end])
                    if articleDepth > 0 { articleText.append(raw: bytes[index..<end]) }
                    if mainDepth > 0 { mainText.append(raw: bytes[index..<end]) }
                }
                index = end
                continue
            }
            if starts(bytes, index, "<!--") {
                index = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? count
                continue
            }
            guard let tag = HTMLTag.parse(bytes, at: index) else {
                if skipDepth == 0, !inHead { body.append(raw: bytes[index..<(index + 1)]) }
                index += 1
                continue
            }
            index = tag.end
            let name = tag.name
            if tag.isClosing {
                if name == "head" { inHead = false }
                guard let position = stack.lastIndex(where: { $0.name == name }) else { continue }
                for open in stack[position...].reversed() {
                    if open.skips { skipDepth -= 1 }
                    if open.container == .article { articleDepth -= 1 }
                    if open.container == .main { mainDepth -= 1 }
                }
                stack.removeSubrange(position...)
                if HTMLTag.blocks.contains(name) { breakLines() }
                continue
            }
            switch name {
            case "head":
                inHead = true
                continue
            case "body":
                inHead = false
            case "html":
                metadata.language = tag.attribute("lang")
            case "meta":
                metadata.read(meta: tag)
                continue
            case "link":
                if tag.attribute("rel")?.lowercased() == "canonical", metadata.url == nil { metadata.url = tag.attribute("href") }
                continue
            case "time":
                if metadata.timeElement == nil { metadata.timeElement = tag.attribute("datetime") }
            default:
                break
            }
            if HTMLTag.rawText.contains(name) {
                let close = find(bytes, "</" + name, from: index, caseInsensitive: true) ?? count
                let content = bytes[index..<close]
                if name == "title", metadata.documentTitle == nil {
                    var text = HTMLText()
                    text.append(raw: content)
                    metadata.documentTitle = text.string
                } else if name == "script", tag.attribute("type")?.lowercased().contains("ld+json") == true {
                    metadata.read(jsonLD: content)
                }
                index = find(bytes, ">", from: close).map { $0 + 1 } ?? count
                continue
            }
            if HTMLTag.blocks.contains(name) || name == "br" { breakLines() }
            guard !tag.isSelfClosing, !HTMLTag.void.contains(name) else { continue }
            let skips = HTMLTag.skipped.contains(name) || tag.looksLikeBoilerplate
            let container: Container = name == "article" || tag.looksLikeArticleBody ? .article
                : (name == "main" || tag.attribute("role") == "main" ? .main : .none)
            if skips { skipDepth += 1 }
            if container == .article { articleDepth += 1 }
            if container == .main { mainDepth += 1 }
            stack.append(Open(name: name, skips: skips, container: container))
        }
        let text = articleText.length >= 200 ? articleText.string : (mainText.length >= 200 ? mainText.string : body.string)
        return Article(
            text: text, title: metadata.title, outlet: metadata.outlet, url: metadata.url,
            published: metadata.published, language: metadata.languageCode, isHTML: true
        )
    }

    // MARK: - Byte search

    static func starts(_ bytes: [UInt8], _ index: Int, _ prefix: String) -> Bool {
        var position = index
        for byte in prefix.utf8 {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
        }
        return true
    }

    static func find(_ bytes: [UInt8], _ needle: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            var matched = true
            for offset in 0..<pattern.count {
                let byte = caseInsensitive ? Lexicon.lowercase(bytes[index + offset]) : bytes[index + offset]
                if byte != pattern[offset] {
                    matched = false
                    break
                }
            }
            if matched { return index }
            index += 1
        }
        return nil
    }
}
