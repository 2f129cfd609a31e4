import ClaimsCore
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

/// `/compare` and `/tally` draw the HTML report's comparison chart and monthly series.
@Suite struct ReportChartsPageTests {
    /// The fixture with its three candidates accepted: Ukraine's 28 of 31 Shahed and 2 Kh-101,
    /// Russia's 14 Ukrainian drones.
    static func accepted() throws -> ServerFixture {
        let fixture = try ServerFixture()
        _ = try fixture.store.ledger.write { session in
            try ReviewQueue(taxonomy: ServerFixture.taxonomy).accept(ids: nil, minimumConfidence: nil, fields: ClaimFields(), session: session)
        }
        return fixture
    }

    @Test func theComparePageDrawsTheReportsComparisonChart() async throws {
        let fixture = try Self.accepted()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/compare?between=russia,ukraine&by=system", method: .get) { response in
                #expect(response.status == .ok)
                let text = response.text
                // Then the chart is there, above the table, with one group per row of the table
                let chart = try #require(text.range(of: "<svg class=\"chart\""))
                let table = try #require(text.range(of: "<table"))
                #expect(chart.lowerBound < table.lowerBound)
                let rows = text.components(separatedBy: "<tr>").count - 2
                #expect(text.components(separatedBy: "<text class=\"heading\"").count - 1 == rows)
                // ... Ukraine's Shahed figures in its colour, Russia's drones downed about Ukrainian weapons apart
                #expect(text.contains(">Shahed-136/131 · Russian weapons · 90.3% intercepted · 3 unaccounted</text>"))
                #expect(text.contains(">russia: no claims</text>"))
                #expect(text.contains(">28 intercepted · 31 launched</text>"))
                #expect(text.contains("<rect class=\"exact side-ukraine\""))
                #expect(text.contains(">drone (type unknown) · Ukrainian weapons</text>"))
                #expect(text.contains(">14 intercepted</text>"))
                #expect(text.contains("<rect class=\"exact side-russia\""))
                #expect(text.contains(">russia (intercepted + hits claimed)"))
            }
            // ... the stylesheet colours the parties
            try await client.execute(uri: "/static/claims.css", method: .get) { response in
                #expect(response.text.contains("svg .exact.side-russia"))
                #expect(response.text.contains(".key.launched"))
            }
        }
    }

    @Test func theTallyPageDrawsTheMonthlySeries() async throws {
        let fixture = try Self.accepted()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/tally?by=system", method: .get) { response in
                let text = response.text
                // Then one panel per side whose weapons were intercepted, Russian weapons first
                let russian = try #require(text.range(of: "<h3>Russian weapons</h3>"))
                let ukrainian = try #require(text.range(of: "<h3>Ukrainian weapons</h3>"))
                #expect(russian.lowerBound < ukrainian.lowerBound)
                // ... the month of the article with Ukraine's 28 + 2 intercepted, 31 launched stated by one of the two claims
                #expect(text.contains("2024-06 · Russian weapons: 30 intercepted, 31 launched stated by 1 of 2 claims (2 claims)"))
                #expect(text.contains("2024-06 · Ukrainian weapons: 14 intercepted (1 claim)"))
            }
            // ... not when another kind is asked for
            try await client.execute(uri: "/tally?by=system&kind=strike", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("<h3>Russian weapons</h3>"))
            }
        }
    }

    @Test func beforeAnyClaimTheSeriesSaysSo() async throws {
        // Given only pending candidates (no claim yet)
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/tally", method: .get) { response in
                #expect(response.text.contains("No intercept claims with an event date to chart."))
                #expect(!response.text.contains("<svg"))
            }
            try await client.execute(uri: "/compare?between=russia,ukraine&by=system", method: .get) { response in
                #expect(response.text.contains("No claims by either party."))
                #expect(!response.text.contains("<svg"))
            }
        }
    }
}
