import ClaimsCore

/// The JSON form of a candidate (SPEC §3 `claims extract --format json`), keys in ascending
/// byte order so the bytes are canonical: `claimant`, `claimant_side`, `confidence`, `count`,
/// `count_max`, `count_min`, `count_text`, `end`, `event_date`, `event_end`, `event_start`,
/// `kind`, `launched`, `location`, `place`, `qualifier`, `quote`, `relays`, `start`, `system`,
/// `weapon_origin`, `weapon_side`.
extension Candidate {
    /// Writes the candidate as one JSON object.
    public func write(to writer: inout JSONWriter) {
        var scratch = CandidateEncoder()
        writer.raw(scratch.encode(self))
    }

    /// The candidate as canonical JSON text (what the review queue stores).
    public var canonicalJSON: String {
        var scratch = CandidateEncoder()
        return String(decoding: scratch.encode(self), as: UTF8.self)
    }

    /// Writes `{"candidates": [...]}` followed by a newline.
    ///
    /// - Parameter flush: Called with the bytes written so far whenever they pass 64 KB (and at
    ///   the end); the writer is then emptied, so a long document streams in constant memory.
    public static func writeDocument(_ candidates: [Candidate], to writer: inout JSONWriter, flush: (([UInt8]) -> Void)? = nil) {
        writer.beginObject()
        writer.key("candidates")
        writer.beginArray()
        var scratch = CandidateEncoder()
        for candidate in candidates {
            writer.raw(scratch.encode(candidate))
            if let flush, writer.bytes.count >= 65_536 {
                flush(writer.bytes)
                writer.reset()
                writer.raw(EmptyCollection())  // still inside the array: the next object needs its comma
            }
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
        if let flush {
            flush(writer.bytes)
            writer.reset()
        }
    }

    /// Reads a candidate written by ``write(to:)``.
    ///
    /// - Throws: ``ClaimsError/invalidField(_:_:)`` naming the first bad field.
    public init(json: JSONValue) throws(ClaimsError) {
        func string(_ key: String) throws(ClaimsError) -> String? {
            guard let value = json[key], !value.isNull else { return nil }
            guard let text = value.stringValue else { throw .invalidField(key, "expected a string") }
            return text
        }
        func int(_ key: String) throws(ClaimsError) -> Int? {
            guard let value = json[key], !value.isNull else { return nil }
            guard let number = value.intValue else { throw .invalidField(key, "expected a whole number") }
            return number
        }
        func parsed<T: RawRepresentable>(_ key: String) throws(ClaimsError) -> T? where T.RawValue == String {
            guard let text = try string(key) else { return nil }
            guard let value = T(rawValue: text) else { throw .invalidField(key, "unknown value '\(text)'") }
            return value
        }
        func time(_ key: String) throws(ClaimsError) -> EventTime? {
            guard let text = try string(key) else { return nil }
            guard let value = EventTime(text) else { throw .invalidField(key, "expected YYYY-MM-DD, got '\(text)'") }
            return value
        }
        guard let kind: ClaimKind = try parsed("kind") else { throw .invalidField("kind", "is required") }
        guard let system = try string("system") else { throw .invalidField("system", "is required") }
        guard let quote = try string("quote") else { throw .invalidField("quote", "is required") }
        let exact = try int("count")
        let minimum = try int("count_min")
        let maximum = try int("count_max")
        let qualifier: CountQualifier? = try parsed("qualifier")
        let count = ClaimCount(
            exact: exact, minimum: minimum ?? exact, maximum: maximum ?? exact, text: try string("count_text"),
            qualifier: qualifier ?? (exact == nil ? .unknown : .exact)
        )
        var event: EventWindow?
        let start = try time("event_start")
        let date = try time("event_date")
        if let first = start ?? date {
            event = EventWindow(start: first, end: try time("event_end") ?? date)
        }
        var confidence = 0.0
        if let value = json["confidence"] {
            switch value {
            case let .double(number): confidence = number
            case let .int(number): confidence = Double(number)
            default: throw .invalidField("confidence", "expected a number")
            }
        }
        self.init(
            kind: kind, system: system, count: count, launched: try int("launched"), claimant: try string("claimant"),
            claimantSide: try parsed("claimant_side"), weaponSide: try parsed("weapon_side"),
            weaponOrigin: try string("weapon_origin"), place: try string("place"), location: try string("location"),
            event: event, quote: quote, start: try int("start") ?? 0, end: try int("end") ?? 0, confidence: confidence
        )
        if let relays = json["relays"] {
            guard let items = relays.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
                throw .invalidField("relays", "expected an array of actor ids")
            }
            self.relays = items.compactMap(\.stringValue)
        }
    }
}

/// Encodes candidates as JSON objects straight through a pointer into one reused buffer.
///
/// Hand-written beside ``JSONWriter`` for speed: a candidate is 22 keys and values, and going
/// through the writer's checked array appends (two or three per field) was 10% of
/// `claims extract --format json` in `bench/extract.sh` (8 MB of articles, 37,000 candidates,
/// 20 MB of JSON). Here the buffer is sized once per candidate from an upper bound of its
/// encoding and filled without checks. The bytes are the same as the writer's (keys in
/// ascending byte order, the same escapes and number forms); `CandidateEncoderTests` compares
/// the two.
struct CandidateEncoder: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0

    init() {
        capacity = 4096
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// The candidate's JSON object; valid until the next call.
    mutating func encode(_ candidate: Candidate) -> UnsafeBufferPointer<UInt8> {
        // Keys and punctuation take under 300 bytes, a number at most 20, an escaped byte at most 6.
        var bound = 512 + 6 * (candidate.quote.utf8.count + candidate.system.utf8.count
            + (candidate.claimant?.utf8.count ?? 0) + (candidate.weaponOrigin?.utf8.count ?? 0)
            + (candidate.place?.utf8.count ?? 0) + (candidate.location?.utf8.count ?? 0)
            + (candidate.count.text?.utf8.count ?? 0))
        for relay in candidate.relays { bound += 3 + 6 * relay.utf8.count }
        if bound > capacity {
            buffer.deallocate()
            capacity = bound
            buffer = .allocate(capacity: capacity)
        }
        count = 0
        let count = candidate.count
        raw("{\"claimant\":"); string(candidate.claimant)
        raw(",\"claimant_side\":"); string(candidate.claimantSide?.rawValue)
        raw(",\"confidence\":"); double(candidate.confidence)
        raw(",\"count\":"); int(count.exact)
        raw(",\"count_max\":"); int(count.maximum)
        raw(",\"count_min\":"); int(count.minimum)
        raw(",\"count_text\":"); string(count.text)
        raw(",\"end\":"); int(candidate.end)
        raw(",\"event_date\":"); if let event = candidate.event { date(event.day) } else { null() }
        raw(",\"event_end\":"); time(candidate.event?.end)
        raw(",\"event_start\":"); time(candidate.event?.start)
        raw(",\"kind\":"); string(candidate.kind.rawValue)
        raw(",\"launched\":"); int(candidate.launched)
        raw(",\"location\":"); string(candidate.location)
        raw(",\"place\":"); string(candidate.place)
        raw(",\"qualifier\":"); string(count.qualifier.rawValue)
        raw(",\"quote\":"); string(candidate.quote)
        raw(",\"relays\":[")
        for (position, relay) in candidate.relays.enumerated() {
            if position > 0 { byte(UInt8(ascii: ",")) }
            string(relay)
        }
        raw("],\"start\":"); int(candidate.start)
        raw(",\"system\":"); string(candidate.system)
        raw(",\"weapon_origin\":"); string(candidate.weaponOrigin)
        raw(",\"weapon_side\":"); string(candidate.weaponSide?.rawValue)
        byte(UInt8(ascii: "}"))
        return UnsafeBufferPointer(start: buffer, count: self.count)
    }

    @inline(__always)
    private mutating func byte(_ value: UInt8) {
        buffer[count] = value
        count += 1
    }

    @inline(__always)
    private mutating func raw(_ text: StaticString) {
        (buffer + count).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        count += text.utf8CodeUnitCount
    }

    private mutating func null() { raw("null") }

    private mutating func int(_ value: Int?) {
        guard let value else { return null() }
        if value < 0 { byte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var scale: UInt = 1
        while magnitude / scale >= 10 {
            scale *= 10
            digits += 1
        }
        for _ in 0..<digits {
            byte(UInt8(ascii: "0") + UInt8(magnitude / scale))
            magnitude %= scale
            scale /= 10
        }
    }

    /// As ``JSONWriter/double(_:)``: a whole number without a fraction, a non-finite one as null,
    /// else the shortest form that reads back the same. Hundredths (every confidence) are
    /// written here; that form is the shortest, since no shorter decimal is as close to them.
    private mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        if value.rounded() == value, abs(value) < 1e15 { return int(Int(value)) }
        let hundredths = (value * 100).rounded()
        guard abs(hundredths) < 1e15, hundredths / 100 == value else {
            for scalar in value.description.utf8 { byte(scalar) }
            return
        }
        if hundredths < 0 { byte(UInt8(ascii: "-")) }
        let magnitude = Int(abs(hundredths))
        int(magnitude / 100)
        byte(UInt8(ascii: "."))
        byte(UInt8(ascii: "0") + UInt8(magnitude / 10 % 10))
        if magnitude % 10 != 0 { byte(UInt8(ascii: "0") + UInt8(magnitude % 10)) }
    }

    private mutating func time(_ value: EventTime?) {
        guard let value else { return null() }
        guard value.precision == .day else { return string(value.description) }
        date(value.date)
    }

    /// `"YYYY-MM-DD"`, as `CalendarDate.description` writes it.
    private mutating func date(_ date: CalendarDate) {
        guard (0...9999).contains(date.year) else { return string(date.description) }
        byte(UInt8(ascii: "\""))
        byte(UInt8(ascii: "0") + UInt8(date.year / 1000))
        byte(UInt8(ascii: "0") + UInt8(date.year / 100 % 10))
        byte(UInt8(ascii: "0") + UInt8(date.year / 10 % 10))
        byte(UInt8(ascii: "0") + UInt8(date.year % 10))
        byte(UInt8(ascii: "-"))
        byte(UInt8(ascii: "0") + UInt8(date.month / 10))
        byte(UInt8(ascii: "0") + UInt8(date.month % 10))
        byte(UInt8(ascii: "-"))
        byte(UInt8(ascii: "0") + UInt8(date.day / 10))
        byte(UInt8(ascii: "0") + UInt8(date.day % 10))
        byte(UInt8(ascii: "\""))
    }

    private mutating func string(_ value: String?) {
        guard let value else { return null() }
        if let done = value.utf8.withContiguousStorageIfAvailable({ quoted($0) }) { return done }
        var copy = value
        copy.withUTF8 { quoted($0) }
    }

    /// Copies runs of bytes that need no escape in one go, found eight bytes at a time: byte by
    /// byte, this was 3.4% of `claims extract --format json` on `bench/extract.sh`'s Cyrillic
    /// corpus (quotes are whole sentences); runs found byte by byte, 2.1%.
    private mutating func quoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        byte(UInt8(ascii: "\""))
        guard let base = utf8.baseAddress else { return byte(UInt8(ascii: "\"")) }
        var index = 0
        while index < utf8.count {
            var end = index
            while end + 8 <= utf8.count, !Self.needsEscape(UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)) { end += 8 }
            while end < utf8.count, base[end] >= 0x20, base[end] != UInt8(ascii: "\""), base[end] != UInt8(ascii: "\\") { end += 1 }
            if end > index {
                (buffer + count).update(from: base + index, count: end - index)
                count += end - index
            }
            guard end < utf8.count else { break }
            let value = base[end]
            index = end + 1
            byte(UInt8(ascii: "\\"))
            switch value {
            case UInt8(ascii: "\""): byte(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): byte(UInt8(ascii: "\\"))
            case 0x0A: byte(UInt8(ascii: "n"))
            case 0x0D: byte(UInt8(ascii: "r"))
            case 0x09: byte(UInt8(ascii: "t"))
            default:
                raw("u00")
                byte(Self.hex[Int(value >> 4)])
                byte(Self.hex[Int(value & 0xF)])
            }
        }
        byte(UInt8(ascii: "\""))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether one of eight bytes is a control byte, a quotation mark or a backslash (exact:
    /// a byte below 0x20 borrows into its high bit when 0x20 is taken from every byte, and a
    /// byte equal to a value is zero after XOR with it).
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        return control | ((quote &- ones) & ~quote & highs) | ((backslash &- ones) & ~backslash & highs) != 0
    }
}
