import ClaimsCore
import GRDB

extension LedgerSession {
    /// Whether some claim's head revision has this hash: how an import recognises a claim that is
    /// already in the ledger.
    ///
    /// `revision.hash` has no index, so the first call loads every head hash once (as a 128-bit
    /// prefix: 16 bytes a claim, a chance collision is negligible at 2⁻¹²⁸) and later calls are a set
    /// lookup, where a query per line made re-importing a large export quadratic. Text that is not a
    /// hex hash is looked up with a query.
    /// - Complexity: O(claims) once, then O(1).
    func isHeadHash(_ hash: String) throws -> Bool {
        guard let key = HashPrefix(hash) else {
            return try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM claim c JOIN revision r ON r.seq = c.headRevision WHERE r.hash = ?)
                """, arguments: [hash]) == true
        }
        if headHashes == nil {
            var loaded = Set<HashPrefix>()
            let rows = try String.fetchCursor(
                db, sql: "SELECT \(RevisionHash.text("r.hash")) FROM claim c JOIN revision r ON r.seq = c.headRevision"
            )
            while let text = try rows.next() {
                if let prefix = HashPrefix(text) { loaded.insert(prefix) }
            }
            headHashes = loaded
        }
        return headHashes!.contains(key)
    }
}

extension LedgerSession {
    /// The claim whose head revision has this hash (a scan: for the few lookups of an import).
    func claimID(headHash hash: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT c.id FROM claim c JOIN revision r ON r.seq = c.headRevision WHERE r.hash = ?", arguments: [RevisionHash.databaseValue(hash)])
    }
}

/// The first 128 bits of a hex SHA-256.
struct HashPrefix: Hashable {
    let high: UInt64
    let low: UInt64

    /// `nil` unless `hex` is 64 lower-case hex digits.
    init?(_ hex: String) {
        var high: UInt64 = 0
        var low: UInt64 = 0
        var count = 0
        for byte in hex.utf8 {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
            if count < 16 { high = high << 4 | digit } else if count < 32 { low = low << 4 | digit }
            count += 1
        }
        guard count == 64 else { return nil }
        self.high = high
        self.low = low
    }
}
