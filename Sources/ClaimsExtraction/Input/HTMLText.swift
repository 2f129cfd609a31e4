/// Plain text collected from HTML: white space collapsed, one line per block element, character
/// references decoded.
struct HTMLText {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    /// Appends raw text from the page (character references are decoded).
    mutating func append(raw: ArraySlice<UInt8>) {
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = !bytes.isEmpty && bytes.last != 0x0A
                index += 1
                continue
            }
            if byte == UInt8(ascii: "&"), let (decoded, next) = HTMLText.reference(raw, at: index) {
                if decoded == [0xC2, 0xA0] || decoded == [0x20] {
                    pendingSpace = !bytes.isEmpty && bytes.last != 0x0A
                } else {
                    flushSpace()
                    bytes.append(contentsOf: decoded)
                }
                index = next
                continue
            }
            flushSpace()
            bytes.append(byte)
            index += 1
        }
    }

    /// Ends the current line (a block element closed or opened).
    mutating func breakLine() {
        pendingSpace = false
        if !bytes.isEmpty, bytes.last != 0x0A { bytes.append(0x0A) }
    }

    var string: String {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x20 { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// The number of bytes of text (not counting line breaks).
    var length: Int { bytes.count }

    private mutating func flushSpace() {
        if pendingSpace {
            bytes.append(0x20)
            pendingSpace = false
        }
    }

    // MARK: - Character references

    /// Decodes the character reference at `index` (`&amp;`, `&#8217;`, `&#x2019;`).
    static func reference(_ raw: ArraySlice<UInt8>, at index: Int) -> ([UInt8], Int)? {
        var end = index + 1
        while end < raw.endIndex, end - index <= 10, raw[end] != UInt8(ascii: ";") {
            let byte = raw[end]
            guard (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39 || byte == UInt8(ascii: "#") else { return nil }
            end += 1
        }
        guard end < raw.endIndex, raw[end] == UInt8(ascii: ";"), end > index + 1 else { return nil }
        let name = raw[(index + 1)..<end]
        var scalar: UInt32?
        if name.first == UInt8(ascii: "#") {
            let digits = name.dropFirst()
            if digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X") {
                scalar = UInt32(String(decoding: digits.dropFirst(), as: UTF8.self), radix: 16)
            } else {
                scalar = UInt32(String(decoding: digits, as: UTF8.self))
            }
        } else {
            scalar = named[String(decoding: name, as: UTF8.self)]
        }
        guard let value = scalar, let unicode = Unicode.Scalar(value), value != 0 else { return nil }
        return (Array(String(Character(unicode)).utf8), end + 1)
    }

    private static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "ndash": 0x2013,
        "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D,
        "bdquo": 0x201E, "hellip": 0x2026, "laquo": 0xAB, "raquo": 0xBB, "bull": 0x2022, "middot": 0xB7,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "eacute": 0xE9, "egrave": 0xE8, "aacute": 0xE1,
        "agrave": 0xE0, "iacute": 0xED, "oacute": 0xF3, "uacute": 0xFA, "uuml": 0xFC, "ouml": 0xF6, "auml": 0xE4,
        "ccedil": 0xE7, "ntilde": 0xF1, "szlig": 0xDF, "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003,
        "minus": 0x2212, "times": 0xD7, "euro": 0x20AC, "pound": 0xA3, "prime": 0x2032, "shy": 0xAD,
        "zwnj": 0x200C, "zwj": 0x200D,
    ]
}
