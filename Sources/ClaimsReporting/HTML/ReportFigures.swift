import ClaimsCore

/// Every figure of the HTML report, computed in one pass over the counted claims and one over
/// their citations' sources: the intercepts per system, the claims per month and side, the
/// monthly series of intercepts by weapon side, the two sides by system, and the total.
///
/// It replaces three SQL tallies and a comparison that held every compared claim in memory:
/// over 1,000,000 claims, `claims report` took 9.2 s and 543 MB (see `bench/README.md`). The rows
/// are the same (tests check them against the SQL tallies and ``Comparison``).
public struct ReportFigures: Sendable {
    /// Intercept claims by `[.system]`, with sources (`claims tally --by system --kind intercept`).
    public private(set) var interceptsBySystem = TallyAccumulator(by: [.system])
    /// Intercept claims by `[.weaponSide, .month]`, without sources (a chart).
    public private(set) var interceptsByWeaponSideAndMonth = TallyAccumulator(by: [.weaponSide, .month], countingSources: false)
    /// All claims by `[.month, .side]`, with sources.
    public private(set) var claimsByMonthAndSide = TallyAccumulator(by: [.month, .side])
    /// The claims added (every one is in exactly one month-and-side row).
    public private(set) var claimTotal = 0
    private var sides: Comparison.Builder

    /// No claims yet; the comparison is between `a` and `b` by system.
    public init(a: Comparison.Party = .init(side: .russia, name: "Russia"), b: Comparison.Party = .init(side: .ukraine, name: "Ukraine")) {
        sides = Comparison.Builder(grouping: .system, a: a, b: b)
    }

    /// Adds one counted claim (each once; retracted and merged ones left out by the caller).
    ///
    /// - Complexity: O(1) amortized.
    public mutating func add(_ claim: CountedClaim) {
        claimTotal += 1
        claimsByMonthAndSide.add(claim)
        if claim.compared.kind == .intercept {
            interceptsBySystem.add(claim)
            interceptsByWeaponSideAndMonth.add(claim)
        }
        sides.add(claim.compared)
    }

    /// Adds one citation's source (citations of claims not added are ignored).
    public mutating func addCitation(claimID: Int64, sourceID: Int64) {
        interceptsBySystem.addCitation(claimID: claimID, sourceID: sourceID)
        claimsByMonthAndSide.addCitation(claimID: claimID, sourceID: sourceID)
    }

    /// The two sides by system (the rows of `claims compare --between russia,ukraine --by system`).
    public var comparison: Comparison { sides.build() }
}
