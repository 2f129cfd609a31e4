import ClaimsCore

/// Scores the extractor against hand-annotated claims (`gold.json`: one object per article with
/// `id`, `file`, `published`, optional `language` and `claims`, each with `kind`, `system`,
/// `category`, `count`, `count_text`, `launched`, `side` and `quote`).
///
/// Matching, one candidate per gold claim:
/// - the kind is equal;
/// - the system is the same taxonomy id, or, where the gold names a generic or combined system
///   ("unspecified drone", "... (combined count)"), a generic id of the same category;
/// - the count is equal, or, where the gold's `count_text` is approximate or bounded ("more than
///   70", "about 50", "up to 17"), equal to the candidate's lower or upper bound;
/// - the claimant's side is equal ("other" is "third-party");
/// - `launched` is equal where the gold gives it.
///
/// A gold system name the taxonomy cannot resolve does not stop the evaluation: that claim can
/// never be matched, it counts as missed, and its name is listed in ``unresolvedNames``.
public struct GoldEvaluation: Sendable {
    /// One hand-annotated claim.
    public struct GoldClaim: Sendable, Equatable {
        public var kind: ClaimKind
        /// The gold's system name as written ("Kalibr", "unspecified drone").
        public var systemName: String
        /// The taxonomy id the name resolves to, or `nil` when it does not resolve.
        public var system: String?
        /// The taxonomy categories a generic candidate may have to stand for this claim; empty
        /// when the gold names a specific system.
        public var genericCategories: Set<String>
        public var count: Int?
        /// Whether the gold count is approximate or bounded ("more than 70"): then it matches a
        /// candidate's lower or upper bound.
        public var countIsBound: Bool
        public var launched: Int?
        public var side: Side
        public var quote: String

        public init(
            kind: ClaimKind, systemName: String, system: String?, genericCategories: Set<String> = [], count: Int?,
            countIsBound: Bool = false, launched: Int? = nil, side: Side, quote: String = ""
        ) {
            self.kind = kind
            self.systemName = systemName
            self.system = system
            self.genericCategories = genericCategories
            self.count = count
            self.countIsBound = countIsBound
            self.launched = launched
            self.side = side
            self.quote = quote
        }

        /// Whether `candidate` makes this claim.
        ///
        /// - Parameter taxonomy: Where a generic candidate's category is looked up.
        public func isMatched(by candidate: Candidate, taxonomy: Taxonomy) -> Bool {
            guard candidate.kind == kind, candidate.claimantSide == side else { return false }
            if let launched, candidate.launched != launched { return false }
            guard matchesCount(candidate.count) else { return false }
            if let system, candidate.system == system { return true }
            guard !genericCategories.isEmpty, let weapon = taxonomy.weapon(id: candidate.system),
                weapon.kind == .generic
            else { return false }
            return genericCategories.contains(weapon.category)
        }

        func matchesCount(_ candidate: ClaimCount) -> Bool {
            guard let count else { return candidate.exact == nil }
            if candidate.exact == count { return true }
            return countIsBound && (candidate.minimum == count || candidate.maximum == count)
        }
    }

    /// One annotated article.
    public struct GoldArticle: Sendable {
        public var id: String
        /// The article's path relative to the gold file's folder.
        public var file: String
        public var published: CalendarDate?
        /// The article's language code ("en" when the gold does not say).
        public var language: String
        public var claims: [GoldClaim]
    }

    /// The score of one article.
    public struct ArticleScore: Sendable {
        public var id: String
        public var language: String
        public var candidates: [Candidate]
        public var missed: [GoldClaim]
        public var unmatched: [Candidate]
        /// The gold claims that found their candidate.
        public var hits: [GoldClaim]
        public var gold: Int
        public var matched: Int
    }

    /// Precision, recall and F1 over one slice (a kind, a language, the whole file).
    public struct Figures: Sendable, Equatable {
        public var gold = 0
        public var candidates = 0
        public var matched = 0

        public var precision: Double { candidates == 0 ? 0 : Double(matched) / Double(candidates) }
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public var articles: [ArticleScore]
    /// Gold system names the taxonomy could not resolve (their claims count as missed).
    public var unresolvedNames: [String]

    public init(articles: [ArticleScore], unresolvedNames: [String] = []) {
        self.articles = articles
        self.unresolvedNames = unresolvedNames
    }

    public var matched: Int { articles.reduce(0) { $0 + $1.matched } }
    public var goldCount: Int { articles.reduce(0) { $0 + $1.gold } }
    public var candidateCount: Int { articles.reduce(0) { $0 + $1.candidates.count } }
    public var precision: Double { total.precision }
    public var recall: Double { total.recall }
    public var f1: Double { total.f1 }

    /// The figures over every article.
    public var total: Figures { Figures(gold: goldCount, candidates: candidateCount, matched: matched) }

    /// The figures per claim kind.
    public var byKind: [(kind: ClaimKind, figures: Figures)] {
        ClaimKind.allCases.map { kind in
            var figures = Figures()
            for article in articles {
                figures.gold += article.hits.count(where: { $0.kind == kind }) + article.missed.count(where: { $0.kind == kind })
                figures.candidates += article.candidates.count(where: { $0.kind == kind })
                figures.matched += article.hits.count(where: { $0.kind == kind })
            }
            return (kind, figures)
        }
    }

    /// The figures per article language, in alphabetical order of the codes.
    public var byLanguage: [(language: String, figures: Figures)] {
        var figures: [String: Figures] = [:]
        for article in articles {
            figures[article.language, default: Figures()].gold += article.gold
            figures[article.language, default: Figures()].candidates += article.candidates.count
            figures[article.language, default: Figures()].matched += article.matched
        }
        return figures.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    // MARK: - Loading

    /// Reads `gold.json`.
    ///
    /// - Returns: The articles, and the system names the taxonomy could not resolve (their claims
    ///   stay in the articles with `system == nil`).
    /// - Throws: ``ClaimsError`` naming the article and field that is malformed.
    public static func load(
        goldJSON: String, taxonomy: Taxonomy
    ) throws(ClaimsError) -> (articles: [GoldArticle], unresolved: [String]) {
        let root: JSONValue
        do { root = try JSONParser.parse(goldJSON) } catch { throw .invalidField("gold", "not JSON: \(error)") }
        guard let items = root.arrayValue else { throw .invalidField("gold", "expected an array of articles") }
        var articles: [GoldArticle] = []
        var unresolved: [String] = []
        for item in items {
            guard let id = item["id"]?.stringValue, let file = item["file"]?.stringValue else {
                throw .invalidField("gold", "every article needs \"id\" and \"file\"")
            }
            var claims: [GoldClaim] = []
            for claim in item["claims"]?.arrayValue ?? [] {
                guard let kindText = claim["kind"]?.stringValue, let kind = ClaimKind(rawValue: kindText) else {
                    throw .invalidField("\(id).kind", "expected strike, intercept or launch")
                }
                guard let sideText = claim["side"]?.stringValue, let side = Side(goldName: sideText) else {
                    throw .invalidField("\(id).side", "expected russia, ukraine, third-party or other")
                }
                guard let systemName = claim["system"]?.stringValue else { throw .invalidField("\(id).system", "is required") }
                let category = claim["category"]?.stringValue
                let system = resolve(systemName, taxonomy: taxonomy)
                var generic = Set<String>()
                if isGenericOrCombined(systemName) || system.flatMap({ taxonomy.weapon(id: $0) })?.kind == .generic {
                    let categoryName = category ?? system.flatMap { taxonomy.weapon(id: $0)?.category } ?? ""
                    generic = categories(forGold: categoryName)
                }
                if system == nil && generic.isEmpty && !unresolved.contains(systemName) { unresolved.append(systemName) }
                let countText = claim["count_text"]?.stringValue
                claims.append(GoldClaim(
                    kind: kind, systemName: systemName, system: system, genericCategories: generic,
                    count: claim["count"]?.intValue, countIsBound: countText.map(isBound) ?? false,
                    launched: claim["launched"]?.intValue, side: side, quote: claim["quote"]?.stringValue ?? ""
                ))
            }
            articles.append(GoldArticle(
                id: id, file: file, published: item["published"]?.stringValue.flatMap { CalendarDate($0) },
                language: item["language"]?.stringValue ?? "en", claims: claims
            ))
        }
        return (articles, unresolved)
    }

    /// The taxonomy id of a gold system name: the name itself, or the combined group its parts
    /// name ("GMLRS/Vilkha rockets (combined count)", "Kh-59/69").
    static func resolve(_ name: String, taxonomy: Taxonomy) -> String? {
        var name = name
        let marker = "(combined count)"
        if name.hasSuffix(marker) { name = String(name.dropLast(marker.count)) }
        name = String(name.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        if let id = try? taxonomy.resolveSystem(name) { return id }
        // "A/B/C rockets": every part a system of its own.
        let pieces = name.split(separator: "/").map { piece in
            String(piece.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        }
        guard pieces.count > 1 else { return nil }
        var members: [String] = []
        var previous = ""
        for piece in pieces {
            var part = piece
            if part.allSatisfy({ $0.isNumber }), let dash = previous.lastIndex(of: "-") {
                part = String(previous[...dash]) + part  // "Kh-59/69" → "Kh-69"
            }
            guard let id = taxonomy.lookUpSystem(part) else { return nil }
            members.append(id)
            previous = part
        }
        return SystemReference(members: members).description
    }

    static func isGenericOrCombined(_ name: String) -> Bool {
        let folded = name.lowercased()
        return folded.hasPrefix("unspecified") || folded.contains("combined count") || folded.contains("unidentified")
    }

    /// Whether a gold count text is approximate or bounded ("more than 70", "about 50").
    static func isBound(_ countText: String) -> Bool {
        guard let count = CountWords.parse(countText) else { return false }
        switch count.qualifier {
        case .atLeast, .upTo, .about, .range: return true
        case .exact, .unknown: return false
        }
    }

    /// The taxonomy categories whose generic entries stand for a gold category.
    static func categories(forGold category: String) -> Set<String> {
        switch category {
        case "drone": ["drone", "strike-drone", "loitering-munition", "reconnaissance-drone", "combat-drone"]
        case "cruise missile": ["cruise-missile"]
        case "ballistic missile": ["ballistic-missile"]
        case "aeroballistic missile": ["aeroballistic-missile"]
        case "hypersonic missile": ["hypersonic-missile"]
        case "anti-ship missile": ["anti-ship-missile"]
        case "anti-radiation missile": ["anti-radiation-missile"]
        case "surface-to-air missile": ["surface-to-air-missile"]
        case "rocket": ["rocket"]
        case "guided bomb": ["guided-bomb", "aerial-bomb"]
        case "artillery shell": ["artillery"]
        case "aircraft": ["aircraft"]
        case "unspecified missile": ["missile"]
        case "other": ["aerial-target", "naval-drone"]
        default: [category]  // a taxonomy category id
        }
    }

    // MARK: - Scoring

    /// Runs the extractor over every article and matches its candidates one to one with the gold claims.
    public static func score(
        _ articles: [GoldArticle], unresolved: [String] = [], taxonomy: Taxonomy, extractor: Extractor,
        language: Language? = nil, text: (GoldArticle) throws -> String
    ) rethrows -> GoldEvaluation {
        var scores: [ArticleScore] = []
        for article in articles {
            let candidates = extractor.extract(text: try text(article), published: article.published, language: language)
            var unmatched = candidates
            var missed: [GoldClaim] = []
            var hits: [GoldClaim] = []
            for claim in article.claims {
                if let position = unmatched.firstIndex(where: { claim.isMatched(by: $0, taxonomy: taxonomy) }) {
                    unmatched.remove(at: position)
                    hits.append(claim)
                } else {
                    missed.append(claim)
                }
            }
            scores.append(ArticleScore(
                id: article.id, language: article.language, candidates: candidates, missed: missed,
                unmatched: unmatched, hits: hits, gold: article.claims.count, matched: hits.count
            ))
        }
        return GoldEvaluation(articles: scores, unresolvedNames: unresolved)
    }
}

extension Side {
    /// A gold file's side name: the raw values, and "other" for third parties.
    init?(goldName: String) {
        if goldName == "other" { self = .thirdParty } else { self.init(rawValue: goldName) }
    }
}
