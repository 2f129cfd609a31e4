/// An Admiralty-code grade: source reliability A–F and information credibility 1–6 ("B2").
public struct Reliability: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// A (completely reliable) … F (cannot be judged).
    public let source: Character
    /// 1 (confirmed) … 6 (cannot be judged).
    public let information: Int

    /// Parses "B2" (case-insensitive); returns `nil` for anything else.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 2 else { return nil }
        let letter = bytes[0] & 0xDF  // upper-case ASCII
        guard letter >= UInt8(ascii: "A"), letter <= UInt8(ascii: "F"),
              bytes[1] >= UInt8(ascii: "1"), bytes[1] <= UInt8(ascii: "6")
        else { return nil }
        self.source = Character(Unicode.Scalar(letter))
        self.information = Int(bytes[1] - UInt8(ascii: "0"))
    }

    public var description: String { "\(source)\(information)" }
}
