import ArgumentParser
import ClaimsCore

/// Filters shared by commands that select claims.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only claims of this kind: strike, intercept or launch.")
    var kind: ClaimKind?
    @Option(help: ArgumentHelp("Only this weapon system (name or alias).", valueName: "name"))
    var system: String?
    @Option(help: ArgumentHelp("Only this claimant (actor name or alias).", valueName: "actor"))
    var claimant: String?
    @Option(help: "Only claims made by this side: russia, ukraine or third-party.")
    var side: Side?
    @Option(help: "Only this verification status.")
    var status: VerificationStatus?
    @Option(help: ArgumentHelp("Events on or after this day (YYYY-MM-DD).", valueName: "date"))
    var from: String?
    @Option(help: ArgumentHelp("Events on or before this day (YYYY-MM-DD).", valueName: "date"))
    var to: String?

    func filter(taxonomy: Taxonomy) throws -> ClaimFilter {
        var filter = ClaimFilter()
        let draft = ClaimDraft(taxonomy: taxonomy)
        if let kind { filter.kinds = [kind] }
        if let system { filter.systems = [try draft.resolveSystem(system)] }
        if let claimant { filter.claimants = [try draft.resolveActor(claimant)] }
        if let side { filter.sides = [side] }
        if let status { filter.statuses = [status] }
        if let from { filter.from = try ClaimDraft.date(from, flag: "from").date }
        if let to { filter.to = try ClaimDraft.date(to, flag: "to").date }
        return filter
    }
}
