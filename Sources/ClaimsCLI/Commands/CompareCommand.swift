import ArgumentParser
import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows
import Foundation

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Put what two actors or two sides claim side by side, per weapon side and system, month or event.",
        discussion: """
            A and B are sides (russia, ukraine, third-party) or actors (any name, alias or id the \
            taxonomy knows). Rows are per weapon side (the side whose weapons the claims are about: \
            as stated, else an intercept is of the claimant's opponent's weapons and a strike or \
            launch of its own) and system, month or event, so figures about different sides' \
            weapons never meet in a row and nothing is subtracted across rows.
            Per party, each row has: CLAIMS; LAUNCHED (launch claims' counts and the "of N" of \
            intercept claims; the larger of the two per claimant, day and system, not both); \
            INTERCEPTED (exact counts of intercept claims); STRUCK (exact counts of strike claims, \
            hits claimed); bounds in parentheses when a count is "at least", "up to" or a range; \
            vague counts are never summed ("–"). Then the derived figures of the row:
            UNACCOUNTED = launched − the defender's intercepted − the attacker's hits, and \
            INTERCEPTED % = the defender's intercepted ÷ launched, shown only when launched is \
            known, both sides' sides are known and every count involved is exact.
            --by event pairs claims about one raid: the same weapon side, systems of one family \
            (a generic "drones" with any drone, a composite with its members) and overlapping \
            event windows (a date is the whole day; an overnight 18:00 → 08:00 window overlaps \
            both days). Each row lists both parties' claim ids; a claim nobody else made is a row \
            of its own with 0 claims for the other party, never dropped.
            Counting follows `claims tally`: claims not citations, retracted claims left out; \
            --kind, --system, --status, --from and --to narrow the claims.
            Examples:
              claims compare --between russia,ukraine --by system
              claims compare --between russia,ukraine --by event --from 2024-05-01 --format json
              claims compare --between "Russian Defence Ministry","Ukrainian Air Force" --by month --system Kinzhal
              claims compare --between ru-mod,ua-air-force --format csv > compare.csv
            """
    )

    enum Grouping: String, ExpressibleByArgument, CaseIterable { case system, month, event }

    @OptionGroup var ledger: LedgerOptions
    @Option(help: ArgumentHelp("The two parties, comma-separated: sides or actors.", valueName: "A,B"))
    var between: String
    @Option(help: "Group by system, month or event (one raid: overlapping windows, one system family).")
    var by: Grouping = .system
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: FormatOptions
    @Flag(help: "Also write the reproducibility stamp (JSON) to stderr.")
    var stamp = false

    func validate() throws {
        if filters.side != nil || filters.claimant != nil {
            throw ValidationError("--side and --claimant cannot be used with compare: name the parties in --between A,B")
        }
        if between.split(separator: ",").count != 2 {
            throw ValidationError("between: give exactly two parties separated by a comma, e.g. --between russia,ukraine")
        }
    }

    func run() throws {
        let taxonomy = LazyTaxonomy()
        let base = try filters.tallyFilter(taxonomy: taxonomy)
        let (a, b) = try CompareSupport.parties(between: between, taxonomy: taxonomy)
        let opened = try ledger.openForReading()
        let grouping: Comparison.Grouping = switch by {
        case .system: .system
        case .month: .month
        case .event: .event
        }
        let comparison = try store {
            try CompareSupport.compare(a, b, grouping: grouping, filter: base, ledger: opened, taxonomy: taxonomy)
        }
        if output.format == .json {
            Terminal.write(bytes: comparison.json())
        } else {
            Terminal.write(comparison.render(output.format, labels: try taxonomy.labels(), width: Terminal.width))
        }
        if stamp {
            Terminal.note("stamp: " + stampJSON(try store { try opened.stamp(filter: base) }))
        }
    }
}
