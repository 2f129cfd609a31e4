import ClaimsCore
import ClaimsTestSupport
import Foundation
import Testing

@Suite struct LineReaderTests {
    /// This test's file, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-lines")
    }

    @Test(arguments: [1, 2, 3, 7, 1 << 20])
    func linesAreSplitOnLineFeedsWithCarriageReturnsDropped(chunkSize: Int) throws {
        let url = directory.url("lines.txt")
        let text = "first\r\n\nthird line\nlast without newline"
        try Data(text.utf8).write(to: url)
        var reader = try LineReader(path: url.path, chunkSize: chunkSize)

        var lines: [String] = []
        var consumed: [Int] = []
        while let line = reader.nextLine() {
            lines.append(String(decoding: line, as: UTF8.self))
            consumed.append(reader.bytesConsumed)
        }

        #expect(lines == ["first", "", "third line", "last without newline"])
        #expect(reader.lineNumber == 4)
        #expect(consumed == [7, 8, 19, text.utf8.count])
    }
}
