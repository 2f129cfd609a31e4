import ClaimsStore
import NIOConcurrencyHelpers

/// Figures derived from the ledger (tally rows, the ids a filter selects), kept while the
/// ledger's version (``LedgerVersion``: its last revision and citation) is the one they were
/// computed at. Any write that changes claims or citations empties it at the next read.
///
/// A tally over 173,400 claims takes SQLite about 0.1 s; sixteen clients asking at once would
/// queue behind each other on the ledger's connection. Computed once per version, the answer
/// costs the two lookups of ``LedgerReader/version()`` after that.
final class ReadCache<Value: Sendable>: Sendable {
    private struct State {
        var version: LedgerVersion?
        var values: [String: Value] = [:]
        /// The keys, least recently used first.
        var recency: [String] = []

        /// Marks `key` as just used.
        mutating func touch(_ key: String) {
            if let index = recency.firstIndex(of: key) { recency.remove(at: index) }
            recency.append(key)
        }
    }

    private let state = NIOLockedValueBox(State())
    /// The most values kept for one version; past it the least recently used one goes (a burst of
    /// one-off queries does not push out the page everyone asks for).
    let capacity: Int

    /// An empty cache of at most `capacity` values.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value for `key` at `version`: the kept one, or `compute()`'s, which is then kept.
    ///
    /// - Complexity: O(``capacity``) for the recency order, besides `compute`.
    ///
    /// - Parameters:
    ///   - key: What identifies the figures (the query, normalised).
    ///   - version: The version of the snapshot `compute` reads.
    ///   - compute: Computes the value from that snapshot.
    /// - Throws: What `compute` throws (nothing is kept then).
    func value(for key: String, at version: LedgerVersion, compute: () throws -> Value) rethrows -> Value {
        let kept = state.withLockedValue { state -> Value? in
            guard state.version == version, let value = state.values[key] else { return nil }
            state.touch(key)
            return value
        }
        if let kept { return kept }
        let value = try compute()
        state.withLockedValue { state in
            if state.version != version { state = State(version: version) }
            if state.values[key] == nil, state.values.count >= capacity, !state.recency.isEmpty {
                state.values[state.recency.removeFirst()] = nil
            }
            state.values[key] = value
            state.touch(key)
        }
        return value
    }
}
