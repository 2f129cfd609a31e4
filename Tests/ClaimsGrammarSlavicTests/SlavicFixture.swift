import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsTestSupport
import Testing

/// One extractor with every grammar, for the Ukrainian and Russian sentence tests.
enum SlavicFixture {
    static let taxonomy: Taxonomy = try! TestLedger.taxonomy()
    static let extractor = Extractor(taxonomy: taxonomy)

    static func extract(_ text: String, published: String? = "2024-06-12", language: Language? = nil) -> [Candidate] {
        extractor.extract(text: text, published: published.flatMap { CalendarDate($0) }, language: language)
    }
}

/// An expected candidate: kind, system id, exact count (or `nil`), launched, claimant side and,
/// where a test is about who speaks, the claimant's id.
struct SlavicExpected: Sendable, CustomTestStringConvertible {
    var text: String
    var kind: ClaimKind
    var system: String
    var count: Int?
    var launched: Int?
    var side: Side?
    var claimant: String?

    init(_ text: String, _ kind: ClaimKind, _ system: String, _ count: Int?, of launched: Int? = nil, side: Side?, by claimant: String? = nil) {
        self.text = text
        self.kind = kind
        self.system = system
        self.count = count
        self.launched = launched
        self.side = side
        self.claimant = claimant
    }

    var testDescription: String { text }

    func isMatched(by candidate: Candidate) -> Bool {
        candidate.kind == kind && candidate.system == system && candidate.count.exact == count
            && candidate.launched == launched && candidate.claimantSide == side
            && (claimant == nil || candidate.claimant == claimant)
    }
}

extension Candidate {
    /// A short form for failure messages.
    var summary: String {
        "\(kind.rawValue) \(system) \(count) of \(launched.map(String.init) ?? "-") by \(claimant ?? "nil") (\(claimantSide.map { "\($0)" } ?? "?"))"
    }
}
