import ClaimsCore
import GRDB

/// Tallies of the current claims. The figures are computed in one pass over the counted claims'
/// narrow columns on `claim` (``ClaimProjection``) and one over the citations' (claim, source)
/// pairs, in Swift (``OnePassTally``); ``tallyBySQL(by:matching:regionOf:countingSources:)``
/// runs the equivalent SQL statement (`claims tally --sql` prints it), and tests hold the two to
/// the same rows for many filters and groupings.
extension LedgerReader {
    /// The tally of the claims `filter` selects, grouped by `dimensions` (one row when empty).
    ///
    /// Retracted and merged claims never count, whatever the filter says. Rows come back in key
    /// order (``TallyRow/keyOrder(_:_:)``); groups without claims are absent (a day without
    /// reports is a gap, not a zero).
    ///
    /// Computed in one pass (``OnePassTally``), not by the statement: 3-4× less CPU (see `bench/README.md`).
    ///
    /// - Parameters:
    ///   - regionOf: Place id → region id, for `.region` (places not listed are their own region).
    ///   - countingSources: Whether to count each group's distinct sources; without, every row's
    ///     `sources` is 0 and the citations are not read (for charts).
    /// - Complexity: One scan of the current claims and one of each of the citations' two narrow indexes.
    public func tally(
        by dimensions: [TallyDimension], matching filter: ClaimFilter, regionOf: [String: String] = [:], countingSources: Bool = true
    ) throws -> [TallyRow] {
        try OnePassTally(dimensions: dimensions, regionOf: regionOf, countingSources: countingSources).rows(db, matching: filter)
    }

    /// The same tally as ``tally(by:matching:regionOf:countingSources:)``, computed by SQLite
    /// running the statement `claims tally --sql` prints (``Ledger/tallySQL(by:matching:regionOf:countingSources:)``):
    /// the reference the one-pass tally is tested against.
    ///
    /// - Complexity: One GROUP BY over the current claims and one over their citations.
    public func tallyBySQL(
        by dimensions: [TallyDimension], matching filter: ClaimFilter, regionOf: [String: String] = [:], countingSources: Bool = true
    ) throws -> [TallyRow] {
        let sql = TallySQL.statement(by: dimensions, matching: filter, regionOf: regionOf, countingSources: countingSources)
        let cursor = try Row.fetchCursor(db, sql: sql)
        var rows: [TallyRow] = []
        let width = dimensions.count
        while let row = try cursor.next() {
            var keys: [String?] = []
            keys.reserveCapacity(width)
            for index in 0..<width { keys.append(row[index]) }
            func int(_ offset: Int) -> Int { row[width + offset] ?? 0 }
            let figures = TallyFigures(
                claims: int(0), exactClaims: int(1), exactSum: int(2), minimumSum: int(3), maximumSum: int(4),
                openMaximumClaims: int(5), unknownCountClaims: int(6), launchedClaims: int(7), launchedSum: int(8),
                rateCount: int(9), rateLaunched: int(10)
            )
            if width > 0 || figures.claims > 0 {
                rows.append(TallyRow(keys: keys, figures: figures, sources: int(11)))
            }
        }
        rows.sort(by: TallyRow.keyOrder)
        return rows
    }
}

extension Ledger {
    /// The tally of the current claims (see ``LedgerReader/tally(by:matching:regionOf:countingSources:)``).
    ///
    /// - Throws: ``StoreError``.
    public func tally(
        by dimensions: [TallyDimension], matching filter: ClaimFilter, regionOf: [String: String] = [:], countingSources: Bool = true
    ) throws(StoreError) -> [TallyRow] {
        try read { try $0.tally(by: dimensions, matching: filter, regionOf: regionOf, countingSources: countingSources) }
    }

    /// The tally computed by SQLite (see ``LedgerReader/tallyBySQL(by:matching:regionOf:countingSources:)``).
    ///
    /// - Throws: ``StoreError``.
    public func tallyBySQL(
        by dimensions: [TallyDimension], matching filter: ClaimFilter, regionOf: [String: String] = [:], countingSources: Bool = true
    ) throws(StoreError) -> [TallyRow] {
        try read { try $0.tallyBySQL(by: dimensions, matching: filter, regionOf: regionOf, countingSources: countingSources) }
    }

    /// The SQL statement that computes that tally, with every value written in, so that anyone
    /// can run it with the `sqlite3` shell on the ledger file and get the same numbers.
    public static func tallySQL(
        by dimensions: [TallyDimension], matching filter: ClaimFilter, regionOf: [String: String] = [:], countingSources: Bool = true
    ) -> String {
        TallySQL.statement(by: dimensions, matching: filter, regionOf: regionOf, countingSources: countingSources)
    }
}

/// The text of the tally statement. Values are written in as SQL literals (ids, enum values and
/// dates the CLI has already validated, quoted with doubled quotes), so that the statement run
/// and the statement shown by `claims tally --sql` are the same bytes.
enum TallySQL {
    static func statement(by dimensions: [TallyDimension], matching filter: ClaimFilter, regionOf: [String: String], countingSources: Bool = true) -> String {
        let whereClause = conditions(for: filter)
        let keys = dimensions.enumerated().map { index, dimension in "\(expression(for: dimension, regionOf: regionOf)) AS k\(index)" }
        let keyList = keys.isEmpty ? "" : keys.joined(separator: ", ") + ", "
        let groupBy = dimensions.isEmpty ? "" : "\n    GROUP BY " + dimensions.indices.map { "k\($0)" }.joined(separator: ", ")
        let join = dimensions.isEmpty ? "1" : dimensions.indices.map { "s.k\($0) IS f.k\($0)" }.joined(separator: " AND ")
        let exact = "(r.qualifier = 'exact' AND r.count IS NOT NULL)"
        let bounded = "r.qualifier IN ('at-least', 'up-to', 'range')"
        let sources = countingSources ? """
            , s AS (
                SELECT \(keyList)count(DISTINCT ci.sourceId) AS sources
                FROM claim r JOIN citation ci ON ci.claimId = r.id
                WHERE \(whereClause)\(groupBy)
            )
            SELECT f.*, coalesce(s.sources, 0) AS sources FROM f LEFT JOIN s ON \(join);
            """ : """

            SELECT f.*, 0 AS sources FROM f;
            """
        return """
            WITH f AS (
                SELECT \(keyList)count(*) AS claims,
                    coalesce(sum(\(exact)), 0) AS exactClaims,
                    coalesce(sum(CASE WHEN \(exact) THEN r.count END), 0) AS exactSum,
                    coalesce(sum(CASE WHEN \(exact) THEN r.count WHEN \(bounded) THEN coalesce(r.countMin, 0) END), 0) AS minimumSum,
                    coalesce(sum(CASE WHEN \(exact) THEN r.count WHEN \(bounded) THEN r.countMax END), 0) AS maximumSum,
                    coalesce(sum(NOT \(exact) AND (NOT \(bounded) OR r.countMax IS NULL)), 0) AS openMaximumClaims,
                    coalesce(sum(NOT \(exact) AND NOT \(bounded)), 0) AS unknownCountClaims,
                    count(r.launched) AS launchedClaims,
                    coalesce(sum(r.launched), 0) AS launchedSum,
                    coalesce(sum(CASE WHEN r.kind = 'intercept' AND \(exact) AND r.launched > 0 THEN r.count END), 0) AS rateCount,
                    coalesce(sum(CASE WHEN r.kind = 'intercept' AND \(exact) AND r.launched > 0 THEN r.launched END), 0) AS rateLaunched
                FROM claim r
                WHERE \(whereClause)\(groupBy)
            )\(sources)

            """
    }

    /// The SQL expression of a grouping key over `claim r` (its columns are the head revision's).
    static func expression(for dimension: TallyDimension, regionOf: [String: String]) -> String {
        let day = "CASE WHEN length(r.eventEnd) >= 10 THEN substr(r.eventEnd, 1, 10) END"
        switch dimension {
        case .system: return "r.system"
        case .claimant: return "r.claimant"
        case .side: return "r.claimantSide"
        case .weaponSide: return weaponSideExpression
        case .region:
            let mapped = regionOf.filter { $0.key != $0.value }.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            guard !mapped.isEmpty else { return "r.place" }
            let cases = mapped.map { "WHEN \(literal($0.key)) THEN \(literal($0.value))" }.joined(separator: " ")
            return "CASE r.place \(cases) ELSE r.place END"
        case .day: return day
        case .week:
            // ISO 8601: the week's Thursday decides the year; the week number counts from its 1 January.
            let thursday = "(\(day)), (3 - (strftime('%w', \(day)) + 6) % 7) || ' days'"
            return "strftime('%Y', \(thursday)) || '-W' || printf('%02d', (strftime('%j', \(thursday)) - 1) / 7 + 1)"
        case .month: return "substr(r.eventEnd, 1, 7)"
        }
    }

    /// The weapon side as stored, else the one the kind implies (the rule of
    /// `ClaimContent.effectiveWeaponSide`): an intercept is of the opponent's weapons, a strike or
    /// launch of the claimant's own.
    static let weaponSideExpression = """
        coalesce(r.weaponSide, CASE WHEN r.kind = 'intercept' THEN CASE r.claimantSide WHEN 'russia' THEN 'ukraine' \
        WHEN 'ukraine' THEN 'russia' END WHEN r.claimantSide <> 'third-party' THEN r.claimantSide END)
        """

    /// The WHERE condition of `filter` with its values written in (the same conditions as
    /// `LedgerReader.appendConditions`, a test checks they select the same claims), always
    /// leaving out retracted and merged claims.
    static func conditions(for filter: ClaimFilter) -> String {
        var conditions = ["r.status <> 'retracted'", "r.mergedInto IS NULL"]
        func list(_ column: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            conditions.append("\(column) IN (\(values.sorted().map(literal).joined(separator: ", ")))")
        }
        list("r.kind", filter.kinds.map(\.rawValue))
        list("r.system", Array(filter.systems))
        list("r.claimant", Array(filter.claimants))
        list("r.claimantSide", filter.sides.map(\.rawValue))
        let statuses = filter.statuses.subtracting([.retracted])
        if statuses.isEmpty, !filter.statuses.isEmpty { conditions.append("0") }  // only retracted asked for
        list("r.status", statuses.map(\.rawValue))
        if let from = filter.from { conditions.append("substr(r.eventEnd, 1, 10) >= \(literal(from.description))") }
        if let to = filter.to { conditions.append("substr(r.eventEnd, 1, 10) <= \(literal(to.description))") }
        return conditions.joined(separator: " AND ")
    }

    /// A quoted SQL string literal.
    static func literal(_ text: String) -> String {
        var out = "'"
        for character in text {
            if character == "'" { out += "''" } else { out.append(character) }
        }
        return out + "'"
    }
}
