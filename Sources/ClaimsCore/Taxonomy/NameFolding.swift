/// Folds names for alias matching: case-, space-, hyphen- and punctuation-insensitive, and
/// Latin/Cyrillic look-alike letters fold together (`Х-101` = `X-101`, `С-300` = `C-300`).
public enum NameFolding {
    /// The folded key of `name`: lower-case letters and digits only, look-alikes mapped to Latin.
    ///
    /// - Complexity: O(n) in the length of `name`.
    public static func key(_ name: some StringProtocol) -> String {
        // ASCII names (most of the taxonomy) fold byte by byte: appending scalars to a view
        // for each of the taxonomy's thousands of names was 2 ms of every command's start-up.
        if let ascii = name.utf8.withContiguousStorageIfAvailable({ asciiKey($0) }), let ascii { return ascii }
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if let folded = fold(scalar) { out.append(folded) }
        }
        return String(out)
    }

    /// ``key(_:)`` of an all-ASCII name; `nil` when a byte is not ASCII.
    private static func asciiKey(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { out in
            var count = 0
            for byte in utf8 {
                switch byte {
                case 0x30...0x39, 0x61...0x7A:
                    out[count] = byte
                    count += 1
                case 0x41...0x5A:
                    out[count] = byte | 0x20
                    count += 1
                default:
                    continue  // ASCII punctuation and white space, as `fold(_:)` drops them
                }
            }
            return count
        }
    }

    /// The folded form of one scalar, or `nil` when it is a separator to drop.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x61...0x7A:
            return scalar
        case 0x41...0x5A:
            return Unicode.Scalar(value + 0x20)
        case 0x00...0x7F:
            return nil  // ASCII punctuation and white space
        case 0x0410...0x042F:
            return cyrillic(value + 0x20)
        case 0x0400...0x040F:
            return cyrillic(value + 0x50)
        case 0x0430...0x045F, 0x0490, 0x0491:
            return cyrillic(value == 0x0490 ? 0x0491 : value)
        case 0x00C0...0x024F:
            return latinBase(value)
        default:
            let properties = scalar.properties
            if properties.isWhitespace || properties.generalCategory == .dashPunctuation
                || properties.generalCategory == .otherPunctuation
                || properties.generalCategory == .initialPunctuation
                || properties.generalCategory == .finalPunctuation
                || properties.generalCategory == .openPunctuation
                || properties.generalCategory == .closePunctuation {
                return nil
            }
            return properties.lowercaseMapping.unicodeScalars.first ?? scalar
        }
    }

    /// Lower-case Cyrillic → the Latin look-alike where there is one.
    private static func cyrillic(_ value: UInt32) -> Unicode.Scalar {
        switch value {
        case 0x0430: "a"   // а
        case 0x0432: "b"   // в
        case 0x0435, 0x0451: "e"  // е ё
        case 0x043A: "k"   // к
        case 0x043C: "m"   // м
        case 0x043D: "h"   // н
        case 0x043E: "o"   // о
        case 0x0440: "p"   // р
        case 0x0441: "c"   // с
        case 0x0442: "t"   // т
        case 0x0443: "y"   // у
        case 0x0445: "x"   // х
        case 0x0456, 0x0457: "i"  // і ї
        case 0x0458: "j"   // ј
        case 0x0455: "s"   // ѕ
        default: Unicode.Scalar(value)!
        }
    }

    /// Latin letters with diacritics → their base letter (é → e).
    private static func latinBase(_ value: UInt32) -> Unicode.Scalar? {
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
        switch lower.value {
        case 0xE0...0xE5: return "a"
        case 0xE7: return "c"
        case 0xE8...0xEB: return "e"
        case 0xEC...0xEF: return "i"
        case 0xF1: return "n"
        case 0xF2...0xF6, 0xF8: return "o"
        case 0xF9...0xFC: return "u"
        case 0xFD, 0xFF: return "y"
        default: return lower
        }
    }
}
