import ClaimsCore
import GRDB

/// What an import did.
public struct ImportSummary: Sendable, Equatable {
    public var linesRead = 0
    public var sourcesAdded = 0
    public var claimsAdded = 0
    /// Claims already in the ledger with the same history.
    public var claimsUnchanged = 0
    /// Whether the file's revisions were restored verbatim (import into an empty ledger).
    public var restoredHistory = false
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
    /// - Throws: ``StoreError/importFailed(file:line:problem:)``; the ledger is unchanged.
    public func importJSONLines(
        path: String, check: (ClaimContent) throws -> Void = { _ in }, progress: ((ImportProgress) -> Void)? = nil
    ) throws(StoreError) -> ImportSummary {
        let totalBytes = Self.fileSize(path)
        var reader: LineReader
        do { reader = try LineReader(path: path) } catch { throw .invalid(error) }
        var summary = ImportSummary()
        do {
            try bulkWrite { db in
                let session = try LedgerSession(db: db, clock: clock, validator: validator)
                let isEmpty = try session.reader.revisionCount() == 0
                var sourceMap: [Int64: Int64] = [:]
                var restoring = isEmpty
                var writer = JSONWriter(capacity: 2048)
                while let line = reader.nextLine() {
                    summary.linesRead += 1
                    if let progress, summary.linesRead % 4096 == 0 {
                        progress(ImportProgress(rows: summary.linesRead, bytes: reader.bytesConsumed, totalBytes: totalBytes))
                    }
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    let lineNumber = reader.lineNumber
                    func fail(_ problem: String) -> StoreError {
                        .importFailed(file: path, line: lineNumber, problem: problem)
                    }
                    let json: JSONValue
                    do { json = try JSONParser.parse(line) } catch { throw fail("not valid JSON (\(error))") }
                    guard case .object = json else { throw fail("expected one JSON object per line") }
                    do {
                        switch json["type"]?.stringValue {
                        case "ledger":
                            guard json["format"]?.stringValue == "claims-ledger" else { throw fail("unknown format") }
                            guard (json["version"]?.intValue ?? 0) <= 1 else {
                                throw fail("written by a newer version of claims: upgrade the tool")
                            }
                        case "source":
                            let source = try Self.decodeSource(json)
                            if restoring {
                                _ = try session.insertSource(source)
                                sourceMap[source.id!] = source.id!
                                summary.sourcesAdded += 1
                            } else {
                                var copy = source
                                copy.id = nil
                                let (id, isNew) = try session.addSource(copy)
                                sourceMap[source.id!] = id
                                if isNew { summary.sourcesAdded += 1 }
                            }
                        case "claim", nil:
                            let content = try ClaimContent(json: json)
                            try check(content)
                            let history = json["revisions"]?.arrayValue
                            if restoring, let history, !history.isEmpty {
                                try Self.restore(json: json, content: content, history: history, session: session, writer: &writer)
                                summary.claimsAdded += 1
                            } else {
                                restoring = false
                                if let hash = json["hash"]?.stringValue, try session.isHeadHash(hash) {
                                    summary.claimsUnchanged += 1
                                    continue
                                }
                                var citations: [Citation] = []
                                for item in json["citations"]?.arrayValue ?? [] {
                                    var citation = try Self.decodeCitation(item)
                                    guard let mapped = sourceMap[citation.sourceID] else {
                                        throw fail("citation names source \(citation.sourceID), which is not in the file")
                                    }
                                    citation.sourceID = mapped
                                    citations.append(citation)
                                }
                                try session.createClaim(content, citations: citations, action: .import, reason: "imported from \(path)")
                                summary.claimsAdded += 1
                            }
                        case let other?:
                            throw fail("unknown line type '\(other)'")
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
                        throw StoreError.importFailed(file: path, line: reader.lineNumber, problem: "the restored history does not verify: \(problem)")
                    }
                }
            }
        } catch {
            throw StoreError.wrap(error)
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
        if let warnings = try session.validate(claimID: claimID, content: content, citations: revisions.flatMap(\.addedCitations)) {
            session.pendingWarnings.record(claimID, warnings: warnings)
        }
        try session.db.cachedStatement(sql: "INSERT INTO claim (id, headRevision) VALUES (?, ?)").execute(arguments: [claimID, headSeq])
        for revision in revisions { try session.insertVerbatim(revision) }
    }

    static func decodeCitation(_ json: JSONValue) throws -> Citation {
        guard let source = json["source"]?.intValue else { throw ClaimsError.invalidField("citations.source", "is required") }
        guard let quote = json["quote"]?.stringValue else { throw ClaimsError.invalidField("citations.quote", "is required") }
        return Citation(
            sourceID: Int64(source), quote: quote, start: json["start"]?.intValue, end: json["end"]?.intValue,
            relay: json["relay"]?.stringValue
        )
    }

    static func decodeSource(_ json: JSONValue) throws -> Source {
        guard let id = json["id"]?.intValue else { throw ClaimsError.invalidField("id", "a source line needs an id") }
        let kindText = json["kind"]?.stringValue ?? "article"
        guard let kind = SourceKind(rawValue: kindText) else { throw ClaimsError.invalidField("kind", "unknown source kind '\(kindText)'") }
        func time(_ key: String) throws -> EventTime? {
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
