import ClaimsCore
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
        path: String, check: (ClaimContent) throws -> Void = { _ in }, progress: ((ImportProgress) -> Void)? = nil,
        shingles: ((String) -> [Int64])? = nil, identity: ClaimIdentity? = nil
    ) throws(StoreError) -> ImportSummary {
        let totalBytes = Self.fileSize(path)
        // The file's name, not its path: a ledger is shared, and local directories are nobody's business.
        let reason = "imported from " + (path.split(separator: "/").last.map(String.init) ?? path)
        let reader: Handover<LineReader>
        do { reader = Handover(try LineReader(path: path)) } catch { throw .invalid(error) }
        // Lines are read and decoded on a second thread while this one writes.
        let lines = Prefetcher<DecodedLine> { emit in
            while let line = reader.value.nextLine() {
                let decoded = DecodedLine(line, number: reader.value.lineNumber, bytesConsumed: reader.value.bytesConsumed)
                guard emit(decoded) else { return }
            }
        }
        defer { lines.cancel() }
        var summary = ImportSummary()
        do {
            try bulkWrite { db in
                let session = try LedgerSession(db: db, clock: clock, validator: validator)
                let isEmpty = try session.reader.revisionCount() == 0
                var matcher = isEmpty ? nil : try ImportIdentity(identity: identity, excludingDatasetClaims: false, db: db)
                var sourceMap: [Int64: Int64] = [:]
                // Claims and candidates of the file by their id there, when not restored verbatim.
                var claimMap: [Int64: Int64] = [:]
                var unchangedHeads: [Int64: String] = [:]
                var candidateMap: [Int64: Int64] = [:]
                var restoring = isEmpty
                var writer = JSONWriter(capacity: 2048)
                var lastLine = 0
                while let line = lines.next() {
                    summary.linesRead += 1
                    lastLine = line.number
                    if let progress, summary.linesRead % 4096 == 0 {
                        progress(ImportProgress(rows: summary.linesRead, bytes: line.bytesConsumed, totalBytes: totalBytes))
                    }
                    func fail(_ problem: String) -> StoreError {
                        .importFailed(file: path, line: line.number, problem: problem)
                    }
                    do {
                        switch line.content {
                        case .blank, .header:
                            continue
                        case let .invalid(problem):
                            throw fail(problem)
                        case let .source(source):
                            let (id, isNew): (Int64, Bool)
                            if restoring {
                                (id, isNew) = (try session.insertSource(source), true)
                            } else {
                                var copy = source
                                copy.id = nil
                                (id, isNew) = try session.addSource(copy)
                            }
                            sourceMap[source.id!] = id
                            if isNew {
                                summary.sourcesAdded += 1
                                if let shingles, let text = source.text { try session.recordShingles(shingles(text), sourceID: id) }
                            }
                        case let .claim(claim):
                            try check(claim.prepared.content)
                            if restoring, let json = claim.history {
                                try Self.restore(
                                    json: json, content: claim.prepared.content, history: json["revisions"]?.arrayValue ?? [],
                                    session: session, writer: &writer
                                )
                                summary.claimsAdded += 1
                            } else {
                                restoring = false
                                if let hash = claim.hash, try session.isHeadHash(hash) {
                                    summary.claimsUnchanged += 1
                                    if let id = claim.id { unchangedHeads[id] = hash }
                                    continue
                                }
                                var citations: [Citation] = []
                                for var citation in try claim.citations.get() {
                                    guard let mapped = sourceMap[citation.sourceID] else {
                                        throw fail("citation names source \(citation.sourceID), which is not in the file")
                                    }
                                    citation.sourceID = mapped
                                    citations.append(citation)
                                }
                                let id = try session.importClaim(
                                    claim.prepared, citations: citations, reason: reason, line: line.number, matcher: &matcher, summary: &summary
                                )
                                if let old = claim.id { claimMap[old] = id }
                            }
                        case var .candidate(candidate):
                            guard let source = sourceMap[candidate.sourceID] else {
                                throw fail("candidate \(candidate.id) names source \(candidate.sourceID), which is not in the file")
                            }
                            let oldID = candidate.id
                            if !restoring {
                                candidate.sourceID = source
                                if let old = candidate.claimID {
                                    if claimMap[old] == nil, let hash = unchangedHeads[old] { claimMap[old] = try session.claimID(headHash: hash) }
                                    guard let mapped = claimMap[old] else {
                                        throw fail("candidate \(oldID) names claim \(old), which is not in the file")
                                    }
                                    candidate.claimID = mapped
                                }
                                if let old = candidate.copyOf {
                                    guard let mapped = candidateMap[old] else {
                                        throw fail("candidate \(oldID) repeats candidate \(old), which is not before it in the file")
                                    }
                                    candidate.copyOf = mapped
                                }
                                if let old = candidate.sameAs {
                                    // A suggestion, not data: it survives only when its claim came along.
                                    if claimMap[old] == nil, let hash = unchangedHeads[old] { claimMap[old] = try session.claimID(headHash: hash) }
                                    candidate.sameAs = claimMap[old]
                                }
                            }
                            let id: Int64, isNew: Bool
                            do { (id, isNew) = try session.insertCandidate(candidate, keepingID: restoring) } catch let error as DatabaseError {
                                throw fail("candidate \(oldID) cannot be stored (\(error.message ?? "\(error)")): its source, claim or original is not in the file")
                            }
                            candidateMap[oldID] = id
                            if isNew { summary.candidatesAdded += 1 } else { summary.candidatesUnchanged += 1 }
                        }
                    } catch let error as ClaimsError {
                        throw fail(error.description)
                    } catch let error as StoreError {
                        if case .importFailed = error { throw error }
                        throw fail(error.description)
                    }
                }
                try session.finishValidation()
                summary.restoredHistory = restoring && summary.claimsAdded > 0
                if summary.restoredHistory {
                    let report = try session.reader.verify(maximumProblems: 1)
                    if let problem = report.problems.first {
                        throw StoreError.importFailed(file: path, line: lastLine, problem: "the restored history does not verify: \(problem)")
                    }
                }
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
        return summary
    }

    // MARK: - Private

    private static func restore(json: JSONValue, content: ClaimContent, history: [JSONValue], session: LedgerSession, writer: inout JSONWriter) throws {
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
            for citation in item["citations"]?.arrayValue ?? [] { citations.append(try decodeCitation(citation)) }
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

    static func decodeCitation(_ json: JSONValue) throws(ClaimsError) -> Citation {
        guard let source = json["source"]?.intValue else { throw ClaimsError.invalidField("citations.source", "is required") }
        guard let quote = json["quote"]?.stringValue else { throw ClaimsError.invalidField("citations.quote", "is required") }
        return Citation(
            sourceID: Int64(source), quote: quote, start: json["start"]?.intValue, end: json["end"]?.intValue,
            relay: json["relay"]?.stringValue
        )
    }

    static func decodeSource(_ json: JSONValue) throws(ClaimsError) -> Source {
        guard let id = json["id"]?.intValue else { throw ClaimsError.invalidField("id", "a source line needs an id") }
        let kindText = json["kind"]?.stringValue ?? "article"
        guard let kind = SourceKind(rawValue: kindText) else { throw ClaimsError.invalidField("kind", "unknown source kind '\(kindText)'") }
        func time(_ key: String) throws(ClaimsError) -> EventTime? {
            guard let text = json[key]?.stringValue else { return nil }
            guard let value = EventTime(text) else { throw ClaimsError.invalidField(key, "expected YYYY-MM-DD, got '\(text)'") }
            return value
        }
        return Source(
            id: Int64(id), kind: kind, url: json["url"]?.stringValue, outlet: json["outlet"]?.stringValue,
            title: json["title"]?.stringValue, wire: json["wire"]?.stringValue, published: try time("published"),
            retrieved: try time("retrieved"), language: json["language"]?.stringValue, text: json["text"]?.stringValue,
            textSHA256: json["text_sha256"]?.stringValue
        )
    }
}

/// One line of a JSON Lines import, read and decoded off the importing thread (see ``Prefetcher``).
struct DecodedLine: Sendable {
    enum Content: Sendable {
        /// Empty, or only spaces and tabs.
        case blank
        /// The `{"type":"ledger"}` header of a file this version can read.
        case header
        case source(Source)
        case claim(ClaimLine)
        /// A review-queue candidate, with the file's ids.
        case candidate(QueuedCandidate)
        /// What is wrong with the line, for a `file:line: problem` error.
        case invalid(String)
    }

    /// A claim line, decoded.
    struct ClaimLine: Sendable {
        /// The claim's id in the file (an export carries it).
        var id: Int64?
        /// The content, with its canonical form written.
        var prepared: CanonicalContent
        /// The head hash the line carries (a claim exported from a ledger).
        var hash: String?
        /// The citations, with the file's source ids; an error is thrown only if they are used.
        var citations: Result<[Citation], ClaimsError>
        /// The whole line, when it carries a revision history (restored verbatim into an empty ledger).
        var history: JSONValue?
    }

    var number: Int
    var bytesConsumed: Int
    var content: Content

    init(_ bytes: [UInt8], number: Int, bytesConsumed: Int) {
        self.number = number
        self.bytesConsumed = bytesConsumed
        self.content = Self.decode(bytes)
    }

    private static func decode(_ bytes: [UInt8]) -> Content {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .blank }
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch { return .invalid("not valid JSON (\(error))") }
        guard case .object = json else { return .invalid("expected one JSON object per line") }
        do {
            switch json["type"]?.stringValue {
            case "ledger":
                guard json["format"]?.stringValue == "claims-ledger" else { return .invalid("unknown format") }
                guard (json["version"]?.intValue ?? 0) <= 1 else {
                    return .invalid("written by a newer version of claims: upgrade the tool")
                }
                return .header
            case "source":
                return .source(try Ledger.decodeSource(json))
            case "claim", nil:
                let content = try ClaimContent(json: json)
                let citations = Result { () throws(ClaimsError) -> [Citation] in
                    try (json["citations"]?.arrayValue ?? []).map { item throws(ClaimsError) in try Ledger.decodeCitation(item) }
                }
                let history = json["revisions"]?.arrayValue.flatMap { $0.isEmpty ? nil : json }
                return .claim(ClaimLine(id: json["id"]?.intValue.map(Int64.init), prepared: CanonicalContent(content), hash: json["hash"]?.stringValue, citations: citations, history: history))
            case "candidate":
                return .candidate(try QueuedCandidate(export: json))
            case let other?:
                return .invalid("unknown line type '\(other)'")
            }
        } catch {
            return .invalid(error.description)
        }
    }
}
