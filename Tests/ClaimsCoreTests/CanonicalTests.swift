import ClaimsCore
import ClaimsTestSupport
import Testing

@Suite struct JSONTests {
    @Test func writerEscapesAndParserReadsBack() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("quote"); writer.string("He said \"10\"\n\tКалибр \\ ok \u{01}")
        writer.key("n"); writer.int(-42)
        writer.key("none"); writer.null()
        writer.key("list"); writer.beginArray(); writer.bool(true); writer.double(1.5); writer.endArray()
        writer.endObject()
        let parsed = try JSONParser.parse(writer.bytes)
        #expect(parsed["quote"]?.stringValue == "He said \"10\"\n\tКалибр \\ ok \u{01}")
        #expect(parsed["n"]?.intValue == -42)
        #expect(parsed["none"]?.isNull == true)
        #expect(parsed["list"] == .array([.bool(true), .double(1.5)]))
    }

    @Test(arguments: ["{", "{\"a\":}", "[1,]", "\"unterminated", "{\"a\":1} x", "nul", "{\"a\":\"\\x\"}"])
    func malformedJSONIsRejected(text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(text) }
    }

    @Test func surrogatePairsDecode() throws {
        #expect(try JSONParser.parse("\"\\ud83d\\ude80\"").stringValue == "🚀")
    }
}

@Suite struct RevisionHashTests {
    func revision(_ content: ClaimContent) -> Revision {
        Revision(seq: 1, claimID: 1, number: 1, action: .create, reason: nil, recordedAt: "2024-06-01T12:00:00Z",
                 content: content, addedCitations: [Citation(sourceID: 1, quote: "q")], previousHash: Hashing.genesis)
    }

    @Test func hashIsDeterministicAndCoversEveryField() {
        var writer = JSONWriter()
        let base = TestLedger.content()
        let hash = revision(base).computeHash(sourceFingerprint: { _ in "f" }, writer: &writer)
        #expect(hash == revision(base).computeHash(sourceFingerprint: { _ in "f" }, writer: &writer))
        #expect(hash.count == 64)

        var changed = base
        changed.count = .exactly(11)
        #expect(revision(changed).computeHash(sourceFingerprint: { _ in "f" }, writer: &writer) != hash)
        changed = base
        changed.extra = ["carrier": "Tu-95"]
        #expect(revision(changed).computeHash(sourceFingerprint: { _ in "f" }, writer: &writer) != hash)
        // A changed source (its fingerprint) changes the hash too.
        #expect(revision(base).computeHash(sourceFingerprint: { _ in "g" }, writer: &writer) != hash)
    }

    @Test func contentSurvivesItsJSONForm() throws {
        var content = TestLedger.content(count: CountWords.parse("at least 20")!, launched: 31, place: "crimea")
        content.extra = ["a": "1", "b": "Молнія"]
        content.reliability = Reliability("B2")
        content.event = EventWindow(start: EventTime("2026-02-27 18:00")!, end: EventTime("2026-02-28 08:00")!)
        var writer = JSONWriter()
        writer.beginObject()
        content.writeFields(to: &writer)
        writer.endObject()
        let decoded = try ClaimContent(json: JSONParser.parse(writer.bytes))
        #expect(decoded == content)
    }

    @Test func normalisedTextHashIgnoresLayoutOnly() {
        #expect(Hashing.textSHA256("Ten  missiles\r\nwere downed. ") == Hashing.textSHA256("Ten missiles were downed."))
        #expect(Hashing.textSHA256("Ten missiles") != Hashing.textSHA256("Nine missiles"))
    }
}
