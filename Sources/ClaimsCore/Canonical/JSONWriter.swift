/// Writes JSON straight into a byte buffer: no Foundation, no intermediate tree, keys in the order
/// the caller writes them. Canonical encodings (for hashing and byte-stable exports) write keys in
/// ascending byte order.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.beginObject()
/// writer.key("count"); writer.int(10)
/// writer.endObject()
/// ```
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8]
    private var needsComma = false

    public init(capacity: Int = 512) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Empties the buffer, keeping its capacity.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
    }

    // MARK: - Structure

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes an object key; the next value call writes its value.
    public mutating func key(_ name: StaticString) {
        // `,"name":` assembled on the stack and appended at once: this runs ~25 times per claim
        // in hashing, and each `append` to an array checks its capacity and uniqueness.
        let comma = needsComma
        name.withUTF8Buffer { utf8 in
            let count = utf8.count + (comma ? 4 : 3)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { out in
                var index = 0
                if comma { out[0] = UInt8(ascii: ","); index = 1 }
                out[index] = UInt8(ascii: "\"")
                _ = UnsafeMutableBufferPointer(rebasing: out[(index + 1)...]).initialize(from: utf8)
                out[count - 2] = UInt8(ascii: "\"")
                out[count - 1] = UInt8(ascii: ":")
                bytes.append(contentsOf: UnsafeBufferPointer(out))
            }
        }
        needsComma = false
    }

    /// Writes an object key given at run time (escaped).
    public mutating func key(dynamic name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    // MARK: - Values

    public mutating func null() {
        separate()
        appendStatic("null")
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        separate()
        appendStatic(value ? "true" : "false")
        needsComma = true
    }

    public mutating func int(_ value: Int) {
        separate()
        appendDecimal(value)
        needsComma = true
    }

    public mutating func int(_ value: Int64) { int(Int(value)) }

    public mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    public mutating func int(_ value: Int64?) {
        if let value { int(Int(value)) } else { null() }
    }

    /// Writes a double; whole numbers are written without a fraction, non-finite values as null.
    public mutating func double(_ value: Double?) {
        guard let value, value.isFinite else { return null() }
        if value.rounded() == value, abs(value) < 1e15 {
            int(Int(value))
        } else {
            separate()
            bytes.append(contentsOf: value.description.utf8)
            needsComma = true
        }
    }

    public mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
        needsComma = true
    }

    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes a string given as UTF-8 bytes (escaped as ``string(_:)`` escapes), without making
    /// a `String` of them: exports read text columns in place.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(utf8)
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Appends bytes already encoded as JSON (a fragment written by another writer), with no
    /// separator: the caller writes the structure around it.
    public mutating func append(fragment: [UInt8]) {
        bytes.append(contentsOf: fragment)
    }

    /// Appends the first `end` bytes of `fragment` (see ``append(fragment:)``).
    public mutating func append(fragment: [UInt8], upTo end: Int) {
        fragment.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<end])) }
    }

    /// Appends the bytes of `fragment` from `start` on (see ``append(fragment:)``).
    public mutating func append(fragment: [UInt8], from start: Int) {
        fragment.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start...])) }
    }

    /// Writes any parsed value; object keys are written in the stored order unless `sortingKeys`.
    public mutating func value(_ value: JSONValue, sortingKeys: Bool = false) {
        switch value {
        case .null: null()
        case let .bool(flag): bool(flag)
        case let .int(number): int(number)
        case let .double(number): double(number)
        case let .string(text): string(text)
        case let .array(items):
            beginArray()
            for item in items { self.value(item, sortingKeys: sortingKeys) }
            endArray()
        case let .object(members):
            beginObject()
            let ordered = sortingKeys ? members.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) } : members
            for (name, member) in ordered {
                key(dynamic: name)
                self.value(member, sortingKeys: sortingKeys)
            }
            endObject()
        }
    }

    /// Writes a string-to-string map with its keys in ascending byte order.
    public mutating func sortedStringMap(_ map: [String: String]) {
        beginObject()
        if map.isEmpty { return endObject() }
        for (name, value) in map.sorted(by: { Self.utf8Precedes($0.key, $1.key) }) {
            key(dynamic: name)
            string(value)
        }
        endObject()
    }

    /// Ends a line (JSON Lines): appends a newline; the next value starts a new document.
    public mutating func newline() {
        bytes.append(0x0A)
        needsComma = false
    }

    /// Appends raw, already-encoded JSON (for example a stored canonical fragment).
    public mutating func raw(_ json: some Sequence<UInt8>) {
        separate()
        bytes.append(contentsOf: json)
        needsComma = true
    }

    /// Byte-wise order of the UTF-8 encodings (`a.utf8.lexicographicallyPrecedes(b.utf8)`),
    /// comparing contiguous storage directly when both strings have it.
    static func utf8Precedes(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { left in
            b.utf8.withContiguousStorageIfAvailable { right -> Bool in
                let common = min(left.count, right.count)
                var index = 0
                while index < common {
                    if left[index] != right[index] { return left[index] < right[index] }
                    index += 1
                }
                return left.count < right.count
            }
        }
        if let fast, let result = fast { return result }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    // MARK: - Private

    /// Appends literal bytes without building an array for them.
    private mutating func appendStatic(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendDecimal(_ value: Int) {
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) {
                bytes.append(buffer[index])
            }
        }
    }

    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends UTF-8 text with `"`, `\\` and control characters escaped.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }
}
