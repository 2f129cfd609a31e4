import ClaimsCore
import ClaimsImport
import GRDB

/// The state of one bulk import inside its transaction: what the records written so far map
/// to in this ledger (sources, claims and candidates by their ids in the file, sources by URL,
/// keyed dataset rows), the claim-identity matcher and the summary.
///
/// ``Ledger/importRecords(_:options:progress:)`` feeds it every record in file order.
struct BulkImport<Decoder: ImportDecoder> {
    let decoder: Decoder
    let options: ImportOptions
    let session: LedgerSession
    var summary = ImportSummary()
    /// The decoder's reason for created claims, read once (it is built from the file name).
    private let revisionReason: String

    /// Whether the file's claims are restored verbatim (an empty ledger, and every claim so far
    /// carried its history).
    private(set) var restoring: Bool
    private var matcher: ImportIdentity?
    /// Sources of the file by their id there, and of this import by URL (a bounded cache).
    var sourceMap: [Int64: Int64] = [:]
    private var sourceIDs: [String: Int64] = [:]
    /// Claims and candidates of the file by their id there, when not restored verbatim.
    var claimMap: [Int64: Int64] = [:]
    var unchangedHeads: [Int64: String] = [:]
    var candidateMap: [Int64: Int64] = [:]
    /// Stored claims of a keyed dataset by row key; those left at the end are missing from the file.
    private var storedRows: [String: (claimID: Int64, seq: Int64)] = [:]
    private let headQuery: DirectQuery?
    private var writer = JSONWriter(capacity: 2048)
    private var lastLine = 0

    /// Prepares an import into the ledger behind `session`.
    ///
    /// - Throws: `DatabaseError`.
    init(decoder: Decoder, options: ImportOptions, session: LedgerSession) throws {
        self.decoder = decoder
        self.options = options
        self.session = session
        revisionReason = decoder.revisionReason
        restoring = try session.reader.revisionCount() == 0
        if let field = decoder.rowKeyField {
            storedRows = try session.rowKeys(field: field)
            headQuery = try DirectQuery(session.db, sql: RevisionRow.selectBySeqSQL)
        } else {
            headQuery = nil
        }
        matcher = restoring ? nil : try ImportIdentity(identity: options.identity, excludingRowsKeyedBy: decoder.rowKeyField, db: session.db)
    }

    /// Writes one record (not a failure: the caller stops at those).
    ///
    /// - Throws: ``StoreError/importFailed(file:line:problem:)`` naming the record's line, or a
    ///   `DatabaseError`.
    mutating func write(_ record: ImportRecord) throws {
        lastLine = record.line
        do {
            switch record.content {
            case .skipped, .failure:
                return
            case let .rejected(problem):
                try reject(record.line, problem)
            case let .source(source):
                try add(source)
            case let .claim(draft):
                try write(draft, line: record.line)
            case let .candidate(json):
                try addCandidate(json, line: record.line)
            }
        } catch let StoreError.rejected(findings) where decoder.reportsRefusedRows {
            // A row the validator refuses is rejected like an unknown model.
            try reject(record.line, StoreError.rejected(findings).description)
        } catch let error as ClaimsError {
            throw fail(record.line, error.description)
        } catch let error as StoreError {
            if case .importFailed = error { throw error }
            throw fail(record.line, error.description)
        }
    }

    /// Ends the import: the cross-claim validation pass, and the check of a restored history.
    ///
    /// - Returns: The summary.
    /// - Throws: ``StoreError/importFailed(file:line:problem:)`` when a restored history does not verify.
    mutating func finish() throws -> ImportSummary {
        try session.finishValidation()
        summary.missingFromFile = storedRows.count
        summary.restoredHistory = restoring && summary.claimsAdded > 0
        if summary.restoredHistory {
            let report = try session.reader.verify(maximumProblems: 1)
            if let problem = report.problems.first {
                throw fail(lastLine, "the restored history does not verify: \(problem)")
            }
        }
        return summary
    }

    /// The error of the record at `line`: nothing is imported.
    func fail(_ line: Int, _ problem: String) -> StoreError {
        let failure = ImportFailure(file: decoder.input.name, line: line, problem: problem)
        return .importFailed(file: failure.file, line: failure.line, problem: failure.problem)
    }

    // MARK: - Private

    private mutating func reject(_ line: Int, _ problem: String) throws {
        if options.isStrict { throw fail(line, problem + " (--strict)") }
        summary.rejected.append(ImportRejection(line: line, reason: problem))
    }

    private mutating func add(_ source: Source) throws {
        let (id, isNew): (Int64, Bool)
        if restoring {
            (id, isNew) = (try session.insertSource(source), true)
        } else {
            var copy = source
            copy.id = nil
            (id, isNew) = try session.addSource(copy)
        }
        if let fileID = source.id { sourceMap[fileID] = id }
        if isNew {
            summary.sourcesAdded += 1
            if let shingles = options.shingles, let text = source.text { try session.recordShingles(shingles(text), sourceID: id) }
        }
    }

    private mutating func write(_ draft: ClaimDraft, line: Int) throws {
        try options.check(draft.content)
        if draft.notes.isRepeatedKey { summary.repeatedKeys += 1 }
        if let account = draft.notes.assumedClaimantAccount { summary.claimantAssumed[account, default: 0] += 1 }
        for part in draft.notes.missingFromReference { summary.notInReferenceTable[part, default: 0] += 1 }
        if restoring, let json = draft.history {
            try Ledger.restore(json: json, content: draft.content, history: json["revisions"]?.arrayValue ?? [], session: session, writer: &writer)
            summary.claimsAdded += 1
            return
        }
        restoring = false
        if let field = decoder.rowKeyField, let stored = storedRows.removeValue(forKey: draft.content.extra[field] ?? "") {
            return try update(stored, with: draft.content)
        }
        if let hash = draft.hash, try session.isHeadHash(hash) {
            summary.claimsUnchanged += 1
            if let id = draft.fileID { unchangedHeads[id] = hash }
            return
        }
        var citations: [Citation] = []
        for cited in try draft.citations.get() {
            citations.append(Citation(
                sourceID: try sourceID(of: cited.source, line: line), quote: cited.quote, start: cited.start, end: cited.end,
                relay: cited.relay
            ))
        }
        let decoder = decoder  // the cite reason is built only when a claim is cited
        let id = try session.importClaim(
            draft.prepared, citations: citations, reason: revisionReason, citeReason: decoder.citeReason(line: line),
            line: line, matcher: &matcher, summary: &summary
        )
        if let old = draft.fileID { claimMap[old] = id }
    }

    /// A keyed row already in the ledger: unchanged, or one new revision.
    private mutating func update(_ stored: (claimID: Int64, seq: Int64), with content: ClaimContent) throws {
        guard let headQuery, let head = try session.revision(seq: stored.seq, using: headQuery) else {
            throw StoreError.database("claim \(stored.claimID): head revision \(stored.seq) is missing: run `claims verify`")
        }
        if head.content == content {
            summary.claimsUnchanged += 1
            return
        }
        let changed = PiterfmReference.changedFields(from: head.content, to: content)
        try session.revise(claimID: stored.claimID, content: content, action: .import, reason: decoder.changedRowReason(fields: changed))
        summary.claimsUpdated += 1
    }

    /// This ledger's id of a cited source: a source line of the file, or one found or added by URL.
    private mutating func sourceID(of reference: DraftCitation.SourceReference, line: Int) throws -> Int64 {
        switch reference {
        case let .file(id):
            guard let mapped = sourceMap[id] else { throw fail(line, "citation names source \(id), which is not in the file") }
            return mapped
        case let .url(source):
            if let url = source.url, let known = sourceIDs[url] { return known }
            let (id, isNew) = try session.addSource(source)
            if isNew { summary.sourcesAdded += 1 }
            if let url = source.url {
                if sourceIDs.count >= 100_000 { sourceIDs.removeAll(keepingCapacity: true) }
                sourceIDs[url] = id
            }
            return id
        }
    }
}
