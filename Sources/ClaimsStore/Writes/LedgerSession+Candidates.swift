import ClaimsCore
import GRDB

/// Writes of the review queue and of source fingerprints. Accepting a candidate creates its claim
/// through ``LedgerSession/createClaim(_:citations:action:reason:)``, so it enters the hash chain;
/// the queue itself is working state outside the chain.
extension LedgerSession {
    /// Puts a candidate in the review queue.
    ///
    /// - Parameters:
    ///   - copyOf: For a syndicated copy: the original's candidate it repeats.
    ///   - sameAs: A stored claim the candidate possibly repeats ("same as claim N?").
    /// - Returns: The candidate id.
    /// - Throws: ``StoreError/sourceNotFound(_:)``.
    @discardableResult
    public func queueCandidate(
        sourceID: Int64, content: String, quote: String, start: Int?, end: Int?, confidence: Double, copyOf: Int64? = nil,
        sameAs: Int64? = nil
    ) throws -> Int64 {
        guard try fingerprint(ofSource: sourceID) != nil else { throw StoreError.sourceNotFound(sourceID) }
        try db.cachedStatement(sql: """
            INSERT INTO candidate (sourceId, content, quote, start, "end", confidence, status, copyOf, sameAs, recordedAt)
            VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)
            """).execute(arguments: [sourceID, content, quote, start, end, confidence, copyOf, sameAs, clock.timestamp()])
        return db.lastInsertedRowID
    }

    /// Marks a pending candidate accepted as `claimID`.
    ///
    /// - Throws: ``StoreError/refused(_:)`` when it does not exist or was already decided.
    public func markAccepted(candidate id: Int64, claimID: Int64) throws {
        try decide(id, status: .accepted, claimID: claimID, reason: nil)
    }

    /// Marks a pending candidate rejected.
    ///
    /// - Throws: ``StoreError/refused(_:)`` when it does not exist or was already decided.
    public func markRejected(candidate id: Int64, reason: String?) throws {
        try decide(id, status: .rejected, claimID: nil, reason: reason)
    }

    /// Inserts a candidate as exported, keeping its id (a restore) or giving it a new one, unless
    /// the same candidate (source, span, quote and content) is already queued.
    ///
    /// - Returns: The candidate's id in this ledger and whether it was added now.
    func insertCandidate(_ candidate: QueuedCandidate, keepingID: Bool) throws -> (id: Int64, isNew: Bool) {
        if !keepingID, let existing = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT id FROM candidate WHERE sourceId = ? AND start IS ? AND "end" IS ? AND quote = ? AND content = ? ORDER BY id LIMIT 1
            """), arguments: [candidate.sourceID, candidate.start, candidate.end, candidate.quote, candidate.content]) {
            return (existing, false)
        }
        try db.cachedStatement(sql: """
            INSERT INTO candidate (id, sourceId, content, quote, start, "end", confidence, status, claimId, copyOf, reason, recordedAt, decidedAt, sameAs)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                keepingID ? candidate.id : nil, candidate.sourceID, candidate.content, candidate.quote, candidate.start, candidate.end,
                candidate.confidence, candidate.status.rawValue, candidate.claimID, candidate.copyOf, candidate.reason,
                candidate.recordedAt, candidate.decidedAt, candidate.sameAs,
            ])
        return (db.lastInsertedRowID, true)
    }

    /// Stores the sampled shingle hashes of a source's text.
    ///
    /// - Complexity: One cached insert per hash, in the current transaction.
    public func recordShingles(_ hashes: [Int64], sourceID: Int64) throws {
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO sourceShingle (hash, sourceId) VALUES (?, ?)")
        for hash in hashes { try statement.execute(arguments: [hash, sourceID]) }
    }

    private func decide(_ id: Int64, status: CandidateStatus, claimID: Int64?, reason: String?) throws {
        guard let current = try String.fetchOne(db, sql: "SELECT status FROM candidate WHERE id = ?", arguments: [id]) else {
            throw StoreError.refused("candidate \(id) does not exist: see `claims review`")
        }
        guard current == CandidateStatus.pending.rawValue else {
            throw StoreError.refused("candidate \(id) was already \(current): see `claims review --status all`")
        }
        try db.cachedStatement(sql: "UPDATE candidate SET status = ?, claimId = ?, reason = ?, decidedAt = ? WHERE id = ?")
            .execute(arguments: [status.rawValue, claimID, reason, clock.timestamp(), id])
    }
}
