import ClaimsTestSupport
import Foundation
import Testing

/// The review keys in a real browser: `Tests/browser/review_keys.py` drives headless Chromium
/// (Selenium) against the built `claims serve` on a loopback port. Outside CI it is skipped, with
/// a note, when Python's selenium, chromium or chromedriver is missing; with `CI=true` a missing
/// tool fails the suite (`.ci/run` installs them).
@Suite struct BrowserTests {
    @Test(.enabled(if: BrowserTool.isRunnable), .timeLimit(.minutes(3)))
    func theReviewKeysWorkInARealBrowser() throws {
        // Given the built binary, a browser and a fresh output directory
        let claims = try #require(BrowserTool.claims)
        let output = SharedData.repositoryRoot.appendingPathComponent(".build/test-output/browser")
        try? FileManager.default.removeItem(at: output)
        // When the script logs an article, presses Enter, Enter and x on /review and opens /tally
        let run = try BrowserTool.run([
            BrowserTool.script.path, "--claims", claims.path, "--out", output.path,
        ])
        // Then every check of the script held, and both screenshots were taken
        #expect(run.status == 0, "\(run.output)")
        for name in ["review.png", "tally.png"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(name).path), "no \(name): \(run.output)")
        }
        print(run.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(.enabled(if: SharedData.isCI))
    func theBrowserTestRunsInCI() {
        #expect(BrowserTool.missing == nil, "CI=true but the browser test cannot run: \(BrowserTool.missing ?? "")")
    }
}

/// What the browser test needs, and running it.
enum BrowserTool {
    /// `Tests/browser/review_keys.py`.
    static let script = SharedData.repositoryRoot.appendingPathComponent("Tests/browser/review_keys.py")

    /// The `claims` executable built beside the tests.
    static let claims = SharedData.claimsExecutable

    /// What is missing to run the browser test, `nil` when nothing is.
    static let missing: String? = {
        var missing: [String] = []
        if claims == nil { missing.append("the claims executable (swift build)") }
        for tool in ["python3", "chromium", "chromedriver", "timeout"] where which(tool) == nil {
            missing.append(tool)
        }
        if which("python3") != nil, (try? run(["-c", "import selenium"]))?.status != 0 {
            missing.append("Python selenium (pip install selenium)")
        }
        return missing.isEmpty ? nil : missing.joined(separator: ", ")
    }()

    /// Whether it can run here; prints why not when it cannot.
    static let isRunnable: Bool = {
        if let missing {
            print("note: the browser test is skipped: missing \(missing) (apt-get install chromium chromium-driver; pip install selenium)")
            return false
        }
        return true
    }()

    /// The full path of `tool` on `$PATH`.
    static func which(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `python3 ARGS` to the end (bounded by `timeout`), with stdout and stderr together.
    ///
    /// The run gets a temporary directory of its own, as `TMPDIR` too: the script's work
    /// directory and what Chromium leaves behind (`org.chromium.Chromium.*`) go with it.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try withTemporaryDirectory(prefix: "claims-browser") { temporary in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: which("timeout") ?? "/usr/bin/timeout")
            process.arguments = ["--kill-after=5", "150", which("python3") ?? "/usr/bin/python3"] + arguments
            process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.path]) { $1 }
            let log = temporary.url("browser.log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = handle
            process.standardError = handle
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try handle.close()
            return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
        }
    }
}
