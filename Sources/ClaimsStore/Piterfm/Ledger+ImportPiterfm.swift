import ClaimsCore
import ClaimsImport
import Foundation
import GRDB

extension Ledger {
    /// The file name of the dataset's attack table.
    public static let piterfmAttacksFile = PiterfmDecoder.attacksFile
    /// The file name of the dataset's weapon reference table.
    public static let piterfmReferenceFile = PiterfmDecoder.referenceFile

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
        let decoder = PiterfmDecoder(.file(path: file), reference: referenceFile.map { .file(path: $0) }, taxonomy: taxonomy)
        let summary = try importRecords(
            decoder, options: ImportOptions(identity: ClaimIdentity(taxonomy: taxonomy), isStrict: strict), progress: progress
        )
        return PiterfmImportSummary(summary, readReferenceTable: referenceFile != nil)
    }

    /// The size of a file in bytes, when it can be read.
    static func fileSize(_ path: String) -> Int? {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue
    }
}

extension LedgerSession {
    /// Every claim imported from a keyed dataset, by row key (the `extra` field `field`): its id
    /// and head revision.
    func rowKeys(field: String) throws -> [String: (claimID: Int64, seq: Int64)] {
        var keys: [String: (claimID: Int64, seq: Int64)] = [:]
        // A decoder's constant, which ``ImportIdentity`` writes into its statement.
        guard !field.isEmpty, field.utf8.allSatisfy({ $0 == UInt8(ascii: "_") || (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }) else {
            throw StoreError.refused("a dataset's row key field must be lower-case letters, digits and '_', not '\(field)'")
        }
        // The field's position in each key set that has it (schema v8: `extra` is stored as an
        // array of values, its keys once in `extraKeys`); then the head revisions of that key set,
        // through `revision_on_extraKeys`.
        let keySets = try Row.fetchAll(db, sql: """
            SELECT k.id, CAST(j.key AS INTEGER) FROM extraKeys k, json_each(k.keys) j WHERE j.value = ? AND j.type = 'text'
            """, arguments: [field])
        for keySet in keySets {
            let position: Int = keySet[1]
            // Values stored against their quote (``ExtraAgainstQuote``) are read in Swift.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT CASE WHEN instr(r.extra, char(1)) = 0 THEN json_extract(r.extra, '$[' || ? || ']') END,
                    r.claimId, r.seq, r.extra, \(RevisionRow.extraQuoteText("r"))
                FROM revision r JOIN claim c ON c.id = r.claimId AND c.headRevision = r.seq
                WHERE r.extraKeys = ?
                """, arguments: [position, keySet[0] as Int64])
            while let row = try rows.next() {
                var key: String? = row[0]
                if key == nil, let stored: String = row[3], ExtraAgainstQuote.hasReferences(stored),
                   let values = ExtraAgainstQuote.decode(stored, quote: row[4]),
                   case let .array(items)? = try? JSONParser.parse(values), position < items.count {
                    key = items[position].stringValue
                }
                guard let key else { continue }
                // The first claim (by id) that carries a key keeps it, as before.
                if let found = keys[key], found.claimID <= row[1] as Int64 { continue }
                keys[key] = (row[1], row[2])
            }
        }
        return keys
    }

    /// The revision with that ledger-wide sequence number (without its citations).
    func revision(seq: Int64, using query: DirectQuery) throws -> Revision? {
        try query.first(binding: { $0.int(seq) }) { try RevisionRow.decode($0) }
    }
}
