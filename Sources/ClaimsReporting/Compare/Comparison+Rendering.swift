import ClaimsCore

extension Comparison {
    // MARK: - JSON

    /// A JSON array of rows, keys sorted. A row has `weapon_side`; `system` or `month`, or
    /// `event_start`, `event_end`, `system` (the family) and `paired`; the derived `launched`,
    /// `unaccounted` and `share_intercepted` (null where not meaningful); and one object per party
    /// under its id (``PartyFigures``): `claims`, `launched`, `intercepted`, `intercepted_min`,
    /// `intercepted_max`, `struck`, `struck_min`, `struck_max`, `count_min`, `count_max` (the
    /// interval of intercepted plus hits), `unknown_count_claims` and `claim_ids`.
    public func json() -> [UInt8] {
        var writer = JSONWriter(capacity: 512 * (rows.count + 1))
        writer.beginArray()
        for row in rows {
            var fields: [(String, (inout JSONWriter) -> Void)] = [
                ("weapon_side", { $0.string(row.weaponSide?.rawValue) }),
                ("launched", { $0.int(row.launched) }),
                ("unaccounted", { $0.int(row.unaccounted) }),
                ("share_intercepted", { $0.double(row.shareIntercepted) }),
            ]
            switch grouping {
            case .system: fields.append(("system", { $0.string(row.key) }))
            case .month: fields.append(("month", { $0.string(row.key) }))
            case .event:
                fields.append(("system", { $0.string(row.key) }))
                fields.append(("event_start", { $0.string(row.eventStart?.description) }))
                fields.append(("event_end", { $0.string(row.eventEnd?.description) }))
                fields.append(("paired", { $0.bool(row.isPaired) }))
            }
            for (party, figures) in zip(parties, row.parties) {
                fields.append((party.id, { Self.write(figures, to: &$0) }))
            }
            fields.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            writer.beginObject()
            for (key, write) in fields {
                writer.key(dynamic: key)
                write(&writer)
            }
            writer.endObject()
        }
        writer.endArray()
        writer.newline()
        return writer.bytes
    }

    private static func write(_ figures: PartyFigures, to writer: inout JSONWriter) {
        let outcomes = figures.outcomes
        writer.beginObject()
        writer.key("claim_ids")
        writer.beginArray()
        for id in figures.claimIDs { writer.int(id) }
        writer.endArray()
        writer.key("claims"); writer.int(figures.claims)
        writer.key("count_max"); writer.int(outcomes.countMax)
        writer.key("count_min"); writer.int(outcomes.countMin)
        writer.key("intercepted"); writer.int(figures.intercepted)
        writer.key("intercepted_max"); writer.int(figures.intercepts.countMax)
        writer.key("intercepted_min"); writer.int(figures.intercepts.countMin)
        writer.key("launched"); writer.int(figures.launched)
        writer.key("struck"); writer.int(figures.struck)
        writer.key("struck_max"); writer.int(figures.strikes.countMax)
        writer.key("struck_min"); writer.int(figures.strikes.countMin)
        writer.key("unknown_count_claims"); writer.int(figures.unknownCountClaims)
        writer.endObject()
    }

    // MARK: - Tables

    /// The human table: the weapon side and the key (for events, the window and the family), then
    /// per party its claims, launched, intercepted and hits claimed (with bounds when not one
    /// number; for events, the claim ids), then what neither side accounts for and the share
    /// intercepted.
    public func table(labels: TallyLabels) -> Table {
        var columns = [Table.Column("WEAPON SIDE")]
        if grouping == .event { columns.append(.init("EVENT")) }
        columns.append(.init(grouping == .month ? "MONTH" : "SYSTEM"))
        for party in parties {
            let name = party.id.uppercased()
            columns += [.init("\(name) CLAIMS", .right), .init("\(name) LAUNCHED", .right), .init("\(name) INTERCEPTED", .right), .init("\(name) STRUCK", .right)]
            if grouping == .event { columns.append(.init("\(name) IDS")) }
        }
        columns += [.init("UNACCOUNTED", .right), .init("INTERCEPTED %", .right)]
        var table = Table(columns: columns)
        for row in rows {
            var cells = [labels.text(for: row.weaponSide?.rawValue, in: .weaponSide)]
            if grouping == .event { cells.append(Self.window(row)) }
            cells.append(grouping == .month ? labels.text(for: row.key, in: .month) : labels.text(for: row.key, in: .system))
            for figures in row.parties {
                cells += [String(figures.claims), figures.launched.map(String.init) ?? "", Self.cell(figures.intercepts), Self.cell(figures.strikes)]
                if grouping == .event { cells.append(figures.claimIDs.map(String.init).joined(separator: ",")) }
            }
            cells += [row.unaccounted.map(String.init) ?? "", Self.percent(row.shareIntercepted)]
            table.append(cells)
        }
        return table
    }

    /// The data table (CSV): the key (with the system's name), then `a_`/`b_` prefixed figures
    /// (claim ids separated by spaces), then the derived figures.
    public func dataTable(labels: TallyLabels) -> Table {
        var columns = [Table.Column("weapon_side")]
        switch grouping {
        case .system: columns += [.init("system"), .init("system_name")]
        case .month: columns.append(.init("month"))
        case .event: columns += [.init("event_start"), .init("event_end"), .init("system"), .init("system_name"), .init("paired")]
        }
        let fields = [
            "party", "claims", "launched", "intercepted", "intercepted_min", "intercepted_max", "struck", "struck_min",
            "struck_max", "count_min", "count_max", "unknown_count_claims", "claim_ids",
        ]
        for prefix in ["a", "b"] {
            for field in fields { columns.append(.init("\(prefix)_\(field)", field == "party" || field == "claim_ids" ? .left : .right)) }
        }
        columns += [.init("launched", .right), .init("unaccounted", .right), .init("share_intercepted", .right)]
        var table = Table(columns: columns)
        func number(_ value: Int?) -> String { value.map(String.init) ?? "" }
        for row in rows {
            var cells = [row.weaponSide?.rawValue ?? ""]
            let name = row.key.map { labels.text(for: $0, in: .system) } ?? ""
            switch grouping {
            case .system: cells += [row.key ?? "", name]
            case .month: cells.append(row.key ?? "")
            case .event:
                cells += [row.eventStart?.description ?? "", row.eventEnd?.description ?? "", row.key ?? "", name, row.isPaired ? "true" : "false"]
            }
            for (party, figures) in zip(parties, row.parties) {
                let outcomes = figures.outcomes
                cells += [
                    party.id, String(figures.claims), number(figures.launched), number(figures.intercepted),
                    String(figures.intercepts.countMin), number(figures.intercepts.countMax), number(figures.struck),
                    String(figures.strikes.countMin), number(figures.strikes.countMax), String(outcomes.countMin),
                    number(outcomes.countMax), String(figures.unknownCountClaims), figures.claimIDs.map(String.init).joined(separator: " "),
                ]
            }
            var share = JSONWriter(capacity: 16)
            share.double(row.shareIntercepted)
            cells += [number(row.launched), number(row.unaccounted), row.shareIntercepted == nil ? "" : share.string]
            table.append(cells)
        }
        return table
    }

    // MARK: - Cells

    /// A figure for narrow cells: empty without claims of the kind, the exact sum (or "–"), and
    /// the interval in parentheses when the claims' wording leaves one.
    static func cell(_ figures: TallyFigures) -> String {
        guard figures.claims > 0 else { return "" }
        var text = figures.count.map(String.init) ?? "–"
        if !figures.compactBoundsText.isEmpty { text += " (\(figures.compactBoundsText))" }
        return text
    }

    /// "2024-05-14T18:00 → 2024-05-15T08:00", one date when the window is one day, "(no date)".
    static func window(_ row: Row) -> String {
        guard let start = row.eventStart else { return "(no date)" }
        guard let end = row.eventEnd, end != start else { return start.description }
        return "\(start) → \(end)"
    }

    /// A share as a percentage with one decimal ("85.7%"); empty when unknown.
    static func percent(_ share: Double?) -> String {
        guard let share else { return "" }
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
