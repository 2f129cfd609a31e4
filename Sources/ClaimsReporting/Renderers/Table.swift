import ClaimsCore

/// A rectangular table of text cells, rendered as an aligned terminal table, CSV or Markdown.
public struct Table: Sendable, Equatable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable, Equatable {
        public var title: String
        public var alignment: Alignment
        public init(_ title: String, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// Renders in `format` (`.json` is not a table format: use the command's JSON writer).
    ///
    /// - Parameter width: The terminal width for `.table`; wide cells are cut with "…" so rows fit.
    public func render(_ format: OutputFormat, width: Int? = nil) -> String {
        switch format {
        case .table, .json: renderTable(width: width)
        case .csv: renderCSV()
        case .md: renderMarkdown()
        }
    }

    // MARK: - Terminal table

    func renderTable(width: Int?) -> String {
        let titleWidths = columns.map { DisplayWidth.of($0.title) }
        var contentWidths = columns.map { _ in 0 }
        for row in rows {
            for (index, cell) in row.enumerated() where index < contentWidths.count {
                contentWidths[index] = max(contentWidths[index], DisplayWidth.of(cell))
            }
        }
        var widths = zip(titleWidths, contentWidths).map { max($0, $1) }
        if let width {
            widths = Self.fit(widths, into: width, columns: columns, titleWidths: titleWidths, contentWidths: contentWidths)
        }
        var out = ""
        func line(_ cells: [String]) {
            var parts: [String] = []
            for (index, column) in columns.enumerated() {
                let cell = index < cells.count ? cells[index] : ""
                let clipped = DisplayWidth.clip(cell, to: widths[index])
                let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(clipped)))
                parts.append(column.alignment == .right ? padding + clipped : clipped + padding)
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            out += text + "\n"
        }
        line(columns.map(\.title))
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { line(row) }
        return out
    }

    /// Shrinks columns until a row fits `total` (two spaces between columns), in passes: long
    /// text columns down to 12, then number columns down to their widest value (numbers are never
    /// cut, only their titles), then text columns down to their title, then down to 3.
    /// A table that still does not fit is left wider than `total`.
    static func fit(_ widths: [Int], into total: Int, columns: [Column], titleWidths: [Int], contentWidths: [Int]) -> [Int] {
        var widths = widths
        let text = columns.indices.filter { columns[$0].alignment == .left }
        let numbers = columns.indices.filter { columns[$0].alignment == .right }
        let passes: [(indices: [Int], minimum: (Int) -> Int)] = [
            (text, { max(3, min(max(titleWidths[$0], contentWidths[$0]), 12)) }),
            (numbers, { max(3, contentWidths[$0]) }),
            (text, { max(3, min(titleWidths[$0], 12)) }),
            (text, { _ in 3 }),
        ]
        for pass in passes {
            widths = shrink(widths, into: total, indices: pass.indices, minimums: columns.indices.map(pass.minimum))
        }
        return widths
    }

    /// Takes one column at a time from the widest of `indices` until the row fits or none can shrink.
    static func shrink(_ widths: [Int], into total: Int, indices: [Int], minimums: [Int]) -> [Int] {
        var widths = widths
        let gaps = 2 * max(0, widths.count - 1)
        var excess = widths.reduce(0, +) + gaps - total
        while excess > 0 {
            guard let index = indices.filter({ widths[$0] > minimums[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[index] -= 1
            excess -= 1
        }
        return widths
    }

    // MARK: - CSV (RFC 4180)

    func renderCSV() -> String {
        var out = ""
        func line(_ cells: [String]) {
            out += cells.map(Self.csvField).joined(separator: ",") + "\r\n"
        }
        line(columns.map(\.title))
        for row in rows { line(row) }
        return out
    }

    /// Quotes a field when it holds a comma, quote, CR or LF; doubles inner quotes.
    public static func csvField(_ value: String) -> String {
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }

    // MARK: - Markdown

    func renderMarkdown() -> String {
        func escape(_ cell: String) -> String {
            var out = ""
            for character in cell {
                switch character {
                case "|": out += "\\|"
                case "\n", "\r\n", "\r": out += "<br>"
                default: out.append(character)
                }
            }
            return out
        }
        var out = "| " + columns.map { escape($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows {
            out += "| " + columns.indices.map { escape($0 < row.count ? row[$0] : "") }.joined(separator: " | ") + " |\n"
        }
        return out
    }
}

/// Terminal display width: combining marks take none, East Asian wide characters two.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars { width += of(scalar) }
        return width
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// `text` cut to `width` columns, ending in "…" when cut; newlines become spaces.
    public static func clip(_ text: String, to width: Int) -> String {
        var flat = text
        if flat.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
            flat = String(flat.map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
        }
        guard of(flat) > width else { return flat }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in flat.unicodeScalars {
            let w = of(scalar)
            if used + w > width - 1 { break }
            out.append(scalar)
            used += w
        }
        return String(out) + "…"
    }
}
