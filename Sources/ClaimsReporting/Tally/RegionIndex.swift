import ClaimsCore

/// Resolves gazetteer places up to their region: a city counts under its oblast, a district
/// under its region; regions, countries and seas are their own region.
public struct RegionIndex: Sendable {
    /// Place id → region id, for every place whose region is another entry.
    public let regionOf: [String: String]

    /// Builds the index from the taxonomy's `parent` links.
    ///
    /// - Complexity: O(*p* · *d*) for *p* places nested *d* deep.
    public init(taxonomy: Taxonomy) {
        var map: [String: String] = [:]
        for place in taxonomy.places where place.kind != .region && place.kind != .country && place.kind != .sea {
            var current = place
            var steps = 0
            while current.kind != .region, let parent = current.parent.flatMap({ taxonomy.place(id: $0) }), steps < 16 {
                if parent.kind == .country { break }  // a city directly under a country is its own region
                current = parent
                steps += 1
            }
            if current.id != place.id { map[place.id] = current.id }
        }
        regionOf = map
    }

    /// The region id of a place id (the place itself when it has no region above it).
    public func region(of place: String) -> String { regionOf[place] ?? place }
}
