import ClaimsCore
import GRDB

extension Ledger {
    /// Imports claims from a CSV file, one claim per row, in one transaction: the flat form
    /// `claims export --format csv` writes, or any CSV with the claim's JSON keys as columns
    /// (see ``ClaimCSVColumns``). Each row is checked by the same rules as a JSON line.
    ///
    /// A row whose `hash` is the head hash of a claim already in the ledger is skipped. Sources
    /// are found or added by URL.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - check: Called on each claim before it is written; throw to reject the file. (The
    ///     ledger's ``validator``, when set, runs on every claim too.)
    ///   - progress: Called every few thousand rows.
    ///   - identity: Compares each claim added to a ledger that has claims with the stored ones
    ///     (see ``ImportIdentity``); when `nil`, every claim not present by hash is added.
    /// - Throws: ``StoreError/importFailed(file:line:problem:)`` naming the line; the ledger is unchanged.
    /// - Complexity: One pass; memory stays flat (a bounded cache of source ids).
    public func importCSV(
        path: String, check: (ClaimContent) throws -> Void = { _ in }, progress: ((ImportProgress) -> Void)? = nil,
        identity: ClaimIdentity? = nil
    ) throws(StoreError) -> ImportSummary {
        let reader: Handover<CSVRecordReader>
        do { reader = Handover(try CSVRecordReader(path: path)) } catch { throw .invalid(error) }
        let totalBytes = Self.fileSize(path)
        // The file's name, not its path: a ledger is shared, and local directories are nobody's business.
        let reason = "imported from " + (path.split(separator: "/").last.map(String.init) ?? path)
        // Rows are read and decoded on a second thread while this one writes.
        let rows = Prefetcher<CSVClaimRow> { emit in
            defer { reader.value.close() }
            CSVClaimRow.read(&reader.value, emit: emit)
        }
        defer { rows.cancel() }
        var summary = ImportSummary()
        do {
            try bulkWrite { db in
                let session = try LedgerSession(db: db, clock: clock, validator: validator)
                var line = 1
                var bytesConsumed = 0
                func fail(_ problem: String) -> StoreError { .importFailed(file: path, line: line, problem: problem) }
                var sourceIDs: [String: Int64] = [:]
                var matcher = try ImportIdentity(identity: identity, excludingDatasetClaims: false, db: db)
                while let row = rows.next() {
                    line = row.line
                    bytesConsumed = row.bytesConsumed
                    let content: CanonicalContent
                    let citations: [(url: String, quote: String)]
                    let hash: String?
                    switch row.outcome {
                    case let .header(problem):
                        throw fail(problem)
                    case let .malformed(problem):
                        summary.linesRead += 1
                        throw fail(problem)
                    case let .claim(decoded, cited, headHash):
                        summary.linesRead += 1
                        do {
                            try check(decoded.content)
                            citations = try cited.get()
                        } catch let error as ClaimsError {
                            throw fail(error.description)
                        } catch let error as StoreError {
                            throw fail(error.description)
                        }
                        content = decoded
                        hash = headHash
                    }
                    if let progress, summary.linesRead % 4096 == 0 {
                        progress(ImportProgress(rows: summary.linesRead, bytes: bytesConsumed, totalBytes: totalBytes))
                    }
                    if let hash, try session.isHeadHash(hash) {
                        summary.claimsUnchanged += 1
                        continue
                    }
                    var cited: [Citation] = []
                    for (url, quote) in citations {
                        let id: Int64
                        if let known = sourceIDs[url] {
                            id = known
                        } else {
                            let (added, isNew) = try session.addSource(Source(kind: .article, url: url))
                            if isNew { summary.sourcesAdded += 1 }
                            if sourceIDs.count >= 100_000 { sourceIDs.removeAll(keepingCapacity: true) }
                            sourceIDs[url] = added
                            id = added
                        }
                        cited.append(Citation(sourceID: id, quote: quote))
                    }
                    do {
                        try session.importClaim(content, citations: cited, reason: reason, line: line, matcher: &matcher, summary: &summary)
                    } catch let error as StoreError {
                        throw fail(error.description)
                    }
                }
                try session.finishValidation()
                progress?(ImportProgress(rows: summary.linesRead, bytes: bytesConsumed, totalBytes: totalBytes))
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
        return summary
    }
}

/// One row of a claims CSV file, read and decoded off the importing thread (see ``Prefetcher``).
struct CSVClaimRow: Sendable {
    enum Outcome: Sendable {
        /// The header (or what precedes it) is wrong: the import fails.
        case header(String)
        /// The row is wrong: the import fails.
        case malformed(String)
        /// The claim; its citations (an error is thrown only when they are used); the head hash
        /// the row carries.
        case claim(CanonicalContent, citations: Result<[(url: String, quote: String)], ClaimsError>, hash: String?)
    }

    var line: Int
    var bytesConsumed: Int
    var outcome: Outcome

    /// Reads the header and every row, emitting one item per non-blank row; stops after the
    /// first error, or when `emit` returns `false`.
    static func read(_ reader: inout CSVRecordReader, emit: (CSVClaimRow) -> Bool) {
        func stop(_ line: Int, _ outcome: Outcome) {
            _ = emit(CSVClaimRow(line: line, bytesConsumed: reader.bytesConsumed, outcome: outcome))
        }
        do throws(CSVRecordReader.Failure) { try reader.skipLines(startingWith: UInt8(ascii: "#")) } catch {
            return stop(error.line, .header(error.problem))
        }
        let columns: ClaimCSVColumns
        do throws(CSVRecordReader.Failure) {
            guard try reader.nextRecord() else {
                return stop(1, .header("the file is empty: expected a header row naming the claim's columns"))
            }
            do throws(ClaimsError) {
                columns = try ClaimCSVColumns(header: (0..<reader.fieldCount).map { reader.string($0) })
            } catch {
                return stop(reader.recordLine, .header(error.description))
            }
            while try reader.nextRecord() {
                let line = reader.recordLine
                if reader.isBlankRecord { continue }
                guard reader.fieldCount == columns.count else {
                    return stop(line, .malformed(
                        "expected \(columns.count) fields as in the header, found \(reader.fieldCount): a truncated or malformed row"
                    ))
                }
                let content: ClaimContent
                do throws(ClaimsError) { content = try ClaimContent(json: columns.object(of: reader)) } catch {
                    return stop(line, .malformed(error.description))
                }
                let citations = Result { () throws(ClaimsError) in try columns.citations(of: reader) }
                let hash = columns.hash.flatMap { reader.isEmptyField($0) ? nil : reader.string($0) }
                guard emit(CSVClaimRow(line: line, bytesConsumed: reader.bytesConsumed, outcome: .claim(CanonicalContent(content), citations: citations, hash: hash)))
                else { return }
            }
        } catch {
            return stop(error.line, .malformed(error.problem))
        }
    }
}
