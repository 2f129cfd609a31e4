import ClaimsCore
import ClaimsExtraction
import Testing

@Suite struct CandidateJSONTests {
    @Test func candidateRoundTripsThroughItsJSON() throws {
        let text = "Russia's Defence Ministry said 10 US-supplied ATACMS missiles were shot down over Crimea overnight."
        let candidate = try #require(ExtractionFixture.extract(text).first)
        let parsed = try Candidate(json: try JSONParser.parse(candidate.canonicalJSON))
        #expect(parsed == candidate)
    }

    @Test func documentHasTheFieldsOfTheContract() throws {
        var writer = JSONWriter()
        Candidate.writeDocument(ExtractionFixture.extract("The air force said at least 20 drones were downed over the Kyiv region."), to: &writer)
        let document = try JSONParser.parse(writer.bytes)
        let first = try #require(document["candidates"]?.arrayValue?.first)
        for key in ["kind", "system", "count", "count_text", "launched", "claimant", "claimant_side", "location", "event_date",
                    "quote", "start", "end", "confidence", "count_min", "count_max", "qualifier", "place", "weapon_side"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect(first["count"]?.isNull == true)
        #expect(first["count_min"]?.intValue == 20)
        #expect(first["qualifier"]?.stringValue == "at-least")
        #expect(first["count_text"]?.stringValue == "at least 20")
    }

    @Test func streamedDocumentIsTheSameAsTheWholeOne() throws {
        let text = String(repeating: "The ministry said 14 drones were shot down over the Kursk region. ", count: 400)
        let candidates = (0..<300).map { index in
            Candidate(kind: .intercept, system: "unspecified-drone", count: .exactly(index), quote: text, start: 0, end: 10, confidence: 0.5)
        }
        var whole = JSONWriter()
        Candidate.writeDocument(candidates, to: &whole)
        var streamed = JSONWriter()
        var bytes: [UInt8] = []
        Candidate.writeDocument(candidates, to: &streamed) { bytes += $0 }
        #expect(bytes == whole.bytes)
    }
}
