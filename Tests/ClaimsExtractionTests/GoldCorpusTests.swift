import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsTestSupport
import Foundation
import Testing

/// Scores the extractor against the hand-annotated seed corpus (`../shared/corpus`).
@Suite struct GoldCorpusTests {
    @Test(.enabled(if: SharedData.isAvailable))
    func extractorReachesF1OfNinetyPercentOnTheGoldCorpus() throws {
        let taxonomy = try TestLedger.taxonomy()
        let gold = try String(contentsOf: SharedData.corpus.appendingPathComponent("gold.json"), encoding: .utf8)
        let loaded = try GoldEvaluation.load(goldJSON: gold, taxonomy: taxonomy)
        #expect(loaded.unresolved.isEmpty)
        let evaluation = try GoldEvaluation.score(loaded.articles, taxonomy: taxonomy, extractor: Extractor(taxonomy: taxonomy)) { article in
            try String(contentsOf: SharedData.corpus.appendingPathComponent(article.file), encoding: .utf8)
        }
        for article in evaluation.articles {
            print("gold \(article.id): \(article.matched)/\(article.gold) matched, \(article.candidates.count) candidates")
            for claim in article.missed { print("  missed: \(claim.kind) \(claim.systemName) \(claim.count.map(String.init) ?? "?") \(claim.side)") }
            for candidate in article.unmatched {
                print("  extra: \(candidate.kind) \(candidate.system) \(candidate.count) \(candidate.claimantSide?.rawValue ?? "?")")
            }
        }
        print("gold corpus: precision \(evaluation.precision), recall \(evaluation.recall), F1 \(evaluation.f1)")
        #expect(evaluation.goldCount > 10)
        #expect(evaluation.f1 >= 0.9)
    }
}
