import Synchronization
import Testing
@testable import ClaimsStore

@Suite struct PrefetcherTests {
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
}
