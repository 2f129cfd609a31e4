import ClaimsCore

/// Resolves gazetteer places up to their region: a city counts under its oblast, a district
/// under its region; regions, countries and seas are their own region.
public struct RegionIndex: Sendable {
    /// Place id → region id, for every place whose region is another entry.
    public let regionOf: [String: String]

    /// Builds the index from the taxonomy's `parent` links.
    public init(taxonomy: Taxonomy) {
        self.init(places: Dictionary(uniqueKeysWithValues: taxonomy.places.map { ($0.id, (kind: $0.kind, parent: $0.parent)) }))
    }

    /// Builds the index from the quick name scan of the embedded taxonomy.
    public init(names: TaxonomyNames) {
        self.init(places: names.places.mapValues { (kind: $0.kind, parent: $0.parent) })
    }

    /// Builds the index from each place's kind and parent.
    ///
    /// - Complexity: O(*p* · *d*) for *p* places nested *d* deep.
    init(places: [String: (kind: PlaceKind, parent: String?)]) {
        var map: [String: String] = [:]
        for (id, place) in places where place.kind != .region && place.kind != .country && place.kind != .sea {
            var current = (id: id, kind: place.kind, parent: place.parent)
            var steps = 0
            while current.kind != .region, let parentID = current.parent, let parent = places[parentID], steps < 16 {
                if parent.kind == .country { break }  // a city directly under a country is its own region
                current = (parentID, parent.kind, parent.parent)
                steps += 1
            }
            if current.id != id { map[id] = current.id }
        }
        regionOf = map
    }

    /// The region id of a place id (the place itself when it has no region above it).
    public func region(of place: String) -> String { regionOf[place] ?? place }
}
