import Foundation
import Hummingbird
import NIOCore

/// The fields of an `application/x-www-form-urlencoded` body (or query string).
struct FormFields: Sendable {
    private(set) var pairs: [(String, String)] = []

    /// Parses `body`.
    init(_ body: ByteBuffer) {
        self.init(String(buffer: body))
    }

    /// Parses `text` (`a=1&b=two+words`).
    init(_ text: String) {
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(pieces[0])
            let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
            pairs.append((name, value))
        }
    }

    /// The first value of `name`, `nil` when absent.
    func value(_ name: String) -> String? {
        pairs.first { $0.0 == name }?.1
    }

    /// The value of `name` when present and not blank.
    func nonEmpty(_ name: String) -> String? {
        value(name).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
