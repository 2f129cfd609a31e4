import ClaimsCore
import ClaimsStore
import ClaimsTestSupport
import Testing

/// Pages of claims (`/claims?page=N`): the same claims as the whole list, sliced.
@Suite struct ClaimPageTests {
    @Test(arguments: [(0, 3), (2, 3), (5, 100), (100, 10), (0, 0)])
    func aPageIsASliceOfTheList(offset: Int, limit: Int) throws {
        // Given the reporting fixture's ledger
        let ledger = try ReportingFixture.makeLedger()
        var filters = [ClaimFilter()]
        var intercepts = ClaimFilter()
        intercepts.kinds = [.intercept]
        filters.append(intercepts)
        for filter in filters {
            // When a page is read
            let all = try ledger.read { try $0.claims(matching: filter) }
            let page = try ledger.read { try $0.claimPage(matching: filter, offset: offset, limit: limit) }
            // Then it is the list's slice, and the total is the list's length
            #expect(page.total == all.count)
            #expect(page.claims == Array(all.dropFirst(offset).prefix(limit)))
        }
    }
}
