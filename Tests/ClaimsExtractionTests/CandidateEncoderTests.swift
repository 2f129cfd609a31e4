import ClaimsCore
import ClaimsExtraction
import Testing

/// The candidate JSON written through a pointer (`CandidateEncoder`) is byte for byte what
/// `JSONWriter` writes for the same fields.
@Suite struct CandidateEncoderTests {
    /// The fields written one by one with `JSONWriter`, keys in ascending byte order.
    static func reference(_ candidate: Candidate) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("claimant"); writer.string(candidate.claimant)
        writer.key("claimant_side"); writer.string(candidate.claimantSide?.rawValue)
        writer.key("confidence"); writer.double(candidate.confidence)
        writer.key("count"); writer.int(candidate.count.exact)
        writer.key("count_max"); writer.int(candidate.count.maximum)
        writer.key("count_min"); writer.int(candidate.count.minimum)
        writer.key("count_text"); writer.string(candidate.count.text)
        writer.key("end"); writer.int(candidate.end)
        writer.key("event_date"); writer.string(candidate.event?.day.description)
        writer.key("event_end"); writer.string(candidate.event?.end.description)
        writer.key("event_start"); writer.string(candidate.event?.start.description)
        writer.key("kind"); writer.string(candidate.kind.rawValue)
        writer.key("launched"); writer.int(candidate.launched)
        writer.key("location"); writer.string(candidate.location)
        writer.key("place"); writer.string(candidate.place)
        writer.key("qualifier"); writer.string(candidate.count.qualifier.rawValue)
        writer.key("quote"); writer.string(candidate.quote)
        writer.key("relays")
        writer.beginArray()
        for relay in candidate.relays { writer.string(relay) }
        writer.endArray()
        writer.key("start"); writer.int(candidate.start)
        writer.key("system"); writer.string(candidate.system)
        writer.key("weapon_origin"); writer.string(candidate.weaponOrigin)
        writer.key("weapon_side"); writer.string(candidate.weaponSide?.rawValue)
        writer.endObject()
        return writer.bytes
    }

    static func encoded(_ candidate: Candidate) -> [UInt8] {
        var writer = JSONWriter()
        candidate.write(to: &writer)
        return writer.bytes
    }

    @Test func everyFieldFilled() throws {
        var candidate = Candidate(
            kind: .intercept, system: "shahed-136", count: ClaimCount(exact: nil, minimum: 20, maximum: nil, text: "at least 20", qualifier: .atLeast),
            launched: 25, claimant: "ua-air-force", claimantSide: .ukraine, weaponSide: .russia, weaponOrigin: "Iran",
            place: "kyiv-oblast", location: "over the Kyiv region", event: EventWindow(start: try #require(EventTime("2024-06-11T22:00")), end: EventTime("2024-06-12")),
            quote: "The air force said at least 20 \"Shahed\" drones\twere downed\\ over the Kyiv region.", start: 12, end: 96, confidence: 0.85
        )
        candidate.relays = ["reuters", "tass"]
        #expect(Self.encoded(candidate) == Self.reference(candidate))
        #expect(String(decoding: Self.encoded(candidate), as: UTF8.self).contains(#""event_start":"2024-06-11T22:00""#))
    }

    @Test func emptyFieldsAreNull() {
        let candidate = Candidate(kind: .launch, system: "unspecified-drone", count: .unknown(), quote: "Drones were launched.", start: 0, end: 21, confidence: 0.4)
        #expect(Self.encoded(candidate) == Self.reference(candidate))
        #expect(String(decoding: Self.encoded(candidate), as: UTF8.self).contains(#""claimant":null"#))
    }

    @Test func controlBytesCyrillicAndLongQuotes() {
        let quote = "Збито 17 із 22 БпЛА\u{01}\r\n" + String(repeating: "«Шахед» — ", count: 2_000)
        let candidate = Candidate(kind: .intercept, system: "shahed-136", count: .exactly(17), quote: quote, start: 0, end: quote.unicodeScalars.count, confidence: 0.9)
        #expect(Self.encoded(candidate) == Self.reference(candidate))
    }

    /// Escapes at the edges of a quote, side by side, and nothing to escape at all (the quote is
    /// copied in runs between escapes).
    @Test(arguments: ["\"Збито\"", "\\\"\u{1F}\n", "", "x", "\u{7F}ab\"", String(repeating: "a", count: 70) + "\\"])
    func escapesAtTheEdgesOfRuns(_ quote: String) {
        let candidate = Candidate(kind: .intercept, system: "shahed-136", count: .exactly(1), quote: quote, start: 0, end: 1, confidence: 0.5)
        #expect(Self.encoded(candidate) == Self.reference(candidate))
    }

    /// Each byte that needs an escape, at every offset of an eight-byte word and next to
    /// Cyrillic letters and bytes just above and below the escaped ones.
    @Test func everyEscapeAtEveryOffsetOfAWord() {
        for special in ["\"", "\\", "\u{01}", "\u{1F}", "\n", "\u{00}"] {
            for offset in 0..<20 {
                let quote = String(repeating: "a", count: offset) + special + "! #[]^`~б" + String(repeating: "ж", count: offset % 5) + special
                let candidate = Candidate(kind: .launch, system: "kh-101", count: .unknown(), quote: quote, start: 0, end: 1, confidence: 0.5)
                #expect(Self.encoded(candidate) == Self.reference(candidate), "\(offset) \(special.unicodeScalars.first!.value)")
            }
        }
    }

    @Test func numbersAsTheWriterWritesThem() {
        let confidences: [Double] = (0...300).map { Double($0) / 100 } + [0.333, 1.0 / 3, 0.123456, 1e-7, 12.5, 0.05, 0.999, 1e20, -0.25, .nan, .infinity]
        for confidence in confidences {
            let candidate = Candidate(kind: .strike, system: "kh-101", count: .exactly(Int.max), launched: Int.min, quote: "x", start: -5, end: 0, confidence: confidence)
            #expect(Self.encoded(candidate) == Self.reference(candidate), "\(confidence)")
        }
    }
}
