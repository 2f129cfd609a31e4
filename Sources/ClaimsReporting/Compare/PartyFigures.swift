import ClaimsCore

/// What one party claims in one row of a comparison, counted as `claims tally` counts: exact
/// counts summed, bounded counts carried as intervals, vague counts only counted.
///
/// A party with no claims in a row has figures all the same (zero claims, no known figure, an
/// empty list of ids): every row shows both parties.
public struct PartyFigures: Sendable, Equatable {
    /// The claim ids, ascending.
    public private(set) var claimIDs: [Int64] = []
    /// The party's intercept claims.
    public private(set) var intercepts = TallyFigures()
    /// The party's strike claims (hits claimed).
    public private(set) var strikes = TallyFigures()
    /// The party's launch claims.
    public private(set) var launches = TallyFigures()
    /// Launched figures per claimant, day and system: launch claims' exact counts and intercept
    /// claims' `launched`, kept apart so that one raid's figure is not counted twice.
    private var launchedPerReport: [ReportKey: LaunchedFigures] = [:]

    private struct ReportKey: Hashable {
        var claimant: String
        var day: CalendarDate?
        var system: String
        /// Set for a claim without a date: it shares its launched figure with no other claim.
        var claimID: Int64?
    }

    private struct LaunchedFigures: Hashable {
        var fromLaunches: Int?
        var fromIntercepts: Int?
        /// Intercept claims of the report that do not say how many were launched.
        var interceptsWithoutLaunched = 0
        var larger: Int? {
            switch (fromLaunches, fromIntercepts) {
            case let (left?, right?): max(left, right)
            case let (left, right): left ?? right
            }
        }
    }

    public init() {}

    /// Adds one claim of the party.
    public mutating func add(_ claim: ComparedClaim) {
        claimIDs.append(claim.id)
        let day = claim.event?.end.precision == .month ? nil : claim.event?.day
        let key = ReportKey(claimant: claim.claimant, day: day, system: claim.system, claimID: day == nil ? claim.id : nil)
        switch claim.kind {
        case .intercept:
            intercepts.add(kind: .intercept, count: claim.count, launched: claim.launched)
            // (one lookup of the key per claim: this runs for every claim of a report)
            if let launched = claim.launched {
                launchedPerReport[key, default: LaunchedFigures()].fromIntercepts.add(launched)
            } else {
                launchedPerReport[key, default: LaunchedFigures()].interceptsWithoutLaunched += 1
            }
        case .strike:
            strikes.add(kind: .strike, count: claim.count, launched: claim.launched)
        case .launch:
            launches.add(kind: .launch, count: claim.count, launched: nil)
            if claim.count.isExact, let count = claim.count.exact {
                launchedPerReport[key, default: LaunchedFigures()].fromLaunches.add(count)
            }
        }
    }

    /// Claims of every kind.
    public var claims: Int { claimIDs.count }

    /// The sum of the exact counts of intercept claims; `nil` when none states one.
    public var intercepted: Int? { intercepts.count }

    /// The sum of the exact counts of strike claims (hits claimed); `nil` when none states one.
    public var struck: Int? { strikes.count }

    /// How many the party says were launched: per claimant, day and system, the larger of its
    /// launch claims' exact counts and its intercept claims' launched figures (a launch report and
    /// an "X of Y" report of one raid state one figure twice), summed; `nil` when none states one.
    public var launched: Int? {
        var total: Int?
        for figures in launchedPerReport.values {
            if let larger = figures.larger { total = (total ?? 0) + larger }
        }
        return total
    }

    /// Whether ``launched`` is stated for everything the party says it intercepted: every intercept
    /// claim states its launched figure, or a launch claim of the same claimant, day and system does.
    /// (Without it, intercepted ÷ launched would set a whole count against part of a launched figure.)
    public var isLaunchedComplete: Bool {
        launched != nil && launchedPerReport.values.allSatisfy { $0.interceptsWithoutLaunched == 0 || $0.fromLaunches != nil }
    }

    /// The outcomes the party claims, intercepted plus hits, as an interval (`count_min`,
    /// ``outcomes``' `countMax`): launch claims are not outcomes and are left out.
    public var outcomes: TallyFigures {
        var figures = intercepts
        figures.merge(strikes)
        return figures
    }

    /// Claims of any kind with a vague count ("several", "about 30"), never summed.
    public var unknownCountClaims: Int {
        intercepts.unknownCountClaims + strikes.unknownCountClaims + launches.unknownCountClaims
    }

    /// Whether every intercept claim states an exact count (so ``intercepted`` is the whole story).
    public var isInterceptedExact: Bool { intercepts.exactClaims == intercepts.claims }

    /// Whether every strike claim states an exact count.
    public var isStruckExact: Bool { strikes.exactClaims == strikes.claims }
}

private extension Int? {
    /// Adds `value` (to 0 when `nil`).
    mutating func add(_ value: Int) {
        self = (self ?? 0) + value
    }
}
