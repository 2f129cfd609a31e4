/// A ``Table`` as an HTML `<table>` (cells escaped; right-aligned columns get class `num`).
enum HTMLTable {
    static func render(_ table: Table) -> String {
        var out = "<div class=\"scroll\"><table>\n<thead><tr>"
        for column in table.columns {
            out += column.alignment == .right ? "<th class=\"num\">" : "<th>"
            out += HTMLText.escape(column.title) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for (index, column) in table.columns.enumerated() {
                out += column.alignment == .right ? "<td class=\"num\">" : "<td>"
                out += HTMLText.escape(index < row.count ? row[index] : "") + "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table></div>"
    }
}
