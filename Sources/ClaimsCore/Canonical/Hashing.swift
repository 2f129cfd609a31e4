import Crypto

/// SHA-256 helpers with lower-case hex output.
public enum Hashing {
    /// The SHA-256 of `bytes`, as 64 lower-case hex digits.
    public static func sha256Hex(_ bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        let hashed: Bool? = bytes.withContiguousStorageIfAvailable { buffer in
            hasher.update(bufferPointer: UnsafeRawBufferPointer(buffer))
            return true
        }
        if hashed == nil {
            hasher.update(data: Array(bytes))
        }
        return hex(hasher.finalize())
    }

    /// The SHA-256 of the UTF-8 bytes of `text`.
    public static func sha256Hex(_ text: String) -> String {
        var text = text
        return text.withUTF8 { buffer in
            var hasher = SHA256()
            hasher.update(bufferPointer: UnsafeRawBufferPointer(buffer))
            return hex(hasher.finalize())
        }
    }

    /// The hash of the empty chain: what the first revision names as its predecessor.
    public static let genesis = String(repeating: "0", count: 64)

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.withUnsafeBytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 2) { out in
                for (index, byte) in bytes.enumerated() {
                    out[2 * index] = hexDigit(byte >> 4)
                    out[2 * index + 1] = hexDigit(byte & 0x0F)
                }
                return bytes.count * 2
            }
        }
    }

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// The text as hashed for a source: line endings unified, runs of white space folded into one
    /// space, leading and trailing white space removed. Two copies of one text that differ only in
    /// layout hash the same.
    public static func normalizedText(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                pendingSpace = !out.isEmpty
            default:
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// SHA-256 of the normalised text (see ``normalizedText(_:)``).
    public static func textSHA256(_ text: String) -> String {
        sha256Hex(normalizedText(text))
    }
}
