import ClaimsCore
import ClaimsTestSupport
import Foundation
import Testing
@testable import ClaimsStore

/// A bulk import (more than 2,000 claims in one transaction) checks the cross-claim rules one key
/// group at a time; the warnings it stores must be exactly those a whole-ledger validation finds.
@Suite struct BulkValidationTests {
    /// This test's files, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-bulk-validation")
    }

    /// One generated claim: few claimants, systems, days and places, so many duplicates and conflicts.
    struct DenseRow {
        var system: String
        var count: Int
        var launched: Int
        var event: String
        var place: String?
        var source: UInt64
    }

    static func denseRows(count: Int, seed: UInt64) -> [DenseRow] {
        var generator = SystemRandomNumberGenerator.Seeded(seed: seed)
        let systems = ["kalibr", "shahed-136", "kh-101"]
        let places = ["odesa-oblast", "kyiv-oblast", nil]
        return (0..<count).map { _ in
            let launched = Int(generator.next() % 6) + 4
            let count = Int(generator.next() % 4)
            let day = 10 + Int(generator.next() % 6)
            let time = generator.next() % 3 == 0 ? "T0\(generator.next() % 9):00" : ""
            let system = systems[Int(generator.next() % 3)]
            let place = places[Int(generator.next() % 3)]
            return DenseRow(system: system, count: count, launched: launched, event: "2024-05-\(day)\(time)", place: place,
                            source: generator.next() % 20 + 1)
        }
    }

    static func validator() throws -> Validator {
        Validator(taxonomy: try TestLedger.taxonomy(), today: CalendarDate(year: 2026, month: 3, day: 1)!)
    }

    /// A ledger with a validator, and a JSON Lines file of `count` dense claims citing 20 sources
    /// (in `directory`).
    static func denseClaims(count: Int, seed: UInt64 = 42, in directory: TemporaryDirectory) throws -> (Ledger, Validator, URL) {
        let validator = try validator()
        let ledger = try TestLedger.make().validating(with: validator)
        var lines = (1...20).map { #"{"type":"source","id":\#($0),"kind":"article","url":"https://example.org/r/\#($0)"}"# }
        for row in denseRows(count: count, seed: seed) {
            lines.append("""
                {"kind":"intercept","system":"\(row.system)","claimant":"ua-air-force","claimant_side":"ukraine","weapon_side":"russia","count":\(row.count),"launched":\(row.launched),"event_date":"\(row.event)","place":\(row.place.map { "\"\($0)\"" } ?? "null"),"citations":[{"source":\(row.source),"quote":"q"}]}
                """)
        }
        let file = directory.url("dense-\(count)-\(seed).jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        return (ledger, validator, file)
    }

    /// The same claims as ``denseClaims(count:seed:in:)``, as CSV rows (in `directory`).
    static func denseCSV(count: Int, seed: UInt64 = 42, in directory: TemporaryDirectory) throws -> URL {
        var lines = ["kind,system,claimant,claimant_side,weapon_side,count,launched,event_date,place,source,quote"]
        for row in denseRows(count: count, seed: seed) {
            lines.append("intercept,\(row.system),ua-air-force,ukraine,russia,\(row.count),\(row.launched),\(row.event),\(row.place ?? ""),https://example.org/r/\(row.source),q")
        }
        let file = directory.url("dense-\(count)-\(seed).csv")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        return file
    }

    @Test func groupedCrossChecksStoreTheSameWarningsAsWholeLedgerValidation() throws {
        // Given 2,500 claims over few claimants, systems, days and places: many duplicates and conflicts
        let (ledger, validator, file) = try Self.denseClaims(count: 2_500, in: directory)

        // When they are imported in one transaction
        let summary = try ledger.importJSONLines(path: file.path)
        #expect(summary.claimsAdded == 2_500)

        // Then each claim's stored warnings are the whole-ledger validation's
        let expected = Dictionary(grouping: try ledger.validateAll(with: validator).filter { $0.severity == .warning }) { $0.claim ?? 0 }
        #expect(expected.values.joined().contains { $0.rule == .probableDuplicate })
        #expect(expected.values.joined().contains { $0.rule == .conflictingCounts })
        try ledger.read { reader in
            for id in Int64(1)...2_500 {
                let stored = try reader.storedFindings(claimID: id)
                #expect(Set(stored) == Set(expected[id] ?? []), "claim \(id)")
            }
        }
    }
}

extension BulkValidationTests {
    @Test(arguments: [300, 2_500])
    func anImportIntoALedgerWithClaimsStoresTheWarningsOfItsClaimsAgainstAllOthers(count: Int) throws {
        // Given a ledger that already holds 2,500 dense claims (with their warnings)
        let (ledger, validator, first) = try Self.denseClaims(count: 2_500, in: directory)
        _ = try ledger.importJSONLines(path: first.path)
        let before = try ledger.read { reader in try (1...2_500).map { try reader.storedFindings(claimID: Int64($0)) } }

        // When more claims of the same claimants, systems and days are imported (by the per-claim
        // path for 300, by the grouped pass for 2,500)
        let (_, _, second) = try Self.denseClaims(count: count, seed: 7, in: directory)
        let summary = try ledger.importJSONLines(path: second.path)
        #expect(summary.claimsAdded == count)

        // Then the new claims' warnings are those of a whole-ledger validation, and the claims
        // that were there keep theirs
        let expected = Dictionary(grouping: try ledger.validateAll(with: validator).filter { $0.severity == .warning }) { $0.claim ?? 0 }
        try ledger.read { reader in
            for id in Int64(2_501)...Int64(2_500 + count) {
                let stored = try reader.storedFindings(claimID: id)
                #expect(Set(stored) == Set(expected[id] ?? []), "claim \(id)")
            }
            let after = try (1...2_500).map { try reader.storedFindings(claimID: Int64($0)) }
            #expect(after == before)
        }
    }
}

extension BulkValidationTests {
    @Test func theSameClaimsImportedFromCSVAndFromJSONLinesGiveTheSameClaimsAndWarnings() throws {
        // Given the same 2,500 dense claims as JSON Lines and as CSV
        let (fromJSON, _, jsonl) = try Self.denseClaims(count: 2_500, in: directory)
        let fromCSV = try TestLedger.make().validating(with: try Self.validator())
        let csv = try Self.denseCSV(count: 2_500, in: directory)

        // When each is imported into an empty ledger
        _ = try fromJSON.importJSONLines(path: jsonl.path)
        _ = try fromCSV.importCSV(path: csv.path)

        // Then the claims' contents, cited sources and stored warnings are the same
        func snapshot(_ ledger: Ledger) throws -> [String] {
            try ledger.read { reader in
                try (Int64(1)...2_500).map { id in
                    let claim = try #require(try reader.claim(id: id))
                    let urls = claim.citations.map { $0.url ?? "" }
                    let warnings = try reader.storedFindings(claimID: id).map { "\($0.rule.rawValue) \($0.message)" }
                    return "\(claim.content) \(urls) \(warnings)"
                }
            }
        }
        let expected = try snapshot(fromJSON)
        #expect(expected.contains { $0.contains("conflicting-counts") })
        #expect(try snapshot(fromCSV) == expected)
    }
}

extension SystemRandomNumberGenerator {
    /// A small deterministic generator (SplitMix64) for test data.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
