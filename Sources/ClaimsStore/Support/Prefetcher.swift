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
/// A consumer that stops early (an error) should call ``cancel()``, which stops the producer and
/// waits for it to return; releasing the prefetcher does the same. After the last item, ``next()``
/// returns `nil`. One consumer thread at a time.
final class Prefetcher<Item: Sendable> {
    private let channel: Channel
    // The consumer's own state.
    private var current: [Item] = []
    private var index = 0

    /// Starts `produce` on a new thread.
    ///
    /// - Parameters:
    ///   - batchSize: Items handed over at a time.
    ///   - depth: Batches that may wait for the consumer before the producer pauses.
    ///   - produce: Calls `emit` for each item, in order, and returns when it has no more or when
    ///     `emit` returns `false` (the consumer cancelled).
    init(batchSize: Int = 256, depth: Int = 8, produce: @escaping @Sendable (_ emit: (Item) -> Bool) -> Void) {
        let channel = Channel(depth: depth)
        self.channel = channel
        // The thread holds the channel, not the prefetcher, so releasing the prefetcher cancels.
        let thread = Thread {
            var batch: [Item] = []
            batch.reserveCapacity(batchSize)
            produce { item in
                batch.append(item)
                guard batch.count == batchSize else { return true }
                defer {
                    batch = []
                    batch.reserveCapacity(batchSize)
                }
                return channel.push(batch)
            }
            if !batch.isEmpty { _ = channel.push(batch) }
            channel.finish()
        }
        thread.name = "claims.prefetch"
        thread.start()
    }

    deinit {
        channel.cancel()
    }

    /// The next item, waiting for the producer if needed; `nil` after the last.
    func next() -> Item? {
        if index == current.count {
            let used = current
            current = []
            index = 0
            guard let batch = channel.pop(returning: used) else { return nil }
            current = batch
            index = 0
        }
        index += 1
        return current[index - 1]
    }

    /// Stops the producer and waits for it to return. Safe to call more than once.
    func cancel() {
        channel.cancel()
        current = []
        index = 0
    }

    /// The batches between the two threads, guarded by one condition variable.
    ///
    /// Batches the consumer is done with travel back and are freed by the producer, which
    /// allocated them: glibc's `free` locks the arena a block came from, so items freed on the
    /// consumer's thread contended with the producer's allocations (tens of thousands of futex
    /// waits per import, a tenth of its time).
    private final class Channel: @unchecked Sendable {
        private let condition = NSCondition()
        private let depth: Int
        private var ready: [[Item]] = []
        private var spent: [[Item]] = []
        private var producerDone = false
        private var cancelled = false

        init(depth: Int) {
            self.depth = depth
        }

        /// Queues a batch, waiting while `depth` batches are queued; `false` once cancelled.
        func push(_ batch: [Item]) -> Bool {
            var garbage: [[Item]] = []
            condition.lock()
            while ready.count >= depth, !cancelled { condition.wait() }
            guard !cancelled else {
                condition.unlock()
                return false
            }
            ready.append(batch)
            swap(&garbage, &spent)
            condition.broadcast()
            condition.unlock()
            garbage.removeAll()
            return true
        }

        /// The producer has returned.
        func finish() {
            condition.lock()
            producerDone = true
            condition.broadcast()
            condition.unlock()
        }

        /// Hands back a used batch (for the producer to free) and takes the next one, waiting for
        /// it; `nil` when the producer is done and none is left.
        func pop(returning used: [Item]) -> [Item]? {
            condition.lock()
            defer { condition.unlock() }
            if !used.isEmpty, !producerDone { spent.append(used) }
            while ready.isEmpty, !producerDone { condition.wait() }
            guard !ready.isEmpty else { return nil }
            condition.broadcast()
            return ready.removeFirst()
        }

        /// Drops what is queued, stops the producer at its next hand-over and waits for it.
        func cancel() {
            condition.lock()
            cancelled = true
            ready.removeAll()
            spent.removeAll()
            condition.broadcast()
            while !producerDone { condition.wait() }
            condition.unlock()
        }
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
