import ClaimsCore
import Foundation
import Testing

/// `claims tally`, `compare` and `report` end to end: the built `claims` binary on a temporary ledger.
@Suite struct ReportingCommandsTests {
    /// The `claims` executable next to the test bundle (`swift test` builds it).
    static let binary: URL? = {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [directory, directory.deletingLastPathComponent()].map { $0.appendingPathComponent("claims") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = try #require(binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CLAIMS_DB"] = nil
        environment["SOURCE_DATE_EPOCH"] = "1717243200"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A ledger file with three claims: two Kalibr intercepts (one cited twice) and a vague Kinzhal.
    static func makeLedger() throws -> String {
        let path = NSTemporaryDirectory() + "claims-reporting-\(UUID().uuidString).sqlite"
        func add(_ arguments: [String]) throws {
            let result = try run(["add", "--db", path] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try run(["init", "--db", path]).status == 0)
        try add(["--kind", "intercept", "--system", "Калибр", "--count", "12", "--launched", "14", "--claimant", "Ukrainian Air Force",
                 "--date", "2024-05-15", "--location", "Odesa", "--source", "https://example.org/a", "--quote", "12 of 14 Kalibr were downed"])
        try add(["--kind", "intercept", "--system", "Kalibr", "--count", "8", "--claimant", "ua-air-force",
                 "--date", "2024-05-17", "--source", "https://example.org/b", "--quote", "eight Kalibr were downed"])
        try add(["--kind", "intercept", "--system", "Kinzhal", "--count-text", "several", "--claimant", "ru-mod",
                 "--date", "2024-06-01", "--source", "https://example.org/c", "--quote", "several Kinzhal"])
        return path
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test(.enabled(if: binary != nil)) func tallyJSONIsAnArrayOfRowsWithSortedKeys() throws {
        let db = try Self.makeLedger()
        defer { Self.remove(db) }
        let result = try Self.run(["tally", "--db", db, "--by", "system", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            [{"claims":2,"count":20,"count_max":20,"count_min":20,"intercept_rate":0.8571,"launched":14,"sources":2,"system":"kalibr","unknown_count_claims":0},\
            {"claims":1,"count":null,"count_max":null,"count_min":0,"intercept_rate":null,"launched":null,"sources":1,"system":"kinzhal","unknown_count_claims":1}]

            """)
    }

    @Test(.enabled(if: binary != nil)) func tallyTableShowsNamesAndTheStampGoesToStderr() throws {
        let db = try Self.makeLedger()
        defer { Self.remove(db) }
        let result = try Self.run(["tally", "--db", db, "--by", "claimant,month", "--stamp"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Ukrainian Air Force"))
        #expect(result.stdout.contains("2024-05"))
        #expect(result.stderr.hasPrefix("stamp: {\"claims\":3,"))
        #expect(result.stderr.contains("\"generated_at\":\"2024-06-01T12:00:00Z\""))
    }

    @Test(.enabled(if: binary != nil), arguments: [
        (["tally", "--by", "system,colour"], 2, "by: unknown grouping 'colour'"),
        (["tally", "--status", "retracted"], 2, "retracted claims never count"),
        (["tally", "--from", "2024-06-01", "--to", "2024-05-01"], 2, "swap the dates"),
        (["tally", "--system", "Kalibrr"], 1, "did you mean"),
        (["compare", "--between", "russia"], 2, "exactly two parties"),
        (["compare", "--between", "russia,russia"], 2, "the same party"),
        (["compare", "--between", "russia,nobody-at-all"], 1, "between: unknown actor"),
        (["report"], 2, "--out"),
    ] as [([String], Int32, String)])
    func badInputIsOneLineWithTheFieldAndTheFix(arguments: [String], status: Int32, message: String) throws {
        let db = try Self.makeLedger()
        defer { Self.remove(db) }
        let result = try Self.run(arguments + ["--db", db])
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test(.enabled(if: binary != nil)) func compareLinesUpTwoParties() throws {
        let db = try Self.makeLedger()
        defer { Self.remove(db) }
        let result = try Self.run(["compare", "--db", db, "--between", "ukraine,Минобороны России", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("system,system_name,a_party,a_claims"))
        #expect(result.stdout.contains("kalibr,Kalibr,ukraine,2,2,20,20,20,0,14,ru-mod,0,0,"))
        #expect(result.stdout.contains("kinzhal,Kinzhal,ukraine,0,0,,,,0,,ru-mod,1,1,,0,,1,,\r\n"))
    }

    @Test(.enabled(if: binary != nil)) func reportWritesOneSelfContainedFile() throws {
        let db = try Self.makeLedger()
        defer { Self.remove(db) }
        let out = NSTemporaryDirectory() + "claims-report-\(UUID().uuidString).html"
        defer { Self.remove(out) }
        let result = try Self.run(["report", "--db", db, "--out", out, "--title", "Test <report>"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Test &lt;report&gt;</title>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"))
        #expect(html.contains("2024-06-01T12:00:00Z"))
    }

    @Test(.enabled(if: binary != nil)) func sqlPrintsTheStatementForTheSQLiteShell() throws {
        let result = try Self.run(["tally", "--by", "system", "--kind", "intercept", "--sql"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("WHERE r.status <> 'retracted' AND r.mergedInto IS NULL AND r.kind IN ('intercept')"))
        #expect(result.stdout.contains("GROUP BY k0"))
    }

    @Test(.enabled(if: binary != nil), arguments: ["tally", "compare", "report"])
    func helpTeachesWithAnExample(command: String) throws {
        let result = try Self.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example"))
        #expect(result.stdout.contains("claims \(command) --"))
    }
}
