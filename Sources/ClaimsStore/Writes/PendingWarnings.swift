import ClaimsCore

/// The claims written since warnings were last stored, and the per-claim warnings of those that
/// were revised (a new claim's own warnings are stored as it is written).
///
/// A bulk import writes a run of consecutive new claim ids from `firstNewID` on: the run is kept as
/// two numbers, where a dictionary entry per claim cost a million hash lookups and tens of
/// megabytes per million claims. Other ids (revised claims, ids given by a restored export out of
/// order) are kept in a set.
struct PendingWarnings {
    private let runStart: Int64
    private var runEnd: Int64
    private var others: Set<Int64> = []
    private var found: [Int64: [Finding]] = [:]

    /// - Parameter firstNewID: The id the next new claim gets (the largest existing id plus one).
    init(firstNewID: Int64) {
        runStart = firstNewID
        runEnd = firstNewID - 1
    }

    /// How many claims are pending.
    var count: Int { Int(runEnd - runStart + 1) + others.count }

    /// Whether no claim is pending.
    var isEmpty: Bool { count == 0 }

    /// The largest pending id (0 when none is).
    var lastID: Int64 { max(runEnd, others.max() ?? 0) }

    /// Whether the claim is pending.
    func contains(_ id: Int64) -> Bool {
        (id >= runStart && id <= runEnd) || others.contains(id)
    }

    /// Marks the claim pending, with the per-claim warnings it has now (replacing earlier ones).
    mutating func record(_ id: Int64, warnings: [Finding]) {
        if !contains(id) {
            if id == runEnd + 1 {
                runEnd = id
            } else {
                others.insert(id)
            }
        }
        found[id] = warnings.isEmpty ? nil : warnings
    }

    /// Marks the claim pending, keeping the warnings it already has here.
    mutating func touch(_ id: Int64) {
        record(id, warnings: warnings(of: id))
    }

    /// The per-claim warnings recorded for the claim.
    func warnings(of id: Int64) -> [Finding] {
        found[id] ?? []
    }

    /// The pending claims, in id order.
    var ids: [Int64] {
        let run = runEnd >= runStart ? Array(runStart...runEnd) : []
        return others.isEmpty ? run : (run + others).sorted()
    }
}
