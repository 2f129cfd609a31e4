import ClaimsCore

/// A growable byte buffer that JSON lines are written into through a raw pointer: literals with
/// one copy, strings escaped eight bytes at a time, hashes to hex by table.
///
/// Why hand-written: ``ClaimLineWriter`` wrote its ~1,260-byte lines (~75 keys each) through
/// ``JSONWriter``, whose calls append to an `Array` one piece at a time (a capacity and
/// uniqueness check per append), assemble each key on the stack and escape byte by byte. Over
/// 1,000,000 claims that was ~54% of the export's CPU (keys 14%, escaping 11%, appends 14%, hex
/// 6%). Each call here reserves its worst case once and then writes without checks: with it
/// the export went from 8.15 to 5.32 s wall (CPU 8.15 to 5.26 s; same machine, interleaved runs).
///
/// The escaping is ``JSONWriter/string(utf8:)``'s, byte for byte (`"`, `\` and control bytes;
/// `\n`, `\r`, `\t`, else `\u00xx`): exports written either way are the same bytes.
struct JSONLineBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// Empties the buffer, keeping its memory.
    mutating func removeAll() {
        count = 0
    }

    /// Drops the bytes from `end` on.
    mutating func truncate(to end: Int) {
        count = min(count, end)
    }

    /// Calls `body` with the bytes written (valid only inside it).
    func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// The bytes written, as an array.
    var array: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { out, initialized in
            out.baseAddress!.update(from: start, count: count)
            initialized = count
        }
    }

    // MARK: - Raw bytes

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.update(from: start, count: count)
        start.deallocate()
        start = bigger
        capacity = newCapacity
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    /// Appends literal bytes (a key with its quotes, comma and colon, say) with one copy.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        let length = literal.utf8CodeUnitCount
        reserve(length)
        (start + count).update(from: literal.utf8Start, count: length)
        count += length
    }

    /// Appends bytes as they are.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (start + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Appends bytes as they are, copying eight at a time without a call to `memmove`: for the
    /// short column values copied out of SQLite (``RowBlock``), about 30 per claim.
    @inline(__always)
    mutating func appendShort(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        reserve(length + 8)
        let source = UnsafeRawPointer(bytes)
        let target = UnsafeMutableRawPointer(start + count)
        var offset = 0
        while offset + 8 <= length {
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < length {
            target.storeBytes(of: source.load(fromByteOffset: offset, as: UInt8.self), toByteOffset: offset, as: UInt8.self)
            offset += 1
        }
        count += length
    }

    /// Appends the bytes `range` of `other`.
    mutating func append(_ other: borrowing JSONLineBuffer, range: Range<Int>) {
        guard !range.isEmpty else { return }
        reserve(range.count)
        (start + count).update(from: other.start + range.lowerBound, count: range.count)
        count += range.count
    }

    // MARK: - Values

    /// Appends `null`.
    @inline(__always)
    mutating func appendNull() {
        append("null")
    }

    /// Appends an integer in decimal.
    mutating func appendInt(_ value: Int64) {
        reserve(20)
        var magnitude = value.magnitude
        if value < 0 {
            start[count] = UInt8(ascii: "-")
            count += 1
        }
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        var index = count + digits - 1
        repeat {
            start[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
            index -= 1
        } while magnitude > 0
        count += digits
    }

    /// Appends UTF-8 text as a JSON string: quoted, with `"`, `\` and control bytes escaped.
    mutating func appendString(utf8 text: UnsafeBufferPointer<UInt8>) {
        // Worst case: every byte becomes `\u00xx`; plus the quotes and one word of slack for the
        // eight-byte stores.
        reserve(text.count * 6 + 2 + 8)
        start[count] = UInt8(ascii: "\"")
        count += 1
        if let base = text.baseAddress {
            count += Self.escape(base, count: text.count, into: start + count)
        }
        start[count] = UInt8(ascii: "\"")
        count += 1
    }

    /// Appends a literal as a JSON string; the literal holds nothing to escape.
    @inline(__always)
    mutating func appendString(_ literal: StaticString) {
        let length = literal.utf8CodeUnitCount
        reserve(length + 2)
        start[count] = UInt8(ascii: "\"")
        (start + count + 1).update(from: literal.utf8Start, count: length)
        start[count + 1 + length] = UInt8(ascii: "\"")
        count += length + 2
    }

    /// Appends bytes as a JSON string of their lower-case hex digits.
    mutating func appendHexString(_ bytes: UnsafeRawBufferPointer) {
        reserve(bytes.count * 2 + 2)
        start[count] = UInt8(ascii: "\"")
        count += 1
        Self.writeHex(bytes, into: start + count)
        count += bytes.count * 2
        start[count] = UInt8(ascii: "\"")
        count += 1
    }

    /// Appends a time as a JSON string in its canonical form (``EventTime/description``);
    /// `null` for `nil`.
    mutating func appendString(_ time: EventTime?) {
        guard let time else { return appendNull() }
        reserve(18)
        start[count] = UInt8(ascii: "\"")
        Self.writeDigits(time.date, into: start + count + 1)
        var length = 10
        switch time.precision {
        case .month:
            length = 7
        case .day:
            break
        case .minute:
            let minutes = time.minuteOfDay ?? 0
            let (hour, minute) = (UInt8(minutes / 60 % 100), UInt8(minutes % 60))
            let out = start + count + 1
            out[10] = UInt8(ascii: "T")
            out[11] = UInt8(ascii: "0") + hour / 10
            out[12] = UInt8(ascii: "0") + hour % 10
            out[13] = UInt8(ascii: ":")
            out[14] = UInt8(ascii: "0") + minute / 10
            out[15] = UInt8(ascii: "0") + minute % 10
            length = 16
        }
        start[count + 1 + length] = UInt8(ascii: "\"")
        count += length + 2
    }

    /// Appends a day as a JSON string (`YYYY-MM-DD`, ``CalendarDate/description``).
    mutating func appendString(_ date: CalendarDate) {
        reserve(12)
        start[count] = UInt8(ascii: "\"")
        Self.writeDigits(date, into: start + count + 1)
        start[count + 11] = UInt8(ascii: "\"")
        count += 12
    }

    // MARK: - Helpers

    /// Writes `YYYY-MM-DD` (as ``CalendarDate/description`` does) into `out[0 ..< 10]`.
    private static func writeDigits(_ date: CalendarDate, into out: UnsafeMutablePointer<UInt8>) {
        let zero = UInt8(ascii: "0")
        let (year, month, day) = (date.year, date.month, date.day)
        out[0] = zero + UInt8(truncatingIfNeeded: year / 1000 % 10)
        out[1] = zero + UInt8(truncatingIfNeeded: year / 100 % 10)
        out[2] = zero + UInt8(truncatingIfNeeded: year / 10 % 10)
        out[3] = zero + UInt8(truncatingIfNeeded: year % 10)
        out[4] = UInt8(ascii: "-")
        out[5] = zero + UInt8(truncatingIfNeeded: month / 10)
        out[6] = zero + UInt8(truncatingIfNeeded: month % 10)
        out[7] = UInt8(ascii: "-")
        out[8] = zero + UInt8(truncatingIfNeeded: day / 10)
        out[9] = zero + UInt8(truncatingIfNeeded: day % 10)
    }

    /// Two lower-case hex digits per byte value, as one little-endian `UInt16` each.
    private static let hexPairs: [UInt16] = (0..<256).map { byte in
        let digits = Array("0123456789abcdef".utf8)
        return UInt16(digits[byte >> 4]) | UInt16(digits[byte & 0xF]) << 8
    }

    /// Writes the lower-case hex digits of `bytes` into `out` (two per byte), by table: one
    /// two-byte store per byte.
    static func writeHex(_ bytes: UnsafeRawBufferPointer, into out: UnsafeMutablePointer<UInt8>) {
        hexPairs.withUnsafeBufferPointer { pairs in
            let raw = UnsafeMutableRawPointer(out)
            for index in 0..<bytes.count {
                raw.storeBytes(of: pairs[Int(bytes[index])].littleEndian, toByteOffset: 2 * index, as: UInt16.self)
            }
        }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that must be escaped (below 0x20, `"` or `\`); bits
    /// above the lowest may be spurious (borrows), the lowest is exact.
    @inline(__always)
    static func specialBytes(_ word: UInt64) -> UInt64 {
        let control = (word &- ones &* 0x20) & ~word
        let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let quotes = (quote &- ones) & ~quote
        let backslashes = (backslash &- ones) & ~backslash
        return (control | quotes | backslashes) & highBits
    }

    /// Escapes `count` bytes from `input` into `out` and returns the number of bytes written.
    /// `out` must have room for `6 * count + 8` bytes (every byte `\u00xx`, plus a word of
    /// slack: runs of safe bytes are copied eight at a time, a whole word even when fewer of its
    /// bytes are kept).
    ///
    /// Why eight at a time: the export's text (quotes, URLs, outlets, names) is nearly all safe
    /// bytes; testing a word at once with the classic "has a byte less than" bit tricks instead
    /// of each byte took escaping from 11% of the export's CPU samples to 3.2% (perf, 1,000,000
    /// claims; see bench/README).
    static func escape(_ input: UnsafePointer<UInt8>, count: Int, into out: UnsafeMutablePointer<UInt8>) -> Int {
        let source = UnsafeRawPointer(input)
        let target = UnsafeMutableRawPointer(out)
        var read = 0
        var written = 0
        while read + 8 <= count {
            let word = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: read, as: UInt64.self))
            let special = specialBytes(word)
            target.storeBytes(of: word.littleEndian, toByteOffset: written, as: UInt64.self)
            if special == 0 {
                read += 8
                written += 8
                continue
            }
            let safe = special.trailingZeroBitCount >> 3
            read += safe
            written += safe
            written += writeEscape(of: input[read], into: out + written)
            read += 1
        }
        while read < count {
            let byte = input[read]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                written += writeEscape(of: byte, into: out + written)
            } else {
                out[written] = byte
                written += 1
            }
            read += 1
        }
        return written
    }

    /// Writes the escape of one byte that needs it; returns its length (2 or 6).
    private static func writeEscape(of byte: UInt8, into out: UnsafeMutablePointer<UInt8>) -> Int {
        out[0] = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""): out[1] = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): out[1] = UInt8(ascii: "\\")
        case 0x0A: out[1] = UInt8(ascii: "n")
        case 0x0D: out[1] = UInt8(ascii: "r")
        case 0x09: out[1] = UInt8(ascii: "t")
        default:
            out[1] = UInt8(ascii: "u")
            out[2] = UInt8(ascii: "0")
            out[3] = UInt8(ascii: "0")
            out[4] = UInt8(ascii: "0") + (byte >> 4)
            let low = byte & 0xF
            out[5] = low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10
            return 6
        }
        return 2
    }
}
