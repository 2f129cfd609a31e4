import ClaimsCore
import GRDB

/// Writes the `claim` lines of a JSON Lines export straight from the SQLite rows: one pass over
/// claims, one over revisions (ordered by claim and number) and one over citations with their
/// sources, merged by claim id.
///
/// Why hand-written: the export used to decode every claim into domain values (a head revision
/// read by a join, the first revision's time by a subquery, every revision again for the
/// history, a `String` per column) and write those through ``LedgerClaim/write(to:systemName:revisions:lineType:)``:
/// 16.3 s over 1,000,000 claims (13.1 s user). The bytes are the same, key for key (a test
/// checks this writer against that one on a ledger with edits, merges, relays, extra fields and
/// times of day); both follow the key order of ``ClaimContent/writeFields(to:merging:)``.
///
/// Two threads: the caller's steps the three statements and copies each row's columns into a
/// batch of about a thousand claims (``RowBlock``); a second formats the batches into lines
/// (``JSONLineBuffer``), three batches going round (``ClaimLinePipeline``).
struct ClaimLineWriter {
    private let claims: DirectQuery
    private let revisions: DirectQuery
    private let citations: DirectQuery

    /// Every column of `revision`, hashes as they are stored (blob or text). (The key set's
    /// subquery behind a `CASE`: without it SQLite opens its cursor for every revision, key set
    /// or not.)
    private static let revisionSQL = """
        SELECT claimId, seq, number, action, reason, recordedAt, kind, system, claimant, claimantSide,
               weaponSide, count, countMin, countMax, countText, qualifier, launched, eventStart, eventEnd,
               place, location, target, weaponOrigin, status, reliability, notes, mergedInto, extra, prevHash, hash,
               CASE WHEN revision.extraKeys IS NOT NULL THEN \(RevisionRow.extraKeysText("revision")) END,
               \(RevisionRow.extraQuoteText("revision"))
        FROM revision ORDER BY claimId, number
        """
    private static let revisionReads: [RowBlock.Read] =
        [.int, .int, .int] + Array(repeating: .text, count: 8) + [.int, .int, .int, .text, .text, .int]
        + Array(repeating: .text, count: 9) + [.int, .text, .hash, .hash, .text, .text]

    /// Citations in the order of the index by claim (claim, revision number, id): ordered by
    /// claim and id instead, SQLite sorted each claim's citations (a sorter record per row),
    /// which the formatting thread now does, for the rare claim whose ids and revision numbers
    /// disagree.
    private static let citationSQL = """
        SELECT ci.claimId, ci.revisionNumber, ci.sourceId, ci.quote, ci.start, ci."end", \(CitationRelay.text("ci")),
               s.url, s.outlet, s.title, s.published, ci.id
        FROM citation ci JOIN source s ON s.id = ci.sourceId
        ORDER BY ci.claimId, ci.revisionNumber, ci.id
        """
    private static let citationReads: [RowBlock.Read] = [.int, .int, .int, .text, .int, .int, .text, .text, .text, .text, .text, .int]

    /// Whether the file stores text as UTF-8 (as every ledger this tool makes does).
    private let isUTF8: Bool

    init(_ db: Database) throws {
        isUTF8 = try String.fetchOne(db, sql: "PRAGMA encoding") == "UTF-8"
        claims = try DirectQuery(db, sql: "SELECT id, headRevision FROM claim ORDER BY id")
        revisions = try DirectQuery(db, sql: Self.revisionSQL)
        citations = try DirectQuery(db, sql: Self.citationSQL)
    }

    /// Writes one line per claim (a claim whose head revision is missing is left out, as the
    /// join of the domain reader leaves it out) and hands the bytes to `emit` in chunks of whole
    /// lines, one chunk per `claimsPerBatch` claims.
    ///
    /// - Throws: ``StoreError/database(_:)`` for a stored value the tool never writes (an
    ///   unknown kind, side, qualifier, status or action), or what `emit` throws.
    func write(claimsPerBatch: Int = 1024, _ emit: ([UInt8]) throws -> Void) throws {
        let batches = (0..<3).map { _ in
            ClaimRowBatch(
                claims: RowBlock(statement: claims.handle, reads: [.int, .int], isUTF8: isUTF8),
                citations: RowBlock(statement: citations.handle, reads: Self.citationReads, isUTF8: isUTF8),
                revisions: RowBlock(statement: revisions.handle, reads: Self.revisionReads, isUTF8: isUTF8)
            )
        }
        let pipeline = ClaimLinePipeline(batches: batches)
        pipeline.startFormatting(ClaimLines.init) { lines, batch in try lines.format(batch) }
        do {
            var claim = try DirectQuery.Cursor(claims)
            var citation = try DirectQuery.Cursor(citations)
            var revision = try DirectQuery.Cursor(revisions)
            while claim.row != nil {
                let batch = try pipeline.nextFree(emit)
                batch.removeAll()
                var last: Int64 = 0
                while let row = claim.row, batch.claims.rowCount < claimsPerBatch {
                    last = row.int64(0)
                    batch.claims.copyRow(of: claims.handle)
                    try claim.advance()
                }
                while let row = citation.row, row.int64(0) <= last {
                    batch.citations.copyRow(of: citations.handle)
                    try citation.advance()
                }
                while let row = revision.row, row.int64(0) <= last {
                    batch.revisions.copyRow(of: revisions.handle)
                    try revision.advance()
                }
                pipeline.submit(batch)
            }
            try pipeline.finish(emit)
        } catch {
            pipeline.cancel()
            throw error
        }
    }
}

/// The formatting of a batch's lines into reused buffers: nothing is allocated per claim.
private struct ClaimLines: ~Copyable {
    var output = JSONLineBuffer(capacity: 2 << 20)
    var topCitations = JSONLineBuffer()
    var revisionCitations = JSONLineBuffer()
    var addedRanges: [(number: Int64, range: Range<Int>)] = []
    var claimCitations: [Int] = []
    var history = JSONLineBuffer()
    var fields = JSONLineBuffer()
    var createdAt: [UInt8] = []

    private static let actions = ClosedValues<RevisionAction>()
    private static let kinds = ClosedValues<ClaimKind>()
    private static let sides = ClosedValues<Side>()
    private static let qualifiers = ClosedValues<CountQualifier>()
    private static let statuses = ClosedValues<VerificationStatus>()

    /// The lines of the batch's claims.
    mutating func format(_ batch: ClaimRowBatch) throws -> [UInt8] {
        output.removeAll()
        try batch.claims.withRows { claims in
            try batch.citations.withRows { citations in
                try batch.revisions.withRows { revisions in
                    var nextCitation = 0
                    var nextRevision = 0
                    for index in 0..<claims.count {
                        try formatClaim(claims[index], citations: citations, from: &nextCitation, revisions: revisions, from: &nextRevision)
                    }
                }
            }
        }
        return output.array
    }

    private mutating func formatClaim(
        _ claim: RowBlock.Row, citations: RowBlock.Rows, from nextCitation: inout Int, revisions: RowBlock.Rows, from nextRevision: inout Int
    ) throws {
        let id = claim.int64(0)
        let head = claim.int64(1)

        // Citations, all of them for the claim object, and per revision number for its history.
        topCitations.removeAll()
        revisionCitations.removeAll()
        addedRanges.removeAll(keepingCapacity: true)
        // (read by revision number, then id: written by id)
        claimCitations.removeAll(keepingCapacity: true)
        var isSorted = true
        while nextCitation < citations.count, citations[nextCitation].int64(0) <= id {
            if citations[nextCitation].int64(0) == id {
                if let last = claimCitations.last, citations[last].int64(11) > citations[nextCitation].int64(11) { isSorted = false }
                claimCitations.append(nextCitation)
            }
            nextCitation += 1
        }
        if !isSorted { claimCitations.sort { citations[$0].int64(11) < citations[$1].int64(11) } }
        for index in claimCitations {
            let row = citations[index]
            if !topCitations.isEmpty { topCitations.append(UInt8(ascii: ",")) }
            Self.writeCited(row, to: &topCitations)
            let start = revisionCitations.count
            Self.writeAdded(row, to: &revisionCitations)
            addedRanges.append((row.int64(1), start..<revisionCitations.count))
        }

        // Revisions, oldest first: each into the history; the head's content into the claim object.
        history.removeAll()
        fields.removeAll()
        // The claim's creation time: its first revision's (else, as the domain reader does, the head's).
        createdAt.removeAll(keepingCapacity: true)
        var hasCreatedAt = false
        var hasHead = false
        var split = 0
        while nextRevision < revisions.count, revisions[nextRevision].int64(0) <= id {
            let row = revisions[nextRevision]
            nextRevision += 1
            guard row.int64(0) == id else { continue }
            if row.int64(2) == 1, let recordedAt = row.bytes(5) {
                createdAt.removeAll(keepingCapacity: true)
                createdAt.append(contentsOf: recordedAt)
                hasCreatedAt = true
            }
            let isHead = row.int64(1) == head
            if !history.isEmpty { history.append(UInt8(ascii: ",")) }
            try Self.writeRevision(row, isHead: isHead, added: addedRanges, from: revisionCitations, to: &history)
            if isHead {
                hasHead = true
                if !hasCreatedAt, let recordedAt = row.bytes(5) { createdAt.append(contentsOf: recordedAt) }
                fields.removeAll()
                split = try Self.writeContent(row, to: &fields, head: (id, createdAt)) ?? fields.count
            }
        }
        guard hasHead else { return }

        output.append("{\"citations\":[")
        output.append(topCitations, range: 0..<topCitations.count)
        output.append("],")
        output.append(fields, range: 0..<split)
        output.append(",\"revisions\":[")
        output.append(history, range: 0..<history.count)
        output.append(UInt8(ascii: "]"))
        output.append(fields, range: split..<fields.count)
        output.append("}\n")
    }

    // MARK: - Objects

    /// A citation in the claim object (``CitedSource/write(to:)``).
    private static func writeCited(_ row: RowBlock.Row, to out: inout JSONLineBuffer) {
        out.append("{\"end\":"); row.writeInt(5, to: &out)
        out.append(",\"outlet\":"); row.writeText(8, to: &out)
        out.append(",\"published\":"); row.writeEventTime(10, to: &out)
        out.append(",\"quote\":"); row.writeText(3, to: &out)
        out.append(",\"relay\":"); row.writeText(6, to: &out)
        out.append(",\"revision\":"); row.writeInt(1, to: &out)
        out.append(",\"source\":"); row.writeInt(2, to: &out)
        out.append(",\"start\":"); row.writeInt(4, to: &out)
        out.append(",\"title\":"); row.writeText(9, to: &out)
        out.append(",\"url\":"); row.writeText(7, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// A citation in the revision that added it (``Revision/writeExport(to:isHead:)``).
    private static func writeAdded(_ row: RowBlock.Row, to out: inout JSONLineBuffer) {
        out.append("{\"end\":"); row.writeInt(5, to: &out)
        out.append(",\"quote\":"); row.writeText(3, to: &out)
        out.append(",\"relay\":"); row.writeText(6, to: &out)
        out.append(",\"source\":"); row.writeInt(2, to: &out)
        out.append(",\"start\":"); row.writeInt(4, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// One entry of the claim's `revisions` (``Revision/writeExport(to:isHead:)``).
    private static func writeRevision(
        _ row: RowBlock.Row, isHead: Bool, added: [(number: Int64, range: Range<Int>)],
        from citations: borrowing JSONLineBuffer, to out: inout JSONLineBuffer
    ) throws {
        try row.checkClosed(3, of: Self.actions, row: "revision \(row.int64(1))")
        out.append("{\"action\":"); row.writeText(3, to: &out)
        out.append(",\"citations\":[")
        var first = true
        let number = row.int64(2)
        for entry in added where entry.number == number {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(citations, range: entry.range)
        }
        out.append(UInt8(ascii: "]"))
        if !isHead {
            out.append(",\"content\":{")
            try writeContent(row, to: &out, head: nil)
            out.append(UInt8(ascii: "}"))
        }
        out.append(",\"hash\":"); row.writeHash(29, to: &out)
        out.append(",\"number\":"); row.writeInt(2, to: &out)
        out.append(",\"prev\":"); row.writeHash(28, to: &out)
        out.append(",\"reason\":"); row.writeText(4, to: &out)
        out.append(",\"recorded_at\":"); row.writeText(5, to: &out, nullAsEmpty: true)
        out.append(",\"seq\":"); row.writeInt(1, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// The content's fields (``ClaimContent/writeFields(to:merging:)``), and for the head the
    /// claim object's members in between (`created_at`, `event_date`, `hash`, `id`,
    /// `recorded_at`, `revision`, `type`).
    /// Returns, for the head, the offset after `revision`, where the claim's `revisions` go.
    ///
    /// A closed value (kind, side, qualifier, status) is written as the column's bytes once they
    /// have matched one of its raw values: the same bytes as the raw value.
    @discardableResult
    private static func writeContent(
        _ row: RowBlock.Row, to out: inout JSONLineBuffer, head: (claimID: Int64, createdAt: [UInt8])?
    ) throws -> Int? {
        try row.checkClosed(6, of: Self.kinds, row: "revision \(row.int64(1))")
        try row.checkClosed(9, of: Self.sides, row: "revision \(row.int64(1))")
        try row.checkClosed(15, of: Self.qualifiers, row: "revision \(row.int64(1))")
        try row.checkClosed(23, of: Self.statuses, row: "revision \(row.int64(1))")
        let start = row.eventTime(17)
        let end = start == nil ? nil : row.eventTime(18) ?? start
        out.append("\"claimant\":"); row.writeText(8, to: &out, nullAsEmpty: true)
        out.append(",\"claimant_side\":"); row.writeText(9, to: &out)
        out.append(",\"count\":"); row.writeInt(11, to: &out)
        out.append(",\"count_max\":"); row.writeInt(13, to: &out)
        out.append(",\"count_min\":"); row.writeInt(12, to: &out)
        out.append(",\"count_text\":"); row.writeText(14, to: &out)
        if let head {
            out.append(",\"created_at\":"); head.createdAt.withUnsafeBufferPointer { out.appendString(utf8: $0) }
            out.append(",\"event_date\":")
            if let end { out.appendString(end.date) } else { out.appendNull() }
        }
        out.append(",\"event_end\":"); out.appendString(end)
        out.append(",\"event_precision\":")
        if let start, let end {
            switch EventWindow(start: start, end: end).precision {
            case .month: out.appendString("month")
            case .day: out.appendString("day")
            case .minute: out.appendString("minute")
            }
        } else {
            out.appendNull()
        }
        out.append(",\"event_start\":"); out.appendString(start)
        out.append(",\"extra\":"); row.writeExtra(27, keys: 30, quote: 31, to: &out)
        if let head {
            out.append(",\"hash\":"); row.writeHash(29, to: &out)
            out.append(",\"id\":"); out.appendInt(head.claimID)
        }
        out.append(",\"kind\":"); row.writeText(6, to: &out)
        out.append(",\"launched\":"); row.writeInt(16, to: &out)
        out.append(",\"location\":"); row.writeText(20, to: &out)
        out.append(",\"merged_into\":"); row.writeInt(26, to: &out)
        out.append(",\"notes\":"); row.writeText(25, to: &out)
        out.append(",\"place\":"); row.writeText(19, to: &out)
        out.append(",\"qualifier\":"); row.writeText(15, to: &out)
        if head != nil { out.append(",\"recorded_at\":"); row.writeText(5, to: &out, nullAsEmpty: true) }
        out.append(",\"reliability\":"); row.writeReliability(24, to: &out)
        var split: Int?
        if head != nil {
            out.append(",\"revision\":"); row.writeInt(2, to: &out)
            split = out.count
        }
        out.append(",\"status\":"); row.writeText(23, to: &out)
        out.append(",\"system\":"); row.writeText(7, to: &out, nullAsEmpty: true)
        out.append(",\"target\":"); row.writeText(21, to: &out)
        if head != nil { out.append(",\"type\":\"claim\"") }
        out.append(",\"weapon_origin\":"); row.writeText(22, to: &out)
        out.append(",\"weapon_side\":")
        if let side = row.bytes(10), Self.sides.contains(side) { out.appendString(utf8: side) } else { out.appendNull() }
        return split
    }
}
