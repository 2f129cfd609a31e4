import ClaimsCore
import ClaimsReporting
import ClaimsStore

/// The taxonomy, loaded on first use: a tally that needs no names (JSON by system, say) skips
/// decoding it.
public final class LazyTaxonomy {
    private var loaded: Taxonomy?

    /// Creates a loader; pass `loaded` when the taxonomy is already at hand (the server).
    public init(loaded: Taxonomy? = nil) { self.loaded = loaded }

    /// The embedded taxonomy (loaded now if it was not yet).
    public func get() throws -> Taxonomy {
        if let loaded { return loaded }
        let taxonomy: Taxonomy
        do {
            taxonomy = try Taxonomy.embedded()
        } catch {
            throw WorkflowError("the built-in taxonomy is broken: \(error)")
        }
        loaded = taxonomy
        return taxonomy
    }

    /// Place id → region id, for tallies by region.
    public func regionOf() throws -> [String: String] {
        RegionIndex(taxonomy: try get()).regionOf
    }

    /// Labels for tables: display names from the taxonomy.
    public func labels() throws -> TallyLabels {
        TallyLabels(taxonomy: try get())
    }
}

/// The reproducibility stamp as one JSON object (head hash, filters, tool version, time).
public func stampJSON(_ stamp: ExportStamp) -> String {
    var writer = JSONWriter(capacity: 512)
    writer.beginObject()
    stamp.writeMembers(to: &writer)
    writer.endObject()
    return writer.string
}

/// The stamp for the report's footer.
public func reportStamp(_ stamp: ExportStamp) -> ReportStamp {
    var filters = JSONWriter(capacity: 256)
    stamp.filter.write(to: &filters)
    return ReportStamp(
        headHash: stamp.headHash, tool: "claims \(ToolVersion.current)", generatedAt: stamp.generatedAt,
        filters: filters.string, claims: stamp.claims, revisions: stamp.revisions
    )
}
