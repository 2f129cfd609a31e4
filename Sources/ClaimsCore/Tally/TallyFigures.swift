/// The running totals of a group of claims, kept so that the counting rules of SPEC §4 hold:
/// exact counts are summed, bounded counts are carried as an interval, vague counts are only
/// counted, never summed.
///
/// Figures are a monoid: ``add(kind:count:launched:)`` one claim at a time, or ``merge(_:)``
/// figures of disjoint sets of claims. The store computes the same fields in SQL
/// (`LedgerReader.tally`), and a test checks that both agree.
public struct TallyFigures: Sendable, Equatable, Hashable {
    /// Claims in the group (each claim once, however many citations it has).
    public var claims = 0
    /// Claims whose count is exact.
    public var exactClaims = 0
    /// The sum of the exact counts.
    public var exactSum = 0
    /// Exact counts plus the lower bounds of bounded counts ("at least 20" adds 20, "up to 17" adds 0).
    public var minimumSum = 0
    /// Exact counts plus the upper bounds of the claims that have one.
    public var maximumSum = 0
    /// Claims without an upper bound ("at least 20", "about 30", "several"): they open the maximum.
    public var openMaximumClaims = 0
    /// Claims with a vague or approximate count ("several", "dozens", "about 30").
    public var unknownCountClaims = 0
    /// Claims that state how many were launched.
    public var launchedClaims = 0
    /// The sum of those launched figures.
    public var launchedSum = 0
    /// Intercepted, summed over intercept claims that state both an exact count and a launched figure.
    public var rateCount = 0
    /// Launched, summed over the same claims as ``rateCount``.
    public var rateLaunched = 0

    public init() {}

    /// Memberwise, in the order of the store's SQL columns.
    public init(
        claims: Int, exactClaims: Int, exactSum: Int, minimumSum: Int, maximumSum: Int, openMaximumClaims: Int,
        unknownCountClaims: Int, launchedClaims: Int, launchedSum: Int, rateCount: Int, rateLaunched: Int
    ) {
        self.claims = claims
        self.exactClaims = exactClaims
        self.exactSum = exactSum
        self.minimumSum = minimumSum
        self.maximumSum = maximumSum
        self.openMaximumClaims = openMaximumClaims
        self.unknownCountClaims = unknownCountClaims
        self.launchedClaims = launchedClaims
        self.launchedSum = launchedSum
        self.rateCount = rateCount
        self.rateLaunched = rateLaunched
    }

    // MARK: - Adding claims

    /// Adds one claim.
    public mutating func add(kind: ClaimKind, count: ClaimCount, launched: Int?) {
        claims += 1
        if count.isExact, let value = count.exact {
            exactClaims += 1
            exactSum += value
            minimumSum += value
            maximumSum += value
            if kind == .intercept, let launched, launched > 0 {
                rateCount += value
                rateLaunched += launched
            }
        } else if count.isBounded {
            minimumSum += count.minimum ?? 0
            if let maximum = count.maximum { maximumSum += maximum } else { openMaximumClaims += 1 }
        } else {
            unknownCountClaims += 1
            openMaximumClaims += 1
        }
        if let launched {
            launchedClaims += 1
            launchedSum += launched
        }
    }

    /// Adds the figures of a disjoint set of claims.
    public mutating func merge(_ other: TallyFigures) {
        claims += other.claims
        exactClaims += other.exactClaims
        exactSum += other.exactSum
        minimumSum += other.minimumSum
        maximumSum += other.maximumSum
        openMaximumClaims += other.openMaximumClaims
        unknownCountClaims += other.unknownCountClaims
        launchedClaims += other.launchedClaims
        launchedSum += other.launchedSum
        rateCount += other.rateCount
        rateLaunched += other.rateLaunched
    }

    // MARK: - Results

    /// The sum of exact counts; `nil` when no claim of the group states one (not zero: a
    /// group of "several" claims has no known count).
    public var count: Int? { exactClaims > 0 ? exactSum : nil }

    /// The smallest total the wording of the claims allows.
    public var countMin: Int { minimumSum }

    /// The largest total the wording allows; `nil` when it is open (some claim has no maximum).
    public var countMax: Int? { openMaximumClaims > 0 ? nil : maximumSum }

    /// The sum of launched figures where stated; `nil` when none is.
    public var launched: Int? { launchedClaims > 0 ? launchedSum : nil }

    /// Intercepted ÷ launched over the intercept claims that state both, rounded to 4 decimals;
    /// `nil` when no claim states both.
    public var interceptRate: Double? {
        guard rateLaunched > 0 else { return nil }
        return (Double(rateCount) / Double(rateLaunched) * 10_000).rounded() / 10_000
    }

    /// Whether the total is an interval rather than one number (bounded or vague counts).
    public var isInterval: Bool { countMax != countMin || count != countMin }
}
