import ClaimsReporting
import Testing

@Suite struct TableTests {
    let table = Table(
        columns: [.init("SYSTEM"), .init("COUNT", .right)],
        rows: [["Kalibr", "12"], ["Калибр, \"quoted\"", "3"], ["multi\nline", "1"]]
    )

    @Test func csvQuotesOnlyWhatNeedsQuotingAndUsesCRLF() {
        #expect(table.render(.csv) == "SYSTEM,COUNT\r\nKalibr,12\r\n\"Калибр, \"\"quoted\"\"\",3\r\n\"multi\nline\",1\r\n")
    }

    @Test func terminalTableAlignsCyrillicByDisplayWidth() {
        let lines = table.render(.table).split(separator: "\n")
        #expect(lines[0] == "SYSTEM            COUNT")
        #expect(lines[3] == "Калибр, \"quoted\"      3")
        #expect(lines[4] == "multi line            1")
        // Every row ends at the same column.
        #expect(Set(lines.map { DisplayWidth.of(String($0)) }).count == 1)
    }

    @Test func terminalTableFitsTheWidthByClippingTheWidestColumn() {
        let lines = table.render(.table, width: 14).split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 14 })
        #expect(lines[3].contains("…"))
    }

    @Test func markdownEscapesPipesAndNewlines() {
        let markdown = Table(columns: [.init("A")], rows: [["x|y\nz"]]).render(.md)
        #expect(markdown == "| A |\n| --- |\n| x\\|y<br>z |\n")
    }
}
