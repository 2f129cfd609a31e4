import Foundation

/// Reads a file line by line in large chunks, so memory stays flat however big the file is.
/// Lines are handed over as byte arrays without their line ending (`\n` or `\r\n`).
public struct LineReader {
    /// `nil` when reading bytes held in memory.
    private let handle: FileHandle?
    private var buffer: [UInt8] = []
    private var position = 0
    private var isAtEnd = false
    private let chunkSize: Int
    /// The 1-based number of the line last returned.
    public private(set) var lineNumber = 0
    /// Bytes of the file dropped from the buffer so far.
    private var dropped = 0

    /// Bytes of the file consumed so far (for progress).
    public var bytesConsumed: Int { dropped + position }

    /// Opens `path` for reading.
    ///
    /// - Throws: ``ClaimsError/invalidField(_:_:)`` naming the file when it cannot be opened.
    public init(path: String, chunkSize: Int = 1 << 20) throws(ClaimsError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .invalidField(path, "cannot be opened for reading: check the path and permissions")
        }
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// Reads lines from bytes held in memory (tests, fuzzing, small inputs).
    public init(bytes: [UInt8]) {
        handle = nil
        buffer = bytes
        isAtEnd = true
        chunkSize = 0
    }

    /// The next line, or `nil` at the end of the file.
    public mutating func nextLine() -> [UInt8]? {
        while true {
            let start = position
            let newlineIndex = buffer.withUnsafeBufferPointer { all -> Int? in
                guard start < all.count, let base = all.baseAddress,
                      let found = memchr(base + start, 0x0A, all.count - start)
                else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            if let newline = newlineIndex {
                var end = newline
                if end > position, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[position..<end])
                position = newline + 1
                lineNumber += 1
                return line
            }
            if isAtEnd {
                guard position < buffer.count else { return nil }
                var end = buffer.count
                if buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[position..<end])
                position = buffer.count
                lineNumber += 1
                return line
            }
            buffer.removeFirst(position)
            dropped += position
            position = 0
            let data = (try? handle?.read(upToCount: chunkSize)) ?? Data()
            if data.isEmpty {
                isAtEnd = true
                try? handle?.close()
            } else {
                buffer.append(contentsOf: data)
            }
        }
    }
}
