import ClaimsCore
import ClaimsExtraction
import ClaimsTestSupport
import Foundation
import Testing

/// Deterministic fuzzing: random and mutated inputs built from weapon-report fragments (written
/// for this test), punctuation, digits and stray bytes. The extractor must not crash, and every
/// candidate's quote must be the text between its Unicode-scalar offsets.
///
/// CI runs `CLAIMS_FUZZ_COUNT` inputs (default 3,000); run it with 1000000 for the full sweep.
@Suite struct ExtractorFuzzTests {
    /// A small xorshift generator: the same inputs on every run.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    static let fragments: [String] = [
        "Air defences shot down", " 12 of 15 ", "Shahed drones", " Kh-101 cruise missiles", ", the air force said.",
        " launched by Russia", " over the Kursk region", " overnight", ", including one Kinzhal", " as well as",
        " 99 Kh-101, Kalibr, and Kh-59/69 cruise missiles", " “air targets”", " Of the two drones deployed, one was",
        " intercepted", " Among them, 7 were destroyed", " the missile struck", " the drones hit", " all 11",
        " more than 90", " about 40", " a “large number” of", " debris from five downed drones", " a drone attack on",
        "Source: the Pakistan Army", "Russian Defence Ministry: ", " it said.", " Herop drones", " of the Kh-101 type",
        " from Monday to today", " repelled an attack by two UAVs", " were able to destroy", " targeted a ship",
        " 370 ballistic missile launches", " – stated in the material.", " (", ")", "\"", "'", ":", ";", "—", "-", "/",
        "\n\n", " ", ".", ",", " and", " 1,200", " 3", " Х-101", " Шахед", " дронів", " 🚀", "\u{00A0}", "incidents.Meanwhile",
        // Ukrainian, Russian and mixed-script pieces (a Latin c in "cили", ’ and ʼ apostrophes).
        " збито/подавлено 33 ворожі БпЛА", " із 54", " типу Shahed, Гербера і дронів інших типів", ", повідомили в Повітряних силах.",
        " сбиты четыре ракеты ATACMS", " над Белгородской областью –", " 54-ма", " п’ятьма", " пʼять", " cили ППО",
        " Калібрами", " над акваторією Чорного моря", " ещё один —", " дві з них", " по одному", " локаційно втрачено",
        " У ніч на 14 вересня", " в ночь на 2 мая", " Х-101/Х-555 – 20 з 25;", " «Гром»", " аппаратов", " влучань",
    ]

    /// Mutations of the shared corpus' real articles (read from `../shared`, never copied):
    /// dropped, doubled and swapped stretches of text.
    /// Inputs the sweep once found crashing, kept as they were found.
    static let formerCrashes: [String] = [
        // Overlapping phrases after a colon (a range with its bounds reversed).
        "1,200\u{201C} were able to destroy 370 ballistic missile launches:: сбиты четыре ракеты ATACMS Х-101/Х-555 – 20 з 25;ї,'",
    ]

    @Test(arguments: formerCrashes)
    func aFormerCrashGivesQuotesThatSliceTheText(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        for candidate in ExtractionFixture.extract(text) {
            #expect(candidate.start >= 0 && candidate.start <= candidate.end && candidate.end <= scalars.count)
        }
    }

    @Test(.enabled(if: SharedData.isAvailable))
    func mutatedRealArticlesNeverBreakTheExtractor() throws {
        var paths: [URL] = []
        for corpus in ["en-dev/articles", "ukru/articles"] {
            let folder = SharedData.corpus.appendingPathComponent(corpus)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            paths += names.map { folder.appendingPathComponent($0) }
        }
        let names = paths.map(\.lastPathComponent)
        let rounds = (ProcessInfo.processInfo.environment["CLAIMS_FUZZ_COUNT"].flatMap { Int($0) } ?? 3000) / 10
        var random = Generator(state: 0xD1B5_4A32_D192_ED03)
        for round in 0..<max(rounds, names.count) {
            let name = names[round % names.count]
            var scalars = Array(try String(contentsOf: paths[round % paths.count], encoding: .utf8).unicodeScalars)
            for _ in 0..<(1 + random.below(4)) where scalars.count > 2 {
                let start = random.below(scalars.count - 1)
                let length = min(scalars.count - start, 1 + random.below(40))
                switch random.below(3) {
                case 0: scalars.removeSubrange(start..<(start + length))
                case 1: scalars.insert(contentsOf: scalars[start..<(start + length)], at: start)
                default: scalars.swapAt(start, random.below(scalars.count))
                }
            }
            let text = String(String.UnicodeScalarView(scalars))
            for candidate in ExtractionFixture.extract(text) {
                guard candidate.start >= 0, candidate.end <= scalars.count, candidate.start <= candidate.end else {
                    Issue.record("offsets \(candidate.start)..<\(candidate.end) outside \(scalars.count) scalars in a mutation of \(name)")
                    continue
                }
                #expect(String(String.UnicodeScalarView(scalars[candidate.start..<candidate.end])) == candidate.quote, "a mutation of \(name)")
            }
        }
    }

    @Test func randomAndMutatedInputsNeverBreakTheExtractor() {
        let count = ProcessInfo.processInfo.environment["CLAIMS_FUZZ_COUNT"].flatMap { Int($0) } ?? 3000
        var random = Generator(state: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<count {
            var text = ""
            let pieces = 1 + random.below(24)
            for _ in 0..<pieces {
                switch random.below(10) {
                case 0:
                    // A stray scalar: ASCII punctuation, a digit, a letter or a non-Latin character.
                    let scalars: [Unicode.Scalar] = ["!", "?", "…", "0", "7", "x", "Z", "я", "ї", "\u{2019}", "\u{201C}", "\t"]
                    text.unicodeScalars.append(scalars[random.below(scalars.count)])
                case 1:
                    text += String(random.below(100_000))
                default:
                    text += Self.fragments[random.below(Self.fragments.count)]
                }
            }
            if random.below(4) == 0, !text.isEmpty {
                // Mutate: drop a random stretch of scalars.
                var scalars = Array(text.unicodeScalars)
                let start = random.below(scalars.count)
                let length = min(scalars.count - start, 1 + random.below(8))
                scalars.removeSubrange(start..<(start + length))
                text = String(String.UnicodeScalarView(scalars))
            }
            let candidates = ExtractionFixture.extract(text)
            let scalars = Array(text.unicodeScalars)
            for candidate in candidates {
                guard candidate.start >= 0, candidate.end <= scalars.count, candidate.start <= candidate.end else {
                    Issue.record("offsets \(candidate.start)..<\(candidate.end) outside \(scalars.count) scalars: \(text.debugDescription)")
                    continue
                }
                let slice = String(String.UnicodeScalarView(scalars[candidate.start..<candidate.end]))
                #expect(slice == candidate.quote, "\(text.debugDescription)")
            }
        }
    }
}
