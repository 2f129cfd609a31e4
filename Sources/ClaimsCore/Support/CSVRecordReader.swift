#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming RFC 4180 CSV reader over bytes: quoted fields with `""` escapes and line breaks,
/// `\n` or `\r\n` record ends, in fixed-size chunks so memory stays flat however big the file is.
///
/// It is strict where a lenient reader would hide damage: an unterminated quote (a truncated
/// file), a stray character after a closing quote and NUL bytes (a binary file) are errors naming
/// the line. Fields are kept as unescaped bytes of the current record; read them with
/// ``withField(_:_:)`` or ``string(_:)``.
///
/// ```swift
/// var reader = try CSVRecordReader(path: "attacks.csv")
/// while try reader.nextRecord() {
///     print(reader.recordLine, reader.string(0))
/// }
/// ```
public struct CSVRecordReader {
    /// A malformed file, with the 1-based line of the problem.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let line: Int
        public let problem: String
        public var description: String { "line \(line): \(problem)" }
    }

    private enum Input {
        case file(Int32)
        case memory([UInt8])
    }

    private var input: Input
    private var memoryOffset = 0
    private var buffer: [UInt8]
    private var position = 0
    private var filled = 0
    private var isAtEnd = false
    /// The unescaped bytes of the current record's fields, back to back.
    private var storage: [UInt8] = []
    /// The end offset in `storage` of each field.
    private var ends: [Int] = []
    private var line = 1

    /// The 1-based line on which the current record starts.
    public private(set) var recordLine = 0
    /// Whether the current record ended with a line break (`false` for a last line without one,
    /// which is how a truncated file usually looks).
    public private(set) var recordEndsWithLineBreak = true
    /// Bytes of the chunks before the current one.
    private var chunkStart = 0

    /// Bytes consumed so far (for progress).
    public var bytesConsumed: Int { chunkStart + position }

    /// Opens `path` for reading.
    ///
    /// - Throws: ``ClaimsError/invalidField(_:_:)`` naming the file when it cannot be opened.
    public init(path: String, chunkSize: Int = 1 << 20) throws(ClaimsError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .invalidField(path, "cannot be opened for reading: check the path and permissions")
        }
        input = .file(descriptor)
        buffer = [UInt8](repeating: 0, count: max(chunkSize, 16))
    }

    /// Reads from bytes in memory (tests, small inputs).
    public init(bytes: [UInt8], chunkSize: Int = 1 << 16) {
        input = .memory(bytes)
        buffer = [UInt8](repeating: 0, count: max(chunkSize, 1))
    }

    /// Closes the file (also done at the end of the input).
    public mutating func close() {
        if case let .file(descriptor) = input, descriptor >= 0 {
            Self.closeDescriptor(descriptor)
            input = .file(-1)
        }
    }

    // MARK: - Fields of the current record

    /// The number of fields of the current record.
    public var fieldCount: Int { ends.count }

    /// Calls `body` with the unescaped bytes of field `index` of the current record.
    public func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = index == 0 ? 0 : ends[index - 1]
        return try storage.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[start..<ends[index]]))
        }
    }

    /// Field `index` of the current record as text (invalid UTF-8 is repaired with U+FFFD).
    public func string(_ index: Int) -> String {
        withField(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether field `index` is empty.
    public func isEmptyField(_ index: Int) -> Bool {
        (index == 0 ? 0 : ends[index - 1]) == ends[index]
    }

    /// Whether the current record is one empty field (a blank line).
    public var isBlankRecord: Bool { ends.count == 1 && ends[0] == 0 }

    // MARK: - Reading

    /// Skips whole lines that start with `prefix` (a `#` comment line before the header, as
    /// `claims export --format csv` writes). Call it before the first record.
    ///
    /// - Returns: The number of lines skipped.
    @discardableResult
    public mutating func skipLines(startingWith prefix: UInt8) throws(Failure) -> Int {
        var skipped = 0
        while try hasByte(), buffer[position] == prefix {
            while try hasByte() {
                let byte = buffer[position]
                position += 1
                if byte == Self.lineFeed { break }
            }
            line += 1
            skipped += 1
        }
        return skipped
    }

    /// Moves to the next record.
    ///
    /// - Returns: `false` at the end of the input.
    /// - Throws: ``Failure`` for an unterminated quote, a character after a closing quote, a NUL
    ///   byte or a read error.
    public mutating func nextRecord() throws(Failure) -> Bool {
        storage.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        guard try hasByte() else { return false }
        recordLine = line
        while true {
            // At the start of a field.
            guard try hasByte() else { return endRecord(lineBreak: false) }
            if buffer[position] == Self.quote {
                let openedOn = line
                position += 1
                while true {
                    guard try hasByte() else {
                        throw Failure(line: openedOn, problem: "a quoted field is never closed (the file looks truncated)")
                    }
                    let start = position
                    var newlines = 0
                    var sawNul = false
                    let end = filled
                    position = buffer.withUnsafeBufferPointer { bytes in
                        var index = start
                        while index < end {
                            let byte = bytes[index]
                            if byte == Self.quote { break }
                            if byte == Self.lineFeed { newlines += 1 } else if byte == 0 { sawNul = true }
                            index += 1
                        }
                        return index
                    }
                    if sawNul { throw Failure(line: line, problem: "binary data (a NUL byte): this is not a CSV text file") }
                    line += newlines
                    storage.append(contentsOf: buffer[start..<position])
                    if position == filled { continue }
                    position += 1  // the quote
                    guard try hasByte() else { return endRecord(lineBreak: false) }
                    if buffer[position] == Self.quote {
                        storage.append(Self.quote)
                        position += 1
                        continue
                    }
                    break
                }
                let byte = buffer[position]
                if byte == Self.comma {
                    position += 1
                    ends.append(storage.count)
                    continue
                }
                if byte == Self.lineFeed || byte == Self.carriageReturn {
                    try consumeLineBreak()
                    return endRecord(lineBreak: true)
                }
                throw Failure(line: line, problem: "unexpected character after a closing quote: quote the whole field and double inner quotes")
            }
            var stop: UInt8 = 0
            while true {
                let start = position
                let end = filled
                position = buffer.withUnsafeBufferPointer { bytes in
                    var index = start
                    while index < end {
                        let byte = bytes[index]
                        if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn || byte == 0 { break }
                        index += 1
                    }
                    return index
                }
                storage.append(contentsOf: buffer[start..<position])
                if position < filled {
                    stop = buffer[position]
                    break
                }
                guard try fill() else { return endRecord(lineBreak: false) }
            }
            if stop == 0 { throw Failure(line: line, problem: "binary data (a NUL byte): this is not a CSV text file") }
            if stop == Self.comma {
                position += 1
                ends.append(storage.count)
                continue
            }
            try consumeLineBreak()
            return endRecord(lineBreak: true)
        }
    }

    // MARK: - Private

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private static func closeDescriptor(_ descriptor: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #else
        _ = Darwin.close(descriptor)
        #endif
    }

    private mutating func endRecord(lineBreak: Bool) -> Bool {
        ends.append(storage.count)
        recordEndsWithLineBreak = lineBreak
        return true
    }

    /// Consumes `\n`, `\r\n` or a lone `\r` at `position`.
    private mutating func consumeLineBreak() throws(Failure) {
        let byte = buffer[position]
        position += 1
        line += 1
        if byte == Self.carriageReturn, try hasByte(), buffer[position] == Self.lineFeed {
            position += 1
        }
    }

    /// Whether a byte is available at `position` (refilling the buffer when it is used up).
    @inline(__always)
    private mutating func hasByte() throws(Failure) -> Bool {
        if position < filled { return true }
        return try fill()
    }

    /// Refills the buffer once everything in it was consumed. Returns `false` at the end.
    private mutating func fill() throws(Failure) -> Bool {
        if isAtEnd { return false }
        chunkStart += filled
        position = 0
        filled = 0
        switch input {
        case let .file(descriptor):
            guard descriptor >= 0 else { isAtEnd = true; return false }
            var count = 0
            repeat {
                count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            } while count < 0 && errno == EINTR
            guard count >= 0 else {
                throw Failure(line: line, problem: "read error (errno \(errno))")
            }
            filled = count
        case let .memory(bytes):
            let count = min(buffer.count, bytes.count - memoryOffset)
            if count > 0 {
                buffer.withUnsafeMutableBufferPointer { target in
                    bytes.withUnsafeBufferPointer { source in
                        target.baseAddress!.update(from: source.baseAddress! + memoryOffset, count: count)
                    }
                }
            }
            memoryOffset += count
            filled = count
        }
        if filled == 0 {
            isAtEnd = true
            close()
            return false
        }
        return true
    }
}
