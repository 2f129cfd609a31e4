import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsWorkflows
import Hummingbird
import NIOCore

/// An article sent to `POST /api/log` or the `/log` form: `text` (plain text or a saved HTML
/// page), and optionally `url`, `outlet`, `title`, `published`, `accept`.
struct ArticleSubmission: Sendable {
    var text: String
    var url: String?
    var outlet: String?
    var title: String?
    var published: String?
    var accept = false

    /// Reads a JSON object or a form.
    ///
    /// - Throws: ``APIError`` (400) when there is no text or the body is neither.
    init(body: ByteBuffer, contentType: String?) throws {
        let lookup: (String) -> String?
        if contentType?.hasPrefix("application/x-www-form-urlencoded") ?? false {
            let form = FormFields(body)
            lookup = { form.nonEmpty($0) }
        } else {
            let value: JSONValue
            do {
                value = try JSONParser.parse(body.readableBytesView)
            } catch {
                throw APIError(.badRequest, "body: not JSON (\(error)): send {\"text\": \"...\"}", field: "body")
            }
            lookup = { key in value[key]?.stringValue.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 } }
            if value["accept"]?.boolValue == true { accept = true }
        }
        guard let text = lookup("text") else {
            throw APIError(.badRequest, "text: missing: paste the article's text or its saved HTML", field: "text")
        }
        self.text = text
        url = lookup("url")
        outlet = lookup("outlet")
        title = lookup("title")
        published = lookup("published")
        if let flag = lookup("accept") { accept = flag == "1" || flag == "true" || flag == "on" }
    }

    /// Logs the article as `claims log` does: one transaction, duplicates add nothing.
    ///
    /// - Throws: ``WorkflowError`` or ``APIError`` (422) for text that is no article.
    func log(into store: ServerLedger) throws -> ArticleLogger.Summary {
        try ArticleLogger.Metadata.checkURL(url)
        let article: Article
        do {
            article = try ArticleReader.read(Array(text.utf8))
        } catch {
            throw APIError(.unprocessableContent, "text: \(error)", field: "text")
        }
        let metadata = try ArticleLogger.Metadata(article: article, url: url, outlet: outlet, title: title, published: published)
        let logger = ArticleLogger(taxonomy: store.taxonomy, extractor: Extractor(taxonomy: store.taxonomy))
        return try logger.log(article, metadata: metadata, accept: accept, into: store.ledger)
    }
}
