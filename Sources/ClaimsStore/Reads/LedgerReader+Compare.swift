import ClaimsCore
import GRDB

/// The claims of two parties, read in one pass for `claims compare`.
extension LedgerReader {
    /// The counted claims that `filter` selects and that belong to a party: claimed by one of
    /// `sides` or by one of `claimants`. Each claim comes once, in id order, with its weapon side
    /// derived when not stated (``ClaimContent/effectiveWeaponSide``), whatever party it belongs to.
    ///
    /// Retracted and merged claims never come back, whatever the filter says (as in tallies).
    /// The filter's own `sides` and `claimants` narrow further when set.
    ///
    /// - Parameters:
    ///   - filter: Kinds, systems, statuses and dates to keep.
    ///   - sides: Claimant sides that are parties.
    ///   - claimants: Actor ids that are parties.
    /// - Complexity: One scan of the current-claim columns on `claim` (``ClaimProjection``).
    public func comparedClaims(matching filter: ClaimFilter, sides: Set<Side>, claimants: Set<String>) throws -> [ComparedClaim] {
        guard !sides.isEmpty || !claimants.isEmpty else { return [] }
        var conditions = ["r.status <> 'retracted'", "r.mergedInto IS NULL"]
        var arguments = StatementArguments()
        var counted = filter
        counted.includeRetracted = true  // excluded above, whatever the filter asks
        counted.statuses.remove(.retracted)
        if counted.statuses.isEmpty, !filter.statuses.isEmpty { return [] }  // only retracted asked for
        Self.appendConditions(for: counted, to: &conditions, arguments: &arguments)
        var party: [String] = []
        if !sides.isEmpty {
            party.append("r.claimantSide IN (\(sides.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(sides.map(\.rawValue).sorted())
        }
        if !claimants.isEmpty {
            party.append("r.claimant IN (\(claimants.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(claimants.sorted())
        }
        conditions.append("(" + party.joined(separator: " OR ") + ")")
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT r.id, r.kind, r.system, r.claimant, r.claimantSide, r.weaponSide, r.count, r.countMin, r.countMax,
                   r.countText, r.qualifier, r.launched, r.eventStart, r.eventEnd
            FROM claim r
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY r.id
            """, arguments: arguments)
        var claims: [ComparedClaim] = []
        while let row = try cursor.next() {
            let id: Int64 = row[0]
            func closed<T: RawRepresentable>(_ index: Int, _ type: T.Type) throws -> T where T.RawValue == String {
                let raw: String? = row[index]
                guard let raw, let value = T(rawValue: raw) else {
                    throw StoreError.database("claim \(id): unexpected \(type) '\(raw ?? "NULL")'")
                }
                return value
            }
            let kind = try closed(1, ClaimKind.self)
            let claimantSide = try closed(4, Side.self)
            var event: EventWindow?
            if let start = (row[12] as String?).flatMap({ EventTime($0) }) {
                event = EventWindow(start: start, end: (row[13] as String?).flatMap { EventTime($0) })
            }
            let stated = (row[5] as String?).flatMap { Side(rawValue: $0) }
            claims.append(ComparedClaim(
                id: id, kind: kind, system: row[2] ?? "", claimant: row[3] ?? "", claimantSide: claimantSide,
                weaponSide: stated ?? ClaimContent.impliedWeaponSide(kind: kind, claimantSide: claimantSide),
                count: ClaimCount(exact: row[6], minimum: row[7], maximum: row[8], text: row[9], qualifier: try closed(10, CountQualifier.self)),
                launched: row[11], event: event
            ))
        }
        return claims
    }
}

extension Ledger {
    /// The claims of two parties (see ``LedgerReader/comparedClaims(matching:sides:claimants:)``).
    ///
    /// - Throws: ``StoreError``.
    public func comparedClaims(matching filter: ClaimFilter, sides: Set<Side>, claimants: Set<String>) throws(StoreError) -> [ComparedClaim] {
        try read { try $0.comparedClaims(matching: filter, sides: sides, claimants: claimants) }
    }
}
