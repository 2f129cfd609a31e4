import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsTestSupport

/// Helpers over ``ReportingFixture``'s ledger.
enum ReportFixture {
    static func makeLedger() throws -> Ledger { try ReportingFixture.makeLedger() }

    /// The region index of the embedded taxonomy.
    static func regionOf() throws -> [String: String] {
        RegionIndex(taxonomy: try TestLedger.taxonomy()).regionOf
    }

    /// The tally computed by the reference engine from the ledger's claims.
    static func engineTally(_ ledger: Ledger, by dimensions: [TallyDimension], matching filter: ClaimFilter = ClaimFilter()) throws -> [TallyRow] {
        let regionOf = try regionOf()
        let claims = try ledger.read { try $0.claims(matching: filter) }
        return Tally.aggregate(claims: claims, dimensions: dimensions, regionOf: regionOf)
    }
}
