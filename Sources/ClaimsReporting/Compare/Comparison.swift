import ClaimsCore

/// What two parties (actors or sides) claim, side by side, per weapon side and system or month.
///
/// Rows are keyed by the side whose weapons the claims are about (`weapon_side`) as well as the
/// system or month: Russia's count of Ukrainian drones downed and Ukraine's count of Russian
/// drones downed are about different weapons, so they are two rows and never subtracted.
public struct Comparison: Sendable, Equatable, GroupedReport {
    /// One party of a comparison: an actor id or a side name, and how it reads in tables.
    public struct Party: Sendable, Equatable {
        /// The actor id or side (`ru-mod`, `ukraine`).
        public var id: String
        /// The display name ("Russian Defence Ministry", "ukraine").
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// One group: each party's totals (absent when it made no claim there) and the difference.
    public struct Row: Sendable, Equatable {
        /// The side whose weapons the row's claims are about (`nil` when the claims do not say).
        public var weaponSide: String?
        public var key: String?
        public var a: TallyRow?
        public var b: TallyRow?

        /// A's exact count minus B's, when both state one (not when either is silent or vague).
        public var difference: Int? {
            guard let left = a?.figures.count, let right = b?.figures.count else { return nil }
            return left - right
        }
    }

    public var dimension: TallyDimension
    public var a: Party
    public var b: Party
    public var rows: [Row]

    /// The dimensions to tally each party by for a comparison by `dimension`.
    public static func tallyDimensions(_ dimension: TallyDimension) -> [TallyDimension] { [.weaponSide, dimension] }

    /// Lines up two tallies by weapon side and the same dimension, in key order.
    ///
    /// - Parameters:
    ///   - aRows: A's tally rows, keyed by ``tallyDimensions(_:)``: the weapon side, then the key.
    ///   - bRows: B's tally rows, keyed the same way.
    public init(dimension: TallyDimension, a: Party, aRows: [TallyRow], b: Party, bRows: [TallyRow]) {
        self.dimension = dimension
        self.a = a
        self.b = b
        struct Key: Hashable {
            var weaponSide: String?
            var key: String?
        }
        var byKey: [Key: Row] = [:]
        func place(_ row: TallyRow, isA: Bool) {
            precondition(row.keys.count == 2, "rows keyed by Comparison.tallyDimensions")
            let key = Key(weaponSide: row.keys[0], key: row.keys[1])
            if isA {
                byKey[key, default: Row(weaponSide: key.weaponSide, key: key.key)].a = row
            } else {
                byKey[key, default: Row(weaponSide: key.weaponSide, key: key.key)].b = row
            }
        }
        for row in aRows { place(row, isA: true) }
        for row in bRows { place(row, isA: false) }
        rows = byKey.values.sorted { TallyRow.keyOrder([$0.weaponSide, $0.key], [$1.weaponSide, $1.key]) }
    }

    // MARK: - JSON

    /// A JSON array of rows: `weapon_side`, the group key, `a` and `b` (each party's totals with
    /// its id under `party`) and `difference`; keys sorted.
    public func json() -> [UInt8] {
        var writer = JSONWriter(capacity: 512 * (rows.count + 1))
        writer.beginArray()
        for row in rows {
            writer.beginObject()
            writer.key("a"); Self.write(party: a, row.a, to: &writer)
            writer.key("b"); Self.write(party: b, row.b, to: &writer)
            writer.key("difference"); writer.int(row.difference)
            writer.key(dynamic: dimension.rawValue); writer.string(row.key)
            writer.key("weapon_side"); writer.string(row.weaponSide)
            writer.endObject()
        }
        writer.endArray()
        writer.newline()
        return writer.bytes
    }

    private static func write(party: Party, _ row: TallyRow?, to writer: inout JSONWriter) {
        let figures = row?.figures ?? TallyFigures()
        writer.beginObject()
        writer.key("claims"); writer.int(figures.claims)
        writer.key("count"); writer.int(figures.count)
        writer.key("count_max"); writer.int(row == nil ? nil : figures.countMax)
        writer.key("count_min"); writer.int(row == nil ? nil : figures.countMin)
        writer.key("intercept_rate"); writer.double(figures.interceptRate)
        writer.key("launched"); writer.int(figures.launched)
        writer.key("party"); writer.string(party.id)
        writer.key("sources"); writer.int(row?.sources ?? 0)
        writer.key("unknown_count_claims"); writer.int(figures.unknownCountClaims)
        writer.endObject()
    }

    // MARK: - Tables

    /// The human table: per party its claims, count (with bounds when not one number) and
    /// launched, then the difference.
    public func table(labels: TallyLabels) -> Table {
        var columns = [Table.Column("WEAPON SIDE"), Table.Column(TallyLabels.title(of: dimension))]
        for party in [a, b] {
            let name = party.id.uppercased()
            columns += [.init("\(name) CLAIMS", .right), .init("\(name) COUNT", .right), .init("\(name) LAUNCHED", .right)]
        }
        columns.append(.init("DIFFERENCE", .right))
        var table = Table(columns: columns)
        for row in rows {
            var cells = [labels.text(for: row.weaponSide, in: .weaponSide), labels.text(for: row.key, in: dimension)]
            for side in [row.a, row.b] {
                guard let side else {
                    cells += ["0", "", ""]
                    continue
                }
                let figures = side.figures
                var count = figures.count.map(String.init) ?? "–"
                if !figures.compactBoundsText.isEmpty { count += " (\(figures.compactBoundsText))" }
                cells += [String(figures.claims), count, figures.launched.map(String.init) ?? ""]
            }
            cells.append(row.difference.map { $0 > 0 ? "+\($0)" : String($0) } ?? "")
            table.append(cells)
        }
        return table
    }

    /// The data table (CSV): the key (and its name), then `a_`/`b_` prefixed figures and the difference.
    public func dataTable(labels: TallyLabels) -> Table {
        var columns = [Table.Column("weapon_side"), Table.Column(dimension.rawValue)]
        if TallyLabels.hasNameColumn(dimension) { columns.append(.init(dimension.rawValue + "_name")) }
        for prefix in ["a", "b"] {
            for field in ["party", "claims", "sources", "count", "count_min", "count_max", "unknown_count_claims", "launched"] {
                columns.append(.init("\(prefix)_\(field)", field == "party" ? .left : .right))
            }
        }
        columns.append(.init("difference", .right))
        var table = Table(columns: columns)
        for row in rows {
            var cells = [row.weaponSide ?? "", row.key ?? ""]
            if TallyLabels.hasNameColumn(dimension) { cells.append(row.key == nil ? "" : labels.text(for: row.key, in: dimension)) }
            for (party, side) in [(a, row.a), (b, row.b)] {
                let figures = side?.figures ?? TallyFigures()
                cells += [
                    party.id, String(figures.claims), String(side?.sources ?? 0), figures.count.map(String.init) ?? "",
                    side == nil ? "" : String(figures.countMin), side == nil ? "" : figures.countMax.map(String.init) ?? "",
                    String(figures.unknownCountClaims), figures.launched.map(String.init) ?? "",
                ]
            }
            cells.append(row.difference.map(String.init) ?? "")
            table.append(cells)
        }
        return table
    }
}
