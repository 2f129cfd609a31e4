/// How a word is folded before its lexicon key is hashed: one definition shared by the
/// tokenizer (which folds while scanning UTF-8) and ``Lexicon/key(_:)`` (which folds a grammar's
/// word lists), so both always agree.
///
/// - ASCII and Cyrillic letters are lower-cased (Ukrainian і ї є ґ included);
/// - the apostrophes ’ (U+2019) and ʼ (U+02BC) read as ' ("п’ять" = "п'ять" = "пʼять");
/// - in a word that mixes Latin and Cyrillic letters, the Latin look-alikes read as Cyrillic
///   ("cили" typed with a Latin c is "сили").
///
/// The hash is FNV-1a over the folded scalars' UTF-8 bytes, so an ASCII word hashes to the
/// same key as its bytes.
package enum WordFolding {
    package static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    package static func mix(byte: UInt8, into hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// Mixes the UTF-8 bytes of `scalar` into `hash`.
    @inline(__always)
    package static func mix(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
        if scalar < 0x80 { return mix(byte: UInt8(scalar), into: hash) }
        if scalar < 0x800 {
            let first = mix(byte: UInt8(0xC0 | (scalar >> 6)), into: hash)
            return mix(byte: UInt8(0x80 | (scalar & 0x3F)), into: first)
        }
        var result = hash
        if scalar < 0x10000 {
            result = mix(byte: UInt8(0xE0 | (scalar >> 12)), into: result)
        } else {
            result = mix(byte: UInt8(0xF0 | (scalar >> 18)), into: result)
            result = mix(byte: UInt8(0x80 | ((scalar >> 12) & 0x3F)), into: result)
        }
        result = mix(byte: UInt8(0x80 | ((scalar >> 6) & 0x3F)), into: result)
        return mix(byte: UInt8(0x80 | (scalar & 0x3F)), into: result)
    }

    /// The lower-case form of an ASCII or Cyrillic letter; the apostrophes ’ and ʼ as '.
    @inline(__always)
    package static func fold(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case 0x41...0x5A: scalar | 0x20
        case 0x410...0x42F: scalar + 0x20
        case 0x400...0x40F: scalar + 0x50
        case 0x490: 0x491
        case 0x2019, 0x2BC: 0x27
        default: scalar
        }
    }

    @inline(__always)
    package static func isCyrillic(_ scalar: UInt32) -> Bool { scalar >= 0x400 && scalar <= 0x52F }

    @inline(__always)
    package static func isLatinLetter(_ scalar: UInt32) -> Bool {
        scalar < 0x80 && (scalar | 0x20) >= 0x61 && (scalar | 0x20) <= 0x7A
    }

    /// ``fold(_:)``, then a Latin letter that looks like a Cyrillic one as that letter.
    @inline(__always)
    package static func cyrillicLookalike(_ scalar: UInt32) -> UInt32 {
        let folded = fold(scalar)
        switch folded {
        case 0x61: return 0x430  // a → а
        case 0x62: return 0x432  // b (B) → в
        case 0x63: return 0x441  // c → с
        case 0x65: return 0x435  // e → е
        case 0x68: return 0x43D  // h (H) → н
        case 0x69: return 0x456  // i → і
        case 0x6B: return 0x43A  // k → к
        case 0x6D: return 0x43C  // m → м
        case 0x6F: return 0x43E  // o → о
        case 0x70: return 0x440  // p → р
        case 0x74: return 0x442  // t (T) → т
        case 0x78: return 0x445  // x → х
        case 0x79: return 0x443  // y → у
        default: return folded
        }
    }
}
