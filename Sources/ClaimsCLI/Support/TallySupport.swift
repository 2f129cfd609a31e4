import ClaimsCore
import ClaimsReporting
import ClaimsStore

/// The taxonomy, loaded on first use: a tally that needs no names (JSON by system, say) skips
/// parsing the embedded YAML.
final class LazyTaxonomy {
    private var loaded: Taxonomy?

    /// The embedded taxonomy (loaded now if it was not yet).
    func get() throws -> Taxonomy {
        if let loaded { return loaded }
        let taxonomy = try loadTaxonomy()
        loaded = taxonomy
        return taxonomy
    }

    /// Place id → region id, for tallies by region (from the quick name scan when it reads the
    /// embedded YAML, else from the full taxonomy).
    func regionOf() throws -> [String: String] {
        if let loaded { return RegionIndex(taxonomy: loaded).regionOf }
        if let names = TaxonomyNames.embedded() { return RegionIndex(names: names).regionOf }
        return RegionIndex(taxonomy: try get()).regionOf
    }

    /// Labels for tables: names from the taxonomy if it is loaded, else from the quick name scan
    /// (a full YAML decode costs tens of milliseconds of start-up, see bench/tally.sh).
    func labels() throws -> TallyLabels {
        if let loaded { return TallyLabels(taxonomy: loaded) }
        if let names = TaxonomyNames.embedded() { return TallyLabels(names: names) }
        return TallyLabels(taxonomy: try get())
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
        // An exact id needs no alias resolution (and so no full taxonomy load).
        let names = system == nil && claimant == nil ? nil : TaxonomyNames.embedded()
        if let system {
            filter.systems = [names?.weapons[system] != nil ? system : try ClaimDraft(taxonomy: try taxonomy.get()).resolveSystem(system)]
        }
        if let claimant {
            filter.claimants = [names?.actors[claimant] != nil ? claimant : try ClaimDraft(taxonomy: try taxonomy.get()).resolveActor(claimant)]
        }
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
    /// Opens the ledger for a command that only reads: no validator, so no taxonomy load (a full
    /// YAML decode is most of a small tally's start-up; see bench/tally.sh).
    func openForReading() throws -> Ledger {
        do {
            return try Ledger.open(path: path)
        } catch {
            throw CLIFailure(error.description)
        }
    }
}
