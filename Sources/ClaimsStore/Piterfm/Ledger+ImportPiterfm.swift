import ClaimsCore
import Foundation
import GRDB

extension Ledger {
    /// The file name of the dataset's attack table.
    public static let piterfmAttacksFile = "missile_attacks_daily.csv"
    /// The file name of the dataset's weapon reference table.
    public static let piterfmReferenceFile = "missiles_and_uavs.csv"

    /// Imports Petro Ivaniuk's "Massive Missile Attacks on Ukraine" attack table
    /// (`missile_attacks_daily.csv`), in one transaction: one intercept claim per row.
    ///
    /// Each row is identified by its time_start, time_end, model and source (plus its order
    /// among rows sharing those), kept in the claim's `extra` as `piterfm_key`. Importing the
    /// same file again adds nothing; a row that changed since gets one new revision.
    ///
    /// - Parameters:
    ///   - file: The attack table.
    ///   - referenceFile: `missiles_and_uavs.csv`, to report models missing from it (optional).
    ///   - taxonomy: Resolves models, accounts and places.
    ///   - strict: Whether a row that cannot be mapped (a model the taxonomy does not know)
    ///     fails the whole import instead of being reported as rejected.
    ///   - progress: Called every few thousand rows.
    /// - Returns: What happened to every row.
    /// - Throws: ``StoreError/importFailed(file:line:problem:)`` for a malformed file (a missing
    ///   column, a truncated row, text in a count column, not a CSV); the ledger is unchanged.
    /// - Complexity: One pass over the file; memory grows with the number of distinct rows
    ///   (their keys), not with the file size.
    public func importPiterfm(
        file: String, referenceFile: String? = nil, taxonomy: Taxonomy, strict: Bool = false,
        progress: ((ImportProgress) -> Void)? = nil
    ) throws(StoreError) -> PiterfmImportSummary {
        var summary = PiterfmImportSummary()
        var reference: Set<String>?
        if let referenceFile {
            reference = try PiterfmReference.models(path: referenceFile)
            summary.readReferenceTable = true
        }
        let reader: Handover<CSVRecordReader>
        do { reader = Handover(try CSVRecordReader(path: file)) } catch { throw .invalid(error) }
        let totalBytes = Self.fileSize(file)
        let fileName = file.split(separator: "/").last.map(String.init) ?? file
        // Rows are read and mapped on a second thread while this one writes.
        let referenceModels = reference
        let rows = Prefetcher<PiterfmRow> { emit in
            defer { reader.value.close() }
            PiterfmRow.read(&reader.value, taxonomy: taxonomy, reference: referenceModels, emit: emit)
        }
        defer { rows.cancel() }
        do {
            try bulkWrite { db in
                let session = try LedgerSession(db: db, clock: clock, validator: validator)
                func fail(_ line: Int, _ problem: String) -> StoreError {
                    .importFailed(file: file, line: line, problem: problem)
                }
                var existing = try session.piterfmKeys()
                var matcher = try ImportIdentity(identity: ClaimIdentity(taxonomy: taxonomy), excludingDatasetClaims: true, db: db)
                let headQuery = try DirectQuery(db, sql: RevisionRow.selectBySeqSQL)
                var sourceIDs: [String: Int64] = [:]
                var bytesConsumed = 0
                /// A row the validator refuses (an error finding) is rejected like an unknown model:
                /// listed with its line, or the end of the import with --strict.
                func reject(_ line: Int, _ findings: [Finding]) throws {
                    let message = StoreError.rejected(findings).description
                    if strict { throw fail(line, message + " (--strict)") }
                    summary.rejected.append(.init(line: line, reason: message))
                }
                let relayPrefix = "Petro Ivaniuk's dataset \"Massive Missile Attacks on Ukraine\", \(fileName) line "

                func countRow() {
                    summary.rowsRead += 1
                    if let progress, summary.rowsRead % 4096 == 0 {
                        progress(ImportProgress(rows: summary.rowsRead, bytes: bytesConsumed, totalBytes: totalBytes))
                    }
                }

                while let row = rows.next() {
                    let line = row.line
                    bytesConsumed = row.bytesConsumed
                    let claim: PiterfmClaim
                    let prepared: CanonicalContent
                    switch row.outcome {
                    case let .malformed(problem):
                        throw fail(line, problem)
                    case let .rejected(problem):
                        countRow()
                        if strict { throw fail(line, problem + " (--strict)") }
                        summary.rejected.append(.init(line: line, reason: problem))
                        continue
                    case let .claim(mapped, canonical, repeated, missingFromReference):
                        countRow()
                        if repeated { summary.repeatedKeys += 1 }
                        if mapped.claimantAssumed { summary.claimantAssumed[mapped.account, default: 0] += 1 }
                        for part in missingFromReference { summary.notInReferenceTable[part, default: 0] += 1 }
                        claim = mapped
                        prepared = canonical
                    }
                    let key = claim.content.extra[PiterfmMapper.keyField] ?? ""

                    if let known = existing.removeValue(forKey: key) {
                        guard let head = try session.revision(seq: known.seq, using: headQuery) else {
                            throw StoreError.database("claim \(known.claimID): head revision \(known.seq) is missing: run `claims verify`")
                        }
                        if head.content == claim.content {
                            summary.claimsUnchanged += 1
                        } else {
                            let changed = PiterfmReference.changedFields(from: head.content, to: claim.content)
                            do {
                                try session.revise(
                                    claimID: known.claimID, content: claim.content, action: .import,
                                    reason: "piterfm row changed: \(changed.joined(separator: ", "))"
                                )
                                summary.claimsUpdated += 1
                            } catch let StoreError.rejected(findings) {
                                try reject(line, findings)
                            }
                        }
                        continue
                    }
                    let sourceID: Int64
                    if let id = sourceIDs[claim.sourceURL] {
                        sourceID = id
                    } else {
                        let (id, isNew) = try session.addSource(Source(kind: .post, url: claim.sourceURL, outlet: claim.account))
                        if isNew { summary.sourcesAdded += 1 }
                        sourceIDs[claim.sourceURL] = id
                        sourceID = id
                    }
                    let citation = Citation(sourceID: sourceID, quote: claim.quote, relay: relayPrefix + String(line))
                    var match: (stored: Int64, why: String, conflict: Bool)?
                    do {
                        switch try matcher?.outcome(for: claim.content, citations: [citation], reader: session.reader) ?? .new {
                        case .new: break
                        case .alreadyCited:
                            summary.claimsUnchanged += 1
                            continue
                        case let .cite(stored):
                            try ImportIdentity.cite(stored, with: [citation], reason: "the piterfm dataset's row (line \(line)) states the same claim", session: session)
                            summary.claimsCited += 1
                            continue
                        case let .possibleRepeat(stored, why): match = (stored, why, false)
                        case let .conflict(stored, why): match = (stored, why, true)
                        }
                        let id = try session.createClaim(
                            prepared, citations: [citation], action: .import, reason: "imported from the piterfm dataset"
                        )
                        summary.claimsAdded += 1
                        if let match {
                            let found = ImportMatch(line: line, claimID: id, storedClaimID: match.stored, why: match.why)
                            if match.conflict { summary.conflicts.append(found) } else { summary.possibleRepeats.append(found) }
                        }
                    } catch let StoreError.rejected(findings) {
                        try reject(line, findings)
                    }
                }
                try session.finishValidation()
                summary.missingFromFile = existing.count
                progress?(ImportProgress(rows: summary.rowsRead, bytes: bytesConsumed, totalBytes: totalBytes))
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
        return summary
    }

    /// The size of a file in bytes, when it can be read.
    static func fileSize(_ path: String) -> Int? {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue
    }
}

extension LedgerSession {
    /// Every claim imported from the piterfm dataset, by row key: its id and head revision.
    func piterfmKeys() throws -> [String: (claimID: Int64, seq: Int64)] {
        var keys: [String: (claimID: Int64, seq: Int64)] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT json_extract(r.extra, '$.piterfm_key'), r.claimId, r.seq
            FROM revision r INDEXED BY revision_on_piterfmRow
            JOIN claim c ON c.id = r.claimId AND c.headRevision = r.seq
            WHERE instr(r.extra, '"piterfm_key":') > 0
            """)
        while let row = try rows.next() {
            guard let key: String = row[0] else { continue }
            if keys[key] == nil { keys[key] = (row[1], row[2]) }
        }
        return keys
    }

    /// The revision with that ledger-wide sequence number (without its citations).
    func revision(seq: Int64, using query: DirectQuery) throws -> Revision? {
        try query.first(binding: { $0.int(seq) }) { try RevisionRow.decode($0) }
    }
}

/// One row of the attack table, read and mapped off the importing thread (see ``Prefetcher``).
struct PiterfmRow: Sendable {
    enum Outcome: Sendable {
        /// The row as a claim (its key, with the occurrence number, already in `extra`).
        case claim(PiterfmClaim, prepared: CanonicalContent, repeated: Bool, missingFromReference: [String])
        /// A row that cannot become a claim (a model the taxonomy does not know): reported.
        case rejected(String)
        /// The file is malformed here: the import fails.
        case malformed(String)
    }

    var line: Int
    var bytesConsumed: Int
    var outcome: Outcome

    /// Reads the header and every row, emitting one item per non-blank row; stops after the first
    /// malformed one, or when `emit` returns `false`.
    static func read(
        _ reader: inout CSVRecordReader, taxonomy: Taxonomy, reference: Set<String>?, emit: (PiterfmRow) -> Bool
    ) {
        func malformed(_ line: Int, _ problem: String) {
            _ = emit(PiterfmRow(line: line, bytesConsumed: reader.bytesConsumed, outcome: .malformed(problem)))
        }
        func next() -> Bool? {
            do { return try reader.nextRecord() } catch {
                malformed(error.line, error.problem)
                return nil
            }
        }
        guard let first = next() else { return }
        guard first else { return malformed(1, "the file is empty: expected the header of \(Ledger.piterfmAttacksFile)") }
        let columns: PiterfmColumns
        var mapper: PiterfmMapper
        do throws(PiterfmProblem) {
            columns = try PiterfmColumns(header: (0..<reader.fieldCount).map { reader.string($0) })
            mapper = try PiterfmMapper(taxonomy: taxonomy, columns: columns)
        } catch {
            return malformed(1, error.message)
        }
        var occurrences: [String: Int] = [:]
        var missingFromReference: [String: [String]] = [:]
        while let more = next(), more {
            let line = reader.recordLine
            if reader.isBlankRecord { continue }
            guard reader.fieldCount == columns.names.count else {
                return malformed(line, "expected \(columns.names.count) fields as in the header, found \(reader.fieldCount): a truncated or malformed row")
            }
            guard reader.recordEndsWithLineBreak else {
                return malformed(line, "the last row does not end with a line break: the file looks truncated (if the row is complete, add a line break at the end)")
            }
            let outcome: Outcome
            do throws(PiterfmProblem) {
                switch try mapper.map(reader) {
                case var .success(claim):
                    let occurrence = (occurrences[claim.baseKey] ?? 0) + 1
                    occurrences[claim.baseKey] = occurrence
                    claim.content.extra[PiterfmMapper.keyField] = claim.baseKey + "#\(occurrence)"
                    var missing: [String] = []
                    if let reference {
                        let model = claim.content.extra["model"] ?? ""
                        missing = missingFromReference[model] ?? PiterfmReference.parts(of: model).filter { !reference.contains($0) }
                        missingFromReference[model] = missing
                    }
                    outcome = .claim(claim, prepared: CanonicalContent(claim.content), repeated: occurrence > 1, missingFromReference: missing)
                case let .failure(problem):
                    outcome = .rejected(problem.message)
                }
            } catch {
                return malformed(line, error.message)
            }
            guard emit(PiterfmRow(line: line, bytesConsumed: reader.bytesConsumed, outcome: outcome)) else { return }
        }
    }
}
