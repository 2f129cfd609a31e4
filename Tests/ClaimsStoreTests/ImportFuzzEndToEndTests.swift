import ClaimsCore
import ClaimsImport
import ClaimsTestSupport
import Foundation
import Testing
@testable import ClaimsStore

/// Mutated files through the store's one bulk-import entry point: a refused import is one line
/// naming `file:line`, and the ledger is unchanged (the decoders alone are fuzzed at volume in
/// `ClaimsImportTests.DecoderFuzzTests`).
@Suite struct ImportFuzzEndToEndTests {
    static let inputs = 40

    static func snapshot(_ ledger: Ledger) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try ledger.exportJSONLines { bytes += $0 }
        return bytes
    }

    static let validJSONLines = """
        {"type":"source","id":1,"kind":"article","url":"https://example.org/fuzz"}
        {"kind":"intercept","system":"shahed-136","claimant":"ua-air-force","claimant_side":"ukraine","count":20,"event_date":"2024-05-16","citations":[{"source":1,"quote":"twenty"}]}
        {"kind":"intercept","system":"kalibr","claimant":"ua-air-force","claimant_side":"ukraine","count":3,"event_date":"2024-05-17","citations":[{"source":1,"quote":"three"}]}

        """

    static let validCSV = """
        kind,system,claimant,claimant_side,count,event_date,source,quote
        intercept,shahed-136,ua-air-force,ukraine,20,2024-05-16,https://example.org/fuzz,"twenty, all down"
        intercept,kalibr,ua-air-force,ukraine,3,2024-05-17,https://example.org/fuzz,three

        """

    @Test(arguments: ["jsonl", "csv", "piterfm"])
    func aRefusedMutatedImportLeavesTheLedgerUnchanged(format: String) throws {
        let taxonomy = try TestLedger.taxonomy()
        var fuzzer = ImportFuzzer(seed: 0x5EED_0000 + UInt64(format.utf8.count))
        let valid: [UInt8]
        switch format {
        case "jsonl": valid = Array(Self.validJSONLines.utf8)
        case "csv": valid = Array(Self.validCSV.utf8)
        default: valid = Array(PiterfmFixture.lines(PiterfmFixture.night).utf8)
        }
        var refused = 0
        for index in 0..<Self.inputs {
            // Given a ledger with a claim
            let ledger = try TestLedger.make()
            try TestLedger.addClaim(TestLedger.content(), to: ledger)
            let before = try Self.snapshot(ledger)
            let name = "fuzz-\(index).\(format)"
            let input = ImportInput.bytes(fuzzer.mutate(valid), name: name)
            // When a mutated file is imported
            do {
                switch format {
                case "jsonl": _ = try ledger.importRecords(JSONLinesDecoder(input))
                case "csv": _ = try ledger.importRecords(ClaimsCSVDecoder(input))
                default:
                    _ = try ledger.importRecords(
                        PiterfmDecoder(input, taxonomy: taxonomy), options: ImportOptions(identity: ClaimIdentity(taxonomy: taxonomy), isStrict: true)
                    )
                }
            } catch {
                // Then a refusal is one line naming file:line, and nothing was written
                refused += 1
                let message = error.description
                #expect(message.hasPrefix(name + ":"), "input \(index): \(message)")
                #expect(!message.contains("\n"), "input \(index): \(message)")
                #expect(try Self.snapshot(ledger) == before, "input \(index) changed the ledger: \(message)")
            }
            #expect(try ledger.verify().problems.isEmpty)
        }
        #expect(refused > Self.inputs / 4, "only \(refused) of \(Self.inputs) refused: the mutations miss")
    }
}
