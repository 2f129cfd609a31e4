import Foundation

/// Runs a producer on its own thread, ahead of the consumer, and hands its items over in order.
///
/// A bulk import reads and decodes its file (JSON parsing, claim decoding) while the database
/// work — hashing the chain, validating, inserting — runs on the importing thread: on two cores
/// the decoding is off the critical path. Items travel in batches, so the lock is taken once per
/// batch; at most `depth` batches wait, so memory stays bounded however large the file.
///
/// ```swift
/// let lines = Prefetcher<Decoded> { emit in
///     while let line = reader.nextLine() { guard emit(decode(line)) else { return } }
/// }
/// defer { lines.cancel() }
/// while let item = lines.next() { ... }
/// ```
///
/// The consumer must call ``cancel()`` when it stops early (an error), which waits for the
/// producer to return; after the last item, ``next()`` returns `nil`.
final class Prefetcher<Item: Sendable>: @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var ready: [[Item]] = []
    private var producerDone = false
    private var cancelled = false

    // The consumer's own state (one consumer thread).
    private var current: [Item] = []
    private var index = 0

    private let depth: Int

    /// Starts `produce` on a new thread. It calls `emit` for each item, in order, and returns
    /// when it has no more or when `emit` returns `false` (the consumer cancelled).
    init(batchSize: Int = 256, depth: Int = 8, produce: @escaping @Sendable (_ emit: (Item) -> Bool) -> Void) {
        self.depth = depth
        let thread = Thread { [self] in
            var batch: [Item] = []
            batch.reserveCapacity(batchSize)
            produce { item in
                batch.append(item)
                guard batch.count == batchSize else { return true }
                defer {
                    batch = []
                    batch.reserveCapacity(batchSize)
                }
                return push(batch)
            }
            if !batch.isEmpty { _ = push(batch) }
            condition.lock()
            producerDone = true
            condition.broadcast()
            condition.unlock()
        }
        thread.name = "claims.prefetch"
        thread.start()
    }

    /// The next item, waiting for the producer if needed; `nil` after the last.
    func next() -> Item? {
        if index < current.count {
            index += 1
            return current[index - 1]
        }
        condition.lock()
        while ready.isEmpty, !producerDone { condition.wait() }
        guard !ready.isEmpty else {
            condition.unlock()
            return nil
        }
        current = ready.removeFirst()
        condition.broadcast()
        condition.unlock()
        index = 1
        return current.first
    }

    /// Stops the producer and waits for it to return. Safe to call more than once.
    func cancel() {
        condition.lock()
        cancelled = true
        ready.removeAll()
        condition.broadcast()
        while !producerDone { condition.wait() }
        condition.unlock()
        current = []
        index = 0
    }

    /// Queues a batch, waiting while `depth` batches are queued; `false` once cancelled.
    private func push(_ batch: [Item]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= depth, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        ready.append(batch)
        condition.broadcast()
        return true
    }
}

/// Moves a value that is not `Sendable` to another thread that becomes its only user (the file
/// reader of a ``Prefetcher``'s producer).
final class Handover<Value>: @unchecked Sendable {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }
}
