import ClaimsCore
import Foundation
import Testing

/// `claims tally`, `compare` and `report` end to end, in process, on a temporary ledger with three
/// claims: two Kalibr intercepts by the Ukrainian Air Force and a vague Kinzhal by the Russian MoD.
@Suite struct ReportingCommandsTests {
    let cli: CLIRunner

    init() async throws {
        cli = try CLIRunner()
        await cli.run(["init"])
        for arguments in [
            ["--kind", "intercept", "--system", "Калибр", "--count", "12", "--launched", "14", "--claimant", "Ukrainian Air Force",
             "--date", "2024-05-15", "--location", "Odesa", "--source", "https://example.org/a", "--quote", "12 of 14 Kalibr were downed"],
            ["--kind", "intercept", "--system", "Kalibr", "--count", "8", "--claimant", "ua-air-force",
             "--date", "2024-05-17", "--source", "https://example.org/b", "--quote", "eight Kalibr were downed"],
            ["--kind", "intercept", "--system", "Kinzhal", "--count-text", "several", "--claimant", "ru-mod",
             "--date", "2024-06-01", "--source", "https://example.org/c", "--quote", "several Kinzhal"],
        ] {
            let result = await cli.run(["add"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test func tallyJSONIsAnArrayOfRowsWithSortedKeys() async throws {
        let result = await cli.run(["tally", "--by", "system", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            [{"claims":2,"count":20,"count_max":20,"count_min":20,"intercept_rate":0.8571,"launched":14,"sources":2,"system":"kalibr","unknown_count_claims":0},\
            {"claims":1,"count":null,"count_max":null,"count_min":0,"intercept_rate":null,"launched":null,"sources":1,"system":"kinzhal","unknown_count_claims":1}]

            """)
    }

    @Test func tallyTableShowsNamesAndTheStampGoesToStderr() async throws {
        let result = await cli.run(["tally", "--by", "claimant,month", "--stamp"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Ukrainian Air Force"))
        #expect(result.stdout.contains("2024-05"))
        #expect(result.stderr.hasPrefix("stamp: {\"claims\":3,"))
        // (the time is SOURCE_DATE_EPOCH's only if no other test read the clock first: it is read once per process)
        #expect(result.stderr.contains("\"generated_at\":\""))
        #expect(result.stderr.contains("\"head\":\""))
    }

    @Test(arguments: [
        (["tally", "--by", "system,colour"], 2, "by: unknown grouping 'colour'"),
        (["tally", "--status", "retracted"], 2, "retracted claims never count"),
        (["tally", "--from", "2024-06-01", "--to", "2024-05-01"], 2, "swap the dates"),
        (["tally", "--system", "Kalibrr"], 1, "did you mean"),
        (["compare", "--between", "russia"], 2, "exactly two parties"),
        (["compare", "--between", "russia,russia"], 2, "the same party"),
        (["compare", "--between", "russia,nobody-at-all"], 1, "between: unknown actor"),
        (["report"], 2, "--out"),
    ] as [([String], Int32, String)])
    func badInputIsOneLineWithTheFieldAndTheFix(arguments: [String], status: Int32, message: String) async throws {
        let result = await cli.run(arguments)
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test func compareLinesUpTwoParties() async throws {
        let result = await cli.run(["compare", "--between", "ukraine,Минобороны России", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("weapon_side,system,system_name,a_party,a_claims,a_launched,a_intercepted,"))
        // Both parties' claims here are about Russia's weapons, so they share its rows; the
        // 8 Kalibr state no launched figure, so nothing is derived from the 14 launched
        #expect(result.stdout.contains("russia,kalibr,Kalibr,ukraine,2,14,20,20,20,,0,0,20,20,0,1 2,ru-mod,0,,,0,0,,0,0,0,0,0,,,,\r\n"))
        #expect(result.stdout.contains("russia,kinzhal,Kinzhal,ukraine,0,,,0,0,,0,0,0,0,0,,ru-mod,1,,,0,,,0,0,0,,1,3,,,\r\n"))
    }

    @Test func reportWritesOneSelfContainedFile() async throws {
        let out = cli.path("report.html")
        let result = await cli.run(["report", "--out", out, "--title", "Test <report>"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Test &lt;report&gt;</title>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"))
        #expect(html.contains("<dt>Ledger head</dt>"))
        #expect(html.contains("<dt>Generated</dt>"))
    }

    @Test func sqlPrintsTheStatementForTheSQLiteShell() async throws {
        let result = await cli.run(["tally", "--by", "system", "--kind", "intercept", "--sql"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("WHERE r.status <> 'retracted' AND r.mergedInto IS NULL AND r.kind IN ('intercept')"))
        #expect(result.stdout.contains("GROUP BY k0"))
    }

    @Test(arguments: ["tally", "compare", "report"])
    func helpTeachesWithAnExample(command: String) async throws {
        let result = await cli.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example"))
        #expect(result.stdout.contains("claims \(command) --"))
    }
}
