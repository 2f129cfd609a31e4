import ClaimsCore
import ClaimsTestSupport
import Foundation
import Testing
@testable import ClaimsImport

/// Mutated and random inputs for every decoder (see ``ImportFuzzer``): no crash, no hang, and
/// every refusal one line naming `file:line`.
///
/// CI decodes a few thousand inputs; `CLAIMS_FUZZ_COUNT=1000000 swift test --filter DecoderFuzzTests`
/// decodes that many (split between the formats); `CLAIMS_FUZZ_SEED` picks another seed.
@Suite struct DecoderFuzzTests {
    static let count = Int(ProcessInfo.processInfo.environment["CLAIMS_FUZZ_COUNT"] ?? "") ?? 3_000
    static let seed = UInt64(ProcessInfo.processInfo.environment["CLAIMS_FUZZ_SEED"] ?? "") ?? 0x00C1_A1A5
    /// The longest one small input may take to decode (a hang or a quadratic blow-up fails; the
    /// slowest of a million on a loaded 2-core machine took 1.7 s, most take under a millisecond).
    static let perInputBound: Duration = .seconds(5)

    enum Format: String, CaseIterable, Sendable { case jsonl, csv, piterfm }

    @Test(arguments: Format.allCases)
    func mutatedInputsAreDecodedOrRefusedOnOneLine(format: Format) throws {
        let taxonomy = try TestLedger.taxonomy()
        let valid: [UInt8]
        switch format {
        case .jsonl: valid = ImportFixtures.bytes(ImportFixtures.jsonLines)
        case .csv: valid = ImportFixtures.bytes(ImportFixtures.csv)
        case .piterfm: valid = ImportFixtures.bytes(ImportFixtures.piterfm)
        }
        var fuzzer = ImportFuzzer(seed: Self.seed ^ UInt64(format.rawValue.utf8.count))
        let clock = ContinuousClock()
        var refused = 0
        var slowest: Duration = .zero
        let inputs = Self.count / Format.allCases.count + 1
        for index in 0..<inputs {
            let bytes = fuzzer.mutate(valid)
            let name = "fuzz-\(index).\(format.rawValue)"
            let decoder: any ImportDecoder
            switch format {
            case .jsonl: decoder = JSONLinesDecoder(.bytes(bytes, name: name))
            case .csv: decoder = ClaimsCSVDecoder(.bytes(bytes, name: name))
            case .piterfm: decoder = PiterfmDecoder(.bytes(bytes, name: name), taxonomy: taxonomy)
            }
            var problems: [String] = []
            let elapsed = clock.measure { problems = Self.check(decoder, name: name, lineCount: Self.lineCount(bytes)) }
            slowest = max(slowest, elapsed)
            if problems.first == "refused" { refused += 1; problems.removeFirst() }
            guard problems.isEmpty, elapsed < Self.perInputBound else {
                Issue.record("seed \(Self.seed) input \(index) (\(elapsed)): \(problems); input: \(bytes)")
                return
            }
        }
        // The mutations must reach the refusal paths, or this test proves nothing.
        #expect(refused > inputs / 4, "only \(refused) of \(inputs) inputs refused")
        print("fuzz \(format.rawValue): \(inputs) inputs, \(refused) refused, slowest \(slowest)")
    }

    /// The lines of `bytes` as the readers count them: a CSV reader also ends a line at a bare CR.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var count = 1
        for (index, byte) in bytes.enumerated() where byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
            count += 1
        }
        return count
    }

    /// What is wrong with how `decoder` handled its input: empty when fine; `"refused"` first
    /// when it refused the input properly.
    static func check(_ decoder: some ImportDecoder, name: String, lineCount: Int) -> [String] {
        var problems: [String] = []
        var lastLine = 0
        var failed = false
        decoder.decode { record in
            if failed { problems.append("a record after the failure") }
            if record.line < lastLine || record.line < 1 || record.line > lineCount {
                problems.append("line \(record.line) out of order or range (last \(lastLine), \(lineCount) lines)")
            }
            lastLine = record.line
            switch record.content {
            case let .failure(failure):
                failed = true
                let text = failure.description
                // Bytes, not characters: a combining mark in the problem would join the space before it.
                if !text.utf8.starts(with: "\(name):\(failure.line): ".utf8) { problems.append("not 'file:line: ': \(text)") }
                if text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) { problems.append("more than one line: \(text)") }
                if failure.problem.utf8.count < 8 { problems.append("no explanation: \(text)") }
            case let .claim(draft):
                _ = try? draft.citations.get()
                _ = draft.prepared.content
            case let .rejected(reason):
                if reason.isEmpty { problems.append("a rejection without a reason") }
            case .skipped, .source, .candidate:
                break
            }
            return true
        }
        return failed ? ["refused"] + problems : problems
    }
}
