import ClaimsCore
import ClaimsStore

/// Claim filters as a person types them (names and dates as text), from the command line's
/// flags or a query string; ``filter(taxonomy:)`` resolves them into a ``ClaimFilter``.
public struct ClaimFilterFields: Sendable, Equatable {
    /// Only claims of this kind.
    public var kind: ClaimKind?
    /// Only this weapon system (name or alias).
    public var system: String?
    /// Only this claimant (name or alias).
    public var claimant: String?
    /// Only claims made by this side.
    public var side: Side?
    /// Only this verification status.
    public var status: VerificationStatus?
    /// Events on or after this day (YYYY-MM-DD).
    public var from: String?
    /// Events on or before this day (YYYY-MM-DD).
    public var to: String?

    /// No filter.
    public init() {}

    /// The filter for a list: names resolve through `taxonomy`.
    ///
    /// - Throws: ``WorkflowError`` naming the field with an unknown name or a bad date.
    public func filter(taxonomy: Taxonomy) throws -> ClaimFilter {
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

    /// The filter for a tally or comparison: names resolve through the taxonomy (loaded only
    /// when a name was given), and retracted claims are refused since they never count.
    ///
    /// - Throws: ``WorkflowError`` naming the field at fault.
    public func tallyFilter(taxonomy: LazyTaxonomy) throws -> ClaimFilter {
        if status == .retracted {
            throw WorkflowError.usage("status: retracted claims never count in tallies; see them with `claims list --status retracted`")
        }
        var filter = ClaimFilter()
        if let kind { filter.kinds = [kind] }
        if let system { filter.systems = [try ClaimDraft(taxonomy: try taxonomy.get()).resolveSystem(system)] }
        if let claimant { filter.claimants = [try ClaimDraft(taxonomy: try taxonomy.get()).resolveActor(claimant)] }
        if let side { filter.sides = [side] }
        if let status { filter.statuses = [status] }
        if let from { filter.from = try ClaimDraft.date(from, flag: "from").date }
        if let to { filter.to = try ClaimDraft.date(to, flag: "to").date }
        if let from = filter.from, let to = filter.to, to < from {
            throw WorkflowError.usage("to: \(to) is before --from \(from): swap the dates")
        }
        return filter
    }
}
