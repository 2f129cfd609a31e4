import Foundation

/// Locates `../shared` (seed articles, gold claims, the piterfm dataset) beside the repository.
///
/// Tests that need it use `@Test(.enabled(if: SharedData.isAvailable))`; outside CI they are skipped
/// with a message when it is absent. With `CI=true` a missing `../shared` fails the suite
/// (see `SharedDataTests`).
public enum SharedData {
    /// The repository root (found from this file's path at build time).
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // Sources/ClaimsTestSupport/SharedData.swift
        return url
    }()

    /// The `claims` executable built beside the tests (for tests that run the real binary as a
    /// child process: kill tests, the browser test), or `nil` before `swift build`.
    public static let claimsExecutable: URL? = {
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidates = [
            argv0.deletingLastPathComponent().appendingPathComponent("claims"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("claims"),
            repositoryRoot.appendingPathComponent(".build/debug/claims"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// `../shared`, or `$CLAIMS_SHARED` when set.
    public static let directory: URL = {
        if let override = ProcessInfo.processInfo.environment["CLAIMS_SHARED"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// Whether `../shared` holds the corpus and the dataset.
    public static let isAvailable: Bool = {
        let available = FileManager.default.fileExists(atPath: corpus.appendingPathComponent("gold.json").path)
            && FileManager.default.fileExists(atPath: piterfm.appendingPathComponent("missile_attacks_daily.csv").path)
        if !available {
            FileHandle.standardError.write(Data("note: \(directory.path) not found: tests that need the shared corpus and dataset are skipped\n".utf8))
        }
        return available
    }()

    /// Whether this run is CI (`CI=true`), where missing shared data is a failure.
    public static var isCI: Bool {
        ["true", "1", "yes"].contains(ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? "")
    }

    /// `shared/corpus`.
    public static var corpus: URL { directory.appendingPathComponent("corpus") }

    /// `shared/data/piterfm`.
    public static var piterfm: URL { directory.appendingPathComponent("data/piterfm") }
}
