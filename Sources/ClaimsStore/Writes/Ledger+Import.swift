import ClaimsCore
import ClaimsImport
import GRDB

/// What an import did.
public struct ImportSummary: Sendable, Equatable {
    public var linesRead = 0
    public var sourcesAdded = 0
    public var claimsAdded = 0
    /// Claims already in the ledger with the same history.
    public var claimsUnchanged = 0
    /// Claims of the file already in the ledger from another source or another person's ledger
    /// (the same claimant, weapons, event and figures): each became a citation of that claim.
    public var claimsCited = 0
    /// Claims added that possibly repeat a stored claim: a person decides (`claims merge`).
    public var possibleRepeats: [ImportMatch] = []
    /// Claims added whose figures contradict a stored claim of the same claimant for the same
    /// event (the validator's conflicting-counts finding names both).
    public var conflicts: [ImportMatch] = []
    /// Whether the file's revisions were restored verbatim (import into an empty ledger).
    public var restoredHistory = false
    /// Review-queue candidates added, and those already queued.
    public var candidatesAdded = 0
    public var candidatesUnchanged = 0
    /// Keyed dataset rows already in the ledger that changed since: each got one new revision.
    public var claimsUpdated = 0
    /// Rows that did not become claims (a dataset's unknown model, a row the validator refuses).
    public var rejected: [ImportRejection] = []
    /// Claims imported earlier from keyed rows that are no longer in the file (left as they are).
    public var missingFromFile = 0
    /// Rows whose key occurs more than once in the file; they are told apart by their order.
    public var repeatedKeys = 0
    /// Rows attributed to the dataset's main claimant because the taxonomy does not know their
    /// account, by account.
    public var claimantAssumed: [String: Int] = [:]
    /// Models (or parts of a composite) missing from the dataset's reference table, by model.
    public var notInReferenceTable: [String: Int] = [:]

    /// An empty summary.
    public init() {}
}

/// A row that did not become a claim, with its line and why.
public struct ImportRejection: Sendable, Equatable {
    public var line: Int
    public var reason: String

    /// A rejection of `line`.
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}

extension Ledger {
    /// Imports a JSON Lines file written by ``exportJSONLines(_:)``, in one transaction.
    ///
    /// Into an empty ledger, every revision is restored verbatim (ids, times, hashes, checked
    /// against their content), so that export → import → export gives the same bytes. Into a
    /// ledger that already has claims, a claim whose head hash is already present is left alone
    /// and any other becomes a new claim (with an `import` revision holding its current content and
    /// all its citations). Lines without history (`{"kind": ..., "system": ...}`) are new claims.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - check: Called on each claim before it is written; throw to reject the file. (The
    ///     ledger's ``validator``, when set, runs on every claim too.)
    ///   - progress: Called every few thousand lines (for a progress bar).
    ///   - shingles: The sampled shingle hashes of a source text (how `claims log` recognises
    ///     syndicated copies); when given, recorded for every source with a text that is added.
    ///   - identity: Compares each claim added to a ledger that has claims with the stored ones
    ///     (see ``ImportIdentity``); when `nil`, every claim not present by hash is added.
    /// - Throws: ``StoreError/importFailed(file:line:problem:)``; the ledger is unchanged.
    ///
    /// Review-queue candidates (`"type": "candidate"` lines) are restored with their ids into an
    /// empty ledger; into one with claims, each gets a new id, its source, claim and original
    /// mapped to theirs in this ledger, unless the same candidate is already queued.
    public func importJSONLines(
        path: String, check: @escaping (ClaimContent) throws -> Void = { _ in }, progress: ((ImportProgress) -> Void)? = nil,
        shingles: ((String) -> [Int64])? = nil, identity: ClaimIdentity? = nil
    ) throws(StoreError) -> ImportSummary {
        try importRecords(
            JSONLinesDecoder(.file(path: path)), options: ImportOptions(check: check, identity: identity, shingles: shingles),
            progress: progress
        )
    }

    // MARK: - Private

    /// Restores one claim line with its revisions verbatim (ids, times, hashes), checking each
    /// revision against its hash.
    ///
    /// - Throws: ``ClaimsError/invalidField(_:_:)`` when a revision is incomplete or does not match its hash.
    static func restore(json: JSONValue, content: ClaimContent, history: [JSONValue], session: LedgerSession, writer: inout JSONWriter) throws {
        guard let claimID = json["id"]?.intValue.map(Int64.init) else { throw ClaimsError.invalidField("id", "is required to restore a claim") }
        var headSeq: Int64 = 0
        var revisions: [Revision] = []
        for (index, item) in history.enumerated() {
            let isHead = index == history.count - 1
            let revisionContent = isHead ? content : try ClaimContent(json: item["content"] ?? .null)
            guard let seq = item["seq"]?.intValue, let number = item["number"]?.intValue,
                  let actionText = item["action"]?.stringValue, let action = RevisionAction(rawValue: actionText),
                  let recordedAt = item["recorded_at"]?.stringValue, let hash = item["hash"]?.stringValue,
                  let prev = item["prev"]?.stringValue
            else { throw ClaimsError.invalidField("revisions[\(index)]", "needs seq, number, action, recorded_at, hash and prev") }
            var citations: [Citation] = []
            for citation in item["citations"]?.arrayValue ?? [] { citations.append(try JSONLinesDecoder.citation(citation)) }
            let revision = Revision(
                seq: Int64(seq), claimID: claimID, number: number, action: action, reason: item["reason"]?.stringValue,
                recordedAt: recordedAt, content: revisionContent, addedCitations: citations, previousHash: prev, hash: hash
            )
            let computed = revision.computeHash(sourceFingerprint: { try? session.fingerprint(ofSource: $0) }, writer: &writer)
            guard computed == hash else {
                throw ClaimsError.invalidField("revisions[\(index)]", "claim \(claimID) revision \(number) does not match its hash (the file was edited)")
            }
            revisions.append(revision)
            headSeq = max(headSeq, Int64(seq))
        }
        let warnings = try session.validate(claimID: claimID, content: content, citations: revisions.flatMap(\.addedCitations))
        try session.db.cachedStatement(sql: "INSERT INTO claim (id, headRevision) VALUES (?, ?)").execute(arguments: [claimID, headSeq])
        for revision in revisions { try session.insertVerbatim(revision) }
        if let warnings { try session.storeWarnings(ofNewClaim: claimID, warnings) }
    }
}
