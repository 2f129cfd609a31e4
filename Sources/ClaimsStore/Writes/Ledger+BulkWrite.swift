import GRDB

extension Ledger {
    /// Runs `body` in one write transaction set up for bulk imports: all of it is kept, or none.
    ///
    /// A ledger file is normally in WAL mode, where a transaction's pages are written to the WAL
    /// and then copied into the database at the checkpoint: twice. For the length of a bulk import
    /// the file is switched to a rollback journal (`journal_mode=DELETE`), in which new pages are
    /// written once and the journal holds the few pages that existed before; then back to WAL.
    /// Durability is unchanged: `synchronous` stays at its default (FULL), the commit is atomic,
    /// and a process killed mid-import (even `kill -9`) leaves a hot journal that SQLite rolls
    /// back when the ledger is next opened. When another connection has the file open the switch
    /// is skipped (it would need exclusive access) and the import runs in WAL mode.
    func bulkWrite<T>(_ body: (Database) throws -> T) throws -> T {
        let switched = path != nil && (try? writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = 5000") }
            return try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") == "delete"
        }) == true
        defer {
            if switched {
                _ = try? writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            }
        }
        return try writer.write { db in
            try db.execute(sql: "PRAGMA cache_size = -\(Self.bulkCacheKiB)")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            return try body(db)
        }
    }

    /// The page cache of a bulk import, in KiB: large enough that index pages stay in memory,
    /// small enough for the 200 MB budget of a million-claim import (with validation on).
    static let bulkCacheKiB = 32_768
}
