import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsTestSupport
import Testing

/// One extractor for all tests (building the alias trie once).
enum ExtractionFixture {
    static let taxonomy: Taxonomy = try! TestLedger.taxonomy()
    static let extractor = Extractor(taxonomy: taxonomy)

    static func extract(_ text: String, published: String? = "2024-06-12") -> [Candidate] {
        extractor.extract(text: text, published: published.flatMap { CalendarDate($0) })
    }
}

/// An expected candidate: kind, system id, exact count (or `nil`), launched, claimant id.
struct Expected: Sendable, CustomTestStringConvertible {
    var text: String
    var kind: ClaimKind
    var system: String
    var count: Int?
    var launched: Int?
    var claimant: String?
    var place: String?

    init(_ text: String, _ kind: ClaimKind, _ system: String, _ count: Int?, of launched: Int? = nil, by claimant: String?, at place: String? = nil) {
        self.text = text
        self.kind = kind
        self.system = system
        self.count = count
        self.launched = launched
        self.claimant = claimant
        self.place = place
    }

    var testDescription: String { text }

    func isMatched(by candidate: Candidate) -> Bool {
        candidate.kind == kind && candidate.system == system && candidate.count.exact == count
            && candidate.launched == launched && candidate.claimant == claimant && (place == nil || candidate.place == place)
    }
}

extension Candidate {
    /// A short form for failure messages.
    var summary: String {
        "\(kind.rawValue) \(system) \(count) of \(launched.map(String.init) ?? "-") by \(claimant ?? "nil") at \(place ?? "nil")"
    }
}
