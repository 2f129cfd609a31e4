import ArgumentParser
import ClaimsCore
import ClaimsStore
import ClaimsWorkflows

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

    /// The filters as the workflows take them.
    var fields: ClaimFilterFields {
        var fields = ClaimFilterFields()
        fields.kind = kind
        fields.system = system
        fields.claimant = claimant
        fields.side = side
        fields.status = status
        fields.from = from
        fields.to = to
        return fields
    }

    func filter(taxonomy: Taxonomy) throws -> ClaimFilter {
        try fields.filter(taxonomy: taxonomy)
    }

    /// The filter for a tally or comparison (see ``ClaimFilterFields/tallyFilter(taxonomy:)``).
    func tallyFilter(taxonomy: LazyTaxonomy) throws -> ClaimFilter {
        try fields.tallyFilter(taxonomy: taxonomy)
    }
}
