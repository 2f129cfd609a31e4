import ClaimsCore
import ClaimsTestSupport
import GRDB
import Testing
@testable import ClaimsStore

/// The two ways of reading a revision row (GRDB rows, and columns read in place by
/// `DirectQuery`) must give the same values, and a written revision must read back unchanged.
@Suite struct RevisionDecodingTests {
    @Test func directQueryAndGRDBRowsDecodeTheSameRevision() throws {
        // Given a revision with every optional field set, and one with none
        let ledger = try TestLedger.make()
        var full = TestLedger.content(
            count: ClaimCount(exact: nil, minimum: 20, maximum: 25, text: "20-25", qualifier: .range), launched: 30,
            date: "2024-05-15T18:00", place: "odesa-oblast", status: .disputed
        )
        full.event = EventWindow(start: EventTime("2024-05-15T18:00")!, end: EventTime("2024-05-16T06:30")!)
        full.location = "over Odesa"
        full.target = "port"
        full.weaponOrigin = "Russia"
        full.reliability = Reliability("C3")
        full.notes = "n"
        full.mergedInto = 99
        full.extra = ["piterfm_key": "k#1", "carrier": "Tu-95MS", "emoji": "🚀"]
        try TestLedger.addClaim(full, to: ledger)
        try TestLedger.addClaim(TestLedger.content(count: .unknown(), date: nil), to: ledger)

        try ledger.write { session in
            let query = try DirectQuery(session.db, sql: RevisionRow.selectBySeqSQL)
            for seq: Int64 in [1, 2] {
                // When each is read both ways
                let direct = try #require(try session.revision(seq: seq, using: query))
                let row = try #require(try Row.fetchOne(session.db, sql: RevisionRow.selectBySeqSQL, arguments: [seq]))
                let viaGRDB = try RevisionRow.decode(row)

                // Then both agree, and match what was written
                #expect(direct == viaGRDB)
                #expect(direct.content == (seq == 1 ? full : TestLedger.content(count: .unknown(), date: nil)))
            }
            #expect(try session.revision(seq: 3, using: query) == nil)
        }
    }
}
