import ClaimsCore
import Testing
@testable import ClaimsStore

@Suite struct PendingWarningsTests {
    static let warning = Finding(rule: .missingCitation, claim: 7, field: "citations", message: "m", fix: "f")

    @Test func aRunOfNewIdsAndScatteredRevisionsAreAllPendingInIdOrder() {
        var pending = PendingWarnings(firstNewID: 10)
        #expect(pending.isEmpty)
        #expect(pending.lastID == 9)
        pending.touch(3)
        for id in Int64(10)...14 { pending.record(id, warnings: []) }
        pending.record(12, warnings: [])
        pending.touch(20)
        pending.touch(15)

        #expect(pending.count == 8)
        #expect(pending.ids == [3, 10, 11, 12, 13, 14, 15, 20])
        #expect(pending.lastID == 20)
        #expect(pending.contains(10) && pending.contains(14) && pending.contains(3) && pending.contains(15))
        #expect(!pending.contains(9) && !pending.contains(16) && !pending.contains(0))
    }

    @Test func warningsAreKeptForTheClaimsThatHaveThemAndReplacedWhenRecordedAgain() {
        var pending = PendingWarnings(firstNewID: 7)
        pending.record(7, warnings: [Self.warning])
        pending.record(8, warnings: [])
        #expect(pending.warnings(of: 7) == [Self.warning])
        #expect(pending.warnings(of: 8).isEmpty)

        pending.touch(7)
        #expect(pending.warnings(of: 7) == [Self.warning])
        pending.record(7, warnings: [])
        #expect(pending.warnings(of: 7).isEmpty)
        #expect(pending.count == 2)
        #expect(!pending.contains(6) && !pending.contains(9))
    }
}
