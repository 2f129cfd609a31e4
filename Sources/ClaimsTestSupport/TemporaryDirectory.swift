import Foundation

/// A fresh directory under the system's temporary directory (`<prefix>-<UUID>`), removed with
/// everything in it when the last reference to it goes away.
///
/// A suite keeps one as a stored property: swift-testing makes a new suite instance for each test
/// and releases it once the test has ended, passed or failed, so each test gets its own directory
/// and nothing is left in `/tmp`. (A struct suite holds this class instance, so copies of the suite
/// share the one directory.) A single test can use ``withTemporaryDirectory(prefix:_:)`` instead.
///
/// Whatever uses the files must be done with them before the directory goes: keep the instance
/// alive (or wait for a child process to exit) for as long as something reads or writes in it.
public final class TemporaryDirectory: Sendable {
    /// The directory.
    public let url: URL

    /// Creates `<temporary directory>/<prefix>-<UUID>`.
    public init(prefix: String = "claims-tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The directory's path.
    public var path: String { url.path }

    /// The URL of `name` in the directory (nothing is created).
    public func url(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// The path of `name` in the directory (nothing is created).
    public func path(_ name: String) -> String { url(name).path }

    /// Writes `bytes` to the file `name` in the directory; returns the file's path.
    @discardableResult
    public func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        try file(name, data: Data(bytes))
    }

    /// Writes `text` (UTF-8) to the file `name` in the directory; returns the file's path.
    @discardableResult
    public func file(_ name: String, _ text: String) throws -> String {
        try file(name, data: Data(text.utf8))
    }

    private func file(_ name: String, data: Data) throws -> String {
        let file = url(name)
        try data.write(to: file)
        return file.path
    }
}

/// Runs `body` with a fresh ``TemporaryDirectory``, removed when `body` returns or throws: for a
/// single test that needs files (a suite whose tests all do keeps one as a stored property).
public func withTemporaryDirectory<Result>(
    prefix: String = "claims-tests", _ body: (TemporaryDirectory) throws -> Result
) throws -> Result {
    let directory = try TemporaryDirectory(prefix: prefix)
    return try withExtendedLifetime(directory) { try body(directory) }
}
