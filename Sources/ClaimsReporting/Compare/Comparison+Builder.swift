import ClaimsCore

extension Comparison {
    /// Builds a comparison by system or by month one claim at a time, so that a caller streaming
    /// a million claims (`claims report`) holds the rows' figures, not the claims.
    ///
    /// ``Comparison/init(grouping:a:b:claims:families:)`` uses it for those groupings: both give
    /// the same rows for the same claims in the same order.
    ///
    /// ```swift
    /// var builder = Comparison.Builder(grouping: .system, a: .init(side: .russia), b: .init(side: .ukraine))
    /// for claim in claims { builder.add(claim) }
    /// let comparison = builder.build()
    /// ```
    public struct Builder: Sendable {
        private struct Key: Hashable {
            var weaponSide: Side?
            var key: String?
        }

        private let grouping: Grouping
        private let parties: [Party]
        private var rows: [Row] = []
        private var rowIndex: [Key: Int] = [:]

        /// An empty comparison of two parties.
        ///
        /// - Precondition: `grouping` is `.system` or `.month` (events pair claims across the
        ///   whole set: use ``Comparison/init(grouping:a:b:claims:families:)``).
        public init(grouping: Grouping, a: Party, b: Party) {
            precondition(grouping != .event, "events are paired over all claims at once")
            self.grouping = grouping
            self.parties = [a, b]
        }

        /// Adds one claim to its row (nothing when neither party includes it).
        ///
        /// - Complexity: O(1) amortized.
        public mutating func add(_ claim: ComparedClaim) {
            guard parties[0].includes(claim) || parties[1].includes(claim) else { return }
            let key = Key(
                weaponSide: claim.weaponSide,
                key: grouping == .system ? claim.system : claim.event.map { String($0.end.description.prefix(7)) }
            )
            let index: Int
            if let found = rowIndex[key] {
                index = found
            } else {
                index = rows.count
                rows.append(Row(weaponSide: key.weaponSide, key: key.key, parties: parties))
                rowIndex[key] = index
            }
            Comparison.add(claim, to: &rows[index], parties: parties)
        }

        /// The comparison: rows in key order (weapon side, then key).
        ///
        /// - Complexity: O(r log r) in the number of rows.
        public func build() -> Comparison {
            let sorted = rows.sorted { TallyRow.keyOrder([$0.weaponSide?.rawValue, $0.key], [$1.weaponSide?.rawValue, $1.key]) }
            return Comparison(grouping: grouping, parties: parties, rows: sorted)
        }
    }
}
