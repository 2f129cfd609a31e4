/// `extra`'s values stored against the quote of the citation their revision added (schema v8): a
/// dataset importer cites each row by quoting it (piterfm: the raw CSV line), and the row's fields
/// are `extra`'s values, so the values array is stored with every run of at least ``minimumRun``
/// bytes that the quote holds replaced by a reference to it, `\u{1}OFFSET,LENGTH\u{2}` (UTF-8 byte
/// offsets into the quote). JSON text never holds those two bytes raw (the writer escapes control
/// characters), so a stored value is either plain JSON or references. The values read back are
/// byte for byte the ones written, so the hashed object is unchanged; a quote changed behind the
/// tool's back changes them too, and `verify` reports it.
///
/// Measured on the 50x piterfm copy: the values of a row (322 bytes on average: the post's URL
/// twice, the launch places, the details, the times, the model) shrink to about a third.
struct ExtraAgainstQuote {
    static let start: UInt8 = 0x01
    static let end: UInt8 = 0x02
    /// A reference is at most 11 bytes for the quotes met (offset < 10,000, length < 1,000):
    /// shorter runs stay literal.
    static let minimumRun = 12
    private static let buckets = 1 << 10

    /// The last quote position of each 4-byte hash, stamped with the call that set it; positions
    /// of the same hash chained through `previous`.
    private var head = [Int32](repeating: -1, count: ExtraAgainstQuote.buckets)
    private var stamp = [UInt32](repeating: 0, count: ExtraAgainstQuote.buckets)
    private var previous: [Int32] = []
    private var generation: UInt32 = 0

    /// `values` with the runs `quote` holds replaced by references; `nil` when that saves less
    /// than ``minimumRun`` bytes (the values are then stored as they are).
    mutating func encode(values: String, quote: String) -> String? {
        let source = Array(values.utf8)
        let base = Array(quote.utf8)
        guard source.count >= Self.minimumRun, base.count >= Self.minimumRun else { return nil }
        generation &+= 1
        if generation == 0 {
            stamp = [UInt32](repeating: 0, count: Self.buckets)
            generation = 1
        }
        if previous.count < base.count { previous = [Int32](repeating: -1, count: base.count) }
        for position in 0...(base.count - 4) {
            let bucket = Self.hash(base, position)
            previous[position] = stamp[bucket] == generation ? head[bucket] : -1
            head[bucket] = Int32(position)
            stamp[bucket] = generation
        }
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        var index = 0
        var saved = 0
        while index < source.count {
            var bestLength = 0
            var bestOffset = 0
            // A run starts on a character (never a UTF-8 continuation byte).
            if index + Self.minimumRun <= source.count, source[index] & 0xC0 != 0x80 {
                let bucket = Self.hash(source, index)
                var candidate = stamp[bucket] == generation ? Int(head[bucket]) : -1
                var tries = 0
                while candidate >= 0, tries < 16 {
                    var length = 0
                    while index + length < source.count, candidate + length < base.count,
                          source[index + length] == base[candidate + length] { length += 1 }
                    // ... and ends before one.
                    while length > 0, index + length < source.count, source[index + length] & 0xC0 == 0x80 { length -= 1 }
                    if length > bestLength {
                        bestLength = length
                        bestOffset = candidate
                    }
                    candidate = Int(previous[candidate])
                    tries += 1
                }
            }
            if bestLength >= Self.minimumRun {
                let reference = Array("\(bestOffset),\(bestLength)".utf8)
                output.append(Self.start)
                output.append(contentsOf: reference)
                output.append(Self.end)
                saved += bestLength - reference.count - 2
                index += bestLength
            } else {
                output.append(source[index])
                index += 1
            }
        }
        guard saved >= Self.minimumRun else { return nil }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `stored` holds references (and needs its revision's quote to be read).
    static func hasReferences(_ stored: String) -> Bool {
        stored.utf8.contains(start)
    }

    /// The values `stored` stands for, resolving its references in `quote`; `nil` when a
    /// reference is malformed, falls outside the quote or there is no quote (a row edited by hand).
    static func decode(_ stored: String, quote: String?) -> String? {
        guard hasReferences(stored) else { return stored }
        guard let quote else { return nil }
        let base = Array(quote.utf8)
        var output: [UInt8] = []
        var bytes = stored.utf8.makeIterator()
        while let byte = bytes.next() {
            guard byte == start else {
                output.append(byte)
                continue
            }
            var offset = 0
            var length = 0
            var sawComma = false
            var digits = 0
            var closed = false
            while let next = bytes.next() {
                if next == end { closed = true; break }
                if next == UInt8(ascii: ",") {
                    guard !sawComma, digits > 0 else { return nil }
                    sawComma = true
                    digits = 0
                    continue
                }
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next), digits < 9 else { return nil }
                digits += 1
                if sawComma { length = length * 10 + Int(next - 48) } else { offset = offset * 10 + Int(next - 48) }
            }
            guard closed, sawComma, digits > 0, length > 0, offset + length <= base.count else { return nil }
            output.append(contentsOf: base[offset..<(offset + length)])
        }
        return String(validating: output, as: UTF8.self)
    }

    private static func hash(_ bytes: [UInt8], _ at: Int) -> Int {
        let value = UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        return Int((value &* 2_654_435_761) >> 22) & (buckets - 1)
    }
}
