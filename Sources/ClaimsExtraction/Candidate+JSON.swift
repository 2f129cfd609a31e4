import ClaimsCore

/// The JSON form of a candidate (SPEC §3 `claims extract --format json`), keys in ascending
/// byte order so the bytes are canonical: `claimant`, `claimant_side`, `confidence`, `count`,
/// `count_max`, `count_min`, `count_text`, `end`, `event_date`, `event_end`, `event_start`,
/// `kind`, `launched`, `location`, `place`, `qualifier`, `quote`, `relays`, `start`, `system`,
/// `weapon_origin`, `weapon_side`.
extension Candidate {
    /// Writes the candidate as one JSON object.
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("claimant"); writer.string(claimant)
        writer.key("claimant_side"); writer.string(claimantSide?.rawValue)
        writer.key("confidence"); writer.double(confidence)
        writer.key("count"); writer.int(count.exact)
        writer.key("count_max"); writer.int(count.maximum)
        writer.key("count_min"); writer.int(count.minimum)
        writer.key("count_text"); writer.string(count.text)
        writer.key("end"); writer.int(end)
        // One string per distinct date: most windows are a single day.
        let day = event?.day.description
        let end = event.map { $0.end.precision == .day ? day! : $0.end.description }
        writer.key("event_date"); writer.string(day)
        writer.key("event_end"); writer.string(end)
        writer.key("event_start"); writer.string(event.map { $0.start == $0.end ? end! : $0.start.description })
        writer.key("kind"); writer.string(kind.rawValue)
        writer.key("launched"); writer.int(launched)
        writer.key("location"); writer.string(location)
        writer.key("place"); writer.string(place)
        writer.key("qualifier"); writer.string(count.qualifier.rawValue)
        writer.key("quote"); writer.string(quote)
        writer.key("relays")
        writer.beginArray()
        for relay in relays { writer.string(relay) }
        writer.endArray()
        writer.key("start"); writer.int(start)
        writer.key("system"); writer.string(system)
        writer.key("weapon_origin"); writer.string(weaponOrigin)
        writer.key("weapon_side"); writer.string(weaponSide?.rawValue)
        writer.endObject()
    }

    /// The candidate as canonical JSON text (what the review queue stores).
    public var canonicalJSON: String {
        var writer = JSONWriter(capacity: 512)
        write(to: &writer)
        return writer.string
    }

    /// Writes `{"candidates": [...]}` followed by a newline.
    ///
    /// - Parameter flush: Called with the bytes written so far whenever they pass 64 KB (and at
    ///   the end); the writer is then emptied, so a long document streams in constant memory.
    public static func writeDocument(_ candidates: [Candidate], to writer: inout JSONWriter, flush: (([UInt8]) -> Void)? = nil) {
        writer.beginObject()
        writer.key("candidates")
        writer.beginArray()
        for candidate in candidates {
            candidate.write(to: &writer)
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
