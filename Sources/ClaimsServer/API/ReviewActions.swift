import ClaimsCore
import ClaimsStore
import ClaimsWorkflows

/// Accepting and rejecting one candidate: one request, one transaction, as `claims review`.
struct ReviewActions {
    let store: ServerLedger

    /// Accepts candidate `id` with `fields` as corrections.
    ///
    /// - Returns: The claim's id (new, or the stored claim it became a citation of) and whether it is new.
    /// - Throws: ``WorkflowError`` or ``StoreError``.
    func accept(candidate id: Int64, fields: ClaimFields, mode: ReviewQueue.AcceptMode = .automatic) throws -> (claim: Int64, isNew: Bool) {
        let accepted = try store.ledger.write { session in
            try ReviewQueue(taxonomy: store.taxonomy).accept(ids: [id], minimumConfidence: nil, fields: fields, mode: mode, session: session)
        }
        if let claimID = accepted.claims.first?.1 { return (claimID, true) }
        if let claimID = accepted.cited.first?.1 { return (claimID, false) }
        throw WorkflowError.conflict("candidate \(id) was not accepted", field: "id")
    }

    /// Rejects candidate `id` (and its pending copies).
    ///
    /// - Throws: ``WorkflowError`` (not found, already reviewed) or ``StoreError``.
    func reject(candidate id: Int64, reason: String?) throws {
        try store.ledger.write { session in
            if let entry = try session.reader.candidate(id: try ReviewQueue.original(of: id, session: session)), entry.status != .pending {
                throw WorkflowError.conflict("candidate \(entry.id) was already \(entry.status.rawValue)", field: "id")
            }
            try ReviewQueue.reject(ids: [id], reason: reason, session: session)
        }
    }
}
