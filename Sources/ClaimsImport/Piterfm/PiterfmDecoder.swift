import ClaimsCore

/// Decodes Petro Ivaniuk's "Massive Missile Attacks on Ukraine" attack table
/// (`missile_attacks_daily.csv`): one intercept claim per row (SPEC §7, see ``PiterfmMapper``).
///
/// Each row is identified by its time_start, time_end, model and source plus its order among
/// rows sharing those, kept in the claim's `extra` as `piterfm_key` (``rowKeyField``): importing
/// the same file again adds nothing, and a row that changed since gets one new revision.
public struct PiterfmDecoder: ImportDecoder {
    /// The file name of the dataset's attack table.
    public static let attacksFile = "missile_attacks_daily.csv"
    /// The file name of the dataset's weapon reference table.
    public static let referenceFile = "missiles_and_uavs.csv"
    /// The `extra` field holding a row's key (``rowKeyField``).
    public static let rowKey = PiterfmMapper.keyField

    public let input: ImportInput
    /// `missiles_and_uavs.csv`, to report models missing from it, when given.
    public let reference: ImportInput?
    /// Resolves models, accounts and places.
    public let taxonomy: Taxonomy

    /// A decoder of the attack table `input`.
    ///
    /// - Parameters:
    ///   - input: The attack table.
    ///   - reference: The reference table, to report models missing from it (optional).
    ///   - taxonomy: Resolves models, accounts and places.
    public init(_ input: ImportInput, reference: ImportInput? = nil, taxonomy: Taxonomy) {
        self.input = input
        self.reference = reference
        self.taxonomy = taxonomy
    }

    /// `piterfm_key`.
    public var rowKeyField: String? { PiterfmMapper.keyField }
    /// `true`: a row the validator refuses is listed as rejected, like an unknown model.
    public var reportsRefusedRows: Bool { true }
    /// `imported from the piterfm dataset`.
    public var revisionReason: String { "imported from the piterfm dataset" }

    /// `the piterfm dataset's row (line N) states the same claim`.
    public func citeReason(line: Int) -> String { "the piterfm dataset's row (line \(line)) states the same claim" }

    /// `piterfm row changed: FIELDS`.
    public func changedRowReason(fields: [String]) -> String { "piterfm row changed: " + fields.joined(separator: ", ") }

    /// Reads the reference table (if any), the header and every row, emitting one record per
    /// non-blank row; stops after the first malformed one, or when `emit` returns `false`.
    public func decode(_ emit: (ImportRecord) -> Bool) {
        var referenceModels: Set<String>?
        if let reference {
            do { referenceModels = try PiterfmReference.models(reference) } catch {
                _ = emit(ImportRecord(line: error.line, bytesConsumed: 0, content: .failure(error)))
                return
            }
        }
        var reader: CSVRecordReader
        do { reader = try input.csvReader() } catch {
            _ = emit(ImportRecord(line: 1, bytesConsumed: 0, content: .failure(error)))
            return
        }
        defer { reader.close() }
        func malformed(_ line: Int, _ problem: String) {
            let failure = ImportFailure(file: input.name, line: line, problem: problem)
            _ = emit(ImportRecord(line: line, bytesConsumed: reader.bytesConsumed, content: .failure(failure)))
        }
        func next() -> Bool? {
            do { return try reader.nextRecord() } catch {
                malformed(error.line, error.problem)
                return nil
            }
        }
        guard let first = next() else { return }
        guard first else { return malformed(1, "the file is empty: expected the header of \(Self.attacksFile)") }
        let columns: PiterfmColumns
        var mapper: PiterfmMapper
        do throws(PiterfmProblem) {
            columns = try PiterfmColumns(header: (0..<reader.fieldCount).map { reader.string($0) })
            mapper = try PiterfmMapper(taxonomy: taxonomy, columns: columns)
        } catch {
            return malformed(1, error.message)
        }
        let relayPrefix = "Petro Ivaniuk's dataset \"Massive Missile Attacks on Ukraine\", \(input.fileName) line "
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
            let content: ImportRecord.Content
            do throws(PiterfmProblem) {
                switch try mapper.map(reader) {
                case var .success(claim):
                    let occurrence = (occurrences[claim.baseKey] ?? 0) + 1
                    occurrences[claim.baseKey] = occurrence
                    claim.content.extra[PiterfmMapper.keyField] = claim.baseKey + "#\(occurrence)"
                    let source = Source(kind: .post, url: claim.sourceURL, outlet: claim.account)
                    let citation = DraftCitation(source: .url(source), quote: claim.quote, relay: relayPrefix + String(line))
                    var draft = ClaimDraft(content: claim.content, citations: .success([citation]))
                    draft.notes.isRepeatedKey = occurrence > 1
                    draft.notes.assumedClaimantAccount = claim.claimantAssumed ? claim.account : nil
                    if let referenceModels {
                        let model = claim.content.extra["model"] ?? ""
                        let missing = missingFromReference[model] ?? PiterfmReference.parts(of: model).filter { !referenceModels.contains($0) }
                        missingFromReference[model] = missing
                        draft.notes.missingFromReference = missing
                    }
                    content = .claim(draft)
                case let .failure(problem):
                    content = .rejected(problem.message)
                }
            } catch {
                return malformed(line, error.message)
            }
            guard emit(ImportRecord(line: line, bytesConsumed: reader.bytesConsumed, content: content)) else { return }
        }
    }
}
