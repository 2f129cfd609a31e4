import GRDB
import GRDBSQLite

/// Column values of a fetched row, by 0-based index: what ``RevisionRow`` decodes from.
protocol ColumnValues {
    /// The text of a column, `nil` for NULL.
    func text(_ index: Int) -> String?
    /// The integer of a column, `nil` for NULL.
    func int(_ index: Int) -> Int?
}

/// The columns of a GRDB row, starting at `offset`.
struct GRDBRowColumns: ColumnValues {
    let row: Row
    let offset: Int

    func text(_ index: Int) -> String? { row[offset + index] }
    func int(_ index: Int) -> Int? { row[offset + index] }
}

/// A SELECT prepared once by GRDB and stepped through the SQLite C API, reading columns in
/// place: GRDB's `Row.fetchOne` copies every column and builds a column-name index per row,
/// which dominated re-importing a large dataset (one head revision read per row).
struct DirectQuery {
    private let statement: Statement
    let handle: OpaquePointer

    /// Prepares `sql`; `arguments` are bound once for ``forEach(_:)`` and ``step()`` (a query
    /// run with ``first(binding:_:)`` binds its own on every call).
    init(_ db: Database, sql: String, arguments: StatementArguments? = nil) throws {
        statement = try db.makeStatement(sql: sql)
        if let arguments { try statement.setArguments(arguments) }
        handle = statement.sqliteStatement
    }

    /// Binds the parameters, steps once, and reads the first row (if any) with `read`.
    func first<T>(binding bind: (inout DirectInsert.Binder) -> Void, _ read: (Columns) throws -> T) throws -> T? {
        sqlite3_reset(handle)
        var binder = DirectInsert.Binder(handle: handle)
        bind(&binder)
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            return try read(Columns(handle: handle))
        case SQLITE_DONE:
            return nil
        case let code:
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// Steps through every row, handing each to `read` (the columns are valid only inside it).
    /// Arguments given to ``init(_:sql:arguments:)`` stay bound.
    func forEach(_ read: (Columns) throws -> Void) throws {
        sqlite3_reset(handle)
        defer { sqlite3_reset(handle) }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                try read(Columns(handle: handle))
            case SQLITE_DONE:
                return
            case let code:
                let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
            }
        }
    }

    /// Resets the statement (its arguments stay bound) for ``step()``.
    func reset() {
        sqlite3_reset(handle)
    }

    /// Steps once: the next row, or `nil` at the end (the columns are valid until the next step).
    func step() throws -> Columns? {
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            return Columns(handle: handle)
        case SQLITE_DONE:
            return nil
        case let code:
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// The current row of the statement (valid only inside ``first(binding:_:)`` or ``forEach(_:)``).
    struct Columns: ColumnValues {
        let handle: OpaquePointer

        func text(_ index: Int) -> String? {
            let column = Int32(index)
            guard sqlite3_column_type(handle, column) != SQLITE_NULL, let pointer = sqlite3_column_text(handle, column) else { return nil }
            let count = Int(sqlite3_column_bytes(handle, column))
            return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
        }

        func int(_ index: Int) -> Int? {
            let column = Int32(index)
            guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
            return Int(sqlite3_column_int64(handle, column))
        }
    }
}
