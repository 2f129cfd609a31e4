import ClaimsCore
import ClaimsTestSupport
import ClaimsWorkflows
import Testing

/// Errors of the workflows name their field and kind, for the CLI's exit codes and the server's statuses.
@Suite struct WorkflowErrorTests {
    static let taxonomy = try! TestLedger.taxonomy()

    @Test func aBadCountNamesItsField() throws {
        var fields = ClaimFields()
        fields.count = "twelve"
        let error = #expect(throws: WorkflowError.self) {
            try ClaimDraft(taxonomy: Self.taxonomy).content(from: fields, base: nil)
        }
        #expect(error?.field == "kind" || error?.field == "count")
    }

    @Test func anUnknownSystemIsInvalidAndNamesTheSystemField() throws {
        var filters = ClaimFilterFields()
        filters.system = "No Such Missile 9000"
        let error = #expect(throws: WorkflowError.self) { try filters.filter(taxonomy: Self.taxonomy) }
        #expect(error?.kind == .invalid)
        #expect(error?.field == "system")
    }

    @Test func aRetractedTallyIsBadUsage() throws {
        var filters = ClaimFilterFields()
        filters.status = .retracted
        let error = #expect(throws: WorkflowError.self) { try filters.tallyFilter(taxonomy: LazyTaxonomy(loaded: Self.taxonomy)) }
        #expect(error?.kind == .usage)
    }

    @Test(arguments: [("count: 12 is more", "count"), ("candidate 4 does not exist: see", nil), ("count-text: 'x'", "count-text")])
    func theFieldIsTheMessagesLeadingWord(message: String, field: String?) {
        #expect(WorkflowError(message).field == field)
    }
}
