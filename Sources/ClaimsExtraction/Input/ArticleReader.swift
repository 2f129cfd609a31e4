import ClaimsCore

/// An article ready for extraction: its plain text and what a saved web page says about itself.
public struct Article: Sendable, Equatable {
    /// The article body as plain text (what offsets and the stored source text refer to).
    public var text: String
    public var title: String?
    /// The outlet (`og:site_name`, JSON-LD `publisher`).
    public var outlet: String?
    /// The page's own URL (`og:url`, `<link rel=canonical>`).
    public var url: String?
    /// `article:published_time` or JSON-LD `datePublished`.
    public var published: EventTime?
    public var language: String?
    public var isHTML: Bool

    public init(text: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
                published: EventTime? = nil, language: String? = nil, isHTML: Bool = false) {
        self.text = text
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.language = language
        self.isHTML = isHTML
    }
}

/// Why a file cannot be read as an article. Each message says what to do.
public enum ArticleInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No bytes, or only white space.
    case empty
    /// More bytes than an article may have.
    case tooLarge(bytes: Int, limit: Int)
    /// A control byte that text does not contain (NUL...), at a 0-based offset.
    case binary(offset: Int)
    /// A byte that is not valid UTF-8, at a 0-based offset.
    case notUTF8(offset: Int)
    /// A UTF-16 byte order mark.
    case utf16
    /// An HTML page whose body holds no article text.
    case noBody

    public var description: String {
        switch self {
        case .empty:
            return "the file is empty: give an article as plain text or a saved HTML page"
        case let .tooLarge(bytes, limit):
            return "the file is \(Self.megabytes(bytes)) MB, more than the \(Self.megabytes(limit)) MB an article may have: split it into articles"
        case let .binary(offset):
            return "binary data at byte \(offset + 1): give an article as plain text or a saved HTML page"
        case let .notUTF8(offset):
            return "not UTF-8 text (invalid byte at \(offset + 1)): convert it, e.g. `iconv -f WINDOWS-1251 -t UTF-8`"
        case .utf16:
            return "UTF-16 text: convert it to UTF-8, e.g. `iconv -f UTF-16 -t UTF-8`"
        case .noBody:
            return "an HTML page without article text in its <body>: save the article's page, not an index or an empty shell"
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// Reads article files: checks that they are UTF-8 text of a sane size, and turns saved HTML
/// pages into their article text and metadata (``HTMLArticle``).
public enum ArticleReader {
    /// The largest article accepted: 20 MB.
    public static let maximumBytes = 20 * 1_048_576

    /// Reads an article from the bytes of a file.
    ///
    /// - Throws: ``ArticleInputError`` for empty, oversize, binary, non-UTF-8 or bodiless input.
    /// - Complexity: O(n) in the number of bytes.
    public static func read(_ bytes: [UInt8]) throws(ArticleInputError) -> Article {
        guard bytes.count <= maximumBytes else { throw .tooLarge(bytes: bytes.count, limit: maximumBytes) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) { throw .utf16 }
        guard body.contains(where: { !SentenceSplitter.isSpace($0) }) else { throw .empty }
        try rejectControlBytes(body)
        // One validating pass by the standard library; the slow scan below only names the bad byte.
        guard let text = String(validating: body, as: UTF8.self) else {
            try validate(body)
            throw .notUTF8(offset: 0)
        }
        if HTMLArticle.looksLikeHTML(body) {
            let article = HTMLArticle.parse(Array(body))
            guard article.text.utf8.contains(where: { !SentenceSplitter.isSpace($0) }) else { throw .noBody }
            return article
        }
        return Article(text: text)
    }

    /// Rejects control bytes that text does not contain (NUL, and the C0 controls but tab and line breaks).
    ///
    /// Reads eight bytes at a time and looks closer only at words holding a byte below 0x20 or a
    /// 0x7F: byte by byte, this pass was 1.3% of `claims extract` in `bench/extract.sh`.
    static func rejectControlBytes(_ bytes: ArraySlice<UInt8>) throws(ArticleInputError) {
        let found: Int? = bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            guard let start = buffer.baseAddress else { return nil }
            let raw = UnsafeRawPointer(start)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            var offset = 0
            while offset + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                // A byte below 0x20 (word - 0x20 in every byte borrows into its high bit), or
                // 0x7F (word + 1 in every byte turns it into 0x80): a false alarm only costs a look.
                let low = (word &- ones &* 0x20) & ~word & highs
                let delete = ((word & ~highs) &+ ones) & ~word & highs
                if low | delete != 0, let bad = firstControl(buffer, offset..<offset + 8) { return bad }
                offset += 8
            }
            return firstControl(buffer, offset..<count)
        }
        if let found { throw .binary(offset: found) }
    }

    /// The offset of the first control byte in `range` that text does not contain.
    @inline(__always)
    private static func firstControl(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        for index in range {
            let byte = buffer[index]
            if byte < 0x20, byte < 0x09 || byte > 0x0D { return index }
            if byte == 0x7F { return index }
        }
        return nil
    }

    /// Checks UTF-8 well-formedness and rejects control bytes that text does not contain.
    static func validate(_ bytes: ArraySlice<UInt8>) throws(ArticleInputError) {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x09 || (byte > 0x0D && byte < 0x20) || byte == 0x7F {
                    throw .binary(offset: index - bytes.startIndex)
                }
                index += 1
                continue
            }
            let length: Int
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: throw .notUTF8(offset: index - bytes.startIndex)
            }
            guard index + length <= end else { throw .notUTF8(offset: index - bytes.startIndex) }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
                throw .notUTF8(offset: index - bytes.startIndex)
            }
            let second = bytes[index + 1]
            if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F) || (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second > 0x8F) {
                throw .notUTF8(offset: index - bytes.startIndex)
            }
            index += length
        }
    }
}
