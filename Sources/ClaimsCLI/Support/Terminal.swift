import Foundation

/// Standard streams and terminal facts.
enum Terminal {
    /// Writes `message` to stderr as one line prefixed with `claims: error: `.
    static func printError(_ message: String) {
        let flat = message.replacingOccurrences(of: "\n", with: " ")
        FileHandle.standardError.write(Data("claims: error: \(flat)\n".utf8))
    }

    /// Writes a note to stderr (progress, summaries that are not data).
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// Writes data to stdout.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            FileHandle.standardOutput.write(Data(buffer: buffer))
        }
    }

    static var isOutputTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var isErrorTerminal: Bool { isatty(STDERR_FILENO) == 1 }

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
