import Foundation

/// Standard streams and terminal facts. Output can be captured per task for in-process tests.
enum Terminal {
    /// Collects what a command prints, instead of the real streams.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var out: [UInt8] = []
        private var err: [UInt8] = []

        var stdout: String { lock.withLock { String(decoding: out, as: UTF8.self) } }
        var stderr: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

        func write(_ bytes: some Sequence<UInt8>, error: Bool) {
            lock.withLock {
                if error { err.append(contentsOf: bytes) } else { out.append(contentsOf: bytes) }
            }
        }
    }

    @TaskLocal static var capture: Capture?

    /// Runs `body` with this task's output captured.
    static func capture<T>(_ body: () async throws -> T) async rethrows -> (T, Capture) {
        let capture = Capture()
        let value = try await $capture.withValue(capture) { try await body() }
        return (value, capture)
    }

    /// Writes `message` to stderr as one line prefixed with `claims: error: `.
    static func printError(_ message: String) {
        let flat = message.replacingOccurrences(of: "\n", with: " ")
        writeError("claims: error: \(flat)\n")
    }

    /// Writes a note to stderr (progress, summaries that are not data).
    static func note(_ message: String) {
        writeError("\(message)\n")
    }

    /// Writes raw text to stderr.
    static func writeError(_ text: String) {
        if let capture { return capture.write(text.utf8, error: true) }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes data to stdout.
    static func write(_ text: String) {
        write(bytes: Array(text.utf8))
    }

    /// Writes bytes to stdout without copying them first (outputs can be tens of megabytes).
    static func write(bytes: [UInt8]) {
        if let capture { return capture.write(bytes, error: false) }
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
        }
    }

    /// Nothing is buffered today; kept so `main` states its intent.
    static func flush() {}

    static var isOutputTerminal: Bool { capture == nil && isatty(STDOUT_FILENO) == 1 }
    static var isErrorTerminal: Bool { capture == nil && isatty(STDERR_FILENO) == 1 }

    /// The terminal's width when stdout is a terminal.
    static var width: Int? {
        guard isOutputTerminal else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) { return columns }
        return 100
    }
}

/// A failure to report in one line, with its exit code (1 invalid data, 2 bad usage).
struct CLIFailure: Error, Sendable, CustomStringConvertible {
    var message: String
    var exitCode: Int32 = 1

    init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    var description: String { message }

    /// Bad usage (exit 2).
    static func usage(_ message: String) -> CLIFailure { CLIFailure(message, exitCode: 2) }
}
