import Foundation
import Testing

@Suite struct CLITests {
    let cli: CLIRunner

    init() async throws {
        cli = try CLIRunner()
        await cli.run(["init"])
    }

    let validAdd = [
        "add", "--kind", "intercept", "--system", "ATACMS", "--count", "10", "--claimant", "Russia's Defence Ministry",
        "--location", "Crimea", "--date", "2024-05-15", "--source", "https://example.org/atacms", "--published", "2024-05-15",
        "--quote", "10 US-supplied Ukrainian ATACMS missiles were destroyed over the Black Sea",
    ]

    @Test func addThenListShowsTheClaimWithResolvedNames() async throws {
        let added = await cli.run(validAdd)
        #expect(added.status == 0, "\(added.stderr)")
        let listed = await cli.run(["list", "--format", "json"])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("\"system\":\"atacms\""))
        #expect(listed.stdout.contains("\"claimant\":\"ru-mod\""))
        #expect(listed.stdout.contains("\"claimant_side\":\"russia\""))
        #expect(listed.stdout.contains("\"weapon_side\":\"ukraine\""))
        #expect(listed.stdout.contains("\"count\":10"))
    }

    @Test(arguments: [
        (["--system", "Kalibrr"], "system", Int32(1)),
        (["--claimant", "Nobody In Particular"], "claimant", Int32(1)),
        (["--location", "Atlantis"], "location", Int32(1)),
        (["--count", "-3"], "count", Int32(1)),
        (["--count", "ten"], "count", Int32(1)),
        (["--date", "15/05/2024"], "date", Int32(1)),
        (["--launched", "5"], "count", Int32(1)),
        (["--kind", "exploded"], "kind", Int32(2)),
    ])
    func badAddPrintsOneLineNamesTheFieldAndChangesNothing(override: [String], field: String, status: Int32) async throws {
        // Given a ledger with one claim
        await cli.run(validAdd)
        let before = try cli.ledgerBytes()

        // When an add has one bad field
        var arguments = validAdd
        let flag = override[0]
        if let index = arguments.firstIndex(of: flag) {
            arguments[index + 1] = override[1]
        } else {
            arguments += override
        }
        let result = await cli.run(arguments)

        // Then it fails with one line naming the field, and the ledger is byte-for-byte unchanged
        #expect(result.status == status)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(field), "\(result.stderr)")
        #expect(try cli.ledgerBytes() == before)
    }

    @Test func missingRequiredFlagIsBadUsage() async throws {
        let result = await cli.run(["add", "--kind", "strike", "--system", "Kalibr", "--count", "3", "--source", "https://x.org", "--quote", "q"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--claimant"))
    }

    @Test func unknownSystemGetsSuggestions() async throws {
        let result = await cli.run(["taxonomy", "resolve", "Kalibrr"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did you mean 'Kalibr'"))
    }

    @Test(arguments: [
        ("Калибр", "kalibr"), ("3M-14", "kalibr"), ("Kh-47M2", "kinzhal"), ("X-47 Kinzhal", "kinzhal"), ("Кинжал", "kinzhal"),
        ("MGM-140", "atacms"), ("X-101", "kh-101"), ("Х-101", "kh-101"), ("C-300", "s-300"), ("Geran-2", "shahed-136"),
        ("Shahed-136/131", "shahed-136"), ("Vilha", "vilkha"), ("Вільха", "vilkha"), ("Harm", "harm"), ("Hammer", "hammer"),
        ("Storm Shadow", "storm-shadow"), ("SCALP-EG", "storm-shadow"), ("Patriot", "patriot"),
    ])
    func taxonomyResolvePrintsTheRequiredID(name: String, id: String) async throws {
        let result = await cli.run(["taxonomy", "resolve", name, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"id\":\"\(id)\""), "\(name) → \(result.stdout)")
    }

    @Test func editKeepsHistoryAndRetractHidesTheClaim() async throws {
        await cli.run(validAdd)
        #expect(await cli.run(["edit", "1", "--count", "9", "--reason", "corrected"]).status == 0)
        let history = await cli.run(["history", "1", "--format", "json"])
        #expect(history.stdout.contains("\"count\":10") && history.stdout.contains("\"count\":9"))
        #expect(await cli.run(["retract", "1", "--reason", "withdrawn"]).status == 0)
        #expect(await cli.run(["list", "--format", "json"]).stdout == "[]\n")
        #expect(await cli.run(["retract", "1", "--reason", "again"]).status == 1)
        #expect(await cli.run(["verify"]).status == 0)
    }

    @Test func verifyExitsOneAfterTamperingWithTheSqliteShell() async throws {
        await cli.run(validAdd)
        #expect(await cli.run(["verify"]).status == 0)
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        shell.arguments = [cli.db, "UPDATE revision SET count = 12 WHERE seq = 1"]
        try shell.run()
        shell.waitUntilExit()
        let result = await cli.run(["verify"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("revision 1"))
    }

    @Test func exportImportExportRoundTripsThroughTheCommandLine() async throws {
        await cli.run(validAdd)
        await cli.run(["edit", "1", "--status", "disputed"])
        #expect(await cli.run(["export", "--format", "jsonl", "--out", cli.path("a.jsonl")]).status == 0)
        let copy = cli.path("copy.sqlite")
        #expect(await cli.run(["import", "--db", copy, cli.path("a.jsonl")]).status == 0)
        #expect(await cli.run(["export", "--db", copy, "--format", "jsonl", "--out", cli.path("b.jsonl")]).status == 0)
        let first = try Data(contentsOf: URL(fileURLWithPath: cli.path("a.jsonl")))
        let second = try Data(contentsOf: URL(fileURLWithPath: cli.path("b.jsonl")))
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test func aNonLedgerFileIsRefused() async throws {
        let notes = cli.path("notes.txt")
        try "hello".write(toFile: notes, atomically: true, encoding: .utf8)
        let result = await cli.run(["list", "--db", notes])
        #expect(result.status == 1)
        #expect(result.stderr.contains("not a claims ledger"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "hello")
    }

    @Test func demoPrintsAnInterceptTally() async throws {
        let result = await cli.run(["demo"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Kalibr"))
        #expect(result.stdout.contains("Ukrainian Air Force"))
    }
}
