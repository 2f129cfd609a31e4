import ClaimsCore
import GRDB

extension Ledger {
    /// Runs every rule over the whole ledger's current claims (retracted and merged ones aside).
    ///
    /// - Returns: The findings in a stable order (by claim, then errors first).
    /// - Complexity: One pass over claims and citations; cross-claim rules use an index, never
    ///   pairwise comparison across the ledger.
    public func validateAll(with validator: Validator) throws(StoreError) -> [Finding] {
        try read { reader in
            var findings: [Finding] = []
            var index = CrossIndex()
            var sources: [Int64: SourceFacts] = [:]
            let sourceStatement = try reader.db.cachedStatement(sql: "SELECT published, text FROM source WHERE id = ?")
            try reader.forEachClaim(matching: ClaimFilter(), includeCreatedAt: false) { claim in
                var facts: [Int64: SourceFacts] = [:]
                for cited in claim.citations {
                    let id = cited.citation.sourceID
                    if let known = sources[id] {
                        facts[id] = known
                    } else if let row = try Row.fetchOne(sourceStatement, arguments: [id]) {
                        let fact = SourceFacts(published: (row[0] as String?).flatMap { EventTime($0) }, text: row[1])
                        if sources.count > 10_000 { sources.removeAll(keepingCapacity: true) }
                        sources[id] = fact
                        facts[id] = fact
                    }
                }
                let citations = claim.citations.map(\.citation)
                findings += validator.check(ClaimFacts(id: claim.id, content: claim.content, citations: citations, sources: facts))
                index.add(id: claim.id, content: claim.content, sources: citations.map(\.sourceID))
            }
            findings += index.findings(taxonomy: validator.taxonomy)
            return findings.sorted(by: Finding.stableOrder)
        }
    }
}

extension LedgerReader {
    /// The warnings stored when the claim was last written, in ``Finding/stableOrder(_:_:)``.
    public func storedFindings(claimID: Int64) throws -> [Finding] {
        try Row.fetchAll(db, sql: """
            SELECT f.rule, f.field, f.message, t.text FROM finding f JOIN findingText t ON t.id = f.fixId WHERE f.claimId = ?
            """, arguments: [claimID])
            .compactMap { row in
                guard let rule = RuleID(rawValue: row[0]) else { return nil }
                return Finding(rule: rule, claim: claimID, field: row[1], message: row[2], fix: row[3])
            }
            .sorted(by: Finding.stableOrder)
    }
}

extension LedgerSession {
    /// Folds `duplicate` into `keep`: the duplicate's citations are attached to `keep` (a `merge`
    /// revision) and the duplicate gets a `merge` revision pointing at `keep`, so it no longer counts.
    ///
    /// - Throws: ``StoreError/refused(_:)`` for a claim merged into itself, or a retracted or
    ///   already merged claim; ``StoreError/claimNotFound(_:)``.
    public func merge(keep: Int64, duplicate: Int64, reason: String?) throws {
        guard keep != duplicate else { throw StoreError.refused("a claim cannot be merged into itself: give two different ids") }
        guard let kept = try reader.claim(id: keep) else { throw StoreError.claimNotFound(keep) }
        guard let dropped = try reader.claim(id: duplicate) else { throw StoreError.claimNotFound(duplicate) }
        for claim in [kept, dropped] where !claim.content.isCounted {
            throw StoreError.refused("claim \(claim.id) is \(claim.content.mergedInto != nil ? "already merged" : "retracted"): only current claims can be merged")
        }
        let present = Set(kept.citations.map { "\($0.citation.sourceID)\u{1F}\($0.citation.quote)" })
        let moved = dropped.citations.map(\.citation).filter { !present.contains("\($0.sourceID)\u{1F}\($0.quote)") }
        let note = reason ?? "merged claim \(duplicate) into \(keep)"
        try revise(claimID: keep, content: kept.content, action: .merge, reason: note, addingCitations: moved)
        var folded = dropped.content
        folded.mergedInto = keep
        try revise(claimID: duplicate, content: folded, action: .merge, reason: note)
    }
}
