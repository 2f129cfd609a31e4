import Foundation
import GRDB

extension Ledger {
    /// How long opening, reading and writing wait for another process's lock (a write, or the
    /// recovery of an interrupted one) before reporting the ledger as busy, unless
    /// ``open(path:create:clock:busyTimeout:)`` is given another: 15 seconds. (5 seconds was too
    /// short on a loaded 2-core machine: of eight processes adding claims at once right after a
    /// killed import was rolled back, one in a CI run waited longer and reported the ledger busy.
    /// SQLite's busy handler is not fair, so a writer may wait through several others' writes.)
    public static let defaultBusyTimeout: TimeInterval = 15

    /// What opening learned about a ledger file before the ledger's own connection is made.
    struct FileCheck {
        /// The schema needs migrations (a new or empty file, or one written by an older version).
        var needsMigration: Bool
    }

    /// Checks that `path` holds a claims ledger, recovering it first if a process stopped in the
    /// middle of a write.
    ///
    /// A process killed during a write (`kill -9`, a power cut, an out-of-memory kill) leaves
    /// either a hot rollback journal (`-journal`) or a WAL with uncommitted frames. SQLite undoes
    /// both on the next read, but only on a connection that may write: a read-only connection
    /// fails with `SQLITE_READONLY_ROLLBACK` or `SQLITE_READONLY_RECOVERY`. So the probe opens the
    /// file read-write, whatever the command, and reads the schema (which rolls the journal back
    /// or recovers the WAL). It changes nothing else: the journal mode is left as it is, so the
    /// file of another program is not turned into WAL; the ledger's own connection does that.
    ///
    /// - Throws: ``StoreError/notALedger(path:reason:)`` for a file that is not SQLite or lacks the
    ///   ledger's tables, ``StoreError/newerSchema(path:)``, ``StoreError/busy(path:)`` when
    ///   another process holds the file past `busyTimeout`, or ``StoreError/cannotOpen(path:reason:)``.
    static func checkLedgerFile(path: String, allowEmpty: Bool, busyTimeout: TimeInterval) throws(StoreError) -> FileCheck {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: "it cannot be read: check its permissions")
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty {
            if allowEmpty { return FileCheck(needsMigration: true) }
            throw .notALedger(path: path, reason: "the file is empty")
        }
        guard header == Data("SQLite format 3\0".utf8) else {
            throw .notALedger(path: path, reason: "not an SQLite database")
        }
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(busyTimeout)
            let probe = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? probe.close() }
            // Outside a transaction and on a read-write connection, so that the first read can
            // roll a hot journal back or recover a WAL.
            return try probe.writeWithoutTransaction { db throws -> FileCheck in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if tables.isEmpty { return FileCheck(needsMigration: true) }
                guard tables.contains("ledgerInfo"),
                      try String.fetchOne(db, sql: "SELECT value FROM ledgerInfo WHERE key = 'format'") == "claims-ledger"
                else {
                    throw StoreError.notALedger(path: path, reason: "an SQLite database of another program")
                }
                if try LedgerMigrator.migrator.hasBeenSuperseded(db) {
                    throw StoreError.newerSchema(path: path)
                }
                return FileCheck(needsMigration: !(try LedgerMigrator.migrator.hasCompletedMigrations(db)))
            }
        } catch {
            throw StoreError.opening(path: path, error)
        }
    }
}

extension StoreError {
    /// The error to report when opening the ledger at `path` failed with `error`: one line for
    /// each SQLite error that can be met on open, saying what happened and what to do.
    static func opening(path: String, _ error: any Error) -> StoreError {
        guard let error = error as? DatabaseError else { return wrap(error, path: path) }
        switch error.extendedResultCode {
        case .SQLITE_READONLY_ROLLBACK, .SQLITE_READONLY_RECOVERY:
            return .cannotOpen(path: path, reason: """
                a process stopped in the middle of writing it and it must be recovered, but the \
                file or its folder is read-only: make both writable and run the command again
                """)
        default:
            break
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_PROTOCOL:
            return .busy(path: path)
        case .SQLITE_READONLY:
            return .cannotOpen(path: path, reason: """
                the file or its folder is read-only (a ledger needs to write its -wal and -shm \
                files beside it): make both writable
                """)
        case .SQLITE_CANTOPEN:
            return .cannotOpen(path: path, reason: "check that its folder exists and that you may read and write there")
        case .SQLITE_PERM, .SQLITE_AUTH:
            return .cannotOpen(path: path, reason: "permission denied: check the file's owner and permissions")
        case .SQLITE_CORRUPT:
            return .cannotOpen(path: path, reason: """
                the file is damaged (SQLite reports a malformed database): restore it from a \
                backup, or `claims import` an export into a new ledger
                """)
        case .SQLITE_NOTADB:
            return .notALedger(path: path, reason: "not an SQLite database")
        case .SQLITE_IOERR:
            return .cannotOpen(path: path, reason: "an I/O error reading or writing it: check the disk and try again")
        case .SQLITE_FULL:
            return .cannotOpen(path: path, reason: "the disk is full: free some space and try again")
        case .SQLITE_NOMEM:
            return .cannotOpen(path: path, reason: "out of memory: close other programs and try again")
        default:
            return .cannotOpen(path: path, reason: "SQLite error \(error.resultCode.rawValue): \(error.message ?? "\(error)")")
        }
    }
}
