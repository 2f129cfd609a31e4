import ClaimsCore
import ClaimsExtraction
import ClaimsStore

/// Accepting candidates of the review queue: each becomes a claim (through
/// ``LedgerSession/createClaim(_:citations:action:reason:)``) citing its sentence and the same
/// sentence in every syndicated copy.
public struct ReviewQueue {
    /// Corrected names resolve through this taxonomy.
    public let taxonomy: Taxonomy

    /// Creates a queue over `taxonomy` (to resolve corrected names).
    public init(taxonomy: Taxonomy) { self.taxonomy = taxonomy }

    /// What an accept did.
    public struct Accepted {
        /// Candidate id → claim id.
        public var claims: [(Int64, Int64)] = []
        /// Candidates `--all` left alone because they name no claimant.
        public var skipped: [Int64] = []
    }

    /// Accepts candidates `ids` (or, when `nil`, every pending one at least `minimumConfidence`
    /// confident that names its claimant), applying `fields` as corrections, in `session`'s transaction.
    ///
    /// - Throws: ``WorkflowError`` (not found, already reviewed, no claimant, bad correction).
    public func accept(ids: [Int64]?, minimumConfidence: Double?, fields: ClaimFields, session: LedgerSession) throws -> Accepted {
        var result = Accepted()
        let reader = session.reader
        let entries: [QueuedCandidate]
        if let ids {
            entries = try ids.map { id in
                guard let entry = try reader.candidate(id: try Self.original(of: id, session: session)) else {
                    throw WorkflowError.notFound("candidate \(id) does not exist: see `claims review`", field: "id")
                }
                return entry
            }
        } else {
            entries = try reader.candidates(status: .pending).filter { $0.copyOf == nil && $0.confidence >= (minimumConfidence ?? 0) }
        }
        for entry in entries {
            guard entry.status == .pending else {
                throw WorkflowError.conflict("candidate \(entry.id) was already \(entry.status.rawValue)\(entry.claimID.map { " (claim \($0))" } ?? ""): see `claims review --status all`", field: "id")
            }
            let candidate = try Self.candidate(entry)
            if candidate.claimant == nil, fields.claimant == nil {
                if ids == nil {
                    result.skipped.append(entry.id)
                    continue
                }
                throw WorkflowError("candidate \(entry.id) names no claimant: pass --claimant NAME (e.g. \"Ukrainian Air Force\") or reject it", field: "claimant")
            }
            var base = candidate.content ?? ClaimContent(
                kind: candidate.kind, system: candidate.system, claimant: "", claimantSide: .thirdParty,
                weaponSide: candidate.weaponSide, count: candidate.count, launched: candidate.launched, event: candidate.event,
                place: candidate.place, location: candidate.location, weaponOrigin: candidate.weaponOrigin
            )
            if candidate.claimant == nil, let claimant = fields.claimant {
                base.claimant = try ClaimDraft(taxonomy: taxonomy).resolveActor(claimant)
            }
            let content = try ClaimDraft(taxonomy: taxonomy).content(from: fields, base: base)
            let copies = try reader.pendingCopies(of: entry.id)
            let claimID = try session.createClaim(content, citations: [entry.citation] + copies.map(\.citation))
            try session.markAccepted(candidate: entry.id, claimID: claimID)
            for copy in copies { try session.markAccepted(candidate: copy.id, claimID: claimID) }
            result.claims.append((entry.id, claimID))
        }
        return result
    }

    /// Rejects candidates `ids` (each with its pending syndicated copies) in `session`'s transaction.
    ///
    /// - Throws: ``WorkflowError`` when a candidate does not exist.
    public static func reject(ids: [Int64], reason: String?, session: LedgerSession) throws {
        for id in ids {
            let original = try original(of: id, session: session)
            try session.markRejected(candidate: original, reason: reason)
            for copy in try session.reader.pendingCopies(of: original) { try session.markRejected(candidate: copy.id, reason: reason) }
        }
    }

    /// The candidate a copy repeats (itself when it is no copy).
    ///
    /// - Throws: ``WorkflowError`` when the candidate does not exist.
    public static func original(of id: Int64, session: LedgerSession) throws -> Int64 {
        guard let entry = try session.reader.candidate(id: id) else {
            throw WorkflowError.notFound("candidate \(id) does not exist: see `claims review`", field: "id")
        }
        return entry.copyOf ?? entry.id
    }

    /// The stored candidate, decoded.
    public static func candidate(_ entry: QueuedCandidate) throws -> Candidate {
        do {
            return try Candidate(json: try JSONParser.parse(entry.content))
        } catch {
            throw WorkflowError("candidate \(entry.id): stored content is damaged (\(error)): reject it and log the source again")
        }
    }

    /// A queue entry as JSON: the candidate's fields plus `id`, `source_id`, `status`, `claim_id`, `copy_of`.
    public static func write(_ entry: QueuedCandidate, _ candidate: Candidate, to writer: inout JSONWriter) {
        var inner = JSONWriter(capacity: 512)
        candidate.write(to: &inner)
        writer.beginObject()
        writer.key("candidate"); writer.raw(inner.bytes)
        writer.key("claim_id"); writer.int(entry.claimID)
        writer.key("copy_of"); writer.int(entry.copyOf)
        writer.key("id"); writer.int(entry.id)
        writer.key("reason"); writer.string(entry.reason)
        writer.key("source_id"); writer.int(entry.sourceID)
        writer.key("status"); writer.string(entry.status.rawValue)
        writer.endObject()
    }
}
