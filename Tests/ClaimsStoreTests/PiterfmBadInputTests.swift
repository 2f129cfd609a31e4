import ClaimsCore
import ClaimsTestSupport
import Foundation
import Testing
@testable import ClaimsStore

/// A malformed file fails the whole import with one error naming file:line, and leaves the
/// ledger exactly as it was.
@Suite struct PiterfmBadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let line: Int
        let mentions: String
        var testDescription: String { name }
    }

    /// This test's tables, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-piterfm")
    }

    static let good = PiterfmFixture.night
    static func text(_ rows: [String], header: String = PiterfmFixture.header) -> String {
        ([header] + rows).joined(separator: "\n") + "\n"
    }

    static let cases: [Case] = {
        let truncated = text(good)
        let cut = Array(truncated.utf8.dropLast(40))  // the last row stops half-way
        let noDestroyed = PiterfmFixture.header.replacingOccurrences(of: ",destroyed,", with: ",killed,")
        var textInCount = good
        textInCount[2] = PiterfmFixture.row("2024-12-24 18:00", "2024-12-25 09:00", "Kalibr", launched: "10.0", destroyed: "many")
        var badDate = good
        badDate[4] = PiterfmFixture.row("25/12/2024", "2024-12-25", "Kalibr", launched: "4", destroyed: "3")
        var shortRow = good
        shortRow[3] = "2024-12-25,2024-12-25,Kalibr,,Ukraine"
        var openQuote = good
        openQuote[5] = "2024-12-25,2024-12-25,Kalibr,\"Black Sea,Ukraine,,4,3"
        return [
            Case(name: "missing required column", bytes: Array(text(good, header: noDestroyed).utf8), line: 1, mentions: "missing required column 'destroyed'"),
            Case(name: "truncated mid-row", bytes: cut, line: 7, mentions: "truncated"),
            Case(name: "text in a count column", bytes: Array(text(textInCount).utf8), line: 4, mentions: "destroyed: 'many' is not a count"),
            Case(name: "a date that is not a date", bytes: Array(text(badDate).utf8), line: 6, mentions: "time_start: '25/12/2024'"),
            Case(name: "a row with too few fields", bytes: Array(text(shortRow).utf8), line: 5, mentions: "expected 22 fields"),
            Case(name: "a quote never closed", bytes: Array(text(openQuote).utf8), line: 7, mentions: "never closed"),
            Case(name: "not a CSV: binary", bytes: [0x53, 0x51, 0x4C, 0x69, 0x74, 0x65, 0x00, 0x01, 0x02, 0x0A], line: 1, mentions: "not a CSV"),
            Case(name: "not a CSV: JSON", bytes: Array("{\"kind\": \"intercept\", \"count\": 3}\n".utf8), line: 1, mentions: "missing required column"),
            Case(name: "empty file", bytes: [], line: 1, mentions: "empty"),
        ]
    }()

    @Test(arguments: cases)
    func malformedFileFailsWithFileLineAndChangesNothing(_ bad: Case) throws {
        // Given a ledger that already holds an import
        let taxonomy = try TestLedger.taxonomy()
        let ledger = try TestLedger.make()
        _ = try ledger.importPiterfm(file: try PiterfmFixture.write(rows: [Self.good[0]], in: directory), taxonomy: taxonomy)
        let before = try PiterfmImportTests.snapshot(ledger)
        let file = try PiterfmFixture.write(bytes: bad.bytes, in: directory)

        // When the bad file is imported
        let error = #expect(throws: StoreError.self) { try ledger.importPiterfm(file: file, taxonomy: taxonomy) }

        // Then the error names file:line, fits on one line, and the ledger is unchanged
        let message = try #require(error?.description)
        #expect(message.hasPrefix("\(file):\(bad.line): "), "\(message)")
        #expect(message.contains(bad.mentions), "\(message)")
        #expect(!message.contains("\n"))
        #expect(try PiterfmImportTests.snapshot(ledger) == before)
    }

    @Test func truncatedLastRowThatStillHasEveryFieldIsCaughtByItsMissingLineBreak() throws {
        let ledger = try TestLedger.make()
        let file = try PiterfmFixture.write(rows: Self.good, endsWithLineBreak: false, in: directory)

        let error = #expect(throws: StoreError.self) { try ledger.importPiterfm(file: file, taxonomy: try TestLedger.taxonomy()) }

        #expect(error?.description.contains(":7: the last row does not end with a line break") == true)
        #expect(try PiterfmImportTests.snapshot(ledger).claims == 0)
    }
}
