import ClaimsTestSupport
import Foundation
import Testing

/// The `claims` executable built beside the tests.
enum ClaimsExecutable {
    static let url = SharedData.claimsExecutable

    /// What one run of the binary did.
    struct Run: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
        var killed: Bool
    }

    /// Starts `claims ARGS` as a child process, its output going to files in `directory`.
    static func start(_ arguments: [String], in directory: URL) throws -> (Process, stdout: URL, stderr: URL) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let name = UUID().uuidString
        let out = directory.appendingPathComponent("\(name).out")
        let err = directory.appendingPathComponent("\(name).err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    /// Runs `claims ARGS` to the end.
    static func run(_ arguments: [String], in directory: URL) throws -> Run {
        let (process, out, err) = try start(arguments, in: directory)
        process.waitUntilExit()
        return try finished(process, out, err)
    }

    static func finished(_ process: Process, _ out: URL, _ err: URL) throws -> Run {
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return Run(
            status: process.terminationStatus,
            stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8),
            killed: process.terminationReason == .uncaughtSignal)
    }
}

/// A `claims` process killed with SIGKILL at any point of a bulk import leaves a ledger that the
/// next command opens at once, whichever command that is (a read-only `list` first), with the
/// content it had before the import, or the whole import if it had committed.
///
/// Only the `claims` binary touches the ledger after the kill: no sqlite3 shell, no in-process
/// connection that could recover the file on the binary's behalf.
@Suite(.enabled(if: ClaimsExecutable.url != nil, "needs the `claims` executable: run `swift build` first"), .serialized)
struct KillDuringImportTests {
    /// This test's ledgers, inputs and the children's output, removed after it (every child
    /// started in it has been waited for by then).
    let temporary: TemporaryDirectory

    init() throws {
        temporary = try TemporaryDirectory(prefix: "claims-kill")
    }

    enum Input: String, CaseIterable, Sendable, CustomTestStringConvertible {
        /// `claims import` of JSON Lines (a bulk import: rollback journal).
        case jsonl
        /// `claims import-piterfm` (a bulk import: rollback journal).
        case piterfm
        /// `claims log --accept` of a long article (one WAL transaction).
        case article

        var testDescription: String { rawValue }

        func arguments(ledger: String, input: String) -> [String] {
            switch self {
            case .jsonl: ["import", "--db", ledger, input]
            case .piterfm: ["import-piterfm", "--db", ledger, input]
            case .article: ["log", "--db", ledger, input, "--url", "https://example.org/long-\(input.hashValue)",
                            "--published", "2024-05-31", "--accept"]
            }
        }
    }

    /// Rows (claims) in the killed import: enough for about a second of a debug build's work.
    static func rows(_ input: Input) -> Int {
        switch input {
        case .jsonl: 6_000
        case .piterfm: 2_500
        case .article: 150
        }
    }

    /// Writes an input of `rows` rows (`salt` keeps two inputs from being the same rows); returns
    /// the argument to pass to the command.
    static func writeInput(_ input: Input, rows: Int, salt: String, in directory: URL) throws -> String {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var text = ""
        text.reserveCapacity(rows * 200)
        switch input {
        case .jsonl:
            let sources = (rows + 99) / 100
            for source in 1...sources {
                text += #"{"type":"source","id":\#(source),"kind":"article","url":"https://example.org/\#(salt)/\#(source)","outlet":"example.org","published":"2024-12-31"}"# + "\n"
            }
            // (Each input its own month: claims the ledger already holds would become citations.)
            let month = salt == "first" ? "04" : "05"
            for index in 0..<rows {
                let day = 1 + index % 28
                text += #"{"type":"claim","kind":"intercept","system":"kalibr","claimant":"ua-air-force","claimant_side":"ukraine","weapon_side":"russia","count":\#(index % 7),"qualifier":"exact","launched":9,"event_date":"2024-\#(month)-\#(day < 10 ? "0" : "")\#(day)","citations":[{"source":\#(index / 100 + 1),"quote":"\#(salt) row \#(index)"}]}"# + "\n"
            }
            let file = directory.appendingPathComponent("claims.jsonl")
            try Data(text.utf8).write(to: file)
            return file.path
        case .piterfm:
            text = "time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,destroyed_details,launched_details,launch_place_details,source\n"
            for index in 0..<rows {
                text += "2024-05-15 18:00,2024-05-16 08:00,Shahed-136/131,,Ukraine,,\(index % 50 + 40).0,\(index % 40).0,,,{},,,,,,,,,,,kpszsu/posts/pfbid\(salt)\(index)\n"
            }
            try Data(text.utf8).write(to: directory.appendingPathComponent("missile_attacks_daily.csv"))
            return directory.path
        case .article:
            // A claim a paragraph, in the week before publication, on days, systems and places that
            // vary so that few repeat another
            let systems = ["Shahed drones", "Kalibr missiles", "Kh-101 missiles", "Iskander-M missiles"]
            let regions = ["Kyiv", "Odesa", "Kharkiv", "Lviv", "Dnipro", "Sumy", "Poltava"]
            for index in 0..<rows {
                text += "Ukraine's air force said it destroyed \(index % 30 + 2) \(systems[index % systems.count]) over the \(regions[index % regions.count]) region on May \(25 + index % 6). Item \(index) of \(salt).\n\n"
            }
            let file = directory.appendingPathComponent("article.txt")
            try Data(text.utf8).write(to: file)
            return file.path
        }
    }

    /// What `claims verify --format json` reports, read with the binary.
    struct State: Equatable {
        var claims: Int
        var revisions: Int
        var head: String
    }

    static func verify(_ ledger: String, in directory: URL) throws -> State {
        let run = try ClaimsExecutable.run(["verify", "--db", ledger, "--format", "json"], in: directory)
        try #require(run.status == 0, "verify failed after the kill: \(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        try #require(object?["ok"] as? Bool == true, "verify found problems: \(run.stdout)")
        return State(
            claims: object?["claims"] as? Int ?? -1,
            revisions: object?["revisions"] as? Int ?? -1,
            head: object?["head"] as? String ?? "")
    }

    /// A ledger template: empty (`claims init`), or holding a first small import.
    static func makeTemplate(_ input: Input, nonEmpty: Bool, in directory: URL) throws -> String {
        let ledger = directory.appendingPathComponent("template.sqlite").path
        try #require(try ClaimsExecutable.run(["init", "--db", ledger], in: directory).status == 0)
        if nonEmpty {
            let small = try writeInput(input, rows: 30, salt: "first", in: directory.appendingPathComponent("small"))
            let run = try ClaimsExecutable.run(input.arguments(ledger: ledger, input: small), in: directory)
            try #require(run.status == 0, "\(run.stderr)")
        }
        return ledger
    }

    static func copyLedger(_ template: String, to path: String) throws {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
            if FileManager.default.fileExists(atPath: template + suffix) {
                try FileManager.default.copyItem(atPath: template + suffix, toPath: path + suffix)
            }
        }
    }

    /// Starts the import into `ledger`, kills it with SIGKILL after `delay` seconds (unless it
    /// ended first); returns whether it was killed.
    static func importAndKill(_ input: Input, argument: String, ledger: String, after delay: Double, in directory: URL) throws -> Bool {
        let (process, out, err) = try ClaimsExecutable.start(input.arguments(ledger: ledger, input: argument), in: directory)
        let deadline = Date().addingTimeInterval(delay)
        while process.isRunning, Date() < deadline { usleep(2_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let run = try ClaimsExecutable.finished(process, out, err)
        if !run.killed { try #require(run.status == 0, "the import failed on its own: \(run.stderr)") }
        return run.killed
    }

    static let killPoints = 20

    @Test(arguments: [(Input.jsonl, false), (.jsonl, true), (.piterfm, false), (.piterfm, true), (.article, true)])
    func aKillAtAnyPointOfALongWriteLeavesALedgerEveryCommandOpens(_ input: Input, nonEmpty: Bool) throws {
        let directory = temporary.url
        let template = try Self.makeTemplate(input, nonEmpty: nonEmpty, in: directory)
        let before = try Self.verify(template, in: directory)
        let argument = try Self.writeInput(input, rows: Self.rows(input), salt: "big", in: directory.appendingPathComponent("big"))
        let ledger = directory.appendingPathComponent("ledger.sqlite").path

        // Given how long the whole import takes, and the state it leaves
        try Self.copyLedger(template, to: ledger)
        let started = Date()
        let whole = try ClaimsExecutable.run(input.arguments(ledger: ledger, input: argument), in: directory)
        let duration = Date().timeIntervalSince(started)
        try #require(whole.status == 0, "\(whole.stderr)")
        let after = try Self.verify(ledger, in: directory)
        // (every row of a bulk import is a claim; an article gives what the extractor finds)
        try #require(input == .article ? after.claims > before.claims : after.claims == before.claims + Self.rows(input))

        // When the import is killed at points spread over its whole length
        var killed = 0
        // (On a loaded machine a later import may run faster than the timed one and end before
        // its kill: each import that ends first shortens the delays that follow.)
        var scale = 1.0
        for point in 0..<Self.killPoints {
            try Self.copyLedger(template, to: ledger)
            let delay = duration * scale * (Double(point) + 0.5) / Double(Self.killPoints)
            if try Self.importAndKill(input, argument: argument, ledger: ledger, after: delay, in: directory) {
                killed += 1
            } else {
                scale *= 0.7
            }

            // Then a read-only command opens the ledger first, with nothing else touching it
            let list = try ClaimsExecutable.run(["list", "--db", ledger, "--format", "csv"], in: directory)
            #expect(list.status == 0, "kill \(point) at \(delay) s: list failed: \(list.stderr)")
            // And it holds what it held before, or the whole import
            let state = try Self.verify(ledger, in: directory)
            if state.claims == before.claims {
                #expect(state == before, "kill \(point) at \(delay) s: the chain changed without new claims")
            } else {
                #expect(state.claims == after.claims && state.revisions == after.revisions,
                        "kill \(point) at \(delay) s: \(state.claims) claims, neither \(before.claims) nor \(after.claims)")
            }
            // And a write goes through
            let add = try ClaimsExecutable.run(Self.addArguments(ledger: ledger, index: point), in: directory)
            #expect(add.status == 0, "kill \(point) at \(delay) s: add failed: \(add.stderr)")
        }
        #expect(killed >= Self.killPoints / 2, "only \(killed) of \(Self.killPoints) imports were killed mid-way")
    }

    static func addArguments(ledger: String, index: Int) -> [String] {
        ["add", "--db", ledger, "--kind", "intercept", "--system", "Kalibr", "--count", "\(index % 9)",
         "--claimant", "ua-air-force", "--date", "2024-06-\(10 + index % 18)",
         "--source", "https://example.org/add/\(index)", "--quote", "air defences destroyed \(index % 9) Kalibr missiles",
         "--new"]  // each add is a claim of its own: claim identity would cite the repeats
    }

    @Test func eightWritersRightAfterAKillAddEveryClaim() throws {
        let directory = temporary.url
        let ledger = try Self.makeTemplate(.piterfm, nonEmpty: true, in: directory)
        let before = try Self.verify(ledger, in: directory)
        let argument = try Self.writeInput(.piterfm, rows: 20_000, salt: "big", in: directory.appendingPathComponent("big"))

        // Given an import killed once it has written a good part of its transaction
        let journal = ledger + "-journal", wal = ledger + "-wal"
        let (process, out, err) = try ClaimsExecutable.start(["import-piterfm", "--db", ledger, argument], in: directory)
        let walAtStart = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
        var size = 0
        for _ in 0..<3_000 where process.isRunning {
            let journalSize = (try? FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int) ?? 0
            let walSize = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            size = max(journalSize, walSize - walAtStart)
            if size > 0 { break }
            usleep(5_000)
        }
        usleep(300_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let run = try ClaimsExecutable.finished(process, out, err)
        try #require(run.killed, "the import ended before it was killed: give it more rows")
        #expect(size > 0, "the import was killed before it wrote anything")

        // When 8 processes add 25 claims each at once (8 slots, each starting its next `add` as
        // soon as its last one ends; polled, so that no thread of the test pool blocks)
        let writers = 8, perWriter = 25
        var failures: [String] = []
        var running: [(process: Process, out: URL, err: URL)?] = Array(repeating: nil, count: writers)
        var started = Array(repeating: 0, count: writers)
        // (Should the loop throw, the writers still running end before their directory goes.)
        defer { for case let current? in running { current.process.waitUntilExit() } }
        while true {
            var busy = false
            for writer in 0..<writers {
                if let current = running[writer] {
                    if current.process.isRunning { busy = true; continue }
                    let add = try ClaimsExecutable.finished(current.process, current.out, current.err)
                    if add.status != 0 { failures.append(add.stderr) }
                    running[writer] = nil
                }
                if started[writer] < perWriter {
                    let arguments = Self.addArguments(ledger: ledger, index: writer * 100 + started[writer])
                    let (process, out, err) = try ClaimsExecutable.start(arguments, in: directory)
                    running[writer] = (process, out, err)
                    started[writer] += 1
                    busy = true
                }
            }
            if !busy { break }
            usleep(1_000)
        }

        // Then every claim is added and the chain verifies
        #expect(failures.isEmpty, "\(failures.count) adds refused: \(failures.prefix(3))")
        let state = try Self.verify(ledger, in: directory)
        #expect(state.claims == before.claims + writers * perWriter)
    }
}
