import ClaimsCore
import GRDB

/// Read access to a ledger snapshot. Obtain one from ``Ledger/read(_:)``; do not keep it.
public struct LedgerReader {
    let db: Database

    // MARK: - Claims

    /// The claim with that id, with all its citations.
    public func claim(id: Int64) throws -> LedgerClaim? {
        var found: LedgerClaim?
        try forEachClaim(matching: nil, ids: [id]) { found = $0 }
        return found
    }

    /// The claims the filter selects, in id order, with their citations.
    public func claims(matching filter: ClaimFilter) throws -> [LedgerClaim] {
        var claims: [LedgerClaim] = []
        try forEachClaim(matching: filter) { claims.append($0) }
        return claims
    }

    /// Streams the claims the filter selects (all when `nil`), in id order, without holding them
    /// all in memory: one pass over claims merged with one pass over citations.
    ///
    /// - Parameters:
    ///   - ids: Restricts the pass to these claim ids.
    ///   - includeCreatedAt: Whether to look up each claim's first revision time (one index lookup
    ///     per claim); without it `createdAt` holds the head revision's time.
    public func forEachClaim(
        matching filter: ClaimFilter?, ids: [Int64]? = nil, includeCreatedAt: Bool = true, _ body: (LedgerClaim) throws -> Void
    ) throws {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let ids {
            conditions.append("c.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(ids)
        }
        if let filter { Self.appendConditions(for: filter, to: &conditions, arguments: &arguments) }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let claims = try Row.fetchCursor(db, sql: """
            SELECT \(RevisionRow.columns("r")), \(includeCreatedAt ? "(SELECT recordedAt FROM revision f WHERE f.claimId = c.id AND f.number = 1)" : "NULL")
            FROM claim c JOIN revision r ON r.seq = c.headRevision
            \(whereClause)
            ORDER BY c.id
            """, arguments: arguments)
        let citationSQL = """
            SELECT ci.claimId, ci.revisionNumber, ci.sourceId, ci.quote, ci.start, ci."end", \(CitationRelay.text("ci")),
                   s.url, s.outlet, s.title, s.published
            FROM citation ci JOIN source s ON s.id = ci.sourceId
            \(ids == nil ? "" : "WHERE ci.claimId IN (\(ids!.map { _ in "?" }.joined(separator: ",")))")
            ORDER BY ci.claimId, ci.id
            """
        let citations = try Row.fetchCursor(db, sql: citationSQL, arguments: ids.map { StatementArguments($0) } ?? StatementArguments())
        var pending: (claimID: Int64, cited: CitedSource)? = try citations.next().map(Self.decodeCitation)
        while let row = try claims.next() {
            let head = try RevisionRow.decode(row)
            var cited: [CitedSource] = []
            while let current = pending, current.claimID <= head.claimID {
                if current.claimID == head.claimID { cited.append(current.cited) }
                pending = try citations.next().map(Self.decodeCitation)
            }
            let createdAt: String = row[RevisionRow.count] ?? head.recordedAt
            try body(LedgerClaim(id: head.claimID, head: head, createdAt: createdAt, citations: cited))
        }
    }

    /// Every revision of a claim, oldest first, each with the citations it added.
    ///
    /// - Throws: ``StoreError/claimNotFound(_:)``.
    public func history(claimID: Int64) throws -> [Revision] {
        var revisions = try Row.fetchAll(db, sql: """
            SELECT \(RevisionRow.columns("r")) FROM revision r WHERE r.claimId = ? ORDER BY r.number
            """, arguments: [claimID]).map { try RevisionRow.decode($0) }
        guard !revisions.isEmpty else { throw StoreError.claimNotFound(claimID) }
        let rows = try Row.fetchAll(db, sql: """
            SELECT ci.revisionNumber, ci.sourceId, ci.quote, ci.start, ci."end", \(CitationRelay.text("ci")) FROM citation ci WHERE ci.claimId = ? ORDER BY ci.id
            """, arguments: [claimID])
        for row in rows {
            let number: Int = row[0]
            guard let index = revisions.firstIndex(where: { $0.number == number }) else { continue }
            revisions[index].addedCitations.append(Citation(sourceID: row[1], quote: row[2], start: row[3], end: row[4], relay: row[5]))
        }
        return revisions
    }

    /// The number of claims (all, including retracted).
    public func claimCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM claim") ?? 0
    }

    /// The hash of the latest revision: the ledger's head, to publish alongside figures.
    public func headHash() throws -> String {
        try String.fetchOne(db, sql: "SELECT \(RevisionHash.text("hash")) FROM revision ORDER BY seq DESC LIMIT 1") ?? Hashing.genesis
    }

    /// The number of revisions.
    public func revisionCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM revision") ?? 0
    }

    // MARK: - Sources

    public func source(id: Int64) throws -> Source? {
        try Row.fetchOne(db, sql: "SELECT \(SourceRow.columns) FROM source WHERE id = ?", arguments: [id]).map(SourceRow.decode)
    }

    public func source(url: String) throws -> Source? {
        try Row.fetchOne(db, sql: "SELECT \(SourceRow.columns) FROM source WHERE url = ?", arguments: [url]).map(SourceRow.decode)
    }

    /// Streams every source in id order.
    public func forEachSource(_ body: (Source) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db, sql: "SELECT \(SourceRow.columns) FROM source ORDER BY id")
        while let row = try cursor.next() { try body(SourceRow.decode(row)) }
    }

    // MARK: - Private

    static func appendConditions(for filter: ClaimFilter, to conditions: inout [String], arguments: inout StatementArguments) {
        func list(_ column: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            conditions.append("\(column) IN (\(values.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(values)
        }
        if !filter.includeRetracted, !filter.statuses.contains(.retracted) {
            conditions.append("r.status <> 'retracted' AND r.mergedInto IS NULL")
        }
        list("r.kind", filter.kinds.map(\.rawValue).sorted())
        list("r.system", filter.systems.sorted())
        list("r.claimant", filter.claimants.sorted())
        list("r.claimantSide", filter.sides.map(\.rawValue).sorted())
        list("r.status", filter.statuses.map(\.rawValue).sorted())
        if let from = filter.from {
            conditions.append("substr(r.eventEnd, 1, 10) >= ?")
            arguments += [from.description]
        }
        if let to = filter.to {
            conditions.append("substr(r.eventEnd, 1, 10) <= ?")
            arguments += [to.description]
        }
    }

    private static func decodeCitation(_ row: Row) -> (claimID: Int64, cited: CitedSource) {
        let citation = Citation(sourceID: row[2], quote: row[3], start: row[4], end: row[5], relay: row[6])
        return (row[0], CitedSource(
            citation: citation, revisionNumber: row[1], url: row[7], outlet: row[8], title: row[9],
            published: (row[10] as String?).flatMap { EventTime($0) }
        ))
    }
}
