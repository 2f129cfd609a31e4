import ClaimsCore

/// The claims a transaction wrote whose warnings are still to be stored, and the per-claim
/// warnings found when each was written.
///
/// A bulk import writes a run of consecutive new claim ids, almost all without per-claim
/// warnings: the run is kept as two numbers and warnings only for the claims that have some, where
/// a dictionary entry per claim cost a million hash lookups and tens of megabytes per million
/// claims. Ids outside the run (revised claims) are kept in a set.
struct PendingWarnings {
    private var runStart: Int64 = 1
    private var runEnd: Int64 = 0
    private var others: Set<Int64> = []
    private var found: [Int64: [Finding]] = [:]

    /// How many claims are pending.
    var count: Int { (runEnd >= runStart ? Int(runEnd - runStart + 1) : 0) + others.count }

    var isEmpty: Bool { count == 0 }

    /// Whether the claim is pending.
    func contains(_ id: Int64) -> Bool {
        (id >= runStart && id <= runEnd) || others.contains(id)
    }

    /// Marks the claim pending, with the per-claim warnings it has now (replacing earlier ones).
    mutating func record(_ id: Int64, warnings: [Finding]) {
        if !contains(id) {
            if runEnd < runStart {
                runStart = id
                runEnd = id
            } else if id == runEnd + 1 {
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

    mutating func removeAll() {
        self = PendingWarnings()
    }
}
