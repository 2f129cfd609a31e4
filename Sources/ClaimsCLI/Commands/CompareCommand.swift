import ArgumentParser
import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows
import Foundation

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Put what two actors or two sides claim side by side, per system or per month.",
        discussion: """
            A and B are sides (russia, ukraine, third-party) or actors (any name, alias or id the
            taxonomy knows). Rows are per weapon side (the side whose weapons the claims are about)
            and system or month, so figures about different sides' weapons are never set against
            each other. Each row has both parties' claims, count and launched, and the difference
            A − B of their exact counts (empty when either states none); add --kind intercept to
            compare like with like. Counting follows
            `claims tally`: claims not citations, vague counts never summed, retracted claims left out.
            Examples:
              claims compare --between russia,ukraine --by system --kind intercept
              claims compare --between "Russian Defence Ministry","Ukrainian Air Force" --by month --system Kinzhal
              claims compare --between ru-mod,ua-air-force --format csv > compare.csv
            """
    )

    enum Grouping: String, ExpressibleByArgument, CaseIterable { case system, month }

    @OptionGroup var ledger: LedgerOptions
    @Option(help: ArgumentHelp("The two parties, comma-separated: sides or actors.", valueName: "A,B"))
    var between: String
    @Option(help: "Group by system or month.")
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
        let names = between.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        let parties = try names.map { try Self.party($0, taxonomy: taxonomy) }
        guard parties[0].party != parties[1].party else {
            throw CLIFailure.usage("between: '\(names[0])' and '\(names[1])' are the same party: name two different ones")
        }
        let opened = try ledger.openForReading()
        let dimension: TallyDimension = by == .system ? .system : .month
        let tallies = try parties.map { party in
            try store { try opened.tally(by: Comparison.tallyDimensions(dimension), matching: party.narrow(base)) }
        }
        let comparison = Comparison(
            dimension: dimension, a: parties[0].party, aRows: tallies[0], b: parties[1].party, bRows: tallies[1]
        )
        if output.format == .json {
            Terminal.write(bytes: comparison.json())
        } else {
            Terminal.write(comparison.render(output.format, labels: try taxonomy.labels(), width: Terminal.width))
        }
        if stamp {
            Terminal.note("stamp: " + stampJSON(try store { try opened.stamp(filter: base) }))
        }
    }

    /// A party and how it narrows a filter.
    struct ResolvedParty {
        var party: Comparison.Party
        var side: Side?
        var actor: String?

        func narrow(_ filter: ClaimFilter) -> ClaimFilter {
            var filter = filter
            if let side { filter.sides = [side] }
            if let actor { filter.claimants = [actor] }
            return filter
        }
    }

    /// Resolves a side name or an actor name.
    static func party(_ name: String, taxonomy: LazyTaxonomy) throws -> ResolvedParty {
        if let side = Side(rawValue: name.lowercased()) {
            return ResolvedParty(party: .init(id: side.rawValue, name: side.rawValue), side: side)
        }
        let loaded = try taxonomy.get()
        let id: String
        do { id = try loaded.resolveActor(name) } catch {
            throw CLIFailure("between: \(error) (or a side: russia, ukraine, third-party)")
        }
        return ResolvedParty(party: .init(id: id, name: loaded.actor(id: id)?.name ?? id), actor: id)
    }
}
