import ClaimsCore
import ClaimsStore

/// Claim identity at write time, shared by `claims log`, `claims review accept`, `claims add` and
/// the server: before a claim is created, the stored claims of the same claimant and kind around
/// its event are compared with it (``ClaimIdentity``), so a relayed, rewritten or translated copy
/// of a stored claim becomes a citation, not a second claim that the tally would count again.
public struct ClaimMatching {
    /// Compares claims by what they assert.
    public let identity: ClaimIdentity

    /// Creates a matcher over `taxonomy`.
    public init(taxonomy: Taxonomy) {
        identity = ClaimIdentity(taxonomy: taxonomy)
    }

    /// What to do with a new claim.
    public enum Outcome {
        /// No stored claim asserts it: create it.
        case new
        /// A stored claim asserts the same: cite it.
        case cite(LedgerClaim)
        /// A stored claim possibly asserts the same: a person decides ("same as claim N?").
        case ask(LedgerClaim, why: String)
        /// The same claimant gives another figure for the same event: create it; the validator
        /// reports the conflicting counts with both figures.
        case conflict(LedgerClaim, why: String)
    }

    /// Compares `content` with the stored claims it could repeat.
    ///
    /// - Parameter sourceID: The source the new claim comes from: claims already citing it are
    ///   distinct claims of the same text, never matched.
    public func outcome(for content: ClaimContent, sourceID: Int64?, reader: LedgerReader) throws -> Outcome {
        guard let window = content.event, !content.claimant.isEmpty else { return .new }
        let stored = try reader.claimsForIdentity(
            claimant: content.claimant, kind: content.kind, days: ClaimIdentity.lookupDays(for: window), excludingSource: sourceID
        )
        guard let best = identity.bestMatch(for: content, among: stored.map { ($0.id, $0.content) }),
              let claim = stored.first(where: { $0.id == best.id }) else { return .new }
        switch best.verdict {
        case .same: return .cite(claim)
        case let .possiblySame(why): return .ask(claim, why: why)
        case let .conflicting(why): return .conflict(claim, why: why)
        case .different: return .new
        }
    }

    /// Adds `citations` to `claim` in a "cite" revision (its content unchanged).
    public static func cite(_ claim: LedgerClaim, with citations: [Citation], reason: String, session: LedgerSession) throws {
        try session.revise(claimID: claim.id, content: claim.content, action: .cite, reason: reason, addingCitations: citations)
    }
}

/// The relay chain of a citation: how a claim reached the source, from the outlet that published
/// it through the agencies it cites to the claimant ("Republic World citing AP citing Russian
/// Defence Ministry"), as SPEC §1's citation field.
public enum RelayChain {
    /// The chain, or `nil` when there is nothing between the source and the claimant.
    ///
    /// - Parameters:
    ///   - outlet: Who published the source (`--outlet`), if known.
    ///   - relays: Agency actor ids the text names as relaying the claim, nearest first.
    ///   - claimant: The claimant's actor id.
    public static func text(outlet: String?, relays: [String], claimant: String?, taxonomy: Taxonomy) -> String? {
        var links: [String] = []
        var seen: Set<String> = []
        func add(_ name: String) {
            let key = NameFolding.key(name)
            if seen.insert(key).inserted { links.append(name) }
        }
        let claimantActor = claimant.flatMap { taxonomy.actor(id: $0) }
        if let outlet = outlet?.trimmingSpaces(), !outlet.isEmpty {
            // The outlet may be one of the relays under another name ("Reuters" and reuters).
            let outletKey = NameFolding.key(outlet)
            let relayActors = relays.compactMap { taxonomy.actor(id: $0) }
            if let same = relayActors.first(where: { $0.allNames.contains { NameFolding.key($0) == outletKey } }) {
                add(same.name)
            } else if claimantActor?.allNames.contains(where: { NameFolding.key($0) == outletKey }) != true {
                add(outlet)
            }
        }
        for relay in relays {
            guard let actor = taxonomy.actor(id: relay), relay != claimant else { continue }
            add(actor.name)
        }
        guard !links.isEmpty else { return nil }
        if let claimantActor { add(claimantActor.name) }
        return links.count > 1 ? links.joined(separator: " citing ") : links[0]
    }
}
