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
    /// - Throws: ``StoreError/importFailed(file:line:problem:)`` naming the line; the ledger is unchanged.
    /// - Complexity: One pass; memory stays flat (a bounded cache of source ids).
    public func importCSV(
        path: String, check: (ClaimContent) throws -> Void = { _ in }, progress: ((ImportProgress) -> Void)? = nil
    ) throws(StoreError) -> ImportSummary {
        var reader: CSVRecordReader
        do { reader = try CSVRecordReader(path: path) } catch { throw .invalid(error) }
        defer { reader.close() }
        let totalBytes = Self.fileSize(path)
        var summary = ImportSummary()
        do {
            try bulkWrite { db in
                let session = try LedgerSession(db: db, clock: clock, validator: validator)
                var line = 1
                func fail(_ problem: String) -> StoreError { .importFailed(file: path, line: line, problem: problem) }
                func next() throws -> Bool {
                    do { return try reader.nextRecord() } catch {
                        line = error.line
                        throw fail(error.problem)
                    }
                }
                do throws(CSVRecordReader.Failure) { try reader.skipLines(startingWith: UInt8(ascii: "#")) } catch {
                    throw StoreError.importFailed(file: path, line: error.line, problem: error.problem)
                }
                guard try next() else { throw fail("the file is empty: expected a header row naming the claim's columns") }
                line = reader.recordLine
                let columns: ClaimCSVColumns
                do throws(ClaimsError) {
                    columns = try ClaimCSVColumns(header: (0..<reader.fieldCount).map { reader.string($0) })
                } catch {
                    throw fail(error.description)
                }
                var sourceIDs: [String: Int64] = [:]
                while try next() {
                    line = reader.recordLine
                    if reader.isBlankRecord { continue }
                    summary.linesRead += 1
                    if let progress, summary.linesRead % 4096 == 0 {
                        progress(ImportProgress(rows: summary.linesRead, bytes: reader.bytesConsumed, totalBytes: totalBytes))
                    }
                    guard reader.fieldCount == columns.count else {
                        throw fail("expected \(columns.count) fields as in the header, found \(reader.fieldCount): a truncated or malformed row")
                    }
                    let content: ClaimContent
                    let citations: [(url: String, quote: String)]
                    do {
                        content = try ClaimContent(json: columns.object(of: reader))
                        try check(content)
                        citations = try columns.citations(of: reader)
                    } catch let error as ClaimsError {
                        throw fail(error.description)
                    } catch let error as StoreError {
                        throw fail(error.description)
                    }
                    if let column = columns.hash, !reader.isEmptyField(column), try session.isHeadHash(reader.string(column)) {
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
                        try session.createClaim(content, citations: cited, action: .import, reason: "imported from \(path)")
                    } catch let error as StoreError {
                        throw fail(error.description)
                    }
                    summary.claimsAdded += 1
                }
                try session.finishValidation()
                progress?(ImportProgress(rows: summary.linesRead, bytes: reader.bytesConsumed, totalBytes: totalBytes))
            }
        } catch {
            throw StoreError.wrap(error)
        }
        return summary
    }
}
