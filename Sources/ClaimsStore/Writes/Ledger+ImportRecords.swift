import ClaimsCore
import ClaimsImport
import GRDB

extension Ledger {
    /// Imports the records of `decoder` in one transaction: the one bulk-import entry point that
    /// `claims import` (JSON Lines, CSV) and `claims import-piterfm` share.
    ///
    /// The decoder reads and decodes on a second thread (``Prefetcher``) while this one writes.
    /// Sources are found or added by URL (or restored by the file's id); a claim whose head hash
    /// is in the ledger is skipped; a keyed dataset row (``ImportDecoder/rowKeyField``) already in
    /// the ledger is left alone or revised; any other claim is compared by claim identity
    /// (``ImportOptions/identity``) and cited, flagged or created. Into an empty ledger, claims
    /// carrying their history are restored verbatim and the result is verified.
    ///
    /// ```swift
    /// let summary = try ledger.importRecords(ClaimsCSVDecoder(.file(path: "claims.csv")))
    /// ```
    ///
    /// - Parameters:
    ///   - decoder: The format and its input.
    ///   - options: A check per claim, claim identity, shingles, strictness.
    ///   - progress: Called every few thousand records, and once at the end.
    /// - Returns: What happened to every record.
    /// - Throws: ``StoreError/importFailed(file:line:problem:)`` naming the line; the ledger is
    ///   unchanged.
    /// - Complexity: One pass over the input; memory flat in its size (bounded caches of
    ///   source ids, and the keys of a keyed dataset's stored rows).
    public func importRecords(
        _ decoder: some ImportDecoder, options: ImportOptions = ImportOptions(), progress: ((ImportProgress) -> Void)? = nil
    ) throws(StoreError) -> ImportSummary {
        let totalBytes: Int?
        switch decoder.input {
        case let .file(path): totalBytes = Self.fileSize(path)
        case let .bytes(bytes, _): totalBytes = bytes.count
        }
        let records = Prefetcher<ImportRecord> { emit in decoder.decode(emit) }
        defer { records.cancel() }
        do {
            return try bulkWrite { db in
                var run = try BulkImport(decoder: decoder, options: options, session: LedgerSession(db: db, clock: clock, validator: validator))
                var bytesConsumed = 0
                while let record = records.next() {
                    bytesConsumed = record.bytesConsumed
                    if case let .failure(failure) = record.content {
                        throw StoreError.importFailed(file: failure.file, line: failure.line, problem: failure.problem)
                    }
                    run.summary.linesRead += 1
                    if let progress, run.summary.linesRead % 4096 == 0 {
                        progress(ImportProgress(rows: run.summary.linesRead, bytes: bytesConsumed, totalBytes: totalBytes))
                    }
                    try run.write(record)
                }
                let summary = try run.finish()
                progress?(ImportProgress(rows: summary.linesRead, bytes: bytesConsumed, totalBytes: totalBytes))
                return summary
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }
}
