import ClaimsCore
import ClaimsTestSupport
import Testing
@testable import ClaimsImport

/// The decoders without a ledger: what each line becomes, and how a bad line is refused.
@Suite struct JSONLinesDecoderTests {
    @Test func linesBecomeSkippedSourceAndClaimRecords() throws {
        // Given a small export-like file
        let decoder = JSONLinesDecoder(.bytes(ImportFixtures.bytes(ImportFixtures.jsonLines), name: "x.jsonl"))
        // When it is decoded
        let records = decoder.records()
        // Then every line is a record, in order, with its line number
        #expect(records.map(\.line) == [1, 2, 3, 4, 5])
        guard case .skipped = records[0].content, case let .source(source) = records[1].content,
              case let .claim(first) = records[2].content, case .skipped = records[3].content,
              case let .claim(second) = records[4].content
        else { Issue.record("unexpected records: \(records.map(\.content))"); return }
        #expect(source.id == 1 && source.url == "https://example.org/a")
        #expect(first.content.system == "kalibr" && first.content.count == .exactly(10))
        #expect(try first.citations.get() == [DraftCitation(source: .file(1), quote: "ten Kalibr shot down")])
        #expect(second.content.launched == 25 && second.history == nil)
    }

    @Test(arguments: [
        ("{\"kind\":", "not valid JSON"),
        ("[1,2]", "expected one JSON object per line"),
        ("{\"type\":\"ledger\",\"format\":\"other\"}", "format: unknown format"),
        ("{\"type\":\"ledger\",\"format\":\"claims-ledger\",\"version\":9}", "newer version"),
        ("{\"type\":\"gossip\"}", "type: unknown line type 'gossip'"),
        ("{\"type\":\"source\",\"url\":\"https://example.org\"}", "id: a source line needs an id"),
        ("{\"kind\":\"intercept\",\"system\":\"kalibr\",\"claimant\":\"ua-air-force\",\"claimant_side\":\"ukraine\",\"count\":\"many\"}", "count"),
    ])
    func aBadLineIsRefusedWithFileLineAndField(line: String, expected: String) throws {
        let text = "{\"type\":\"ledger\",\"format\":\"claims-ledger\",\"version\":1}\n\n" + line + "\n{\"kind\":\"ignored\"}\n"
        let failure = try #require(JSONLinesDecoder(.bytes(Array(text.utf8), name: "bad.jsonl")).failure())
        #expect(failure.line == 3)
        #expect(failure.description.hasPrefix("bad.jsonl:3: "))
        #expect(failure.description.contains(expected), "\(failure)")
        #expect(!failure.description.contains("\n"))
    }

    @Test func nothingIsDecodedAfterAFailure() {
        let records = JSONLinesDecoder(.bytes(Array("nope\n{}\n{}\n".utf8), name: "f")).records()
        #expect(records.count == 1)
    }

    @Test func aMissingFileIsRefusedAtLineOne() throws {
        let failure = try #require(JSONLinesDecoder(.file(path: "/nonexistent/claims.jsonl")).failure())
        #expect(failure.description.hasPrefix("/nonexistent/claims.jsonl:1: "))
    }
}

@Suite struct ClaimsCSVDecoderTests {
    @Test func rowsBecomeClaimsWithTheirURLCitations() throws {
        let records = ClaimsCSVDecoder(.bytes(ImportFixtures.bytes(ImportFixtures.csv), name: "c.csv")).records()
        #expect(records.map(\.line) == [3, 4])
        guard case let .claim(first) = records[0].content, case let .claim(second) = records[1].content else {
            Issue.record("unexpected records: \(records.map(\.content))"); return
        }
        #expect(try first.citations.get() == [
            DraftCitation(source: .url(Source(kind: .article, url: "https://example.org/a")), quote: "ten Kalibr, all shot down"),
        ])
        #expect(try second.citations.get().map(\.quote) == ["one", "two"])
        #expect(second.content.count == .exactly(20))
    }

    @Test(arguments: [
        ("kind,system\nintercept,kalibr\n", 1, "missing required column"),
        ("kind,system,claimant,claimant_side,colour\n", 1, "colour: unknown column"),
        ("kind,system,claimant,claimant_side,count\nintercept,kalibr,ua-air-force,ukraine,many\n", 2, "count"),
        ("kind,system,claimant,claimant_side,count\nintercept,kalibr,ua-air-force\n", 2, "expected 5 fields"),
        ("kind,system,claimant,claimant_side,quote\nintercept,kalibr,ua-air-force,ukraine,\"never closed\n", 2, "never closed"),
        ("", 1, "the file is empty"),
    ])
    func aBadRowIsRefusedWithItsLine(text: String, line: Int, expected: String) throws {
        let failure = try #require(ClaimsCSVDecoder(.bytes(Array(text.utf8), name: "c.csv")).failure())
        #expect(failure.line == line)
        #expect(failure.description.hasPrefix("c.csv:\(line): "))
        #expect(failure.description.contains(expected), "\(failure)")
    }

    @Test func aBadSourceURLIsRefusedWhenTheCitationsAreRead() throws {
        let text = "kind,system,claimant,claimant_side,source\nintercept,kalibr,ua-air-force,ukraine,example.org\n"
        guard case let .claim(draft) = try #require(ClaimsCSVDecoder(.bytes(Array(text.utf8), name: "c.csv")).records().first).content else {
            Issue.record("expected a claim"); return
        }
        #expect(throws: ClaimsError.self) { try draft.citations.get() }
    }

    @Test(arguments: [
        ("a", ["a"]), ("a | b", ["a", "b"]), ("a | b | ", ["a", "b", ""]), (" | ", ["", ""]), ("a|b", ["a|b"]), ("", [""]),
        ("Київ | Одеса", ["Київ", "Одеса"]),
    ])
    func severalValuesAreJoinedByBars(text: String, parts: [String]) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { ClaimCSVColumns.splitOnBars($0) } == parts)
    }
}

@Suite struct PiterfmDecoderTests {
    let taxonomy: Taxonomy

    init() throws {
        taxonomy = try TestLedger.taxonomy()
    }

    @Test func rowsBecomeKeyedInterceptClaimsOrRejections() throws {
        let decoder = PiterfmDecoder(.bytes(ImportFixtures.bytes(ImportFixtures.piterfm), name: "data/missile_attacks_daily.csv"), taxonomy: taxonomy)
        let records = decoder.records()
        #expect(records.map(\.line) == [2, 3, 4, 5])
        guard case let .claim(first) = records[0].content, case let .claim(telegram) = records[2].content,
              case let .rejected(reason) = records[3].content
        else { Issue.record("unexpected records: \(records.map(\.content))"); return }
        #expect(first.content.kind == .intercept && first.content.count == .exactly(110) && first.content.launched == 123)
        #expect(first.content.extra["piterfm_key"] == "2024-12-24T18:00|2024-12-25T09:00|Shahed-136/131|kpszsu/posts/pfbidA#1")
        let citation = try #require(try first.citations.get().first)
        #expect(citation.source == .url(Source(kind: .post, url: "https://www.facebook.com/kpszsu/posts/pfbidA", outlet: "kpszsu")))
        #expect(citation.relay?.hasSuffix("missile_attacks_daily.csv line 2") == true)
        #expect(try telegram.citations.get().first?.source == .url(Source(kind: .post, url: "https://t.me/kpszsu/123456", outlet: "kpszsu")))
        #expect(reason.contains("No Such Drone"))
        #expect(decoder.rowKeyField == "piterfm_key" && decoder.reportsRefusedRows)
    }

    @Test func aRepeatedRowIsToldApartByItsOrder() throws {
        let row = PiterfmFixture.row("2024-12-25", "2024-12-25", "Kalibr", launched: "4", destroyed: "3", source: "kpszsu/posts/x")
        let text = PiterfmFixture.columns.joined(separator: ",") + "\n" + row + "\n" + row + "\n"
        let drafts = PiterfmDecoder(.bytes(Array(text.utf8), name: "p.csv"), taxonomy: taxonomy).records().compactMap { record -> ClaimDraft? in
            if case let .claim(draft) = record.content { return draft } else { return nil }
        }
        #expect(drafts.map(\.notes.isRepeatedKey) == [false, true])
        #expect(drafts.map { $0.content.extra["piterfm_key"]?.suffix(2) } == ["#1", "#2"])
    }

    @Test(arguments: [
        ("time_start,model\n", 1, "missing required column 'time_end'"),
        ("2024-12-25,2024-12-25,Kalibr,,Ukraine,,4,three,,,,,,,,,,,,,,kpszsu/posts/x\n", 2, "destroyed: 'three' is not a count"),
        ("2024-13-45,2024-12-25,Kalibr,,Ukraine,,4,3,,,,,,,,,,,,,,kpszsu/posts/x\n", 2, "time_start"),
        ("2024-12-25,2024-12-25,Kalibr\n", 2, "expected 22 fields"),
        ("2024-12-25,2024-12-25,Kalibr,,Ukraine,,4,3,,,,,,,,,,,,,,kpszsu/posts/x", 2, "does not end with a line break"),
    ])
    func aMalformedRowFailsWithItsLine(body: String, line: Int, expected: String) throws {
        let header = PiterfmFixture.columns.joined(separator: ",") + "\n"
        let text = body.hasPrefix("time_start,model") ? body : header + body
        let failure = try #require(PiterfmDecoder(.bytes(Array(text.utf8), name: "p.csv"), taxonomy: taxonomy).failure())
        #expect(failure.line == line)
        #expect(failure.description.hasPrefix("p.csv:\(line): "))
        #expect(failure.description.contains(expected), "\(failure)")
    }

    @Test(arguments: [
        ("kpszsu/posts/pfbid0abc", "https://www.facebook.com/kpszsu/posts/pfbid0abc", "kpszsu"),
        ("GeneralStaff.ua/posts/pfbid0abc", "https://www.facebook.com/GeneralStaff.ua/posts/pfbid0abc", "GeneralStaff.ua"),
        ("watch/?v=375517448001233", "https://www.facebook.com/watch/?v=375517448001233", "watch"),
        ("kharkivoda.gov.ua/news/123125", "https://kharkivoda.gov.ua/news/123125", "kharkivoda.gov.ua"),
        ("https://t.me/kpszsu/22252", "https://t.me/kpszsu/22252", "kpszsu"),
        ("https://example.org/a/b", "https://example.org/a/b", "example.org"),
    ])
    func sourceValuesBecomeReportURLs(source: String, url: String, account: String) {
        let mapped = PiterfmMapper.reportURL(source)
        #expect(mapped.url == url)
        #expect(mapped.account == account)
    }
}

@Suite struct ImportFailureTests {
    @Test func aProblemWithLineBreaksStaysOneLine() {
        let failure = ImportFailure(file: "f.csv", line: 7, problem: "model 'a\nb\r\tc': unknown")
        #expect(failure.description == "f.csv:7: model 'a b  c': unknown")
    }
}
