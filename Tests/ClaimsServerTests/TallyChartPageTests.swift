import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsReporting
import ClaimsServer
import ClaimsStore
import ClaimsTestSupport
import ClaimsWorkflows
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// `/tally` draws the HTML report's chart.
@Suite struct TallyChartPageTests {
    @Test func theTallyPageDrawsTheReportsChart() async throws {
        // Given the fixture's candidates accepted
        let fixture = try ServerFixture()
        _ = try fixture.store.ledger.write { session in
            try ReviewQueue(taxonomy: ServerFixture.taxonomy).accept(ids: nil, minimumConfidence: nil, fields: ClaimFields(), session: session)
        }
        try await fixture.application().test(.router) { client in
            // Then /tally by one dimension has the SVG chart, one bar per row
            try await client.execute(uri: "/tally?by=system", method: .get) { response in
                // (the monthly series follows, from its heading on)
                let text = try #require(response.text.components(separatedBy: "<h2 id=\"series\">").first)
                let rows = text.components(separatedBy: "<tr>").count - 2  // less the header's
                #expect(rows >= 2)
                #expect(text.contains("<svg class=\"chart\" role=\"img\" aria-label=\"Tally by system\""))
                #expect(text.components(separatedBy: "<rect class=\"exact\"").count - 1 == rows)
            }
            // ... by two it has only the table (and the monthly series); the stylesheet styles the chart
            try await client.execute(uri: "/tally?by=system,month", method: .get) { response in
                #expect(!response.text.contains("aria-label=\"Tally by"))
                #expect(response.text.contains("<h2 id=\"series\">"))
            }
            try await client.execute(uri: "/static/claims.css", method: .get) { response in
                #expect(response.text.contains("svg .exact"))
            }
        }
    }
}
