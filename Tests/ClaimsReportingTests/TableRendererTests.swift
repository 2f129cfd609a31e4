import ClaimsReporting
import Testing

@Suite struct TableRendererTests {
    let table = Table(
        columns: [.init("SYSTEM"), .init("CLAIMANT"), .init("COUNT", .right)],
        rows: [
            ["Калибр", "Міноборони", "12"],
            ["Kh-101", "Ukrainian Air Force", "7"],
            ["Kinzhal, \"Dagger\"", "line one\nline two", "1000"],
        ]
    )

    @Test func alignsCyrillicByDisplayWidth() {
        let lines = table.render(.table).split(separator: "\n").map(String.init)
        // Every line of an aligned table ends its last column at the same display column
        let widths = Set(lines.prefix(3).map(DisplayWidth.of))
        #expect(widths.count == 1)
        // The first column is as wide as `Kinzhal, "Dagger"` (17), then two spaces
        #expect(lines[2].hasPrefix("Калибр" + String(repeating: " ", count: 17 - 6 + 2) + "Міноборони"))
    }

    @Test(arguments: [40, 30, 24])
    func fitsTheTerminalWidth(width: Int) {
        let output = table.render(.table, width: width)
        for line in output.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= width, "\(line)")
        }
        // Numbers are never cut
        #expect(output.contains("1000"))
    }

    @Test func csvFollowsRFC4180() {
        let csv = table.render(.csv)
        #expect(csv == """
            SYSTEM,CLAIMANT,COUNT\r
            Калибр,Міноборони,12\r
            Kh-101,Ukrainian Air Force,7\r
            "Kinzhal, ""Dagger""\",\"line one
            line two",1000\r

            """)
    }

    @Test(arguments: [("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("a\r\nb", "\"a\r\nb\""), ("", "")])
    func csvQuotesOnlyWhenNeeded(value: String, field: String) {
        #expect(Table.csvField(value) == field)
    }

    @Test func markdownIsAGitHubTable() {
        let table = Table(columns: [.init("NAME"), .init("N", .right)], rows: [["a | b", "1"], ["two\nlines", "2"]])
        #expect(table.render(.md) == """
            | NAME | N |
            | --- | ---: |
            | a \\| b | 1 |
            | two<br>lines | 2 |

            """)
    }

    @Test(arguments: [("abc", 3), ("Київ", 4), ("e\u{301}", 1), ("日本", 4), ("\t", 0)])
    func displayWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }
}
