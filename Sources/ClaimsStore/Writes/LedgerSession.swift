import ClaimsCore
import GRDB

/// The writes of one transaction: sources, new claims and new revisions, each chained to the
/// ledger's previous revision. Obtain one from ``Ledger/write(_:)``; do not keep it.
public final class LedgerSession {
    let db: Database
    let clock: LedgerClock
    private(set) var lastSeq: Int64
    private(set) var lastHash: String
    private var scratch = JSONWriter(capacity: 2048)
    private var fingerprints: [Int64: String] = [:]
    /// `findingText` ids by text, for ``findingTextID(_:)``.
    var findingTextIDs: [String: Int64] = [:]
    /// `extraKeys` ids by key set, for ``extraKeysID(_:)``.
    private var extraKeysIDs: [String: Int64] = [:]
    /// Scratch tables of ``ExtraAgainstQuote``, reused for every revision.
    private var extraAgainstQuote = ExtraAgainstQuote()
    /// `relayStem` ids by text, for ``relayStemID(_:)``.
    private var relayStemIDs: [String: Int64] = [:]
    /// The time of this transaction: every revision and source it writes carries it.
    let now: String
    /// Runs on every claim this session writes; `nil` writes without validation.
    let validator: Validator?
    /// Claims written since the last ``finishValidation()``, with the per-claim warnings of
    /// revised ones (a new claim's are stored as it is written).
    var pendingWarnings: PendingWarnings
    /// Cited sources' dates and texts, cached for the transaction.
    var sourceFacts: [Int64: SourceFacts] = [:]
    private var inserts = Inserts()
    /// Head hashes, loaded on first use by ``isHeadHash(_:)``.
    var headHashes: Set<HashPrefix>?
    /// The largest claim id whose warnings are all stored: claims above it were created since the
    /// last ``finishValidation()`` (or the session's start) and have only their per-claim warnings
    /// stored, by ``storeWarnings(ofNewClaim:_:)``.
    var lastSettledClaimID: Int64
    /// Whether the ledger had no claim when the session began.
    let startedEmpty: Bool

    init(db: Database, clock: LedgerClock, validator: Validator? = nil) throws {
        self.db = db
        self.clock = clock
        self.validator = validator
        self.now = clock.timestamp()
        if let row = try Row.fetchOne(db, sql: "SELECT seq, \(RevisionHash.text("hash")) FROM revision ORDER BY seq DESC LIMIT 1") {
            lastSeq = row[0]
            lastHash = row[1]
        } else {
            lastSeq = 0
            lastHash = Hashing.genesis
        }
        lastSettledClaimID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM claim") ?? 0
        startedEmpty = lastSettledClaimID == 0
        pendingWarnings = PendingWarnings(firstNewID: lastSettledClaimID + 1)
    }

    /// A reader over the same transaction (sees this session's writes).
    public var reader: LedgerReader { LedgerReader(db: db) }

    // MARK: - Sources

    /// Stores a source, or finds the one already stored with the same URL or the same text.
    ///
    /// - Returns: The source id and whether it was added now.
    @discardableResult
    public func addSource(_ source: Source) throws -> (id: Int64, isNew: Bool) {
        var source = source
        if let text = source.text, source.textSHA256 == nil {
            source.textSHA256 = Hashing.textSHA256(text)
        }
        if let url = source.url,
           let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM source WHERE url = ?"), arguments: [url]) {
            return (id, false)
        }
        if let sha = source.textSHA256,
           let id = try Int64.fetchOne(
               db.cachedStatement(sql: "SELECT id FROM source WHERE textSHA256 = ? ORDER BY id LIMIT 1"), arguments: [sha]
           ) {
            return (id, false)
        }
        let id = try insertSource(source)
        return (id, true)
    }

    /// Inserts a source as given (an explicit `id` is kept).
    func insertSource(_ source: Source) throws -> Int64 {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO source (id, kind, url, outlet, title, wire, published, retrieved, language, text, textSHA256, recordedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [
            source.id, source.kind.rawValue, source.url, source.outlet, source.title, source.wire,
            source.published?.description, source.retrieved?.description, source.language, source.text,
            source.textSHA256, now,
        ])
        return db.lastInsertedRowID
    }

    // MARK: - Claims

    /// Logs a new claim with its first revision and citations.
    ///
    /// - Returns: The new claim's id.
    /// - Throws: ``StoreError/sourceNotFound(_:)`` when a citation names a missing source.
    /// - Throws: ``StoreError/rejected(_:)`` when the validator finds an error.
    @discardableResult
    public func createClaim(
        _ content: ClaimContent, citations: [Citation], action: RevisionAction = .create, reason: String? = nil
    ) throws -> Int64 {
        try createClaim(content, prepared: nil, citations: citations, action: action, reason: reason)
    }

    /// Logs a new claim whose canonical form is already written (bulk imports prepare it on their
    /// reading thread).
    @discardableResult
    func createClaim(_ prepared: CanonicalContent, citations: [Citation], action: RevisionAction, reason: String?) throws -> Int64 {
        try createClaim(prepared.content, prepared: prepared, citations: citations, action: action, reason: reason)
    }

    private func createClaim(
        _ content: ClaimContent, prepared: CanonicalContent?, citations: [Citation], action: RevisionAction, reason: String?
    ) throws -> Int64 {
        let warnings = try validate(claimID: nil, content: content, citations: citations)
        let headRevision = lastSeq + 1
        try inserts.claim(db).run { binder in
            binder.int(headRevision)
            ClaimProjection.bind(content, to: &binder)
        }
        let claimID = db.lastInsertedRowID
        try appendRevision(
            claimID: claimID, number: 1, content: content, prepared: prepared, action: action, reason: reason, citations: citations
        )
        if let warnings { try storeWarnings(ofNewClaim: claimID, warnings.map { var w = $0; w.claim = claimID; return w }) }
        return claimID
    }

    /// Writes a new revision of an existing claim.
    ///
    /// - Parameters:
    ///   - content: The claim's full content after the change.
    ///   - addingCitations: Citations this revision attaches.
    /// - Returns: The revision written.
    /// - Throws: ``StoreError/claimNotFound(_:)``.
    @discardableResult
    public func revise(
        claimID: Int64, content: ClaimContent, action: RevisionAction, reason: String?, addingCitations: [Citation] = []
    ) throws -> Revision {
        guard let number = try Int.fetchOne(db, sql: "SELECT max(number) FROM revision WHERE claimId = ?", arguments: [claimID]) else {
            throw StoreError.claimNotFound(claimID)
        }
        if action != .retract, action != .merge, action != .status {
            let existing = try Row.fetchAll(db, sql: """
                SELECT ci.sourceId, ci.quote, ci.start, ci."end", \(CitationRelay.text("ci")) FROM citation ci WHERE ci.claimId = ? ORDER BY ci.id
                """, arguments: [claimID]).map { Citation(sourceID: $0[0], quote: $0[1], start: $0[2], end: $0[3], relay: $0[4]) }
            if let warnings = try validate(claimID: claimID, content: content, citations: existing + addingCitations) {
                // A claim created since the last finishValidation() has its first warnings stored
                // already: replace them. (A bulk import into an empty ledger never revises a claim
                // it created; if one did, this delete would scan, `finding_on_claim` being deferred.)
                if claimID > lastSettledClaimID {
                    try db.cachedStatement(sql: "DELETE FROM finding WHERE claimId = ?").execute(arguments: [claimID])
                }
                pendingWarnings.record(claimID, warnings: warnings)
            }
        } else if validator != nil {
            pendingWarnings.touch(claimID)
        }
        let revision = try appendRevision(
            claimID: claimID, number: number + 1, content: content, action: action, reason: reason, citations: addingCitations
        )
        try inserts.head(db).run { binder in
            binder.int(revision.seq)
            ClaimProjection.bind(content, to: &binder)
            binder.int(claimID)
        }
        return revision
    }

    @discardableResult
    private func appendRevision(
        claimID: Int64, number: Int, content: ClaimContent, prepared: CanonicalContent? = nil, action: RevisionAction,
        reason: String?, citations: [Citation]
    ) throws -> Revision {
        var revision = Revision(
            seq: lastSeq + 1, claimID: claimID, number: number, action: action, reason: reason,
            recordedAt: now, content: content, addedCitations: citations, previousHash: lastHash
        )
        for citation in citations where try fingerprint(ofSource: citation.sourceID) == nil {
            throw StoreError.sourceNotFound(citation.sourceID)
        }
        revision.hash = revision.computeHash(
            sourceFingerprint: { [self] id in try? fingerprint(ofSource: id) }, writer: &scratch, canonicalContent: prepared?.json
        )
        try insertVerbatim(revision, prepared: prepared, setsProjection: false)
        return revision
    }

    /// Inserts a revision and its citations exactly as given (used by restore-imports, which
    /// check the hash themselves).
    ///
    /// - Parameters:
    ///   - prepared: The revision's content with its canonical forms, when already written.
    ///   - setsProjection: Whether to copy the revision's counted columns onto its claim's row
    ///     when the claim's head pointer names this revision (``ClaimProjection``); callers that
    ///     write the claim row with its projection themselves pass `false`.
    func insertVerbatim(_ revision: Revision, prepared: CanonicalContent? = nil, setsProjection: Bool = true) throws {
        let extra = prepared.map(\.extraColumns) ?? CanonicalContent.extraColumns(revision.content.extra)
        let keysID = try extra.map { try extraKeysID($0.keys) }
        var values = extra?.values
        if let plain = values, let quote = revision.addedCitations.first?.quote {
            values = extraAgainstQuote.encode(values: plain, quote: quote) ?? plain
        }
        try inserts.revision(db).run {
            RevisionRow.bind(revision, prepared: prepared, extraValues: values, extraKeysID: keysID, to: &$0)
        }
        if setsProjection {
            try inserts.projection(db).run { binder in
                ClaimProjection.bind(revision.content, to: &binder)
                binder.int(revision.claimID)
                binder.int(revision.seq)
            }
        }
        if !revision.addedCitations.isEmpty {
            let insertCitation = try inserts.citation(db)
            for citation in revision.addedCitations {
                let relay = citation.relay.flatMap(CitationRelay.split)
                let stemID = try relay.map { try relayStemID($0.stem) }
                try insertCitation.run { binder in
                    binder.int(revision.claimID)
                    binder.int(revision.number)
                    binder.int(citation.sourceID)
                    binder.text(citation.quote)
                    binder.int(citation.start)
                    binder.int(citation.end)
                    binder.text(relay?.rest ?? citation.relay)
                    binder.int(stemID)
                }
            }
        }
        lastSeq = revision.seq
        lastHash = revision.hash
        if headHashes != nil, let prefix = HashPrefix(revision.hash) { headHashes?.insert(prefix) }
    }

    /// Stores the per-claim warnings of a claim new in this transaction at once and marks it for
    /// the cross-claim rules (see ``finishValidation()``): a bulk import does not hold its
    /// warnings in memory until the end (a quarter of a million warnings took 75 MB).
    func storeWarnings(ofNewClaim id: Int64, _ warnings: [Finding]) throws {
        pendingWarnings.record(id, warnings: [])
        guard warnings.contains(where: { $0.severity == .warning }) else { return }
        try FindingRows.insert(warnings, claim: id, using: try inserts.finding(db), session: self)
    }

    /// The id of the key set `keys` in `extraKeys` (a JSON array, ``CanonicalContent/extraColumns(_:)``),
    /// added when new; cached for the transaction (a rolled-back one takes its session with it).
    func extraKeysID(_ keys: String) throws -> Int64 {
        if let id = extraKeysIDs[keys] { return id }
        let id = try Self.storedTextID(keys, table: "extraKeys", column: "keys", db: db)
        if extraKeysIDs.count > 10_000 { extraKeysIDs.removeAll(keepingCapacity: true) }
        extraKeysIDs[keys] = id
        return id
    }

    /// The id of a relay's stem in `relayStem` (``CitationRelay``), added when new; cached for the
    /// transaction.
    func relayStemID(_ stem: String) throws -> Int64 {
        if let id = relayStemIDs[stem] { return id }
        let id = try Self.storedTextID(stem, table: "relayStem", column: "text", db: db)
        if relayStemIDs.count > 10_000 { relayStemIDs.removeAll(keepingCapacity: true) }
        relayStemIDs[stem] = id
        return id
    }

    private static func storedTextID(_ text: String, table: String, column: String, db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM \(table) WHERE \(column) = ?"), arguments: [text]) {
            return id
        }
        try db.cachedStatement(sql: "INSERT INTO \(table) (\(column)) VALUES (?)").execute(arguments: [text])
        return db.lastInsertedRowID
    }

    /// The fingerprint of a stored source (cached for the transaction), `nil` when it does not exist.
    func fingerprint(ofSource id: Int64) throws -> String? {
        if let cached = fingerprints[id] { return cached }
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(SourceRow.columns) FROM source WHERE id = ?"), arguments: [id]
        ) else { return nil }
        let fingerprint = SourceRow.decode(row).fingerprint
        if fingerprints.count > 100_000 { fingerprints.removeAll(keepingCapacity: true) }
        fingerprints[id] = fingerprint
        return fingerprint
    }
}

/// The session's hot INSERTs, prepared on first use and bound directly (see ``DirectInsert``).
private struct Inserts {
    private var claimStatement: DirectInsert?
    private var revisionStatement: DirectInsert?
    private var citationStatement: DirectInsert?
    private var findingStatement: DirectInsert?
    private var headStatement: DirectInsert?
    private var projectionStatement: DirectInsert?

    /// The statement kept in `slot`, prepared on first use (once per import, then reused per row).
    private static func prepared(_ slot: inout DirectInsert?, _ db: Database, sql: String) throws -> DirectInsert {
        if let slot { return slot }
        let statement = try DirectInsert(db, sql: sql)
        slot = statement
        return statement
    }

    /// Moves a claim's head pointer and projection to a new revision.
    mutating func head(_ db: Database) throws -> DirectInsert {
        try Self.prepared(&headStatement, db, sql: ClaimProjection.updateSQL)
    }

    /// Sets a claim's projection from the revision its head pointer names.
    mutating func projection(_ db: Database) throws -> DirectInsert {
        try Self.prepared(&projectionStatement, db, sql: ClaimProjection.updateIfHeadSQL)
    }

    mutating func finding(_ db: Database) throws -> DirectInsert {
        try Self.prepared(&findingStatement, db, sql: FindingRows.insertSQL)
    }

    mutating func claim(_ db: Database) throws -> DirectInsert {
        try Self.prepared(&claimStatement, db, sql: ClaimProjection.insertSQL)
    }

    mutating func revision(_ db: Database) throws -> DirectInsert {
        try Self.prepared(&revisionStatement, db, sql: RevisionRow.insertSQL)
    }

    mutating func citation(_ db: Database) throws -> DirectInsert {
        try Self.prepared(&citationStatement, db, sql: """
            INSERT INTO citation (claimId, revisionNumber, sourceId, quote, start, "end", relay, relayStem) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }
}
