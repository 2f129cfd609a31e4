import ClaimsCore

/// A finished tally: its dimensions and rows, ready to render in every `--format`.
public struct TallyReport: Sendable, Equatable, GroupedReport {
    public var dimensions: [TallyDimension]
    public var rows: [TallyRow]

    public init(dimensions: [TallyDimension], rows: [TallyRow]) {
        self.dimensions = dimensions
        self.rows = rows
    }

    // MARK: - JSON

    /// The JSON array of rows: grouping keys (ids) and figures, keys sorted, rows in key order.
    public func json() -> [UInt8] {
        var writer = JSONWriter(capacity: 256 * (rows.count + 1))
        writer.beginArray()
        for row in rows { Self.write(row, dimensions: dimensions, to: &writer) }
        writer.endArray()
        writer.newline()
        return writer.bytes
    }

    /// Writes one row as a JSON object with sorted keys.
    public static func write(_ row: TallyRow, dimensions: [TallyDimension], to writer: inout JSONWriter) {
        func key(_ dimension: TallyDimension) {
            guard let index = dimensions.firstIndex(of: dimension) else { return }
            writer.key(dynamic: dimension.rawValue)
            writer.string(row.keys[index])
        }
        let figures = row.figures
        writer.beginObject()
        key(.claimant)
        writer.key("claims"); writer.int(figures.claims)
        writer.key("count"); writer.int(figures.count)
        writer.key("count_max"); writer.int(figures.countMax)
        writer.key("count_min"); writer.int(figures.countMin)
        key(.day)
        writer.key("intercept_rate"); writer.double(figures.interceptRate)
        writer.key("launched"); writer.int(figures.launched)
        key(.month)
        key(.region)
        key(.side)
        writer.key("sources"); writer.int(row.sources)
        key(.system)
        writer.key("unknown_count_claims"); writer.int(figures.unknownCountClaims)
        key(.week)
        writer.endObject()
    }

    // MARK: - Tables

    /// The human table (terminal and Markdown): names for keys, the count, its bounds in words,
    /// vague claims, launched and the intercept rate.
    public func table(labels: TallyLabels) -> Table {
        var columns = dimensions.map { Table.Column(TallyLabels.title(of: $0)) }
        columns += [
            .init("CLAIMS", .right), .init("SOURCES", .right), .init("COUNT", .right), .init("BOUNDS", .right),
            .init("VAGUE", .right), .init("LAUNCHED", .right), .init("RATE", .right),
        ]
        var table = Table(columns: columns)
        for row in rows {
            let figures = row.figures
            var cells = zip(dimensions, row.keys).map { labels.text(for: $1, in: $0) }
            cells += [
                String(figures.claims), String(row.sources), figures.count.map(String.init) ?? "–", figures.compactBoundsText,
                String(figures.unknownCountClaims), figures.launched.map(String.init) ?? "", figures.rateText,
            ]
            table.append(cells)
        }
        return table
    }

    /// The data table (CSV): the JSON fields as columns, with a name column beside each id column
    /// so that a spreadsheet shows both.
    public func dataTable(labels: TallyLabels) -> Table {
        var columns: [Table.Column] = []
        for dimension in dimensions {
            columns.append(.init(dimension.rawValue))
            if TallyLabels.hasNameColumn(dimension) { columns.append(.init(dimension.rawValue + "_name")) }
        }
        for name in ["claims", "sources", "count", "count_min", "count_max", "unknown_count_claims", "launched", "intercept_rate"] {
            columns.append(.init(name, .right))
        }
        var table = Table(columns: columns)
        for row in rows {
            let figures = row.figures
            var cells: [String] = []
            for (dimension, key) in zip(dimensions, row.keys) {
                cells.append(key ?? "")
                if TallyLabels.hasNameColumn(dimension) { cells.append(key == nil ? "" : labels.text(for: key, in: dimension)) }
            }
            var rate = JSONWriter(capacity: 16)
            rate.double(figures.interceptRate)
            cells += [
                String(figures.claims), String(row.sources), figures.count.map(String.init) ?? "", String(figures.countMin),
                figures.countMax.map(String.init) ?? "", String(figures.unknownCountClaims),
                figures.launched.map(String.init) ?? "", figures.interceptRate == nil ? "" : rate.string,
            ]
            table.append(cells)
        }
        return table
    }
}
