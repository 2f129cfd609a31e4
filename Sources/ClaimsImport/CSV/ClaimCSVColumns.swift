import ClaimsCore

/// The columns `claims import` reads from a CSV file: the claim's JSON keys (`kind`, `system`,
/// `count`, `event_date`...), its citations as `source`/`sources` (URLs) and `quote`/`quotes`
/// (several joined by " | ", as `claims export --format csv` writes them), an optional `extra`
/// (a JSON object) and `hash` (a claim already in the ledger is skipped). The export's
/// derived columns (`id`, `system_name`, `revision`) and stamp columns are ignored.
struct ClaimCSVColumns {
    /// Columns holding whole numbers.
    static let integerColumns: Set<String> = ["count", "count_min", "count_max", "launched", "merged_into"]
    /// Columns holding text.
    static let textColumns: Set<String> = [
        "kind", "system", "claimant", "claimant_side", "weapon_side", "count_text", "qualifier", "event_date",
        "event_start", "event_end", "place", "location", "target", "weapon_origin", "status", "reliability", "notes",
    ]
    static let required = ["kind", "system", "claimant", "claimant_side"]
    /// The export's derived columns and its reproducibility stamp (`ledger_head`, `exported_at`, `tool`).
    static let ignored: Set<String> = ["id", "system_name", "revision", "ledger_head", "exported_at", "tool"]

    /// (column index, JSON key) of the content columns.
    let content: [(index: Int, name: String, isInteger: Bool)]
    let extra: Int?
    let sources: Int?
    let quotes: Int?
    let hash: Int?
    let count: Int

    /// Reads the header.
    ///
    /// - Throws: A message naming an unknown or missing column.
    init(header: [String]) throws(ClaimsError) {
        var content: [(Int, String, Bool)] = []
        var extra: Int?, sources: Int?, quotes: Int?, hash: Int?
        var seen: Set<String> = []
        for (index, raw) in header.enumerated() {
            var name = raw.trimmingCharacters()
            if index == 0, name.hasPrefix("\u{FEFF}") { name.removeFirst() }
            guard seen.insert(name).inserted else { throw .invalidField(name, "the column appears twice in the header") }
            switch name {
            case _ where Self.integerColumns.contains(name): content.append((index, name, true))
            case _ where Self.textColumns.contains(name): content.append((index, name, false))
            case "extra": extra = index
            case "source", "sources": sources = index
            case "quote", "quotes": quotes = index
            case "hash": hash = index
            case _ where Self.ignored.contains(name): continue
            default:
                let known = (Self.required + ["count", "launched", "event_date", "place", "source", "quote", "..."]).joined(separator: ", ")
                throw .invalidField(name, "unknown column: expected the claim's fields (\(known)) as written by `claims export --format csv`")
            }
        }
        for name in Self.required where !seen.contains(name) {
            throw .invalidField(name, "missing required column: a claims CSV needs \(Self.required.joined(separator: ", "))")
        }
        self.content = content
        self.extra = extra
        self.sources = sources
        self.quotes = quotes
        self.hash = hash
        count = header.count
    }

    /// The current record as the JSON object ``ClaimContent/init(json:)`` reads, so that a CSV
    /// row is checked by exactly the rules of a JSON line. Empty fields are absent.
    ///
    /// - Throws: ``ClaimsError/invalidField(_:_:)`` for an `extra` that is not a JSON object.
    func object(of record: CSVRecordReader) throws(ClaimsError) -> JSONValue {
        var members: [(String, JSONValue)] = []
        members.reserveCapacity(content.count + 1)
        for column in content where !record.isEmptyField(column.index) {
            let text = record.string(column.index)
            if column.isInteger {
                if let value = Int(text) {
                    members.append((column.name, .int(value)))
                } else if let value = Double(text), value.isFinite {
                    members.append((column.name, .double(value)))  // "12.0": a whole number, as in JSON
                } else {
                    members.append((column.name, .string(text)))  // rejected by the reader with the column name
                }
            } else {
                members.append((column.name, .string(text)))
            }
        }
        if let extra, !record.isEmptyField(extra) {
            let text = record.string(extra)
            guard case .object? = try? JSONParser.parse(text) else {
                throw .invalidField("extra", "expected a JSON object of strings, got '\(text.prefix(40))'")
            }
            members.append(("extra", try! JSONParser.parse(text)))
        }
        return .object(members)
    }

    /// The citations' source URLs and quotes of the current record.
    ///
    /// - Throws: When a source is not a URL, or sources and quotes do not pair up.
    func citations(of record: CSVRecordReader) throws(ClaimsError) -> [(url: String, quote: String)] {
        guard let sources, !record.isEmptyField(sources) else { return [] }
        let urls = record.withField(sources) { Self.splitOnBars($0) }.map { $0.trimmingCharacters() }
        for url in urls where !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            throw .invalidField("sources", "'\(url.prefix(60))' is not a URL (http:// or https://)")
        }
        let quoteText = quotes.map { record.string($0) } ?? ""
        if urls.count == 1 { return [(urls[0], quoteText)] }
        let quoteParts = quoteText.isEmpty ? [] : quotes.map { record.withField($0) { Self.splitOnBars($0) } } ?? []
        if quoteParts.isEmpty { return urls.map { ($0, "") } }
        guard quoteParts.count == urls.count else {
            throw .invalidField("quotes", "\(urls.count) sources but \(quoteParts.count) quotes: give one quote per source, joined by \" | \"")
        }
        return Array(zip(urls, quoteParts)).map { (url: $0.0, quote: $0.1) }
    }

    /// Splits on " | " (how the export joins several sources or quotes), byte by byte: the
    /// generic `split(separator:)` of a string cost a tenth of a CSV import.
    static func splitOnBars(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var parts: [String] = []
        var start = 0
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0x20, bytes[index + 1] == UInt8(ascii: "|"), bytes[index + 2] == 0x20 {
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                index += 3
                start = index
            } else {
                index += 1
            }
        }
        parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
        return parts
    }
}
