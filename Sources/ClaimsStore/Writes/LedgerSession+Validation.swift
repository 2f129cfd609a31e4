import ClaimsCore
import GRDB

/// Validation on every write: per-claim rules before a claim is written (errors refuse it), and
/// the rules that compare claims once the transaction's writes are done (warnings are stored).
extension LedgerSession {
    /// Runs the per-claim rules.
    ///
    /// - Returns: The warnings, or `nil` when there is no validator.
    /// - Throws: ``StoreError/rejected(_:)`` when a rule finds an error.
    func validate(claimID: Int64?, content: ClaimContent, citations: [Citation]) throws -> [Finding]? {
        guard let validator else { return nil }
        var sources: [Int64: SourceFacts] = [:]
        for citation in citations { sources[citation.sourceID] = try facts(ofSource: citation.sourceID) }
        let findings = validator.check(ClaimFacts(id: claimID, content: content, citations: citations, sources: sources))
        if findings.contains(where: { $0.severity == .error }) { throw StoreError.rejected(findings) }
        return findings
    }

    /// Runs the cross-claim rules for the claims this transaction wrote and stores their warnings
    /// (replacing the ones stored before). Called by ``Ledger/write(_:)`` after the body.
    func finishValidation() throws {
        guard let validator, !pendingWarnings.isEmpty else { return }
        let touched = Set(pendingWarnings.keys)
        var index = CrossIndex()
        if touched.count > 2_000 {
            try addAllCurrentClaims(to: &index)
        } else {
            try addClaimsSharingKeys(with: touched, to: &index)
        }
        var stored = pendingWarnings
        for finding in index.findings(taxonomy: validator.taxonomy, only: touched) {
            stored[finding.claim ?? 0, default: []].append(finding)
        }
        let delete = try db.cachedStatement(sql: "DELETE FROM finding WHERE claimId = ?")
        let insert = try db.cachedStatement(sql: """
            INSERT INTO finding (claimId, rule, severity, field, message, fix) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for id in touched.sorted() {
            try delete.execute(arguments: [id])
            for finding in (stored[id] ?? []).sorted(by: Finding.stableOrder) where finding.severity == .warning {
                try insert.execute(arguments: [id, finding.rule.rawValue, finding.severity.rawValue, finding.field, finding.message, finding.fix])
            }
        }
        pendingWarnings.removeAll()
    }

    // MARK: - Private

    private func facts(ofSource id: Int64) throws -> SourceFacts? {
        if let cached = sourceFacts[id] { return cached }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT published, text FROM source WHERE id = ?"), arguments: [id]) else {
            return nil
        }
        let facts = SourceFacts(published: (row[0] as String?).flatMap { EventTime($0) }, text: row[1])
        if sourceFacts.count > 10_000 { sourceFacts.removeAll(keepingCapacity: true) }
        sourceFacts[id] = facts
        return facts
    }

    private static let keyColumns = """
        c.id, r.claimant, r.kind, r.system, r.eventEnd, coalesce(r.place, r.location), r.count, r.status, r.mergedInto
        """

    /// Adds one key row; returns false for rows that take no part.
    private func add(_ row: Row, sources: [Int64], to index: inout CrossIndex) {
        guard let kind = ClaimKind(rawValue: row[2]), let end = (row[4] as String?).flatMap({ EventTime($0) }),
              (row[7] as String) != VerificationStatus.retracted.rawValue, (row[8] as Int64?) == nil
        else { return }
        index.add(id: row[0], claimant: row[1], kind: kind, system: row[3], day: end.date, place: row[5], count: row[6], sources: sources)
    }

    private func addClaimsSharingKeys(with touched: Set<Int64>, to index: inout CrossIndex) throws {
        var seen = Set<Int64>()
        let keyOf = try db.cachedStatement(sql: "SELECT r.claimant, r.kind, r.system, r.eventEnd FROM claim c JOIN revision r ON r.seq = c.headRevision WHERE c.id = ?")
        let sameKey = try db.cachedStatement(sql: """
            SELECT \(Self.keyColumns) FROM claim c JOIN revision r ON r.seq = c.headRevision
            WHERE r.claimant = ? AND r.kind = ? AND r.system = ? AND r.eventEnd >= ? AND r.eventEnd < ?
            """)
        let sourcesOf = try db.cachedStatement(sql: "SELECT DISTINCT sourceId FROM citation WHERE claimId = ?")
        for id in touched.sorted() {
            guard let key = try Row.fetchOne(keyOf, arguments: [id]), let end = key[3] as String? else { continue }
            let day = String(end.prefix(10))
            for row in try Row.fetchAll(sameKey, arguments: [key[0], key[1], key[2], day, day + "~"]) {
                let claimID: Int64 = row[0]
                guard seen.insert(claimID).inserted else { continue }
                add(row, sources: try Int64.fetchAll(sourcesOf, arguments: [claimID]), to: &index)
            }
        }
    }

    private func addAllCurrentClaims(to index: inout CrossIndex) throws {
        let claims = try Row.fetchCursor(db, sql: "SELECT \(Self.keyColumns) FROM claim c JOIN revision r ON r.seq = c.headRevision ORDER BY c.id")
        let citations = try Row.fetchCursor(db, sql: "SELECT claimId, sourceId FROM citation ORDER BY claimId")
        var pending = try citations.next()
        while let row = try claims.next() {
            let id: Int64 = row[0]
            var sources: [Int64] = []
            while let citation = pending, (citation[0] as Int64) <= id {
                if (citation[0] as Int64) == id { sources.append(citation[1]) }
                pending = try citations.next()
            }
            add(row, sources: sources, to: &index)
        }
    }
}
