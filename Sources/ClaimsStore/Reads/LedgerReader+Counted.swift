import ClaimsCore
import GRDB

/// The counted claims and their citations' sources, streamed for a report that computes all its
/// figures in one pass (`claims report`) instead of one SQL tally per figure.
extension LedgerReader {
    /// Streams the counted claims that `filter` selects, in id order, from the current-claim
    /// columns on `claim` (``ClaimProjection``): the claims ``tally(by:matching:regionOf:countingSources:)``
    /// counts for the same filter, one value each, none held after `body` returns.
    ///
    /// Retracted and merged claims never come back, whatever the filter says (as in tallies).
    ///
    /// - Complexity: One scan of `claim`, read in place through the SQLite C API.
    /// - Throws: ``StoreError/database(_:)`` when a stored value is not one the tool writes.
    public func forEachCountedClaim(matching filter: ClaimFilter, _ body: (CountedClaim) throws -> Void) throws {
        var conditions = ["r.status <> 'retracted'", "r.mergedInto IS NULL"]
        var arguments = StatementArguments()
        var counted = filter
        counted.includeRetracted = true  // excluded above, whatever the filter asks
        counted.statuses.remove(.retracted)
        if counted.statuses.isEmpty, !filter.statuses.isEmpty { return }  // only retracted asked for
        Self.appendConditions(for: counted, to: &conditions, arguments: &arguments)
        let query = try DirectQuery(db, sql: """
            SELECT r.id, r.kind, r.system, r.claimant, r.claimantSide, r.weaponSide, r.count, r.countMin, r.countMax,
                   r.countText, r.qualifier, r.launched, r.eventStart, r.eventEnd, r.place
            FROM claim r
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY r.id
            """, arguments: arguments)
        let kinds = ClosedValues<ClaimKind>(), sides = ClosedValues<Side>(), qualifiers = ClosedValues<CountQualifier>()
        try query.forEach { columns in
            let id = columns.int64(0)
            let kind = try kinds.required(at: 1, of: columns, row: "claim \(id)")
            let claimantSide = try sides.required(at: 4, of: columns, row: "claim \(id)")
            let eventEnd = columns.text(13)
            var event: EventWindow?
            if let start = columns.eventTime(12) {
                event = EventWindow(start: start, end: eventEnd.flatMap { EventTime($0) })
            }
            let stated = sides.value(at: 5, of: columns)
            let compared = ComparedClaim(
                id: id, kind: kind, system: columns.text(2) ?? "", claimant: columns.text(3) ?? "", claimantSide: claimantSide,
                weaponSide: stated ?? ClaimContent.impliedWeaponSide(kind: kind, claimantSide: claimantSide),
                count: ClaimCount(
                    exact: columns.int(6), minimum: columns.int(7), maximum: columns.int(8), text: columns.text(9),
                    qualifier: try qualifiers.required(at: 10, of: columns, row: "claim \(id)")
                ),
                launched: columns.int(11), event: event
            )
            try body(CountedClaim(compared: compared, eventEnd: eventEnd, place: columns.text(14)))
        }
    }

    /// Streams the claim id and source id of every citation (of every revision, of every claim),
    /// in no particular order: what a tally needs to count each group's distinct sources.
    ///
    /// - Complexity: One scan of each of the two narrow indexes on `citation` (not the table,
    ///   whose rows carry the quotes; ``OnePassTally/forEachCitationSource(_:_:)``).
    public func forEachCitationSource(_ body: (_ claimID: Int64, _ sourceID: Int64) throws -> Void) throws {
        try OnePassTally.forEachCitationSource(db, body)
    }
}
