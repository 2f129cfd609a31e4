import ClaimsCore

/// Decodes a claims CSV file: one claim per row, the columns named as the claim's JSON keys, as
/// `claims export --format csv` writes them (see ``ClaimCSVColumns``). Lines starting with `#`
/// before the header are skipped. Each row is checked by the same rules as a JSON line.
public struct ClaimsCSVDecoder: ImportDecoder {
    public let input: ImportInput

    /// A decoder of `input`.
    public init(_ input: ImportInput) {
        self.input = input
    }

    /// Reads the header and every row, emitting one record per non-blank row; stops after the
    /// first error, or when `emit` returns `false`.
    public func decode(_ emit: (ImportRecord) -> Bool) {
        var reader: CSVRecordReader
        do { reader = try input.csvReader() } catch {
            _ = emit(ImportRecord(line: 1, bytesConsumed: 0, content: .failure(error)))
            return
        }
        defer { reader.close() }
        func stop(_ line: Int, _ problem: String) {
            let failure = ImportFailure(file: input.name, line: line, problem: problem)
            _ = emit(ImportRecord(line: line, bytesConsumed: reader.bytesConsumed, content: .failure(failure)))
        }
        do throws(CSVRecordReader.Failure) { _ = try reader.skipLines(startingWith: UInt8(ascii: "#")) } catch {
            return stop(error.line, error.problem)
        }
        let columns: ClaimCSVColumns
        do throws(CSVRecordReader.Failure) {
            guard try reader.nextRecord() else {
                return stop(1, "the file is empty: expected a header row naming the claim's columns")
            }
            do throws(ClaimsError) {
                columns = try ClaimCSVColumns(header: (0..<reader.fieldCount).map { reader.string($0) })
            } catch {
                return stop(reader.recordLine, error.description)
            }
            while try reader.nextRecord() {
                let line = reader.recordLine
                if reader.isBlankRecord { continue }
                guard reader.fieldCount == columns.count else {
                    return stop(line, "expected \(columns.count) fields as in the header, found \(reader.fieldCount): a truncated or malformed row")
                }
                let content: ClaimContent
                do throws(ClaimsError) { content = try ClaimContent(json: columns.object(of: reader)) } catch {
                    return stop(line, error.description)
                }
                let citations = Result { () throws(ClaimsError) in
                    try columns.citations(of: reader).map { DraftCitation(source: .url(Source(kind: .article, url: $0.url)), quote: $0.quote) }
                }
                let hash = columns.hash.flatMap { reader.isEmptyField($0) ? nil : reader.string($0) }
                let draft = ClaimDraft(content: content, citations: citations, hash: hash)
                guard emit(ImportRecord(line: line, bytesConsumed: reader.bytesConsumed, content: .claim(draft))) else { return }
            }
        } catch {
            return stop(error.line, error.problem)
        }
    }
}
