import ClaimsCore
import GRDB

extension BulkImport {
    /// Adds a review-queue candidate of the file: restored with its ids into an empty ledger;
    /// otherwise with a new id, its source, claim and original mapped to theirs in this ledger,
    /// unless the same candidate is already queued.
    ///
    /// - Throws: ``StoreError/importFailed(file:line:problem:)`` when it names a source, claim or
    ///   candidate that is not before it in the file.
    mutating func addCandidate(_ json: JSONValue, line: Int) throws {
        var candidate = try QueuedCandidate(export: json)
        guard let source = sourceMap[candidate.sourceID] else {
            throw fail(line, "candidate \(candidate.id) names source \(candidate.sourceID), which is not in the file")
        }
        let oldID = candidate.id
        if !restoring {
            candidate.sourceID = source
            if let old = candidate.claimID {
                guard let mapped = try claimID(ofFileClaim: old) else {
                    throw fail(line, "candidate \(oldID) names claim \(old), which is not in the file")
                }
                candidate.claimID = mapped
            }
            if let old = candidate.copyOf {
                guard let mapped = candidateMap[old] else {
                    throw fail(line, "candidate \(oldID) repeats candidate \(old), which is not before it in the file")
                }
                candidate.copyOf = mapped
            }
            if let old = candidate.sameAs {
                // A suggestion, not data: it survives only when its claim came along.
                candidate.sameAs = try claimID(ofFileClaim: old)
            }
        }
        let id: Int64, isNew: Bool
        do { (id, isNew) = try session.insertCandidate(candidate, keepingID: restoring) } catch let error as DatabaseError {
            throw fail(line, "candidate \(oldID) cannot be stored (\(error.message ?? "\(error)")): its source, claim or original is not in the file")
        }
        candidateMap[oldID] = id
        if isNew { summary.candidatesAdded += 1 } else { summary.candidatesUnchanged += 1 }
    }

    /// This ledger's id of the file's claim `old`: added by this import, or already present.
    private mutating func claimID(ofFileClaim old: Int64) throws -> Int64? {
        if claimMap[old] == nil, let hash = unchangedHeads[old] { claimMap[old] = try session.claimID(headHash: hash) }
        return claimMap[old]
    }
}
