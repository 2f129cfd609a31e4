import ClaimsCore
import Foundation
import GRDB

/// The claims ledger: an append-only SQLite file.
///
/// Every command's writes run in one transaction (``write(_:)``); reads see a consistent snapshot.
///
/// ```swift
/// let ledger = try Ledger.open(path: "claims.sqlite", create: true)
/// let id = try ledger.write { session in
///     try session.createClaim(content, citations: [citation])
/// }
/// ```
public struct Ledger: Sendable {
    /// The connection; GRDB stays inside this library.
    let writer: any DatabaseWriter
    /// When revisions are recorded.
    let clock: LedgerClock
    /// The time written into reproducibility stamps (``stamp(filter:)``): by default the system
    /// clock unless `SOURCE_DATE_EPOCH` is set; the ledger's own clock when one was injected.
    let stampClock: LedgerClock
    /// The file path, or `nil` in memory.
    public let path: String?
    /// Runs on every claim written through ``write(_:)``; `nil` writes without validation.
    public private(set) var validator: Validator?

    init(writer: any DatabaseWriter, clock: LedgerClock?, path: String?) {
        self.writer = writer
        self.clock = clock ?? .system
        self.stampClock = clock ?? .live
        self.path = path
    }

    /// The same ledger, validating every write with `validator`: errors refuse the write,
    /// warnings are stored with the claim.
    public func validating(with validator: Validator) -> Ledger {
        var copy = self
        copy.validator = validator
        return copy
    }

    /// Opens (and with `create`, creates) the ledger at `path`, migrating it to the current schema.
    ///
    /// A ledger left mid-write by a process that was killed (a hot rollback journal, or a WAL with
    /// uncommitted frames) is recovered first, whatever the command: see
    /// ``checkLedgerFile(path:allowEmpty:busyTimeout:)``. A file that is not an SQLite database, an SQLite
    /// database of another program, or a ledger from a newer version is refused without being
    /// touched. Another process's lock is waited for up to `busyTimeout`, on open and on every read
    /// and write.
    /// - Throws: ``StoreError``: ``StoreError/busy(path:)`` when another process still holds the
    ///   file after that, ``StoreError/cannotOpen(path:reason:)`` for what SQLite reports on open.
    /// - Parameters:
    ///   - clock: When revisions are recorded (and stamps made); the system clock by default.
    ///   - busyTimeout: How long to wait for another process's lock; ``defaultBusyTimeout``.
    ///   - concurrentReads: Whether reads run concurrently on a pool of read-only connections
    ///     (a GRDB `DatabasePool` over the file's WAL: each read a snapshot, never waiting for
    ///     another read or for a write), for a long-running server; by default one connection
    ///     serves reads and writes in turn (a `DatabaseQueue`, the right choice for a command).
    ///     Writes are serialised and transactional either way.
    ///   - notice: Receives a line before and after migrating a file of more than
    ///     ``migrationNoticeBytes`` written by an older version (standard error by default).
    public static func open(
        path: String, create: Bool = false, clock: LedgerClock? = nil, busyTimeout: TimeInterval = defaultBusyTimeout,
        concurrentReads: Bool = false, notice: (String) -> Void = Ledger.printNotice
    ) throws(StoreError) -> Ledger {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists, !create { throw .noLedger(path: path) }
        let check = exists ? try checkLedgerFile(path: path, allowEmpty: create, busyTimeout: busyTimeout) : FileCheck(needsMigration: true)
        do {
            var configuration = Configuration()
            configuration.journalMode = .wal
            configuration.busyMode = .timeout(busyTimeout)
            configuration.foreignKeysEnabled = true
            // Both keep the file in WAL mode, so that a server's pool and a command's queue can
            // share it (each waits for the other's write lock up to `busyTimeout`).
            let writer: any DatabaseWriter = concurrentReads
                ? try DatabasePool(path: path, configuration: configuration)
                : try DatabaseQueue(path: path, configuration: configuration)
            // The probe has read which migrations the file has: an up-to-date ledger skips the
            // migrator's own reads.
            if check.needsMigration { try migrate(writer, path: path, existed: exists, notice: notice) }
            return Ledger(writer: writer, clock: clock, path: path)
        } catch {
            throw StoreError.opening(path: path, error)
        }
    }

    /// Files larger than this get a line before and after their migration: 16 MiB.
    public static let migrationNoticeBytes = 16 << 20

    /// Writes a line to standard error.
    public static func printNotice(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Brings the file's schema up to date: each migration in its own transaction (a process
    /// killed meanwhile leaves the file as the last finished migration left it), then, for a file
    /// that held a ledger already, `VACUUM` to give back the space the rewritten rows freed (skipped
    /// without harm when it fails, on a full disk for instance: the ledger is complete without it).
    private static func migrate(_ queue: any DatabaseWriter, path: String, existed: Bool, notice: (String) -> Void) throws {
        let size = existed ? ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0 : 0
        let announced = size > migrationNoticeBytes
        let started = Date()
        if announced {
            notice("claims: updating \(path) (\(size >> 20) MB) to this version's storage format; this happens once, and an interruption leaves it as it was")
        }
        var hadClaims = false
        if existed {
            hadClaims = try queue.read { db in
                try db.tableExists("claim") && Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM claim)") == true
            }
        }
        try LedgerMigrator.migrator.migrate(queue)
        if hadClaims { try? queue.vacuum() }
        if announced {
            let after = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
            notice("claims: \(path) updated in \(String(format: "%.1f", Date().timeIntervalSince(started))) s (now \(after >> 20) MB)")
        }
    }

    /// A fresh ledger in memory (for tests and dry runs).
    public static func inMemory(clock: LedgerClock? = nil) throws(StoreError) -> Ledger {
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            let queue = try DatabaseQueue(configuration: configuration)
            try LedgerMigrator.migrator.migrate(queue)
            return Ledger(writer: queue, clock: clock, path: nil)
        } catch {
            throw StoreError.wrap(error)
        }
    }

    /// Runs `body` in one write transaction: everything it does is kept, or nothing is.
    ///
    /// - Throws: ``StoreError``; the transaction is rolled back.
    public func write<T>(_ body: (LedgerSession) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write { db in
                let session = try LedgerSession(db: db, clock: clock, validator: validator)
                let result = try body(session)
                try session.finishValidation()
                return result
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// Runs `body` on a read-only snapshot.
    public func read<T>(_ body: (LedgerReader) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read { db in try body(LedgerReader(db: db)) }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }
}
