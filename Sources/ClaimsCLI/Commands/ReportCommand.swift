import ArgumentParser
import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report with charts: intercepts per system, claims per month, both sides, quotes.",
        discussion: """
            One HTML file with inline CSS and SVG: no scripts, no remote assets, readable offline and \
            printable. It holds the claimed intercepts per system as a bar chart (exact counts, bounds, \
            vague claims), the claims per month stacked by side (months without claims are gaps), claimed \
            launched and intercepted per month for each side's weapons, the two sides side by side \
            per system (chart and table), the claims with their verbatim quotes and source links, \
            and the filters and reproducibility stamp (ledger head hash, tool version, time; set \
            SOURCE_DATE_EPOCH to fix the time and get byte-identical reports).
            Examples:
              claims report --out report.html
              claims report --out kinzhal.html --system Kinzhal --from 2024-01-01
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @Option(help: ArgumentHelp("The HTML file to write.", valueName: "file.html"))
    var out: String
    @OptionGroup var filters: FilterOptions
    @Option(help: "The report's title.")
    var title = "Claims ledger report"
    @Option(help: "List at most this many claims with their quotes (0: all).")
    var limit = 1000

    func validate() throws {
        if limit < 0 { throw ValidationError("limit: give 0 (all claims) or a positive number") }
        if out.isEmpty { throw ValidationError("out: give the HTML file to write, e.g. --out report.html") }
    }

    func run() throws {
        let lazy = LazyTaxonomy()
        let taxonomy = try lazy.get()
        let filter = try filters.tallyFilter(taxonomy: lazy)
        let opened = try ledger.openForReading()
        let report = try store {
            try ReportSupport.report(
                ledger: opened, filter: filter, title: title, filters: describe(filter, taxonomy: taxonomy), limit: limit, taxonomy: taxonomy
            )
        }
        let html = report.render()
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CLIFailure("out: cannot write \(out): check the directory exists and is writable")
        }
        Terminal.note(
            "wrote \(out): \(report.claimTotal) claims, \(report.interceptsBySystem.count) systems with intercept claims, head \(report.stamp.headHash.prefix(12))"
        )
    }

    /// The filters in words, with display names.
    func describe(_ filter: ClaimFilter, taxonomy: Taxonomy) -> [String] {
        var words: [String] = []
        if !filter.kinds.isEmpty { words.append("kind: " + filter.kinds.map(\.rawValue).sorted().joined(separator: ", ")) }
        if !filter.systems.isEmpty { words.append("system: " + filter.systems.sorted().map(taxonomy.displayName(ofSystem:)).joined(separator: ", ")) }
        if !filter.claimants.isEmpty {
            words.append("claimant: " + filter.claimants.sorted().map { taxonomy.actor(id: $0)?.name ?? $0 }.joined(separator: ", "))
        }
        if !filter.sides.isEmpty { words.append("side: " + filter.sides.map(\.rawValue).sorted().joined(separator: ", ")) }
        if !filter.statuses.isEmpty { words.append("status: " + filter.statuses.map(\.rawValue).sorted().joined(separator: ", ")) }
        if let from = filter.from { words.append("from \(from)") }
        if let to = filter.to { words.append("to \(to)") }
        return words
    }
}
