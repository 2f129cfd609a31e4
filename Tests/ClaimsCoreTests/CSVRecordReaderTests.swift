import ClaimsCore
import Testing

@Suite struct CSVRecordReaderTests {
    /// All records of `text` as arrays of fields, with the line each starts on.
    static func records(_ text: String, chunkSize: Int = 1 << 16) throws -> [(line: Int, fields: [String])] {
        var reader = CSVRecordReader(bytes: Array(text.utf8), chunkSize: chunkSize)
        var out: [(Int, [String])] = []
        while try reader.nextRecord() {
            out.append((reader.recordLine, (0..<reader.fieldCount).map { reader.string($0) }))
        }
        return out
    }

    static let tricky = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\n\"two\nlines\",,3\nЛьвів,\"\",end\n"

    @Test(arguments: [1, 2, 3, 5, 7, 64, 1 << 16])
    func quotedFieldsEscapesAndLineBreaksSurviveAnyChunkSize(chunkSize: Int) throws {
        let records = try Self.records(Self.tricky, chunkSize: chunkSize)
        #expect(records.map(\.fields) == [
            ["a", "b", "c"],
            ["x, y", "say \"hi\"", ""],
            ["two\nlines", "", "3"],
            ["Львів", "", "end"],
        ])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func lastLineWithoutLineBreakIsReadAndFlagged() throws {
        var reader = CSVRecordReader(bytes: Array("h1,h2\n1,2\n3,4".utf8), chunkSize: 4)
        #expect(try reader.nextRecord())
        #expect(reader.recordEndsWithLineBreak)
        #expect(try reader.nextRecord())
        #expect(reader.recordEndsWithLineBreak)
        #expect(try reader.nextRecord())
        #expect(reader.string(1) == "4")
        #expect(!reader.recordEndsWithLineBreak)
        #expect(try !reader.nextRecord())
    }

    @Test func trailingCommaGivesAnEmptyLastField() throws {
        let records = try Self.records("a,\n,\n")
        #expect(records.map(\.fields) == [["a", ""], ["", ""]])
    }

    @Test func blankLineIsOneEmptyField() throws {
        var reader = CSVRecordReader(bytes: Array("a\n\nb\n".utf8))
        #expect(try reader.nextRecord())
        #expect(!reader.isBlankRecord)
        #expect(try reader.nextRecord())
        #expect(reader.isBlankRecord)
        #expect(reader.recordLine == 2)
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() throws {
        var reader = CSVRecordReader(bytes: Array("a,b\n1,\"never\nclosed\n".utf8))
        #expect(try reader.nextRecord())
        let failure = #expect(throws: CSVRecordReader.Failure.self) { try reader.nextRecord() }
        #expect(failure?.line == 2)
        #expect(failure?.problem.contains("truncated") == true)
    }

    @Test func characterAfterClosingQuoteIsAnError() throws {
        var reader = CSVRecordReader(bytes: Array("\"ab\"c,d\n".utf8))
        let failure = #expect(throws: CSVRecordReader.Failure.self) { try reader.nextRecord() }
        #expect(failure?.line == 1)
    }

    @Test(arguments: ["a,b\n\u{0}\u{1}\u{2}\n", "a,\"b\u{0}\"\n"])
    func nulByteMeansNotACSVFile(text: String) throws {
        var reader = CSVRecordReader(bytes: Array(text.utf8))
        let failure = #expect(throws: CSVRecordReader.Failure.self) {
            while try reader.nextRecord() {}
        }
        #expect(failure?.problem.contains("not a CSV") == true)
    }

    @Test func commentLinesBeforeTheHeaderAreSkipped() throws {
        var reader = CSVRecordReader(bytes: Array("# stamp {\"a\":\"b,c\"}\r\n#two\nkind,system\nx,y\n".utf8), chunkSize: 3)
        #expect(try reader.skipLines(startingWith: UInt8(ascii: "#")) == 2)
        #expect(try reader.nextRecord())
        #expect(reader.string(0) == "kind")
        #expect(reader.recordLine == 3)
    }

    @Test func bytesConsumedReachesTheFileSize() throws {
        let bytes = Array(Self.tricky.utf8)
        var reader = CSVRecordReader(bytes: bytes, chunkSize: 8)
        var previous = 0
        while try reader.nextRecord() {
            #expect(reader.bytesConsumed >= previous)
            previous = reader.bytesConsumed
        }
        #expect(previous == bytes.count)
    }

    @Test func missingFileIsAnErrorNamingIt() {
        let error = #expect(throws: ClaimsError.self) { try CSVRecordReader(path: "/nonexistent/attacks.csv") }
        #expect(error?.description.contains("/nonexistent/attacks.csv") == true)
    }
}
