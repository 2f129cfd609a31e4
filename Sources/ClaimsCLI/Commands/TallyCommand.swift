import ArgumentParser
import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows

struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Total the claims per system, claimant, side, region, day, week or month.",
        discussion: """
            A tally counts claims, not citations: one statement relayed by five outlets is one claim \
            with five sources. COUNT sums exact counts only; bounded counts ("at least 20", "up to 17") \
            widen BOUNDS (count_min/count_max, open when some claim has no maximum); vague counts \
            ("several", "about 30") are counted in VAGUE (unknown_count_claims) and never summed.
            Composite systems ("kh-101+kalibr") are their own group. Retracted and merged claims never \
            count. Days, weeks and months without claims are absent (gaps, not zeros).
            JSON is an array of rows with sorted keys: the grouping keys (ids) and claims, sources, \
            count, count_min, count_max, unknown_count_claims, launched, intercept_rate.
            --stamp writes the reproducibility stamp (head hash, filters, tool, time) to stderr; \
            --sql prints the SQLite statement behind the numbers, to rerun with the sqlite3 shell.
            Examples:
              claims tally --by system --kind intercept
              claims tally --by system,month --system ATACMS --side russia --format csv > atacms.csv
              claims tally --by region --from 2024-05-01 --to 2024-05-31 --format md
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @Option(help: ArgumentHelp(
        "Group by these, comma-separated: system, claimant, side (the claimant's), weapon_side (whose weapons), region, day, week, month (none: one total).",
        valueName: "keys"))
    var by: String = "system"
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOptions
    @Flag(help: "Also write the reproducibility stamp (JSON) to stderr.")
    var stamp = false
    @Flag(help: "Print the SQL statement that computes the tally instead of running it.")
    var sql = false

    func run() throws {
        let dimensions: [TallyDimension]
        do { dimensions = try TallyDimension.parseList(by) } catch { throw CLIFailure.usage(error.description) }
        let taxonomy = LazyTaxonomy()
        let filter = try filters.tallyFilter(taxonomy: taxonomy)
        let regionOf = dimensions.contains(.region) ? try taxonomy.regionOf() : [:]
        if sql {
            Terminal.write(Ledger.tallySQL(by: dimensions, matching: filter, regionOf: regionOf))
            return
        }
        let opened = try ledger.openForReading()
        let rows = try store { try opened.tally(by: dimensions, matching: filter, regionOf: regionOf) }
        let report = TallyReport(dimensions: dimensions, rows: rows)
        if output.format == .json {
            Terminal.write(bytes: report.json())
        } else {
            let labels = try taxonomy.labels()
            Terminal.write(report.render(output.format, labels: labels, width: Terminal.width))
        }
        if stamp {
            Terminal.note("stamp: " + stampJSON(try store { try opened.stamp(filter: filter) }))
        }
    }
}
