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

    /// Runs the cross-claim rules for the claims written since the last call and stores their
    /// warnings (replacing the ones stored before; a new claim keeps its per-claim warnings,
    /// stored as it was written). Called by ``Ledger/write(_:)`` after the body, and by imports.
    /// After it, every claim so far counts as settled.
    func finishValidation() throws {
        guard let validator, !pendingWarnings.isEmpty else { return }
        defer { settle() }
        if pendingWarnings.count > 2_000 || startedEmpty {
            // A bulk import, or a ledger whose claims are all new: the whole ledger, one key group
            // at a time, so memory stays flat.
            try finishValidationInGroups(taxonomy: validator.taxonomy)
            return
        }
        let ids = pendingWarnings.ids
        let touched = Set(ids)
        var index = CrossIndex()
        try addClaimsSharingKeys(with: touched, to: &index)
        var cross: [Int64: [Finding]] = [:]
        for finding in index.findings(taxonomy: validator.taxonomy, only: touched) {
            cross[finding.claim ?? 0, default: []].append(finding)
        }
        let findings = try FindingStore(self)
        for id in ids { try findings.replace(id, with: pendingWarnings.warnings(of: id) + (cross[id] ?? [])) }
    }

    /// After the warnings are stored: every claim so far is settled, and writes that follow
    /// start a new pending set.
    private func settle() {
        lastSettledClaimID = max(lastSettledClaimID, pendingWarnings.lastID)
        pendingWarnings = PendingWarnings(firstNewID: lastSettledClaimID + 1)
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

    /// (The per-key lookup in `addClaimsSharingKeys` lists the same columns from `revision` alone.)
    private static let keyColumns = """
        c.id, r.claimant, r.kind, r.system, r.eventEnd, coalesce(r.place, r.location), r.count, r.status, r.mergedInto, r.eventStart, r.launched
        """

    /// Adds one key row; returns false for rows that take no part.
    private func add(_ row: Row, sources: [Int64], to index: inout CrossIndex) {
        guard let kind = ClaimKind(rawValue: row[2]), let end = (row[4] as String?).flatMap({ EventTime($0) }),
              (row[7] as String) != VerificationStatus.retracted.rawValue, (row[8] as Int64?) == nil
        else { return }
        let start = (row[9] as String?).flatMap { EventTime($0) }
        index.add(id: row[0], claimant: row[1], kind: kind, system: row[3], day: end.date, place: row[5], count: row[6], sources: sources,
                  launched: row[10], window: start.map { EventWindow(start: $0, end: end) })
    }

    private func addClaimsSharingKeys(with touched: Set<Int64>, to index: inout CrossIndex) throws {
        var seen = Set<Int64>()
        let keyOf = try db.cachedStatement(sql: "SELECT r.claimant, r.kind, r.system, r.eventEnd FROM claim c JOIN revision r ON r.seq = c.headRevision WHERE c.id = ?")
        let sameKey = try db.cachedStatement(sql: """
            SELECT r.claimId, r.claimant, r.kind, r.system, r.eventEnd, coalesce(r.place, r.location), r.count, r.status,
                   r.mergedInto, r.eventStart, r.launched
            FROM revision r
            WHERE r.claimant = ? AND r.kind = ? AND r.system = ? AND r.eventEnd >= ? AND r.eventEnd < ?
              AND r.seq = (SELECT headRevision FROM claim WHERE id = r.claimId)
            """)  // (joining `claim` made SQLite scan it per key row: 0.14 s against 0.003 s per key in a 200,000-claim ledger)
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

    /// The cross-claim rules over every current claim, read in key order (claimant, kind, system,
    /// event end) so that each (claimant, kind, system, day) group is checked and its warnings
    /// stored before the next is read: the same findings as one `CrossIndex` over the whole ledger,
    /// in memory bounded by the largest group rather than by the ledger (the whole index and its
    /// findings took a gigabyte for a million-claim import). SQLite reads the claims in id order,
    /// with their sources, and sorts them (spilling to temporary files), which is much faster than
    /// following the `revision_on_key` index row by row. Rows are read in place through the C API
    /// (``DirectQuery``): copying a million GRDB rows was a third of this pass.
    ///
    /// - Complexity: One pass over the current claims and citations, and a sort.
    private func finishValidationInGroups(taxonomy: Taxonomy) throws {
        // The sort's memory comes on top of the page cache: shrink the cache for this pass.
        let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -16384")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
        let findings = try FindingStore(self)
        let pending = pendingWarnings
        var storedCount = 0
        func store(_ id: Int64, _ cross: [Finding]) throws {
            try findings.replace(id, with: cross.isEmpty ? pending.warnings(of: id) : pending.warnings(of: id) + cross)
            storedCount += 1
        }
        var group: [KeyRow] = []
        var groupKey: GroupKey?
        func flush() throws {
            defer { group.removeAll(keepingCapacity: true) }
            let touched = Set(group.lazy.map(\.id).filter { pending.contains($0) })
            guard !touched.isEmpty else { return }
            var found: [Int64: [Finding]] = [:]
            if group.count > 1 {
                var index = CrossIndex()
                for member in group { member.add(to: &index) }
                for finding in index.findings(taxonomy: taxonomy, only: touched) { found[finding.claim ?? 0, default: []].append(finding) }
            }
            for id in touched.sorted() { try store(id, found[id] ?? []) }
        }
        // The unary `+` keeps SQLite from following revision_on_key: a scan and a sort are faster.
        let rows = try DirectQuery(db, sql: """
            SELECT \(Self.keyColumns), (SELECT group_concat(ci.sourceId) FROM citation ci WHERE ci.claimId = c.id)
            FROM claim c JOIN revision r ON r.seq = c.headRevision
            ORDER BY +r.claimant, +r.kind, +r.system, +r.eventEnd
            """)
        try rows.forEach { columns in
            let end = columns.text(4).flatMap { EventTime($0) }
            let key = GroupKey(claimant: columns.text(1) ?? "", kind: columns.text(2) ?? "", system: columns.text(3) ?? "", day: end?.date)
            if key != groupKey {
                try flush()
                groupKey = key
            }
            group.append(KeyRow(columns, end: end))
        }
        try flush()
        // Every claim has a head revision, so the scan met every pending claim once.
        guard storedCount == pending.count else {
            throw StoreError.database("the cross-claim pass met \(storedCount) of the \(pending.count) claims written: a claim has no head revision")
        }
    }

    /// One `keyColumns` row (and its sources) of the grouped pass.
    private struct KeyRow {
        var id: Int64
        var claimant: String
        var kind: ClaimKind?
        var system: String
        var end: EventTime?
        var place: String?
        var count: Int?
        var counted: Bool
        var start: EventTime?
        var launched: Int?
        var sources: [Int64]

        init(_ columns: DirectQuery.Columns, end: EventTime?) {
            id = Int64(columns.int(0) ?? 0)
            claimant = columns.text(1) ?? ""
            kind = columns.text(2).flatMap { ClaimKind(rawValue: $0) }
            system = columns.text(3) ?? ""
            self.end = end
            place = columns.text(5)
            count = columns.int(6)
            counted = columns.text(7) != VerificationStatus.retracted.rawValue && columns.int(8) == nil
            start = columns.text(9).flatMap { EventTime($0) }
            launched = columns.int(10)
            // group_concat(DISTINCT) cost a fifth of the query: duplicates are removed here.
            sources = columns.text(11).map { $0.split(separator: ",").compactMap { Int64($0) } } ?? []
            if sources.count > 1 { sources = Array(Set(sources)).sorted() }
        }

        /// Adds the claim to `index` unless it takes no part (retracted, merged, undated).
        func add(to index: inout CrossIndex) {
            guard let kind, let end, counted else { return }
            index.add(id: id, claimant: claimant, kind: kind, system: system, day: end.date, place: place, count: count,
                      sources: sources, launched: launched, window: start.map { EventWindow(start: $0, end: end) })
        }
    }

    /// The (claimant, kind, system, day) of a `keyColumns` row.
    private struct GroupKey: Equatable {
        var claimant: String
        var kind: String
        var system: String
        var day: CalendarDate?
    }
}

/// Replaces the stored warnings of claims: deletes what a settled claim had (claims created since
/// the last validation have only their per-claim warnings stored, which stay) and inserts the
/// given warnings.
private struct FindingStore {
    private let session: LedgerSession
    private let delete: Statement
    private let insert: DirectInsert
    private let lastSettledClaimID: Int64

    init(_ session: LedgerSession) throws {
        self.session = session
        delete = try session.db.cachedStatement(sql: "DELETE FROM finding WHERE claimId = ?")
        insert = try DirectInsert(session.db, sql: FindingRows.insertSQL)
        lastSettledClaimID = session.lastSettledClaimID
    }

    func replace(_ id: Int64, with findings: [Finding]) throws {
        if id <= lastSettledClaimID { try delete.execute(arguments: [id]) }
        try FindingRows.insert(findings, claim: id, using: insert, session: session)
    }
}

/// Rows of the `finding` table: a warning's rule, field and message, and its fix as the id of a
/// `findingText` row (a rule's fix is mostly the same words for every claim: stored once). The
/// severity is the rule's (``RuleID/severity``): only warnings are stored.
enum FindingRows {
    static let insertSQL = "INSERT INTO finding (claimId, rule, field, message, fixId) VALUES (?, ?, ?, ?, ?)"

    /// Inserts a claim's warnings (errors refuse a write, so they are never stored), in
    /// ``Finding/stableOrder(_:_:)``.
    ///
    /// - Throws: `DatabaseError`.
    static func insert(_ findings: [Finding], claim id: Int64, using statement: DirectInsert, session: LedgerSession) throws {
        for finding in findings.sorted(by: Finding.stableOrder) where finding.severity == .warning {
            let fix = try session.findingTextID(finding.fix)
            try statement.run { row in
                row.int(id)
                row.text(finding.rule.rawValue)
                row.text(finding.field)
                row.text(finding.message)
                row.int(fix)
            }
        }
    }
}

extension LedgerSession {
    /// The id of the `findingText` row holding `text`, added when new (cached for the transaction).
    ///
    /// - Throws: `DatabaseError`.
    func findingTextID(_ text: String) throws -> Int64 {
        if let id = findingTextIDs[text] { return id }
        let id: Int64
        if let found = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM findingText WHERE text = ?"), arguments: [text]) {
            id = found
        } else {
            try db.cachedStatement(sql: "INSERT INTO findingText (text) VALUES (?)").execute(arguments: [text])
            id = db.lastInsertedRowID
        }
        if findingTextIDs.count > 10_000 { findingTextIDs.removeAll(keepingCapacity: true) }
        findingTextIDs[text] = id
        return id
    }
}
