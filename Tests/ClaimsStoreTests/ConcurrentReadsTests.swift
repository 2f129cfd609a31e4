import ClaimsCore
import ClaimsStore
import ClaimsTestSupport
import Foundation
import Testing

/// A ledger opened with `concurrentReads` (the server's): reads do not wait for each other nor
/// for a write, and a command's ledger (one connection) shares the file with it.
@Suite struct ConcurrentReadsTests {
    /// This test's ledger file, removed after it.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "claims-pool")
    }

    /// Holds a read of `ledger` open (on another thread) until the returned closure is called.
    static func holdRead(_ ledger: Ledger) -> @Sendable () -> Void {
        let entered = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        Thread {
            _ = try? ledger.read { _ in
                entered.signal()
                release.wait()
            }
        }.start()
        entered.wait()
        return { release.signal() }
    }

    /// Runs `body` on another thread: whether it finished within `seconds`, and a wait for its end.
    static func finishes(within seconds: Double, _ body: @escaping @Sendable () throws -> Void) -> (Bool, end: () -> Void) {
        let done = DispatchSemaphore(value: 0)
        Thread {
            try? body()
            done.signal()
        }.start()
        let finished = done.wait(timeout: .now() + seconds) == .success
        return (finished, { if !finished { done.wait() } })
    }

    @Test(arguments: [true, false])
    func aReadDoesNotWaitForAnotherRead(concurrentReads: Bool) throws {
        // Given a ledger of one claim, and a read that stays open
        let path = directory.path("ledger.sqlite")
        try TestLedger.addClaim(TestLedger.content(), to: try Ledger.open(path: path, create: true))
        let ledger = try Ledger.open(path: path, concurrentReads: concurrentReads)
        let release = Self.holdRead(ledger)
        // When another read and a write are made meanwhile
        let (read, endRead) = Self.finishes(within: 1) { _ = try ledger.read { try $0.revisionCount() } }
        let (write, endWrite) = Self.finishes(within: 1) { try TestLedger.addClaim(TestLedger.content(count: .exactly(3)), to: ledger) }
        release()
        endRead()
        endWrite()
        // Then with a pool both finish while the first read is open; with one connection they
        // wait for it (the check can fail)
        #expect(read == concurrentReads)
        #expect(write == concurrentReads)
    }

    @Test func aCommandWritesWhileTheServerReadsAndTheServerSeesIt() throws {
        // Given the server's ledger (a pool) holding a read open
        let path = directory.path("ledger.sqlite")
        try TestLedger.addClaim(TestLedger.content(), to: try Ledger.open(path: path, create: true))
        let server = try Ledger.open(path: path, concurrentReads: true)
        let release = Self.holdRead(server)
        // When a command (its own connection) writes a claim meanwhile
        let command = try Ledger.open(path: path)
        try TestLedger.addClaim(TestLedger.content(count: .exactly(7)), to: command)
        release()
        // Then the server's next read sees both claims, and the chain verifies from either side
        #expect(try server.read { try $0.claims(matching: ClaimFilter()).map(\.content.count) } == [.exactly(10), .exactly(7)])
        #expect(try server.verify().isValid)
        #expect(try command.verify().isValid)
    }
}
