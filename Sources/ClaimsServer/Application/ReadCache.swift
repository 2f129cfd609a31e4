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
    }

    private let state = NIOLockedValueBox(State())
    /// The most values kept for one version; past it the cache starts again empty.
    let capacity: Int

    /// An empty cache of at most `capacity` values.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value for `key` at `version`: the kept one, or `compute()`'s, which is then kept.
    ///
    /// - Parameters:
    ///   - key: What identifies the figures (the query, normalised).
    ///   - version: The version of the snapshot `compute` reads.
    ///   - compute: Computes the value from that snapshot.
    /// - Throws: What `compute` throws (nothing is kept then).
    func value(for key: String, at version: LedgerVersion, compute: () throws -> Value) rethrows -> Value {
        let kept = state.withLockedValue { state -> Value? in
            state.version == version ? state.values[key] : nil
        }
        if let kept { return kept }
        let value = try compute()
        state.withLockedValue { state in
            if state.version != version || state.values.count >= capacity {
                state = State(version: version)
            }
            state.values[key] = value
        }
        return value
    }
}
