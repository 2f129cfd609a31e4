import ClaimsCore
import ClaimsExtraction
import ClaimsStore

/// Stores an article and its candidates in one transaction (`claims log`, `claims demo`):
/// - the same article twice (same URL or same normalised text) adds nothing;
/// - a syndicated copy of a stored story (similar text) becomes a new source whose candidates
///   that repeat the original's claims become citations of those claims, not new claims;
/// - a candidate that asserts what a stored claim asserts (claim identity: same claimant, kind,
///   compatible system, count, event and place, whatever the outlet, wording or language) cites
///   that claim; one that possibly does waits in the review queue as "same as claim N?";
/// - other candidates become claims (`accept`) or wait in the review queue.
///
/// Every citation carries its relay chain ("Republic World citing AP citing Russian Defence
/// Ministry") from the outlet and the agencies the sentence names.
public struct ArticleLogger {
    /// Names resolve through this taxonomy.
    public let taxonomy: Taxonomy
    /// Finds the candidates in an article.
    public let extractor: Extractor

    /// Creates a logger that extracts with `extractor`.
    public init(taxonomy: Taxonomy, extractor: Extractor) {
        self.taxonomy = taxonomy
        self.extractor = extractor
    }

    /// What a log did.
    public struct Summary {
        /// The stored source (the existing one for a duplicate).
        public var sourceID: Int64
        /// The article was already stored: nothing was added.
        public var isDuplicate = false
        /// The stored source this article copies, and the share of shingles in common.
        public var copyOf: (sourceID: Int64, similarity: Double)?
        /// Claims created at once (with `accept`).
        public var claimsCreated: [Int64] = []
        /// Stored claims that received this article as a citation (a syndicated copy's original's
        /// claims, and claims that claim identity matched).
        public var claimsCited: [Int64] = []
        /// Candidates queued as possibly repeating a stored claim: candidate, claim, why unsure.
        public var possibleRepeats: [(candidate: Int64, claim: Int64, why: String)] = []
        /// Claims created although the same claimant gave another figure for the same event:
        /// new claim, stored claim, the two figures (the validator's conflicting-counts finding).
        public var conflicts: [(claim: Int64, stored: Int64, why: String)] = []
        /// Candidates left in the review queue.
        public var queued: [Int64] = []
        /// Candidates queued because they name no claimant (with `accept`).
        public var needClaimant: [Int64] = []
        /// How many candidates the extractor found.
        public var candidateCount = 0
    }

    /// Where an article comes from.
    public struct Metadata {
        /// The article's address.
        public var url: String?
        /// Who published it.
        public var outlet: String?
        /// Its headline.
        public var title: String?
        /// When it was published (dates the candidates).
        public var published: EventTime?
        /// The article's language; `nil` takes the page's own (`<html lang>`), else detects it
        /// from the text.
        public var language: Language?
        /// The actor id of the office whose own post the text is; `nil` takes the office of the
        /// URL's account (`t.me/kpszsu`) or of an outlet that names one (see ``author(url:outlet:taxonomy:)``).
        public var author: String?

        /// Creates metadata (every field optional).
        public init(url: String?, outlet: String?, title: String?, published: EventTime?, language: Language? = nil) {
            self.url = url
            self.outlet = outlet
            self.title = title
            self.published = published
            self.language = language
        }
    }

    /// Extracts candidates from `article` and stores them in one transaction of `ledger`.
    ///
    /// - Parameter accept: Candidates that name their claimant become claims at once.
    /// - Returns: What was stored.
    public func log(_ article: Article, metadata: Metadata, accept: Bool, into ledger: Ledger) throws -> Summary {
        let language = metadata.language ?? extractor.language(code: article.language) ?? extractor.detectLanguage(text: article.text)
        let author = metadata.author ?? Metadata.author(url: metadata.url, outlet: metadata.outlet, taxonomy: taxonomy)
        let candidates = extractor.extract(text: article.text, published: metadata.published?.date, language: language, author: author)
        let shingles = TextFingerprint.shingles(of: article.text)
        let sha = Hashing.textSHA256(article.text)
        return try store {
            try ledger.write { session in
                let reader = session.reader
                if let url = metadata.url, let existing = try reader.source(url: url), let id = existing.id {
                    return Summary(sourceID: id, isDuplicate: true)
                }
                if let existing = try reader.source(textSHA256: sha), let id = existing.id {
                    return Summary(sourceID: id, isDuplicate: true)
                }
                let similar = try reader.sourcesSharingShingles(shingles, minimumShared: 3)
                    .first { TextFingerprint.isCopy(shared: $0.shared, own: shingles.count, other: $0.total) }
                let sourceID = try session.addSource(Source(
                    kind: .article, url: metadata.url, outlet: metadata.outlet, title: metadata.title,
                    published: metadata.published, language: language.rawValue, text: article.text, textSHA256: sha
                )).id
                try session.recordShingles(shingles, sourceID: sourceID)
                var summary = Summary(sourceID: sourceID, candidateCount: candidates.count)
                var remaining = candidates
                var cited = Set<Int64>()
                if let similar {
                    summary.copyOf = (similar.sourceID, Double(similar.shared) / Double(max(1, min(shingles.count, similar.total))))
                    remaining = try attachCopies(
                        candidates, original: similar.sourceID, source: sourceID, outlet: metadata.outlet, session: session,
                        cited: &cited, summary: &summary
                    )
                }
                let matching = ClaimMatching(taxonomy: taxonomy)
                for candidate in remaining {
                    let citation = citation(of: candidate, sourceID: sourceID, outlet: metadata.outlet)
                    if let content = candidate.content {
                        // Claims this log has created or cited take part: a second mention of one of
                        // them in the article (a headline and its sentence) is the same claim again.
                        switch try matching.outcome(for: content, sourceID: nil, reader: reader) {
                        case let .cite(claim):
                            if summary.claimsCreated.contains(claim.id) { continue }
                            if cited.insert(claim.id).inserted {
                                try ClaimMatching.cite(claim, with: [citation], reason: "same claim in source \(sourceID) (claim identity)", session: session)
                                summary.claimsCited.append(claim.id)
                            }
                            continue
                        case let .ask(claim, why):
                            let id = try session.queueCandidate(
                                sourceID: sourceID, content: candidate.canonicalJSON, quote: candidate.quote, start: candidate.start,
                                end: candidate.end, confidence: candidate.confidence, sameAs: claim.id
                            )
                            summary.queued.append(id)
                            summary.possibleRepeats.append((id, claim.id, why))
                            continue
                        case let .conflict(claim, why):
                            if accept {
                                let id = try session.createClaim(content, citations: [citation])
                                summary.claimsCreated.append(id)
                                summary.conflicts.append((id, claim.id, why))
                                continue
                            }
                        case .new:
                            if accept {
                                summary.claimsCreated.append(try session.createClaim(content, citations: [citation]))
                                continue
                            }
                        }
                    }
                    let id = try session.queueCandidate(
                        sourceID: sourceID, content: candidate.canonicalJSON, quote: candidate.quote, start: candidate.start,
                        end: candidate.end, confidence: candidate.confidence
                    )
                    summary.queued.append(id)
                    if accept { summary.needClaimant.append(id) }
                }
                return summary
            }
        }
    }

    /// Matches the copy's candidates with the original's: a candidate the original had accepted
    /// (or a claim citing the original) gets this copy as a new citation; one still pending is
    /// queued as its copy (accepting the original cites both); one rejected is rejected too.
    ///
    /// - Returns: The candidates that are new in the copy.
    private func attachCopies(
        _ candidates: [Candidate], original: Int64, source: Int64, outlet: String?, session: LedgerSession,
        cited: inout Set<Int64>, summary: inout Summary
    ) throws -> [Candidate] {
        let reader = session.reader
        var queued = try reader.candidates(status: nil, sourceID: original).filter { $0.copyOf == nil }
            .compactMap { entry in (try? ReviewQueue.candidate(entry)).map { (entry, $0) } }
        var claims = try reader.claimIDs(citingSource: original).compactMap { try reader.claim(id: $0) }
        var remaining: [Candidate] = []
        func cite(_ claim: LedgerClaim, with candidate: Candidate) throws {
            guard cited.insert(claim.id).inserted else { return }
            try ClaimMatching.cite(
                claim, with: [citation(of: candidate, sourceID: source, outlet: outlet)],
                reason: "syndicated copy: source \(source) repeats source \(original)", session: session
            )
            summary.claimsCited.append(claim.id)
        }
        for candidate in candidates {
            if let position = queued.firstIndex(where: { candidate.makesSameClaim(as: $0.1) }) {
                let entry = queued.remove(at: position).0
                switch entry.status {
                case .accepted:
                    if let claimID = entry.claimID, let claim = try reader.claim(id: claimID) { try cite(claim, with: candidate) }
                case .pending, .rejected:
                    let id = try session.queueCandidate(
                        sourceID: source, content: candidate.canonicalJSON, quote: candidate.quote, start: candidate.start,
                        end: candidate.end, confidence: candidate.confidence, copyOf: entry.id
                    )
                    if entry.status == .rejected {
                        try session.markRejected(candidate: id, reason: "copy of rejected candidate \(entry.id)")
                    } else {
                        summary.queued.append(id)
                    }
                }
                continue
            }
            if let position = claims.firstIndex(where: { candidate.makesSameClaim(as: $0.content) }) {
                try cite(claims.remove(at: position), with: candidate)
                continue
            }
            remaining.append(candidate)
        }
        return remaining
    }

    /// The citation of a candidate's sentence, with its relay chain.
    func citation(of candidate: Candidate, sourceID: Int64, outlet: String?) -> Citation {
        var citation = candidate.citation(sourceID: sourceID)
        citation.relay = RelayChain.text(outlet: outlet, relays: candidate.relays, claimant: candidate.claimant, taxonomy: taxonomy)
        return citation
    }
}
