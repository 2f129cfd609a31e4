import Foundation
import Testing

/// `claims compare` end to end on the issue's ledger: drones downed by each side on one day, and a
/// Kinzhal strike claimed by Russia with 6 of 6 Kinzhals intercepted claimed by Ukraine overnight.
@Suite struct CompareCommandTests {
    let cli: CLIRunner

    init() async throws {
        cli = try CLIRunner()
        await cli.run(["init"])
        for arguments in [
            ["--kind", "intercept", "--system", "drones", "--count", "20", "--claimant", "ru-mod", "--date", "2024-05-15",
             "--source", "https://example.org/ru-drones", "--quote", "20 Ukrainian drones were destroyed"],
            ["--kind", "intercept", "--system", "drones", "--count", "30", "--claimant", "ua-air-force", "--date", "2024-05-15",
             "--source", "https://example.org/ua-drones", "--quote", "30 Russian drones were downed"],
            ["--kind", "strike", "--system", "Kinzhal", "--count-text", "several", "--claimant", "ru-mod", "--date", "2024-05-16",
             "--source", "https://example.org/ru-kinzhal", "--quote", "struck with Kinzhal hypersonic missiles"],
            ["--kind", "intercept", "--system", "Kinzhal", "--count", "6", "--launched", "6", "--claimant", "ua-air-force",
             "--date", "2024-05-15T19:00..2024-05-16T07:00", "--source", "https://example.org/ua-kinzhal", "--quote", "6 of 6 Kinzhals"],
        ] {
            let result = await cli.run(["add"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    func rows(_ arguments: [String]) async throws -> [[String: Any]] {
        let result = await cli.run(["compare", "--between", "russia,ukraine", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    func ids(_ row: [String: Any], _ party: String) -> [Int] {
        ((row[party] as? [String: Any])?["claim_ids"] as? [Int]) ?? [-1]
    }

    @Test func bySystemKeepsEachSidesDronesApartAndTheKinzhalNightTogether() async throws {
        let rows = try await rows(["--by", "system"])
        #expect(rows.map { "\($0["weapon_side"]!) \($0["system"]!)" } == ["russia kinzhal", "russia unspecified-drone", "ukraine unspecified-drone"])
        #expect(rows.map { ids($0, "russia") } == [[3], [], [1]])
        #expect(rows.map { ids($0, "ukraine") } == [[4], [2], []])
        let ukraine = try #require(rows[0]["ukraine"] as? [String: Any])
        #expect(ukraine["intercepted"] as? Int == 6 && ukraine["launched"] as? Int == 6)
        #expect(rows[0]["share_intercepted"] as? Int == 1)
        // Russia's "several" is not a number: nothing is subtracted from it
        #expect(rows[0]["unaccounted"] is NSNull)
    }

    @Test func byEventPairsTheKinzhalNightAndListsTheRest() async throws {
        let rows = try await rows(["--by", "event"])
        #expect(rows.count == 3)
        let kinzhal = try #require(rows.first { $0["system"] as? String == "kinzhal" })
        #expect(ids(kinzhal, "russia") == [3] && ids(kinzhal, "ukraine") == [4])
        #expect(kinzhal["paired"] as? Bool == true && kinzhal["weapon_side"] as? String == "russia")
        #expect(kinzhal["event_start"] as? String == "2024-05-15T19:00" && kinzhal["event_end"] as? String == "2024-05-16")
        let drones = rows.filter { $0["system"] as? String == "unspecified-drone" }
        #expect(drones.map { $0["paired"] as? Bool } == [false, false])
        #expect(Set(drones.map { $0["weapon_side"] as? String ?? "" }) == ["russia", "ukraine"])
    }

    @Test func byEventTableListsTheClaimIds() async throws {
        let result = await cli.run(["compare", "--between", "russia,ukraine", "--by", "event"])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("Kinzhal") })
        #expect(line.hasPrefix("russia       2024-05-15T19:00 → 2024-05-16  Kinzhal"))
        #expect(line.contains("100.0%"))
    }
}
