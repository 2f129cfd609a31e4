import Foundation
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
    ///
    /// Into a ledger without claims, the secondary indexes that rows land in out of order are
    /// dropped for the import and built again, sorted, before the commit (see ``DeferredIndexes``).
    func bulkWrite<T>(_ body: (Database) throws -> T) throws -> T {
        let switched = path != nil && (try? writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(Self.defaultBusyTimeout * 1000))") }
            return try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") == "delete"
        }) == true
        defer {
            if switched {
                _ = try? writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            }
        }
        return try writer.write { db in
            try db.execute(sql: "PRAGMA cache_size = -\(Self.bulkCacheKiB)")
            // SQLite's sorter (the cross-claim pass's ORDER BY, CREATE INDEX) may use helper threads.
            try db.execute(sql: "PRAGMA threads = \(Self.sorterThreads)")
            defer {
                try? db.execute(sql: "PRAGMA cache_size = -2000")
                try? db.execute(sql: "PRAGMA threads = 0")
            }
            let deferred = try DeferredIndexes.dropIfLedgerIsEmpty(db)
            let result = try body(db)
            try deferred.rebuild(db)
            return result
        }
    }

    /// The page cache of a bulk import, in KiB: large enough that index pages stay in memory,
    /// small enough for the 200 MB budget of a million-claim import (with validation on).
    static let bulkCacheKiB = 32_768

    /// Helper threads for SQLite's sorter during a bulk import: one per spare core, at most 3
    /// (a 1M-row sort took 3.2 s alone and 2.5 s with one helper on two cores).
    static let sorterThreads = max(0, min(ProcessInfo.processInfo.activeProcessorCount - 1, 3))
}

/// Secondary indexes that a bulk import into an empty ledger builds after its rows rather than
/// row by row.
///
/// Rows arrive in claim order, but `revision_on_key` is ordered by claimant, kind, system and day,
/// `citation_on_source` by source, and `finding_on_claim` gets its rows in a later pass: each
/// insert lands on a random page of those indexes. `CREATE INDEX` over the finished tables sorts
/// once instead. The drop and the rebuild are inside the import's transaction, so a failed or
/// killed import leaves the indexes exactly as they were. Nothing an import into an empty ledger
/// reads needs them: sources are found through `source_on_url`, the cross-claim pass reads in key
/// order by sorting (``LedgerSession/startedEmpty``), and the warnings of the claims it creates
/// are only inserted, never looked up or deleted (a claim revised in the transaction that created
/// it would have its warnings deleted by a scan: no import does that).
struct DeferredIndexes {
    static let names = ["revision_on_key", "citation_on_source", "finding_on_claim"]

    /// The `CREATE INDEX` statements of the dropped indexes, as the schema had them.
    private(set) var statements: [String] = []

    /// Drops ``names`` when the ledger has no claim yet; otherwise does nothing.
    ///
    /// - Throws: `DatabaseError`.
    static func dropIfLedgerIsEmpty(_ db: Database) throws -> DeferredIndexes {
        var deferred = DeferredIndexes()
        guard try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM claim)") == true else { return deferred }
        let list = names.map { "'\($0)'" }.joined(separator: ", ")
        for row in try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND name IN (\(list))") {
            let name: String = row[0]
            deferred.statements.append(row[1])
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        }
        return deferred
    }

    /// Builds the dropped indexes again.
    ///
    /// - Throws: `DatabaseError`.
    func rebuild(_ db: Database) throws {
        for statement in statements { try db.execute(sql: statement) }
    }
}
