import ClaimsCore
import ClaimsStore
import ClaimsTestSupport
import Foundation
import Testing

@testable import ClaimsCLI

/// `claims extract`, `claims log`, `claims review` and `claims eval`, run in-process as command lines.
@Suite(.serialized) struct ExtractionCommandTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a command line in-process, through the same `execute` the binary's `main` calls.
    func run(_ arguments: [String]) async throws -> Run {
        let (status, capture) = await Terminal.capture { await ClaimsCommand.execute(arguments) }
        return Run(status: status, stdout: capture.stdout, stderr: capture.stderr)
    }

    /// This test's files and ledger, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-extraction")
    }

    func newLedger() async throws -> String {
        let path = directory.path("ledger.sqlite")
        #expect(try await run(["init", "--db", path]).status == 0)
        return path
    }

    static let article = """
        Russia's Defence Ministry said on Tuesday its air defences had shot down 12 Ukrainian drones over the Kursk region.
        Ukraine's air force said it downed 20 of 25 Shahed drones over the Odesa region.
        """

    @Test func extractPrintsTheCandidatesAsJSON() async throws {
        let file = try directory.file("story.txt", Array(Self.article.utf8))
        let result = try await run(["extract", file, "--published", "2024-06-12", "--format", "json"])
        #expect(result.status == 0)
        let document = try JSONParser.parse(result.stdout)
        let candidates = try #require(document["candidates"]?.arrayValue)
        #expect(candidates.map { $0["system"]?.stringValue } == ["unspecified-drone", "shahed-136"])
        #expect(candidates.map { $0["claimant"]?.stringValue } == ["ru-mod", "ua-air-force"])
        #expect(candidates.first?["event_date"]?.stringValue == "2024-06-11")
    }

    /// An Air Force post says nothing about who speaks: `--author`, or the post's t.me URL, names
    /// the office; an unknown name is refused in one line.
    @Test func aPostIsClaimedByTheOfficeThatPostedIt() async throws {
        let post = "У ніч на 3 травня противник атакував 40 ударними БпЛА типу Shahed. Збито 31 з 40 БпЛА на півночі та сході країни.\n"
        let file = try directory.file("post.txt", Array(post.utf8))
        let bare = try await run(["extract", file, "--published", "2025-05-03", "--format", "json"])
        let unclaimed = try #require(try JSONParser.parse(bare.stdout)["candidates"]?.arrayValue)
        #expect(!unclaimed.isEmpty && unclaimed.allSatisfy { $0["claimant"]?.stringValue == nil })

        let authored = try await run(["extract", file, "--published", "2025-05-03", "--author", "kpszsu", "--format", "json"])
        let claimed = try #require(try JSONParser.parse(authored.stdout)["candidates"]?.arrayValue)
        #expect(claimed.count == unclaimed.count && claimed.allSatisfy { $0["claimant"]?.stringValue == "ua-air-force" })

        let unknown = try await run(["extract", file, "--author", "Air Farce"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("--author") && unknown.stderr.split(separator: "\n").count == 1, "\(unknown.stderr)")

        let ledger = try await newLedger()
        let logged = try await run(["log", file, "--db", ledger, "--url", "https://t.me/kpszsu/4321", "--published", "2025-05-03", "--accept", "--format", "json"])
        #expect(logged.status == 0, "\(logged.stderr)")
        let listed = try await run(["list", "--db", ledger, "--format", "json"])
        #expect(listed.stdout.contains("ua-air-force"), "\(listed.stdout)")
    }

    static let badInputs: [(String, [UInt8])] = [
        ("empty.txt", []),
        ("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]),
        ("latin1.txt", Array("Kyiv caf".utf8) + [0xE9]),
        ("shell.html", Array("<html><head><title>Index</title></head><body><nav>Menu</nav></body></html>".utf8)),
    ]

    @Test(arguments: 0..<4)
    func badInputIsRefusedInOneLineAndNothingIsStored(_ index: Int) async throws {
        let (name, bytes) = Self.badInputs[index]
        let file = try directory.file(name, bytes)
        let extract = try await run(["extract", file])
        #expect(extract.status == 1)
        #expect(extract.stderr.hasPrefix("claims: error: \(file): "))
        #expect(extract.stderr.split(separator: "\n").count == 1)
        let ledger = try await newLedger()
        let log = try await run(["log", file, "--db", ledger])
        #expect(log.status == 1)
        #expect(try await sources(in: ledger) == 0)
    }

    @Test func fiftyMegabyteFileIsRefusedWithoutReadingIt() async throws {
        let url = directory.url("big.txt")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50 * 1_048_576)
        try handle.close()
        let result = try await run(["extract", url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("50.0 MB"))
    }

    @Test func unknownPublishedFormatIsRefused() async throws {
        let file = try directory.file("story.txt", Array(Self.article.utf8))
        let ledger = try await newLedger()
        let result = try await run(["log", file, "--db", ledger, "--published", "15/05/2024"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("published: '15/05/2024' is not a date"))
        #expect(try await sources(in: ledger) == 0)
    }

    @Test func logReviewAndShowWorkTogether() async throws {
        let file = try directory.file("story.txt", Array(Self.article.utf8))
        let ledger = try await newLedger()
        let log = try await run(["log", file, "--db", ledger, "--url", "https://example.org/story", "--published", "2024-06-12", "--format", "json"])
        #expect(log.status == 0)
        #expect(try JSONParser.parse(log.stdout)["queued"]?.arrayValue?.count == 2)
        let again = try await run(["log", file, "--db", ledger])
        #expect(again.stdout.contains("already logged as source 1"))
        let list = try await run(["review", "--db", ledger, "--format", "csv"])
        #expect(list.stdout.split(whereSeparator: \.isNewline).count == 3)
        #expect(try await run(["review", "accept", "1", "--db", ledger]).stdout == "candidate 1 → claim 1\n")
        #expect(try await run(["review", "reject", "2", "--db", ledger, "--reason", "checked: duplicate"]).status == 0)
        #expect(try await run(["review", "accept", "2", "--db", ledger]).status == 1)
        let show = try await run(["show", "1", "--db", ledger])
        #expect(show.stdout.contains("https://example.org/story"))
        #expect(try await run(["verify", "--db", ledger]).status == 0)
    }

    @Test func acceptNeedsIdsOrAll() async throws {
        let ledger = try await newLedger()
        let result = try await run(["review", "accept", "--db", ledger])
        #expect(result.status == 2)
        let corrections = try await run(["review", "accept", "1", "2", "--count", "3", "--db", ledger])
        #expect(corrections.status == 2)
        #expect(corrections.stderr.contains("exactly one id"))
    }

    @Test func helpTeachesWithExamples() async throws {
        #expect(try await run(["extract", "--help"]).stdout.contains("claims extract story.html"))
        #expect(try await run(["log", "--help"]).stdout.contains("syndicated copy"))
        #expect(try await run(["review", "--help"]).stdout.contains("claims review accept"))
    }

    @Test func demoLogsTheExampleArticleWithTheExtractor() async throws {
        let result = try await run(["demo"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("candidate claims from examples/overnight-barrage.txt"))
        #expect(result.stdout.contains("Kalibr"))
        #expect(result.stdout.contains("104"))
    }

    @Test(.enabled(if: SharedData.isAvailable))
    func evalScoresTheGoldCorpus() async throws {
        let result = try await run(["eval", "--gold", SharedData.corpus.appendingPathComponent("gold.json").path, "--format", "json"])
        #expect(result.status == 0)
        guard case let .double(f1)? = try JSONParser.parse(result.stdout)["f1"] else {
            Issue.record("no F1 in \(result.stdout)")
            return
        }
        #expect(f1 >= 0.9)
        // The seeds have no launch claims and the extractor finds none there: nothing to score
        let table = try await run(["eval", "--gold", SharedData.corpus.appendingPathComponent("gold.json").path])
        let launch = table.stdout.split(separator: "\n").first { $0.hasPrefix("kind launch") }
        #expect(launch?.split(separator: " ").suffix(3) == ["–", "–", "–"], "\(table.stdout)")
    }

    func sources(in path: String) async throws -> Int {
        let ledger = try Ledger.open(path: path)
        return try ledger.read { reader in
            var count = 0
            try reader.forEachSource { _ in count += 1 }
            return count
        }
    }
}
