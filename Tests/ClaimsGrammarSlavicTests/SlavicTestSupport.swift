import ClaimsCore
import ClaimsExtraction
import Testing

/// A passage that holds several claims: every expected claim must be found, each by its own
/// candidate, and nothing else.
struct SlavicReport: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var claims: [SlavicExpected]

    init(_ name: String, _ text: String, _ claims: [SlavicExpected]) {
        self.name = name
        self.text = text
        self.claims = claims
    }

    var testDescription: String { name }
}

/// One claim of a `SlavicReport` (the text lives on the report).
func claim(_ kind: ClaimKind, _ system: String, _ count: Int?, of launched: Int? = nil, side: Side?, by claimant: String? = nil) -> SlavicExpected {
    SlavicExpected("", kind, system, count, of: launched, side: side, by: claimant)
}

enum SlavicCheck {
    /// Whether each expected claim has a candidate of its own (a one-to-one matching, greedy
    /// over the expectations in order; the expectations of a report never overlap).
    static func unmatched(_ expected: [SlavicExpected], in candidates: [Candidate]) -> [SlavicExpected] {
        var free = candidates
        var missing: [SlavicExpected] = []
        for item in expected {
            if let found = free.firstIndex(where: item.isMatched(by:)) {
                free.remove(at: found)
            } else {
                missing.append(item)
            }
        }
        return missing
    }

    static func describe(_ expected: SlavicExpected) -> String {
        "\(expected.kind.rawValue) \(expected.system) \(expected.count.map(String.init) ?? "nil") of \(expected.launched.map(String.init) ?? "-") by \(expected.claimant ?? "any") (\(expected.side.map { "\($0)" } ?? "?"))"
    }

    /// Records an issue unless the text gives exactly the expected claims.
    static func expectExactly(_ report: SlavicReport, published: String? = "2024-06-12",
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let candidates = SlavicFixture.extract(report.text, published: published)
        let missing = unmatched(report.claims, in: candidates)
        #expect(missing.isEmpty, "missing: \(missing.map(describe)); got: \(candidates.map(\.summary))",
                sourceLocation: sourceLocation)
        #expect(candidates.count == report.claims.count, "got: \(candidates.map(\.summary))",
                sourceLocation: sourceLocation)
    }
}
