/// A table of grouped figures that prints in every `--format`: JSON rows, a terminal or Markdown
/// table with names, and a CSV data table with ids and names side by side.
public protocol GroupedReport {
    /// The JSON array of rows, keys sorted.
    func json() -> [UInt8]
    /// The table for people (terminal, Markdown): names, compact figures.
    func table(labels: TallyLabels) -> Table
    /// The table for spreadsheets (CSV): ids and names, one figure per column.
    func dataTable(labels: TallyLabels) -> Table
}

extension GroupedReport {
    /// Renders in `format`.
    ///
    /// - Parameter width: The terminal width, for `.table`.
    public func render(_ format: OutputFormat, labels: TallyLabels, width: Int? = nil) -> String {
        switch format {
        case .json: String(decoding: json(), as: UTF8.self)
        case .csv: dataTable(labels: labels).render(.csv)
        case .table, .md: table(labels: labels).render(format, width: width)
        }
    }
}
