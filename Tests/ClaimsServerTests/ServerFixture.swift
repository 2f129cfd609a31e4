import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsServer
import ClaimsStore
import ClaimsTestSupport
import ClaimsWorkflows
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A server over a fresh in-memory ledger holding one logged article (three pending candidates).
struct ServerFixture: Sendable {
    static let taxonomy = try! TestLedger.taxonomy()
    static let csrf = "test-csrf-token"
    static let story = """
        Ukraine's air force said on Wednesday it had shot down 28 of 31 Shahed drones launched by Russia overnight.

        The air force said air defences also destroyed two Kh-101 cruise missiles over the Kyiv region.

        Russia's Defence Ministry said its air defences had shot down 14 Ukrainian drones over the Belgorod region.

        Officials in several regions reported <script>alert("text")</script> damage to power lines.
        """

    let store: ServerLedger
    /// The pending candidates the article left in the queue.
    let queued: [Int64]
    let configuration: ServerConfiguration

    /// - Parameter token: The bearer token the server requires, if any.
    init(token: String? = nil, title: String = "Night <script>alert('title')</script> attack") throws {
        let ledger = try TestLedger.make()
        let logger = ArticleLogger(taxonomy: Self.taxonomy, extractor: Extractor(taxonomy: Self.taxonomy))
        let summary = try logger.log(
            Article(text: Self.story),
            metadata: .init(url: "https://example.org/a", outlet: "Example", title: title, published: EventTime("2024-06-12")),
            accept: false, into: ledger)
        queued = summary.queued
        store = ServerLedger(ledger: ledger, taxonomy: Self.taxonomy)
        configuration = ServerConfiguration(databasePath: ":memory:", token: token, csrfToken: Self.csrf)
    }

    /// The application, for `app.test(.router)`.
    func application() throws -> some ApplicationProtocol {
        try buildApplication(configuration, store: store)
    }

    /// Headers of a state-changing request that carries the CSRF token.
    static var withCSRF: HTTPFields {
        [HTTPField.Name("X-CSRF-Token")!: csrf, .contentType: "application/json"]
    }

    /// How many revisions the ledger holds.
    func revisionCount() throws -> Int {
        try store.ledger.read { try $0.revisionCount() }
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body parsed as JSON.
    func json() throws -> JSONValue {
        do { return try JSONParser.parse(text) } catch { throw error as any Error }
    }
}
