import Foundation

/// The rows of one batch of claims for ``ClaimLineWriter``: the claims, then their citations and
/// revisions (and any without a claim in between), as copied out of the three statements.
final class ClaimRowBatch: @unchecked Sendable {
    let claims: RowBlock
    let citations: RowBlock
    let revisions: RowBlock

    init(claims: RowBlock, citations: RowBlock, revisions: RowBlock) {
        self.claims = claims
        self.citations = citations
        self.revisions = revisions
    }

    /// Empties the three blocks, keeping their memory.
    func removeAll() {
        claims.removeAll()
        citations.removeAll()
        revisions.removeAll()
    }
}

/// Hands batches of rows from the thread that steps SQLite to the thread that formats them, and
/// the formatted chunks back, in order. A fixed set of batches goes round, so memory stays flat:
/// the reading thread waits for a free batch (emitting the chunks formatted meanwhile), the
/// formatting thread for a full one.
///
/// Why two threads: over 1,000,000 claims, stepping the statements and copying the columns
/// costs 3.0 s of CPU and formatting them 1.0 s; one thread did both in 5.3 s wall, two take
/// 4.65 s on a loaded machine (see bench/README, "Export jsonl").
final class ClaimLinePipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private var free: [ClaimRowBatch]
    private var full: [ClaimRowBatch] = []
    private var chunks: [[UInt8]] = []
    private var isReading = true
    private var isFormatting = true
    private var isCancelled = false
    private var failure: (any Error)?

    init(batches: [ClaimRowBatch]) {
        free = batches
    }

    // MARK: - Reading thread

    /// A free batch to fill; meanwhile hands the chunks formatted so far to `emit`, in order.
    ///
    /// - Throws: What formatting threw, or what `emit` throws.
    func nextFree(_ emit: ([UInt8]) throws -> Void) throws -> ClaimRowBatch {
        condition.lock()
        return try emitting(emit, until: { free.popLast() })
    }

    /// Queues a filled batch for formatting.
    func submit(_ batch: ClaimRowBatch) {
        condition.lock()
        full.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the batches queued to be formatted and hands the rest of the chunks to `emit`.
    ///
    /// - Throws: What formatting threw, or what `emit` throws.
    func finish(_ emit: ([UInt8]) throws -> Void) throws {
        condition.lock()
        isReading = false
        condition.broadcast()
        try emitting(emit, until: { isFormatting ? nil : () })
    }

    /// With the lock held: hands formatted chunks to `emit` (unlocked while it writes) until
    /// `ready` gives a value, then unlocks and returns it.
    ///
    /// - Throws: What formatting threw, or what `emit` throws (the lock is released either way).
    private func emitting<Value>(_ emit: ([UInt8]) throws -> Void, until ready: () -> Value?) throws -> Value {
        while true {
            if let failure {
                condition.unlock()
                throw failure
            }
            if !chunks.isEmpty {
                let chunk = chunks.removeFirst()
                condition.unlock()
                try emit(chunk)
                condition.lock()
                continue
            }
            if let value = ready() {
                condition.unlock()
                return value
            }
            condition.wait()
        }
    }

    /// Stops the formatting thread (the reading thread failed) and waits for it.
    func cancel() {
        condition.lock()
        isReading = false
        isCancelled = true
        condition.broadcast()
        while isFormatting { condition.wait() }
        condition.unlock()
    }

    // MARK: - Formatting thread

    /// Starts the formatting thread: it makes its state with `make`, then `format` runs on each
    /// full batch, in order, and returns its chunk, until the reading thread finishes or a call
    /// throws.
    func startFormatting<State: ~Copyable>(
        _ make: @escaping @Sendable () -> State, _ format: @escaping @Sendable (inout State, ClaimRowBatch) throws -> [UInt8]
    ) {
        let thread = Thread { [self] in
            var state = make()
            while let batch = nextFull() {
                do {
                    let chunk = try format(&state, batch)
                    formatted(chunk, from: batch)
                } catch {
                    fail(error)
                    return
                }
            }
        }
        thread.name = "claims.export.format"
        thread.start()
    }

    /// The next full batch, `nil` when reading has finished (or was cancelled) and none is left.
    private func nextFull() -> ClaimRowBatch? {
        condition.lock()
        defer { condition.unlock() }
        while full.isEmpty, isReading, !isCancelled { condition.wait() }
        guard !isCancelled, !full.isEmpty else {
            isFormatting = false
            condition.broadcast()
            return nil
        }
        return full.removeFirst()
    }

    private func formatted(_ chunk: [UInt8], from batch: ClaimRowBatch) {
        condition.lock()
        chunks.append(chunk)
        free.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    private func fail(_ error: any Error) {
        condition.lock()
        failure = error
        isFormatting = false
        condition.broadcast()
        condition.unlock()
    }
}
