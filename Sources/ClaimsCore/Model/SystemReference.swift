/// A claim's `system`: one taxonomy id, or a composite group of ids joined by `+`
/// ("kalibr+kh-101-or-kh-555" for a dataset row "X-101/X-555 and Kalibr"). A composite is
/// tallied as its own group and never split between its members (SPEC §4).
public struct SystemReference: Sendable, Hashable, CustomStringConvertible {
    /// The member ids, in their canonical (sorted, de-duplicated) order.
    public let members: [String]

    public init(members: some Sequence<String>) {
        self.members = Array(Set(members)).sorted()
    }

    private init(single: String) {
        self.members = single.isEmpty ? [] : [single]
    }

    /// Parses `a+b+c`.
    public init(_ text: String) {
        if !text.utf8.contains(UInt8(ascii: "+")) {
            self.init(single: text)  // the common case: one system
        } else {
            self.init(members: text.split(separator: "+").map(String.init))
        }
    }

    public var isComposite: Bool { members.count > 1 }

    /// The canonical id text.
    public var description: String { members.joined(separator: "+") }
}
