/// The JSON form of claim content, shared by hashing, display and export. Keys are written in
/// ascending byte order, so the bytes are canonical.
extension ClaimContent {
    /// Writes the content's fields (without the surrounding braces) in canonical key order.
    ///
    /// - Parameters:
    ///   - writer: The writer, positioned inside an object.
    ///   - merging: Further members to interleave, so that the whole object stays in ascending key
    ///     order; each writes its own value. They must be sorted by key.
    public func writeFields(to writer: inout JSONWriter, merging extra: [JSONMember] = []) {
        var pending = extra[...]
        func key(_ key: StaticString) {
            while let next = pending.first, JSONMember.precedes(next.key, key) {
                writer.key(next.key)
                next.write(&writer)
                pending.removeFirst()
            }
            writer.key(key)
        }
        key("claimant"); writer.string(claimant)
        key("claimant_side"); writer.string(claimantSide.rawValue)
        key("count"); writer.int(count.exact)
        key("count_max"); writer.int(count.maximum)
        key("count_min"); writer.int(count.minimum)
        key("count_text"); writer.string(count.text)
        key("event_end"); writer.string(event?.end.description)
        key("event_precision"); writer.string(event?.precision.rawValue)
        key("event_start"); writer.string(event?.start.description)
        key("extra"); writer.sortedStringMap(self.extra)
        key("kind"); writer.string(kind.rawValue)
        key("launched"); writer.int(launched)
        key("location"); writer.string(location)
        key("merged_into"); writer.int(mergedInto)
        key("notes"); writer.string(notes)
        key("place"); writer.string(place)
        key("qualifier"); writer.string(count.qualifier.rawValue)
        key("reliability"); writer.string(reliability?.description)
        key("status"); writer.string(status.rawValue)
        key("system"); writer.string(system)
        key("target"); writer.string(target)
        key("weapon_origin"); writer.string(weaponOrigin)
        key("weapon_side"); writer.string(weaponSide?.rawValue)
        for next in pending {
            writer.key(next.key)
            next.write(&writer)
        }
    }

    /// Reads content written by ``writeFields(to:)`` (also accepts hand-written objects, with
    /// `event_date` as a shorthand for a one-day window and missing optional keys).
    ///
    /// - Throws: ``ClaimsError/invalidField(_:_:)`` naming the first bad field.
    public init(json: JSONValue) throws(ClaimsError) {
        guard case .object = json else { throw .invalidField("claim", "expected a JSON object") }
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
        func required(_ key: String) throws(ClaimsError) -> String {
            guard let value = try string(key) else { throw .invalidField(key, "is required") }
            return value
        }
        func parsed<T: RawRepresentable>(_ key: String, _ type: T.Type) throws(ClaimsError) -> T? where T.RawValue == String {
            guard let text = try string(key) else { return nil }
            guard let value = T(rawValue: text) else { throw .invalidField(key, "unknown value '\(text)'") }
            return value
        }
        func time(_ key: String) throws(ClaimsError) -> EventTime? {
            guard let text = try string(key) else { return nil }
            guard let value = EventTime(text) else { throw .invalidField(key, "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, got '\(text)'") }
            return value
        }

        let exact = try int("count")
        let qualifier = try parsed("qualifier", CountQualifier.self) ?? (exact == nil ? .unknown : .exact)
        let count = ClaimCount(
            exact: exact,
            minimum: try int("count_min") ?? exact,
            maximum: try int("count_max") ?? exact,
            text: try string("count_text"),
            qualifier: qualifier
        )
        var event: EventWindow?
        let start = try time("event_start")
        let date = try time("event_date")
        if let start = start ?? date {
            event = EventWindow(start: start, end: try time("event_end"))
        }
        var extra: [String: String] = [:]
        if let value = json["extra"], case let .object(members) = value {
            for (name, member) in members {
                guard let text = member.stringValue else { throw .invalidField("extra.\(name)", "expected a string") }
                extra[name] = text
            }
        }
        var reliability: Reliability?
        if let text = try string("reliability") {
            guard let grade = Reliability(text) else { throw .invalidField("reliability", "expected an Admiralty code such as B2, got '\(text)'") }
            reliability = grade
        }
        guard let kind = try parsed("kind", ClaimKind.self) else { throw .invalidField("kind", "is required") }
        guard let claimantSide = try parsed("claimant_side", Side.self) else { throw .invalidField("claimant_side", "is required") }
        self.init(
            kind: kind,
            system: try required("system"),
            claimant: try required("claimant"),
            claimantSide: claimantSide,
            weaponSide: try parsed("weapon_side", Side.self),
            count: count,
            launched: try int("launched"),
            event: event,
            place: try string("place"),
            location: try string("location"),
            target: try string("target"),
            weaponOrigin: try string("weapon_origin"),
            status: try parsed("status", VerificationStatus.self) ?? .unverified,
            reliability: reliability,
            notes: try string("notes"),
            mergedInto: try int("merged_into").map(Int64.init),
            extra: extra
        )
    }
}

/// A member to interleave into an object written in canonical key order.
public struct JSONMember {
    public let key: StaticString
    public let write: (inout JSONWriter) -> Void

    public init(_ key: StaticString, _ write: @escaping (inout JSONWriter) -> Void) {
        self.key = key
        self.write = write
    }

    /// Byte-wise key order.
    static func precedes(_ a: StaticString, _ b: StaticString) -> Bool {
        let left = UnsafeBufferPointer(start: a.utf8Start, count: a.utf8CodeUnitCount)
        let right = UnsafeBufferPointer(start: b.utf8Start, count: b.utf8CodeUnitCount)
        return left.lexicographicallyPrecedes(right)
    }
}
