import ClaimsCore
import GRDB

/// The outcome of ``Ledger/verify()``.
public struct VerificationReport: Sendable {
    /// One thing found wrong, naming the first revision, claim or source concerned.
    public struct Problem: Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public var revisions = 0
    public var claims = 0
    public var sources = 0
    /// The hash of the last revision: publish it with figures; a later `verify` that prints the
    /// same head proves nothing was appended or removed since.
    public var headHash = Hashing.genesis
    /// `PRAGMA integrity_check`'s answer.
    public var integrity = "ok"
    public var problems: [Problem] = []

    public var isValid: Bool { problems.isEmpty && integrity == "ok" }
}

extension Ledger {
    /// Checks SQLite's integrity, every revision's hash and link to its predecessor, every claim's
    /// head pointer and current-claim columns, and every source text against its stored SHA-256.
    ///
    /// - Complexity: One pass over revisions (with their citations) and one over sources.
    public func verify(maximumProblems: Int = 20) throws(StoreError) -> VerificationReport {
        try read { reader in try reader.verify(maximumProblems: maximumProblems) }
    }
}

extension LedgerReader {
    func verify(maximumProblems: Int) throws -> VerificationReport {
        var report = VerificationReport()
        func problem(_ message: String) {
            if report.problems.count < maximumProblems { report.problems.append(.init(message: message)) }
        }
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        report.integrity = integrity.joined(separator: "; ")

        // Sources: text against its hash; fingerprints for the revision pass.
        var fingerprints: [Int64: String] = [:]
        try forEachSource { source in
            report.sources += 1
            if let text = source.text, Hashing.textSHA256(text) != source.textSHA256 {
                problem("source \(source.id ?? 0): its text does not match its stored SHA-256 (changed behind the tool's back)")
            }
            fingerprints[source.id ?? 0] = source.fingerprint
        }

        // Revisions in chain order, each with the citations it added.
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT \(RevisionRow.columns("r")), ci.sourceId, ci.quote, ci.start, ci."end", \(CitationRelay.text("ci"))
            FROM revision r LEFT JOIN citation ci ON ci.claimId = r.claimId AND ci.revisionNumber = r.number
            ORDER BY r.seq, ci.id
            """)
        var writer = JSONWriter(capacity: 2048)
        var previousHash = Hashing.genesis
        var pending: Revision?
        func check(_ revision: Revision) {
            report.revisions += 1
            if revision.previousHash != previousHash {
                problem("revision \(revision.seq) (claim \(revision.claimID), revision \(revision.number)): its link to the previous revision is broken (a revision was removed or altered before it)")
            }
            let computed = revision.computeHash(sourceFingerprint: { fingerprints[$0] }, writer: &writer)
            if computed != revision.hash {
                problem("revision \(revision.seq) (claim \(revision.claimID), revision \(revision.number)): its stored content does not match its hash (changed behind the tool's back)")
            }
            previousHash = revision.hash
            report.headHash = revision.hash
        }
        let citationOffset = RevisionRow.count
        while let row = try cursor.next() {
            let seq: Int64 = row[0]
            if pending?.seq != seq {
                if let done = pending { check(done) }
                pending = try RevisionRow.decode(row)
            }
            if let sourceID: Int64 = row[citationOffset] {
                pending?.addedCitations.append(Citation(
                    sourceID: sourceID, quote: row[citationOffset + 1], start: row[citationOffset + 2],
                    end: row[citationOffset + 3], relay: row[citationOffset + 4]
                ))
            }
        }
        if let done = pending { check(done) }

        // Claims: each head pointer names the claim's latest revision.
        report.claims = try claimCount()
        let badHeads = try Row.fetchAll(db, sql: """
            SELECT c.id, c.headRevision FROM claim c
            WHERE c.headRevision IS NOT (SELECT max(seq) FROM revision r WHERE r.claimId = c.id)
            ORDER BY c.id LIMIT ?
            """, arguments: [maximumProblems])
        for row in badHeads {
            problem("claim \(row[0] as Int64): its head does not point at its latest revision")
        }
        // The current-claim columns on each claim row (what tallies read) against its head revision.
        for id in try Int64.fetchAll(db, sql: ClaimProjection.mismatchSQL, arguments: [maximumProblems]) {
            problem("claim \(id): its current-claim columns differ from its head revision (changed behind the tool's back): tallies would not match the hashed ledger")
        }
        let orphans = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT r.claimId FROM revision r LEFT JOIN claim c ON c.id = r.claimId WHERE c.id IS NULL LIMIT ?
            """, arguments: [maximumProblems])
        for id in orphans { problem("claim \(id): has revisions but its claim row was removed") }
        return report
    }
}
