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
    /// A file that is not an SQLite database, an SQLite database of another program, or a ledger
    /// from a newer version is refused without being touched.
    /// - Throws: ``StoreError``.
    /// - Parameter clock: When revisions are recorded (and stamps made); the system clock by default.
    public static func open(path: String, create: Bool = false, clock: LedgerClock? = nil) throws(StoreError) -> Ledger {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists, !create { throw .noLedger(path: path) }
        if exists { try checkIsLedger(path: path, allowEmpty: create) }
        do {
            var configuration = Configuration()
            configuration.journalMode = .wal
            configuration.busyMode = .timeout(5)
            configuration.foreignKeysEnabled = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try LedgerMigrator.migrator.migrate(queue)
            return Ledger(writer: queue, clock: clock, path: path)
        } catch {
            throw StoreError.wrap(error)
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
            throw StoreError.wrap(error)
        }
    }

    /// Runs `body` on a read-only snapshot.
    public func read<T>(_ body: (LedgerReader) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read { db in try body(LedgerReader(db: db)) }
        } catch {
            throw StoreError.wrap(error)
        }
    }

    // MARK: - Private

    private static func checkIsLedger(path: String, allowEmpty: Bool) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .notALedger(path: path, reason: "cannot be read")
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty {
            if allowEmpty { return }
            throw .notALedger(path: path, reason: "the file is empty")
        }
        guard header == Data("SQLite format 3\0".utf8) else {
            throw .notALedger(path: path, reason: "not an SQLite database")
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(5)
            let probe = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? probe.close() }
            try probe.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if tables.isEmpty { return }
                guard tables.contains("ledgerInfo"),
                      try String.fetchOne(db, sql: "SELECT value FROM ledgerInfo WHERE key = 'format'") == "claims-ledger"
                else {
                    throw StoreError.notALedger(path: path, reason: "an SQLite database of another program")
                }
                if try LedgerMigrator.migrator.hasBeenSuperseded(db) {
                    throw StoreError.newerSchema(path: path)
                }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw .database("\(path) is busy (another process holds a lock): try again")
        } catch {
            throw .notALedger(path: path, reason: "\(error)")
        }
    }
}
