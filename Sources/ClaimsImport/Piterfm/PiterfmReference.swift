import ClaimsCore

/// The dataset's weapon reference table (`missiles_and_uavs.csv`) and helpers to compare rows.
public enum PiterfmReference {
    /// The model names listed in the reference table.
    ///
    /// - Throws: ``ImportFailure`` when it cannot be read or is not the reference table.
    static func models(_ input: ImportInput) throws(ImportFailure) -> Set<String> {
        var reader = try input.csvReader()
        defer { reader.close() }
        let file = input.name
        var models: Set<String> = []
        do {
            guard try reader.nextRecord() else { throw ImportFailure(file: file, line: 1, problem: "the file is empty") }
            let header = (0..<reader.fieldCount).map { reader.string($0).trimmingCharacters() }
            guard let column = header.firstIndex(where: { $0 == "model" || $0 == "\u{FEFF}model" }) else {
                throw ImportFailure(file: file, line: 1, problem: "missing required column 'model': expected \(PiterfmDecoder.referenceFile)")
            }
            while try reader.nextRecord() {
                if reader.isBlankRecord { continue }
                guard column < reader.fieldCount else {
                    throw ImportFailure(file: file, line: reader.recordLine, problem: "expected \(header.count) fields, found \(reader.fieldCount)")
                }
                models.insert(reader.string(column).trimmingCharacters())
            }
        } catch let failure as ImportFailure {
            throw failure
        } catch let error as CSVRecordReader.Failure {
            throw ImportFailure(file: file, line: error.line, problem: error.problem)
        } catch {
            throw ImportFailure(file: file, line: 1, problem: "\(error)")
        }
        return models
    }

    /// The models of a dataset `model` value: "X-101/X-555 and Kalibr" → ["X-101/X-555", "Kalibr"].
    static func parts(of model: String) -> [String] {
        model.split(separator: " and ").map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
    }

    /// The names of the fields that differ, for a revision's reason ("count, extra.not_reach_goal").
    public static func changedFields(from old: ClaimContent, to new: ClaimContent) -> [String] {
        var fields: [String] = []
        if old.system != new.system { fields.append("system") }
        if old.claimant != new.claimant { fields.append("claimant") }
        if old.count != new.count { fields.append("count") }
        if old.launched != new.launched { fields.append("launched") }
        if old.event != new.event { fields.append("event") }
        if old.place != new.place { fields.append("place") }
        if old.location != new.location { fields.append("location") }
        for key in Set(old.extra.keys).union(new.extra.keys).sorted() where old.extra[key] != new.extra[key] {
            fields.append("extra.\(key)")
        }
        if fields.isEmpty, old != new { fields.append("other fields") }
        return fields
    }
}
