import ClaimsCore

/// Scores the extractor against hand-annotated claims (`gold.json`: one object per article with
/// `id`, `file`, `published` and `claims`, each with `kind`, `system`, `count`, `launched`, `side`).
///
/// A candidate matches a gold claim when kind, system id, count and claimant side agree, and
/// `launched` too where the gold claim gives it. Gold system names ("Kalibr", "AGM-88 HARM",
/// "unspecified drone") are resolved through the taxonomy.
public struct GoldEvaluation: Sendable {
    /// One hand-annotated claim.
    public struct GoldClaim: Sendable, Equatable {
        public var kind: ClaimKind
        public var system: String
        public var count: Int?
        public var launched: Int?
        public var side: Side
        public var quote: String

        /// Whether `candidate` makes this claim.
        public func isMatched(by candidate: Candidate) -> Bool {
            candidate.kind == kind && candidate.system == system && candidate.count.exact == count
                && candidate.claimantSide == side && (launched == nil || candidate.launched == launched)
        }
    }

    /// One annotated article.
    public struct GoldArticle: Sendable {
        public var id: String
        /// The article's path relative to the gold file's folder.
        public var file: String
        public var published: CalendarDate?
        public var claims: [GoldClaim]
    }

    /// The score of one article.
    public struct ArticleScore: Sendable {
        public var id: String
        public var candidates: [Candidate]
        public var missed: [GoldClaim]
        public var unmatched: [Candidate]
        public var gold: Int
        public var matched: Int
    }

    public var articles: [ArticleScore]

    public var matched: Int { articles.reduce(0) { $0 + $1.matched } }
    public var goldCount: Int { articles.reduce(0) { $0 + $1.gold } }
    public var candidateCount: Int { articles.reduce(0) { $0 + $1.candidates.count } }
    public var precision: Double { candidateCount == 0 ? 0 : Double(matched) / Double(candidateCount) }
    public var recall: Double { goldCount == 0 ? 0 : Double(matched) / Double(goldCount) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Reads `gold.json`.
    ///
    /// - Throws: ``ClaimsError`` naming the article and field that is wrong, or a system name the
    ///   taxonomy does not know.
    public static func load(goldJSON: String, taxonomy: Taxonomy) throws(ClaimsError) -> [GoldArticle] {
        let root: JSONValue
        do { root = try JSONParser.parse(goldJSON) } catch { throw .invalidField("gold", "not JSON: \(error)") }
        guard let items = root.arrayValue else { throw .invalidField("gold", "expected an array of articles") }
        var articles: [GoldArticle] = []
        for item in items {
            guard let id = item["id"]?.stringValue, let file = item["file"]?.stringValue else {
                throw .invalidField("gold", "every article needs \"id\" and \"file\"")
            }
            var claims: [GoldClaim] = []
            for claim in item["claims"]?.arrayValue ?? [] {
                guard let kindText = claim["kind"]?.stringValue, let kind = ClaimKind(rawValue: kindText) else {
                    throw .invalidField("\(id).kind", "expected strike, intercept or launch")
                }
                guard let sideText = claim["side"]?.stringValue, let side = Side(rawValue: sideText) else {
                    throw .invalidField("\(id).side", "expected russia, ukraine or third-party")
                }
                guard let systemName = claim["system"]?.stringValue else { throw .invalidField("\(id).system", "is required") }
                claims.append(GoldClaim(
                    kind: kind, system: try taxonomy.resolveSystem(systemName), count: claim["count"]?.intValue,
                    launched: claim["launched"]?.intValue, side: side, quote: claim["quote"]?.stringValue ?? ""
                ))
            }
            articles.append(GoldArticle(
                id: id, file: file, published: item["published"]?.stringValue.flatMap { CalendarDate($0) }, claims: claims
            ))
        }
        return articles
    }

    /// Runs the extractor over every article and matches its candidates one to one with the gold claims.
    public static func score(
        _ articles: [GoldArticle], extractor: Extractor, text: (GoldArticle) throws -> String
    ) rethrows -> GoldEvaluation {
        var scores: [ArticleScore] = []
        for article in articles {
            let candidates = extractor.extract(text: try text(article), published: article.published)
            var unmatched = candidates
            var missed: [GoldClaim] = []
            for claim in article.claims {
                if let position = unmatched.firstIndex(where: claim.isMatched(by:)) {
                    unmatched.remove(at: position)
                } else {
                    missed.append(claim)
                }
            }
            scores.append(ArticleScore(
                id: article.id, candidates: candidates, missed: missed, unmatched: unmatched,
                gold: article.claims.count, matched: article.claims.count - missed.count
            ))
        }
        return GoldEvaluation(articles: scores)
    }
}
