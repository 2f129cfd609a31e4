import Synchronization
import Testing
@testable import ClaimsStore

/// A bug in the hand-over would hang rather than fail: the suite is time-limited.
@Suite(.timeLimit(.minutes(1))) struct PrefetcherTests {
    @Test(arguments: [0, 1, 255, 256, 257, 10_000])
    func everyItemArrivesOnceInOrder(count: Int) {
        let items = Prefetcher<Int>(batchSize: 256, depth: 2) { emit in
            for number in 0..<count { guard emit(number) else { return } }
        }
        var received: [Int] = []
        while let item = items.next() { received.append(item) }

        #expect(received == Array(0..<count))
        #expect(items.next() == nil)
    }

    @Test func cancellingStopsAProducerThatIsWaitingForRoom() {
        let produced = Atomic<Int>(0)
        let items = Prefetcher<Int>(batchSize: 4, depth: 1) { emit in
            for number in 0..<1_000_000 {
                produced.add(1, ordering: .relaxed)
                guard emit(number) else { return }
            }
        }
        #expect(items.next() == 0)

        items.cancel()

        // The producer stopped within a few batches of what was taken, not at the end.
        #expect(produced.load(ordering: .relaxed) < 100)
        #expect(items.next() == nil)
        items.cancel()
    }

    @Test func releasingThePrefetcherWithoutCancellingStopsTheProducer() {
        let produced = Atomic<Int>(0)
        do {
            let items = Prefetcher<Int>(batchSize: 4, depth: 1) { emit in
                for number in 0..<1_000_000 {
                    produced.add(1, ordering: .relaxed)
                    guard emit(number) else { return }
                }
            }
            #expect(items.next() == 0)
        }
        // deinit cancelled and waited for the producer: it stopped near where the consumer left off.
        let stoppedAt = produced.load(ordering: .relaxed)
        #expect(stoppedAt < 100)
        #expect(produced.load(ordering: .relaxed) == stoppedAt)
    }
}
