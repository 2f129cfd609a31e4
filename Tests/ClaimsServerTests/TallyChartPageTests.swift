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
                let rows = response.text.components(separatedBy: "<tr>").count - 2  // less the header's
                #expect(rows >= 2)
                #expect(response.text.contains("<svg class=\"chart\""))
                #expect(response.text.components(separatedBy: "<rect class=\"exact\"").count - 1 == rows)
            }
            // ... by two it has only the table; the stylesheet styles the chart
            try await client.execute(uri: "/tally?by=system,month", method: .get) { response in
                #expect(!response.text.contains("<svg"))
            }
            try await client.execute(uri: "/static/claims.css", method: .get) { response in
                #expect(response.text.contains("svg .exact"))
            }
        }
    }
}
