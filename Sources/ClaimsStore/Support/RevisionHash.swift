import Foundation
import GRDB

/// How a revision's hashes are stored since "v7 lean storage": the 32 bytes of the SHA-256 as a
/// BLOB, where the hash chain, `verify`, exports and every reader use its 64 lower-case hex digits
/// (the text form is what is hashed and published; only the stored form changed).
///
/// A value that is not 64 lower-case hex digits (never written by the tool, but a file can be
/// edited) is stored and read back as the text it is, so `verify` still reports it.
enum RevisionHash {
    /// The 32 bytes of a 64-digit lower-case hex hash; `nil` for any other text.
    static func bytes(_ hex: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        var high: UInt8?
        for byte in hex.utf8 {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            if let first = high {
                guard bytes.count < 32 else { return nil }
                bytes.append(first << 4 | digit)
                high = nil
            } else {
                high = digit
            }
        }
        return bytes.count == 32 && high == nil ? bytes : nil
    }

    /// The value to bind for a hash: a 32-byte BLOB, or the text when it is not a hex hash.
    static func databaseValue(_ hex: String) -> DatabaseValue {
        guard let bytes = bytes(hex) else { return hex.databaseValue }
        return Data(bytes).databaseValue
    }

    /// SQL reading the hash column `column` as text: the lower-case hex of a BLOB, other values
    /// as they are.
    static func text(_ column: String) -> String {
        "CASE WHEN typeof(\(column)) = 'blob' THEN lower(hex(\(column))) ELSE \(column) END"
    }
}
