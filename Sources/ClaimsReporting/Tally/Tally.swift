import ClaimsCore

/// One claim as a tally sees it: its keys, its count fields, its id and the sources citing it.
///
/// Rows may repeat a claim (one row per citation, say): ``Tally/aggregate(_:dimensions:)`` counts
/// each claim id once per group and unions its sources.
public struct TallyInput: Sendable, Equatable {
    /// One key per dimension, in the tally's order.
    public var keys: [String?]
    public var kind: ClaimKind
    public var count: ClaimCount
    public var launched: Int?
    public var claimID: Int64
    public var sourceIDs: [Int64]

    public init(keys: [String?], kind: ClaimKind, count: ClaimCount, launched: Int?, claimID: Int64, sourceIDs: [Int64]) {
        self.keys = keys
        self.kind = kind
        self.count = count
        self.launched = launched
        self.claimID = claimID
        self.sourceIDs = sourceIDs
    }

    /// The input row of a ledger claim.
    ///
    /// - Parameter regionOf: Place id → region id (see ``RegionIndex``).
    public init(claim: LedgerClaim, dimensions: [TallyDimension], regionOf: [String: String]) {
        let content = claim.content
        self.init(
            keys: dimensions.map { $0.key(of: content, regionOf: regionOf) },
            kind: content.kind, count: content.count, launched: content.launched,
            claimID: claim.id, sourceIDs: claim.citations.map(\.citation.sourceID)
        )
    }
}

/// The tally engine: groups claims and totals them by the counting rules of SPEC §4.
///
/// The store computes the same rows in SQL for speed (`Ledger.tally`); this engine is the
/// reference the store is tested against, and serves callers that hold claims in memory.
public enum Tally {
    /// Groups `inputs` by their keys and totals each group.
    ///
    /// Counts claims, not citations: a claim id seen twice in a group is counted once, and
    /// `sources` is the number of distinct source ids. Retracted or merged claims must be left out
    /// by the caller (``ClaimFilter`` does). Groups come out in key order, and only groups that have
    /// claims (no invented zero rows for days without reports).
    ///
    /// - Complexity: O(*n* log *n*) for *n* inputs.
    public static func aggregate(_ inputs: some Sequence<TallyInput>, dimensions: [TallyDimension]) -> [TallyRow] {
        var groups: [[String?]: Group] = [:]
        for input in inputs {
            precondition(input.keys.count == dimensions.count, "one key per dimension")
            groups[input.keys, default: Group()].sourceIDs.formUnion(input.sourceIDs)
            if groups[input.keys]!.claimIDs.insert(input.claimID).inserted {
                groups[input.keys]!.figures.add(kind: input.kind, count: input.count, launched: input.launched)
            }
        }
        if dimensions.isEmpty, groups.isEmpty { return [] }
        return groups
            .map { TallyRow(keys: $0.key, figures: $0.value.figures, sources: $0.value.sourceIDs.count) }
            .sorted(by: TallyRow.keyOrder)
    }

    /// Tallies ledger claims, leaving out retracted and merged ones whatever the caller's filter
    /// selected (they never count).
    ///
    /// - Parameter regionOf: Place id → region id (see ``RegionIndex``).
    public static func aggregate(claims: some Sequence<LedgerClaim>, dimensions: [TallyDimension], regionOf: [String: String]) -> [TallyRow] {
        let inputs = claims.lazy
            .filter { $0.content.isCounted }
            .map { TallyInput(claim: $0, dimensions: dimensions, regionOf: regionOf) }
        return aggregate(inputs, dimensions: dimensions)
    }

    private struct Group {
        var figures = TallyFigures()
        var claimIDs: Set<Int64> = []
        var sourceIDs: Set<Int64> = []
    }
}
