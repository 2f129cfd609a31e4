import ClaimsCore
import ClaimsExtraction
import ClaimsStore

/// Accepting candidates of the review queue: each becomes a claim (through
/// ``LedgerSession/createClaim(_:citations:action:reason:)``) citing its sentence and the same
/// sentence in every syndicated copy — unless claim identity finds a stored claim that asserts
/// the same, which then receives the citations instead (see ``AcceptMode``).
public struct ReviewQueue {
    /// Corrected names resolve through this taxonomy.
    public let taxonomy: Taxonomy

    /// Creates a queue over `taxonomy` (to resolve corrected names).
    public init(taxonomy: Taxonomy) { self.taxonomy = taxonomy }

    /// What an accept did.
    public struct Accepted {
        /// Candidate id → new claim id.
        public var claims: [(Int64, Int64)] = []
        /// Candidate id → the stored claim it became a citation of.
        public var cited: [(Int64, Int64)] = []
        /// Candidates `--all` left alone because they name no claimant.
        public var skipped: [Int64] = []
        /// Candidates `--all` left alone because they possibly repeat a stored claim: candidate,
        /// claim, why unsure. Each needs a person's choice (``AcceptMode``).
        public var undecided: [(candidate: Int64, claim: Int64, why: String)] = []
        /// New claims whose claimant gave another figure for the same event in a stored claim.
        public var conflicts: [(claim: Int64, stored: Int64, why: String)] = []
    }

    /// How an accepted candidate relates to the claims already stored.
    public enum AcceptMode: Sendable, Equatable {
        /// Claim identity decides: a stored claim asserting the same is cited; a possible match
        /// is refused with an error naming both choices (or skipped by `--all`); else a new claim.
        case automatic
        /// The candidate is a citation of a stored claim: the given one, else its "same as" suggestion.
        case citation(of: Int64?)
        /// The candidate is a new claim, whatever claim identity says.
        case newClaim
    }

    /// Accepts candidates `ids` (or, when `nil`, every pending one at least `minimumConfidence`
    /// confident that names its claimant), applying `fields` as corrections, in `session`'s transaction.
    ///
    /// - Throws: ``WorkflowError`` (not found, already reviewed, no claimant, bad correction).
    public func accept(
        ids: [Int64]?, minimumConfidence: Double?, fields: ClaimFields, mode: AcceptMode = .automatic, session: LedgerSession
    ) throws -> Accepted {
        var result = Accepted()
        let reader = session.reader
        let matching = ClaimMatching(taxonomy: taxonomy)
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
            let outlet = try reader.source(id: entry.sourceID)?.outlet
            var citations = [citation(entry, candidate, outlet: outlet, claimant: content.claimant)]
            for copy in copies {
                let copyCandidate = (try? Self.candidate(copy)) ?? candidate
                citations.append(citation(copy, copyCandidate, outlet: try reader.source(id: copy.sourceID)?.outlet, claimant: content.claimant))
            }
            var target: LedgerClaim?
            var conflict: (LedgerClaim, String)?
            switch mode {
            case .newClaim:
                break
            case let .citation(of: claimID):
                guard let id = claimID ?? entry.sameAs else {
                    throw WorkflowError("candidate \(entry.id) has no \"same as\" suggestion: name the claim it repeats (--as-citation CLAIM)", field: "same_as")
                }
                guard let claim = try reader.claim(id: id), claim.content.isCounted else {
                    throw WorkflowError.notFound("claim \(id) does not exist or is retracted: see `claims list`", field: "same_as")
                }
                target = claim
            case .automatic:
                switch try matching.outcome(for: content, sourceID: entry.sourceID, reader: reader) {
                case let .cite(claim):
                    target = claim
                case let .ask(claim, why):
                    if ids == nil {
                        result.undecided.append((entry.id, claim.id, why))
                        continue
                    }
                    throw WorkflowError.conflict(
                        "candidate \(entry.id) may repeat claim \(claim.id) (\(why)): accept it with --as-citation to cite claim \(claim.id), or --as-new to keep it as a new claim",
                        field: "same_as"
                    )
                case let .conflict(claim, why):
                    conflict = (claim, why)
                case .new:
                    break
                }
            }
            let claimID: Int64
            if let target {
                try ClaimMatching.cite(target, with: citations, reason: "candidate \(entry.id) accepted as a citation", session: session)
                claimID = target.id
                result.cited.append((entry.id, claimID))
            } else {
                claimID = try session.createClaim(content, citations: citations)
                result.claims.append((entry.id, claimID))
                if let (stored, why) = conflict { result.conflicts.append((claimID, stored.id, why)) }
            }
            try session.markAccepted(candidate: entry.id, claimID: claimID)
            for copy in copies { try session.markAccepted(candidate: copy.id, claimID: claimID) }
        }
        return result
    }

    /// A queued candidate's citation, with its relay chain.
    private func citation(_ entry: QueuedCandidate, _ candidate: Candidate, outlet: String?, claimant: String) -> Citation {
        var citation = entry.citation
        citation.relay = RelayChain.text(outlet: outlet, relays: candidate.relays, claimant: claimant, taxonomy: taxonomy)
        return citation
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

    /// A queue entry as JSON: the candidate's fields plus `id`, `source_id`, `status`, `claim_id`,
    /// `copy_of` and `same_as` (the stored claim it possibly repeats).
    public static func write(_ entry: QueuedCandidate, _ candidate: Candidate, to writer: inout JSONWriter) {
        var inner = JSONWriter(capacity: 512)
        candidate.write(to: &inner)
        writer.beginObject()
        writer.key("candidate"); writer.raw(inner.bytes)
        writer.key("claim_id"); writer.int(entry.claimID)
        writer.key("copy_of"); writer.int(entry.copyOf)
        writer.key("id"); writer.int(entry.id)
        writer.key("reason"); writer.string(entry.reason)
        writer.key("same_as"); writer.int(entry.sameAs)
        writer.key("source_id"); writer.int(entry.sourceID)
        writer.key("status"); writer.string(entry.status.rawValue)
        writer.endObject()
    }
}
