/// A seeded generator of broken import inputs: valid files mutated byte by byte (flips,
/// truncation, inserted quotes, commas and line breaks, invalid UTF-8, huge numbers, emptied
/// fields, repeated or dropped lines) and random bytes. The same seed gives the same inputs, so a
/// failure is reproduced from the seed and index it prints.
public struct ImportFuzzer {
    /// SplitMix64 state.
    private var state: UInt64

    /// A generator started at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits (SplitMix64).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A random integer in `0..<bound` (`bound` > 0).
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(bound, 1)))
    }

    /// Fragments that break parsers: quotes, separators, line breaks, invalid UTF-8 (a lone
    /// continuation byte, a truncated sequence, an encoded surrogate, an overlong slash), huge and
    /// odd numbers, JSON and CSV punctuation.
    public static let fragments: [[UInt8]] = [
        [0x22], [0x2C], [0x0A], [0x0D], [0x0D, 0x0A], [0x22, 0x22], [0x2C, 0x2C, 0x2C], [0x7B], [0x7D], [0x5B], [0x5D], [0x3A],
        [0x5C], [0x00], [0xFF], [0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xEF, 0xBB, 0xBF],
        Array("99999999999999999999999999".utf8), Array("-9223372036854775809".utf8), Array("1e400".utf8),
        Array("-0".utf8), Array("0.5".utf8), Array("NaN".utf8), Array("null".utf8), Array("\"\"".utf8), Array(" | ".utf8),
        Array("\\u0000".utf8), Array("\\ud800".utf8), Array("9999-99-99".utf8), Array("2024-02-30 25:61".utf8),
    ]

    /// A broken variant of `valid`: one to three mutations, or (one time in twenty) random bytes.
    ///
    /// - Complexity: O(n) in the input's length.
    public mutating func mutate(_ valid: [UInt8]) -> [UInt8] {
        if below(20) == 0 { return (0..<below(300)).map { _ in UInt8(truncatingIfNeeded: next()) } }
        var bytes = valid
        for _ in 0...below(3) { mutateOnce(&bytes) }
        return bytes
    }

    // MARK: - Private

    private mutating func mutateOnce(_ bytes: inout [UInt8]) {
        let position = below(bytes.count + 1)
        switch below(9) {
        case 0:  // flip bits of a byte
            guard !bytes.isEmpty else { return }
            bytes[min(position, bytes.count - 1)] ^= UInt8(truncatingIfNeeded: next() | 1)
        case 1:  // truncate
            bytes.removeSubrange(position...)
        case 2, 3:  // insert a fragment
            bytes.insert(contentsOf: Self.fragments[below(Self.fragments.count)], at: position)
        case 4:  // replace a field's value (between separators) with a fragment, or empty it
            let separators: Set<UInt8> = [0x2C, 0x3A, 0x0A]
            guard let start = bytes[position...].firstIndex(where: separators.contains) else { return }
            let end = bytes[(start + 1)...].firstIndex(where: { separators.contains($0) || $0 == 0x7D }) ?? bytes.count
            let fragment = below(3) == 0 ? [] : Self.fragments[below(Self.fragments.count)]
            bytes.replaceSubrange((start + 1)..<end, with: fragment)
        case 5:  // delete a run of bytes
            bytes.removeSubrange(position..<min(bytes.count, position + 1 + below(16)))
        case 6:  // repeat a line
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            let line = lines[below(lines.count)]
            bytes.insert(contentsOf: Array(line) + [0x0A], at: lines.prefix(below(lines.count)).reduce(0) { $0 + $1.count + 1 })
        case 7:  // drop a line
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            lines.remove(at: below(lines.count))
            bytes = Array(lines.joined(separator: [0x0A]))
        default:  // a huge or odd number in place of a digit run
            guard let digit = bytes[position...].firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return }
            let end = bytes[digit...].firstIndex(where: { $0 < 0x30 || $0 > 0x39 }) ?? bytes.count
            bytes.replaceSubrange(digit..<end, with: Self.fragments[21 + below(8)])
        }
    }
}
