import ClaimsCore
import GRDB

/// Reads of the review queue and of source fingerprints.
extension LedgerReader {
    private static let candidateColumns = """
        id, sourceId, content, quote, start, "end", confidence, status, claimId, copyOf, reason, recordedAt, decidedAt, sameAs
        """

    /// Candidates in id order, filtered by status and source.
    public func candidates(status: CandidateStatus? = .pending, sourceID: Int64? = nil) throws -> [QueuedCandidate] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let status {
            conditions.append("status = ?")
            arguments += [status.rawValue]
        }
        if let sourceID {
            conditions.append("sourceId = ?")
            arguments += [sourceID]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try Row.fetchAll(db, sql: "SELECT \(Self.candidateColumns) FROM candidate \(whereClause) ORDER BY id", arguments: arguments)
            .map(Self.decodeCandidate)
    }

    /// Calls `body` with every candidate, whatever its status, in id order (a cursor: memory stays flat).
    public func forEachCandidate(_ body: (QueuedCandidate) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.candidateColumns) FROM candidate ORDER BY id")
        while let row = try rows.next() { try body(Self.decodeCandidate(row)) }
    }

    /// The candidate with that id.
    public func candidate(id: Int64) throws -> QueuedCandidate? {
        try Row.fetchOne(db, sql: "SELECT \(Self.candidateColumns) FROM candidate WHERE id = ?", arguments: [id]).map(Self.decodeCandidate)
    }

    /// The pending candidates of syndicated copies that repeat candidate `id`.
    public func pendingCopies(of id: Int64) throws -> [QueuedCandidate] {
        try Row.fetchAll(db, sql: "SELECT \(Self.candidateColumns) FROM candidate WHERE copyOf = ? AND status = 'pending' ORDER BY id",
                         arguments: [id]).map(Self.decodeCandidate)
    }

    /// The stored source whose normalised text has this SHA-256.
    public func source(textSHA256: String) throws -> Source? {
        try Row.fetchOne(db, sql: "SELECT \(SourceRow.columns) FROM source WHERE textSHA256 = ? ORDER BY id LIMIT 1",
                         arguments: [textSHA256]).map(SourceRow.decode)
    }

    /// Stored sources sharing at least `minimumShared` shingle hashes with `hashes`, most shared
    /// first, with the number of hashes each has.
    public func sourcesSharingShingles(_ hashes: [Int64], minimumShared: Int) throws -> [(sourceID: Int64, shared: Int, total: Int)] {
        guard !hashes.isEmpty else { return [] }
        var shared: [Int64: Int] = [:]
        let statement = try db.cachedStatement(sql: "SELECT sourceId FROM sourceShingle WHERE hash = ?")
        for hash in Set(hashes) {
            let cursor = try Int64.fetchCursor(statement, arguments: [hash])
            while let source = try cursor.next() { shared[source, default: 0] += 1 }
        }
        let totals = try db.cachedStatement(sql: "SELECT count(*) FROM sourceShingle WHERE sourceId = ?")
        var result: [(Int64, Int, Int)] = []
        for (source, count) in shared where count >= minimumShared {
            result.append((source, count, try Int.fetchOne(totals, arguments: [source]) ?? 0))
        }
        return result.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }
    }

    /// The ids of the claims that cite `sourceID`.
    public func claimIDs(citingSource sourceID: Int64) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT DISTINCT claimId FROM citation WHERE sourceId = ? ORDER BY claimId", arguments: [sourceID])
    }

    private static func decodeCandidate(_ row: Row) -> QueuedCandidate {
        QueuedCandidate(
            id: row[0], sourceID: row[1], content: row[2], quote: row[3], start: row[4], end: row[5], confidence: row[6],
            status: CandidateStatus(rawValue: row[7]) ?? .pending, claimID: row[8], copyOf: row[9], reason: row[10],
            recordedAt: row[11], decidedAt: row[12], sameAs: row[13]
        )
    }
}
