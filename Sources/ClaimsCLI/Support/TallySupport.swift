import ClaimsCore
import ClaimsReporting
import ClaimsStore

/// The taxonomy, loaded on first use: a tally that needs no names (JSON by system, say) skips
/// decoding it.
final class LazyTaxonomy {
    private var loaded: Taxonomy?

    /// The embedded taxonomy (loaded now if it was not yet).
    func get() throws -> Taxonomy {
        if let loaded { return loaded }
        let taxonomy = try loadTaxonomy()
        loaded = taxonomy
        return taxonomy
    }

    /// Place id → region id, for tallies by region.
    func regionOf() throws -> [String: String] {
        RegionIndex(taxonomy: try get()).regionOf
    }

    /// Labels for tables: display names from the taxonomy.
    func labels() throws -> TallyLabels {
        TallyLabels(taxonomy: try get())
    }
}

extension FilterOptions {
    /// The filter for a tally or comparison: names resolve through the taxonomy (loaded only
    /// when a name was given), and retracted claims are refused since they never count.
    func tallyFilter(taxonomy: LazyTaxonomy) throws -> ClaimFilter {
        if status == .retracted {
            throw CLIFailure.usage("status: retracted claims never count in tallies; see them with `claims list --status retracted`")
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
            throw CLIFailure.usage("to: \(to) is before --from \(from): swap the dates")
        }
        return filter
    }
}

/// The reproducibility stamp as one JSON object (head hash, filters, tool version, time).
func stampJSON(_ stamp: ExportStamp) -> String {
    var writer = JSONWriter(capacity: 512)
    writer.beginObject()
    stamp.writeMembers(to: &writer)
    writer.endObject()
    return writer.string
}

/// The stamp for the report's footer.
func reportStamp(_ stamp: ExportStamp) -> ReportStamp {
    var filters = JSONWriter(capacity: 256)
    stamp.filter.write(to: &filters)
    return ReportStamp(
        headHash: stamp.headHash, tool: "claims \(ToolVersion.current)", generatedAt: stamp.generatedAt,
        filters: filters.string, claims: stamp.claims, revisions: stamp.revisions
    )
}

extension LedgerOptions {
    /// Opens the ledger for a command that only reads: no validator, so no taxonomy load unless
    /// the command needs names.
    func openForReading() throws -> Ledger {
        do {
            return try Ledger.open(path: path)
        } catch {
            throw CLIFailure(error.description)
        }
    }
}
