import ClaimsCore
import ClaimsStore
import ClaimsTestSupport
import Foundation
import Testing

/// The `claims` executable built beside the tests.
enum ClaimsExecutable {
    static let url: URL? = {
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidates = [
            argv0.deletingLastPathComponent().appendingPathComponent("claims"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("claims"),
            SharedData.repositoryRoot.appendingPathComponent(".build/debug/claims"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()
}

/// A process killed with SIGKILL in the middle of an import leaves the ledger exactly as it was:
/// the import is one transaction and SQLite rolls the unfinished one back on the next open.
@Suite(.enabled(if: ClaimsExecutable.url != nil, "needs the `claims` executable: run `swift build` first"))
struct KillDuringImportTests {
    enum Input: String, CaseIterable, Sendable {
        case csv = "import"
        case piterfm = "import-piterfm"
    }

    /// Writes an input of `rows` rows; returns the argument to pass to the command.
    static func writeInput(_ input: Input, rows: Int, in directory: URL) throws -> String {
        var text: String
        switch input {
        case .csv:
            text = "kind,system,claimant,claimant_side,weapon_side,count,launched,event_date,source,quote\n"
            text.reserveCapacity(rows * 120)
            for index in 0..<rows {
                text += "intercept,kalibr,ua-air-force,ukraine,russia,\(index % 7),9,2024-05-15,https://example.org/r/\(index / 50),row \(index)\n"
            }
            let file = directory.appendingPathComponent("claims.csv")
            try Data(text.utf8).write(to: file)
            return file.path
        case .piterfm:
            text = "time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,destroyed_details,launched_details,launch_place_details,source\n"
            text.reserveCapacity(rows * 120)
            for index in 0..<rows {
                text += "2024-05-15 18:00,2024-05-16 08:00,Shahed-136/131,,Ukraine,,\(index % 50 + 40).0,\(index % 40).0,,,{},,,,,,,,,,,kpszsu/posts/pfbidKill\(index)\n"
            }
            try Data(text.utf8).write(to: directory.appendingPathComponent("missile_attacks_daily.csv"))
            return directory.path
        }
    }

    static func run(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = ClaimsExecutable.url
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func snapshot(_ path: String) throws -> [String] {
        let ledger = try Ledger.open(path: path)
        let report = try ledger.verify()
        return ["\(report.claims)", "\(report.revisions)", "\(report.sources)", report.headHash, report.integrity, "\(report.isValid)"]
    }

    @Test(arguments: Input.allCases)
    func killDashNineMidImportLeavesTheLedgerAsItWas(_ input: Input) throws {
        // Given a ledger that holds a first import
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let ledgerPath = directory.appendingPathComponent("ledger.sqlite").path
        let small = directory.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        let first = try Self.run([input.rawValue, "--db", ledgerPath, try Self.writeInput(input, rows: 20, in: small)])
        first.waitUntilExit()
        try #require(first.terminationStatus == 0)
        let before = try Self.snapshot(ledgerPath)

        // When a long import is killed with SIGKILL once its transaction has started writing
        let big = directory.appendingPathComponent("big")
        try FileManager.default.createDirectory(at: big, withIntermediateDirectories: true)
        let process = try Self.run([input.rawValue, "--db", ledgerPath, try Self.writeInput(input, rows: 120_000, in: big)])
        let journal = ledgerPath + "-journal"
        let wal = ledgerPath + "-wal"
        var sawWrites = false
        for _ in 0..<600 where process.isRunning {
            let walSize = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            if FileManager.default.fileExists(atPath: journal) || walSize > 0 {
                sawWrites = true
                break
            }
            usleep(10_000)
        }
        usleep(300_000)
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        // Then the import died mid-way and the ledger is exactly as before
        #expect(sawWrites, "the import never started writing")
        #expect(wasRunning, "the import finished before it could be killed: give it more rows")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try Self.snapshot(ledgerPath) == before)
        try? FileManager.default.removeItem(at: directory)
    }
}
