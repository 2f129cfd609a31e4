import ClaimsCore
import ClaimsReporting
import ClaimsStore

/// `claims compare` and `GET /api/compare`: the same parties, the same rows.
public enum CompareSupport {
    /// A party named by the user: a side (`russia`, `ukraine`, `third-party`) or any name, alias
    /// or id of an actor.
    ///
    /// - Throws: ``WorkflowError`` naming `between` with the taxonomy's suggestions.
    public static func party(_ name: String, taxonomy: LazyTaxonomy) throws -> Comparison.Party {
        if let side = Side(rawValue: name.lowercased()) { return Comparison.Party(side: side) }
        let loaded = try taxonomy.get()
        let id: String
        do { id = try loaded.resolveActor(name) } catch {
            throw WorkflowError("between: \(error) (or a side: russia, ukraine, third-party)", field: "between")
        }
        let actor = loaded.actor(id: id)
        return Comparison.Party(actor: id, name: actor?.name ?? id, side: actor?.side)
    }

    /// The two parties of `between` ("russia,ukraine", "ru-mod,Ukrainian Air Force").
    ///
    /// - Throws: ``WorkflowError`` (usage) unless it names exactly two different parties.
    public static func parties(between: String, taxonomy: LazyTaxonomy) throws -> (Comparison.Party, Comparison.Party) {
        let names = between.split(separator: ",").map { $0.trimmingSpaces() }
        guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty else {
            throw WorkflowError("between: give exactly two parties separated by a comma, e.g. russia,ukraine", kind: .usage, field: "between")
        }
        let a = try party(names[0], taxonomy: taxonomy), b = try party(names[1], taxonomy: taxonomy)
        guard a != b else {
            throw WorkflowError("between: '\(names[0])' and '\(names[1])' are the same party: name two different ones", kind: .usage, field: "between")
        }
        return (a, b)
    }

    /// Compares what the two parties claim in the claims `filter` selects.
    ///
    /// - Throws: ``StoreError`` or ``WorkflowError``.
    public static func compare(
        _ a: Comparison.Party, _ b: Comparison.Party, grouping: Comparison.Grouping, filter: ClaimFilter, ledger: Ledger, taxonomy: LazyTaxonomy
    ) throws -> Comparison {
        let parties = [a, b]
        let sides = Set(parties.filter(\.isSide).compactMap(\.side))
        let actors = Set(parties.filter { !$0.isSide }.map(\.id))
        let claims = try ledger.comparedClaims(matching: filter, sides: sides, claimants: actors)
        let families = SystemFamilies(taxonomy: grouping == .event ? try taxonomy.get() : nil)
        return Comparison(grouping: grouping, a: a, b: b, claims: claims, families: families)
    }
}
