/// One group of a tally: its key in each dimension, its figures and how many sources cite it.
public struct TallyRow: Sendable, Equatable, Hashable {
    /// One key per dimension of the tally, in the tally's order; `nil` when the claims have no
    /// value there (no place, no event date).
    public var keys: [String?]
    public var figures: TallyFigures
    /// Distinct sources citing the group's claims (a source citing three claims counts once).
    public var sources: Int

    public init(keys: [String?], figures: TallyFigures, sources: Int) {
        self.keys = keys
        self.figures = figures
        self.sources = sources
    }

    /// Orders rows by their keys, each compared by its UTF-8 bytes, with missing keys last.
    public static func keyOrder(_ lhs: TallyRow, _ rhs: TallyRow) -> Bool {
        keyOrder(lhs.keys, rhs.keys)
    }

    /// Orders key tuples by UTF-8 bytes, missing keys last.
    public static func keyOrder(_ lhs: [String?], _ rhs: [String?]) -> Bool {
        for (left, right) in zip(lhs, rhs) {
            switch (left, right) {
            case (nil, nil): continue
            case (nil, _): return false
            case (_, nil): return true
            case let (left?, right?):
                if left == right { continue }
                return left.utf8.lexicographicallyPrecedes(right.utf8)
            }
        }
        return lhs.count < rhs.count
    }
}
