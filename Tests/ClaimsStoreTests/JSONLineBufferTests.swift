import ClaimsCore
@testable import ClaimsStore
import Testing

/// `JSONLineBuffer` writes the export's lines: its strings must be escaped exactly as
/// `JSONWriter.string(utf8:)` escapes them (the export's bytes are compared with the domain
/// writer's), eight bytes at a time included, and its hashes, numbers and times must read as
/// their `description`s do.
@Suite struct JSONLineBufferTests {
    /// The JSON string `JSONWriter` writes for `bytes`.
    private static func reference(_ bytes: [UInt8]) -> [UInt8] {
        var writer = JSONWriter()
        bytes.withUnsafeBufferPointer { writer.string(utf8: $0) }
        return writer.bytes
    }

    private static func escaped(_ bytes: [UInt8]) -> [UInt8] {
        var buffer = JSONLineBuffer(capacity: 8)
        bytes.withUnsafeBufferPointer { buffer.appendString(utf8: $0) }
        return buffer.array
    }

    @Test(arguments: [
        ("", "\"\""),
        ("plain", "\"plain\""),
        ("a\"b\\c", "\"a\\\"b\\\\c\""),
        ("line\nfeed\rreturn\ttab", "\"line\\nfeed\\rreturn\\ttab\""),
        ("\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F} \u{7F}", "\"\\u0000\\u0001\\u0008\\u000b\\u000c\\u001f \u{7F}\""),
        ("Сили ППО знищили 12 «Шахедів» — 😀", "\"Сили ППО знищили 12 «Шахедів» — 😀\""),
        ("0123456\"89abcdef\\", "\"0123456\\\"89abcdef\\\\\""),
    ])
    func escapesAsJSONWriterDoes(text: String, expected: String) {
        let bytes = Array(text.utf8)
        #expect(Self.escaped(bytes) == Array(expected.utf8))
        #expect(Self.escaped(bytes) == Self.reference(bytes))
    }

    /// Every byte value that needs an escape (and its safe neighbours), alone and at every
    /// position of strings long enough to cross one, two and three eight-byte words, among
    /// safe ASCII and multi-byte UTF-8 text.
    @Test func escapesEveryPositionAcrossWords() {
        let specials: [UInt8] = Array(0x00...0x20) + [0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF]
        let fillers: [[UInt8]] = [Array("abcdefghijklmnopqrstuvwxyz".utf8), Array("знищилиППО".utf8)]
        var cases = 0
        var mismatches: [String] = []
        func check(_ bytes: [UInt8], _ what: @autoclosure () -> String) {
            cases += 1
            if Self.escaped(bytes) != Self.reference(bytes) { mismatches.append(what()) }
        }
        for filler in fillers {
            for length in 0...25 {
                let base = (0..<length).map { filler[$0 % filler.count] }
                check(base, "length \(length)")
                for position in 0..<max(length, 1) {
                    for special in specials {
                        var bytes = base
                        if bytes.isEmpty { bytes = [special] } else { bytes[position] = special }
                        check(bytes, "length \(length), byte \(special) at \(position)")
                        // two escapes in one word, and one in the next
                        if position + 1 < bytes.count {
                            bytes[position + 1] = UInt8(ascii: "\"")
                            check(bytes, "length \(length), byte \(special) at \(position), quote after")
                        }
                        if position + 9 < bytes.count {
                            bytes[position + 9] = 0x0A
                            check(bytes, "length \(length), byte \(special) at \(position), newline in the next word")
                        }
                    }
                }
            }
        }
        #expect(cases > 40_000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func escapesRandomBytesAsJSONWriterDoes() {
        var generator = SystemRandomNumberGenerator.Seeded(seed: 14)
        let alphabet: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x22, 0x5C, 0x41, 0x7A, 0x7F, 0xD0, 0x97, 0xF0, 0x9F, 0x98, 0x80]
        for _ in 0..<2000 {
            let length = Int(generator.next() % 70)
            let bytes = (0..<length).map { _ -> UInt8 in
                generator.next() % 3 == 0 ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : UInt8(ascii: "a") + UInt8(generator.next() % 26)
            }
            #expect(Self.escaped(bytes) == Self.reference(bytes))
        }
    }

    @Test func writesHexOfEveryByteValue() {
        let bytes = (0...255).map(UInt8.init)
        var buffer = JSONLineBuffer(capacity: 8)
        bytes.withUnsafeBytes { buffer.appendHexString($0) }
        let expected = "\"" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + "\""
        #expect(buffer.array == Array(expected.utf8))
        #expect(expected.contains("00") && expected.contains("0a") && expected.hasSuffix("fdfeff\""))
    }

    @Test(arguments: [0, 7, 9, 10, 99, 100, 12_345, -1, -10, Int64.max, Int64.min])
    func writesIntegers(value: Int64) {
        var buffer = JSONLineBuffer(capacity: 8)
        buffer.append("[")
        buffer.appendInt(value)
        buffer.append("]")
        #expect(buffer.array == Array("[\(value)]".utf8))
    }

    @Test(arguments: ["2024-05", "2024-05-15", "2024-05-15T06:30", "0999-01-02T23:59", "2024-05-15 08:00:30Z"])
    func writesTimesAsTheirDescription(text: String) throws {
        let time = try #require(EventTime(text))
        var buffer = JSONLineBuffer(capacity: 8)
        buffer.appendString(time)
        buffer.appendString(time.date)
        buffer.appendString(nil as EventTime?)
        #expect(buffer.array == Array("\"\(time.description)\"\"\(time.date.description)\"null".utf8))
    }

    /// Short copies go eight bytes at a time: every length across the first words, after an
    /// odd start, must come out the same bytes.
    @Test func copiesShortValuesWholly() {
        let source = (0..<80).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 1) }
        for length in 0...72 {
            var buffer = JSONLineBuffer(capacity: 8)
            buffer.append("x")
            source.withUnsafeBufferPointer { buffer.appendShort($0.baseAddress! + 3, count: length) }
            buffer.append("y")
            #expect(buffer.array == [UInt8(ascii: "x")] + source[3..<(3 + length)] + [UInt8(ascii: "y")], "length \(length)")
        }
    }

    @Test func growsAndJoins() {
        var buffer = JSONLineBuffer(capacity: 8)
        var other = JSONLineBuffer(capacity: 8)
        for index in 0..<1000 { other.appendInt(Int64(index % 10)) }
        buffer.append(other, range: 10..<20)
        buffer.append("xy")
        buffer.append(other, range: 0..<1000)
        #expect(buffer.count == 1012)
        #expect(buffer.array.prefix(12) == ArraySlice(Array("0123456789xy".utf8)))
    }
}
