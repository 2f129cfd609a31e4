import GRDB
import GRDBSQLite

/// An INSERT prepared once by GRDB and run with values bound straight through the SQLite C API.
///
/// Bulk imports write three rows per claim; building `StatementArguments` (an array of boxed
/// values, copied again by GRDB for statements of more than 20 parameters) cost about a fifth of
/// an import. Values bound here are the same SQLite values GRDB would bind (`Int` as INTEGER,
/// `String` as TEXT, `nil` as NULL; hashes as ``RevisionHash`` stores them). Only for INSERTs (and
/// the head-pointer UPDATEs of ``ClaimProjection``) inside a ``Ledger/write(_:)`` transaction:
/// GRDB's statement bookkeeping (observation, authorizers) is not involved, which is fine for
/// plain inserts on a connection nobody observes.
struct DirectInsert {
    private let statement: Statement
    private let handle: OpaquePointer

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
    }

    /// Binds the values `bind` supplies, in parameter order, and runs the statement once.
    ///
    /// - Throws: `DatabaseError` when SQLite refuses the row (a constraint, a full disk).
    func run(_ bind: (inout Binder) -> Void) throws {
        sqlite3_reset(handle)
        var binder = Binder(handle: handle)
        bind(&binder)
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            sqlite3_reset(handle)
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// Binds values to parameters 1, 2, 3... in turn.
    struct Binder {
        let handle: OpaquePointer
        private var index: Int32 = 1

        init(handle: OpaquePointer) {
            self.handle = handle
        }

        mutating func text(_ value: String?) {
            guard var value else { return null() }
            value.withUTF8 { utf8 in
                if let base = utf8.baseAddress {
                    _ = base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                        sqlite3_bind_text(handle, index, $0, Int32(utf8.count), Self.transient)
                    }
                } else {
                    _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
                }
            }
            index += 1
        }

        mutating func int(_ value: Int?) {
            guard let value else { return null() }
            sqlite3_bind_int64(handle, index, Int64(value))
            index += 1
        }

        mutating func int(_ value: Int64?) {
            guard let value else { return null() }
            sqlite3_bind_int64(handle, index, value)
            index += 1
        }

        /// Binds a revision hash as ``RevisionHash`` stores it: its 32 bytes when it is 64
        /// lower-case hex digits, else the text as given.
        mutating func hash(_ hex: String) {
            guard let bytes = RevisionHash.bytes(hex) else { return text(hex) }
            bytes.withUnsafeBytes { raw in
                _ = sqlite3_bind_blob(handle, index, raw.baseAddress, Int32(raw.count), Self.transient)
            }
            index += 1
        }

        mutating func null() {
            sqlite3_bind_null(handle, index)
            index += 1
        }

        /// `SQLITE_TRANSIENT`: SQLite copies the bytes before the call returns.
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    }
}
