import ClaimsCore

/// One row of the dataset as a claim, before it is written.
struct PiterfmClaim: Sendable {
    var content: ClaimContent
    /// The row's identity without its occurrence number: time_start|time_end|model|source.
    var baseKey: String
    var sourceURL: String
    /// The account or site the report was posted from (`kpszsu`).
    var account: String
    /// Whether the account is not in the taxonomy, so the claim was attributed to the Air Force.
    var claimantAssumed: Bool
    /// The row as CSV text, quoted as the citation.
    var quote: String
}

/// Maps dataset rows to intercept claims (SPEC §7): one claim per row by the account's actor,
/// `count` = destroyed, `launched` = launched, the event window from time_start/time_end (Kyiv
/// time, as written), the target as location text, the other columns kept in `extra`.
///
/// Names are resolved once per distinct text and cached, so the cost per row is parsing only.
struct PiterfmMapper {
    /// Who a claim is attributed to when its account is not in the taxonomy (URL-only sources).
    static let fallbackClaimant = "ua-air-force"
    /// The `extra` key that identifies a row across re-imports.
    static let keyField = "piterfm_key"

    let taxonomy: Taxonomy
    let columns: PiterfmColumns
    private var systems: [String: Result<String, ClaimsError>] = [:]
    private var actors: [String: Actor?] = [:]
    private var places: [String: String?] = [:]
    private var urls: [String: (url: String, account: String)] = [:]
    private let fallback: Actor

    init(taxonomy: Taxonomy, columns: PiterfmColumns) throws(PiterfmProblem) {
        guard let fallback = taxonomy.actor(id: Self.fallbackClaimant) else {
            throw PiterfmProblem("the taxonomy has no actor '\(Self.fallbackClaimant)'")
        }
        self.taxonomy = taxonomy
        self.columns = columns
        self.fallback = fallback
    }

    /// Maps the reader's current record.
    ///
    /// - Returns: The claim, or a rejection reason when the model is not in the taxonomy.
    /// - Throws: ``PiterfmProblem`` for a malformed value (text in a count column, a bad date).
    mutating func map(_ record: CSVRecordReader) throws(PiterfmProblem) -> Result<PiterfmClaim, PiterfmProblem> {
        let model = record.string(columns.model).trimmingCharacters()
        guard !model.isEmpty else { throw PiterfmProblem("model: empty: every row needs a weapon model") }
        let (start, startText) = try time(record, columns.timeStart, "time_start")
        let (end, endText) = try time(record, columns.timeEnd, "time_end")
        let destroyed = try count(record, columns.destroyed, "destroyed")
        let launched = try count(record, columns.launched, "launched")
        let source = record.string(columns.source).trimmingCharacters()
        guard !source.isEmpty else { throw PiterfmProblem("source: empty: every row needs the report it comes from") }

        let system: String
        switch resolveSystem(model) {
        case let .success(id): system = id
        case let .failure(error): return .failure(PiterfmProblem("model '\(model)': \(error)"))
        }
        let (url, account) = reportURL(source)
        let actor = resolveActor(account)

        var extra: [String: String] = [:]
        for (index, name) in columns.kept where !record.isEmptyField(index) {
            extra[name] = record.string(index)
        }
        extra["model"] = model
        extra["time_start"] = startText
        extra["time_end"] = endText
        let baseKey = "\(start)|\(end)|\(model)|\(source)"

        var location: String?
        var place: String?
        if let column = columns.target {
            let text = record.string(column).trimmingCharacters()
            if !text.isEmpty {
                location = text
                place = resolvePlace(text)
            }
        }
        let content = ClaimContent(
            kind: .intercept, system: system, claimant: (actor ?? fallback).id, claimantSide: (actor ?? fallback).side,
            weaponSide: .russia, count: destroyed.map { .exactly($0) } ?? .unknown(), launched: launched,
            event: EventWindow(start: start, end: end), place: place, location: location, extra: extra
        )
        return .success(PiterfmClaim(
            content: content, baseKey: baseKey, sourceURL: url, account: account, claimantAssumed: actor == nil,
            quote: Self.csvLine(record)
        ))
    }

    /// The URL of a `source` value: `kpszsu/posts/…` and `watch/?v=…` are Facebook paths, a
    /// value starting with a domain (`kharkivoda.gov.ua/news/…`) is a web page, a full URL is kept.
    ///
    /// - Returns: The URL and the account (first path segment, or the host for other sites).
    static func reportURL(_ source: String) -> (url: String, account: String) {
        if source.hasPrefix("https://") || source.hasPrefix("http://") {
            let rest = source.split(separator: "/", omittingEmptySubsequences: true).dropFirst()  // "https:"
            let host = rest.first.map(String.init) ?? ""
            let isSocial = ["t.me", "telegram.me", "www.facebook.com", "facebook.com", "m.facebook.com"].contains(host.lowercased())
            let account = isSocial ? rest.dropFirst().first.map(String.init) ?? host : host
            return (source, account)
        }
        let segments = source.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        let first = String(segments.first ?? "")
        let isFacebookPath = (segments.count > 1 && segments[1] == "posts") || first == "watch" || !first.contains(".")
        if isFacebookPath {
            return ("https://www.facebook.com/" + source, first)
        }
        return ("https://" + source, first)
    }

    // MARK: - Private

    private mutating func reportURL(_ source: String) -> (url: String, account: String) {
        if let cached = urls[source] { return cached }
        let mapped = Self.reportURL(source)
        if urls.count > 100_000 { urls.removeAll(keepingCapacity: true) }
        urls[source] = mapped
        return mapped
    }

    private mutating func resolveSystem(_ model: String) -> Result<String, ClaimsError> {
        if let cached = systems[model] { return cached }
        let result: Result<String, ClaimsError>
        do { result = .success(try taxonomy.resolveSystem(model)) } catch { result = .failure(error) }
        systems[model] = result
        return result
    }

    private mutating func resolveActor(_ account: String) -> Actor? {
        if let cached = actors[account] { return cached }
        let actor = taxonomy.actor(account: account)
        actors.updateValue(actor, forKey: account)  // `actors[account] = nil` would not cache a miss
        return actor
    }

    private mutating func resolvePlace(_ text: String) -> String? {
        if let cached = places[text] { return cached }
        let place = taxonomy.lookUpPlace(text)
        places.updateValue(place, forKey: text)
        return place
    }

    /// A time column: `2026-02-28 18:00`, `2026-02-28`, also `2023-05-16 3:30` and stray spaces.
    private func time(_ record: CSVRecordReader, _ column: Int, _ name: String) throws(PiterfmProblem) -> (EventTime, String) {
        let text = record.string(column)
        var trimmed = text.trimmingCharacters()
        var bytes = Array(trimmed.utf8)
        // One-digit hour ("3:30"): pad it.
        if bytes.count == 15, bytes[10] == UInt8(ascii: " "), bytes[12] == UInt8(ascii: ":") {
            bytes.insert(UInt8(ascii: "0"), at: 11)
            trimmed = String(decoding: bytes, as: UTF8.self)
        }
        guard let time = EventTime(trimmed), time.precision != .month else {
            throw PiterfmProblem("\(name): '\(text)' is not a date: expected YYYY-MM-DD or YYYY-MM-DD HH:MM")
        }
        return (time, text)
    }

    /// A count column: empty (unknown), a whole number, or a float holding one (`123.0`).
    private func count(_ record: CSVRecordReader, _ column: Int, _ name: String) throws(PiterfmProblem) -> Int? {
        let parsed: Int?? = record.withField(column) { bytes in Self.wholeNumber(bytes) }
        guard let value = parsed else {
            throw PiterfmProblem("\(name): '\(record.string(column))' is not a count: expected a whole number such as 12 or 12.0, or nothing")
        }
        return value
    }

    /// `nil` when not a number; `.some(nil)` when empty.
    static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        var index = 0
        var end = bytes.count
        while index < end, bytes[index] == 0x20 { index += 1 }
        while end > index, bytes[end - 1] == 0x20 { end -= 1 }
        if index == end { return .some(nil) }
        var value = 0
        var digits = 0
        while index < end, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            guard digits < 15 else { return nil }
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < end, bytes[index] == UInt8(ascii: "0") { index += 1 }
        }
        return index == end ? .some(value) : nil
    }

    /// The record re-encoded as one CSV line (fields quoted only when they need it).
    static func csvLine(_ record: CSVRecordReader) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        for index in 0..<record.fieldCount {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            record.withField(index) { bytes in
                let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
                guard needsQuotes else { return out.append(contentsOf: bytes) }
                out.append(UInt8(ascii: "\""))
                for byte in bytes {
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                    out.append(byte)
                }
                out.append(UInt8(ascii: "\""))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
