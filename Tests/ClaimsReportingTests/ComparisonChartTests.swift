@testable import ClaimsReporting
import ClaimsCore
import ClaimsStore
import ClaimsTestSupport
import Foundation
import Testing

/// The comparison chart shared by `claims report` and `/compare`.
@Suite struct ComparisonChartTests {
    static let labels = TallyLabels(taxonomy: nil)

    /// A claim for a comparison, with defaults.
    static func claim(
        _ id: Int64, _ kind: ClaimKind, _ system: String, claimant: String, side: Side, weaponSide: Side, count: Int, launched: Int? = nil
    ) -> ComparedClaim {
        ComparedClaim(
            id: id, kind: kind, system: system, claimant: claimant, claimantSide: side, weaponSide: weaponSide,
            count: .exactly(count), launched: launched, event: EventWindow(start: EventTime("2024-05-15")!)
        )
    }

    /// The chart of two actors' claims about Kalibr-like `system` (b intercepts 3, a claims 2 hits).
    static func actorsChart(_ a: Comparison.Party, _ b: Comparison.Party, system: String = "kalibr") -> String {
        let claims = [
            claim(1, .intercept, system, claimant: b.id, side: .ukraine, weaponSide: .russia, count: 3),
            claim(2, .strike, system, claimant: a.id, side: a.side ?? .russia, weaponSide: .russia, count: 2),
        ]
        return ComparisonChart.html(Comparison(grouping: .system, a: a, b: b, claims: claims), labels: labels, title: "t")
    }

    static func sides(_ claims: [ComparedClaim]) -> Comparison {
        Comparison(grouping: .system, a: .init(side: .russia, name: "Russia"), b: .init(side: .ukraine, name: "Ukraine"), claims: claims)
    }

    @Test func setsTheTwoSidesFiguresSideBySidePerWeapons() {
        // Given Russia claiming 25 Shahed hits of 31 launched, Ukraine 28 of 31 intercepted,
        // and Russia 14 Ukrainian drones downed (another row: Ukraine's weapons)
        let comparison = Self.sides([
            Self.claim(1, .strike, "shahed-136", claimant: "ru-mod", side: .russia, weaponSide: .russia, count: 25),
            Self.claim(2, .launch, "shahed-136", claimant: "ru-mod", side: .russia, weaponSide: .russia, count: 31),
            Self.claim(3, .intercept, "shahed-136", claimant: "ua-air-force", side: .ukraine, weaponSide: .russia, count: 28, launched: 31),
            Self.claim(4, .intercept, "unspecified-drone", claimant: "ru-mod", side: .russia, weaponSide: .ukraine, count: 14),
        ])
        let html = ComparisonChart.html(comparison, labels: Self.labels, title: "t")
        // Then one group per row, the Russian weapons' group with both parties' bars in their colours
        #expect(html.contains(">shahed-136 · Russian weapons · 90.3% intercepted · -22 unaccounted</text>"))
        #expect(html.contains(">unspecified-drone · Ukrainian weapons</text>"))
        #expect(html.contains("<rect class=\"exact side-russia\""))
        #expect(html.contains("<rect class=\"exact side-ukraine\""))
        #expect(html.contains(">25 hits · 31 launched</text>"))
        #expect(html.contains(">28 intercepted · 31 launched</text>"))
        // ... the derived figures of the row, and the party without claims in the drones' row named
        #expect(html.contains(">Ukraine: no claims</text>"))
        // ... Russia's 14 drones downed are never drawn in the Shahed group: three bars in all
        #expect(ChartTests.widths(of: "exact side-russia", in: html).count == 2)
        #expect(ChartTests.widths(of: "exact side-ukraine", in: html).count == 1)
    }

    @Test func staysReadableWhenOneSystemDwarfsTheRest() {
        // Given 55,684 Shahed intercepts beside 1 to 20 of twenty other systems
        var claims = [Self.claim(1, .intercept, "shahed-136", claimant: "ua-air-force", side: .ukraine, weaponSide: .russia, count: 55_684)]
        for n in 1...20 {
            claims.append(Self.claim(Int64(1 + n), .intercept, "system-\(n)", claimant: "ua-air-force", side: .ukraine, weaponSide: .russia, count: n))
        }
        let html = ComparisonChart.html(Self.sides(claims), labels: Self.labels, title: "t")
        // Then the axis is logarithmic and every bar is at least 4 px, the largest first
        #expect(html.contains("logarithmic scale"))
        let widths = ChartTests.widths(of: "exact side-ukraine", in: html)
        #expect(widths.count == 21)
        #expect(widths.allSatisfy { $0 >= SVGBarChart.minimumReadableWidth })
        #expect(zip(widths, widths.dropFirst()).allSatisfy { $0 > $1 })
    }

    @Test func escapesNames() {
        // Given two actors whose names hold markup
        let a = Comparison.Party(actor: "a", name: "<script>alert('a')</script>", side: .russia)
        let b = Comparison.Party(actor: "b", name: "B & <i>co</i>", side: .ukraine)
        let html = Self.actorsChart(a, b, system: "<img src=x>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<i>"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(&#39;a&#39;)&lt;/script&gt;"))
        #expect(html.contains("B &amp; &lt;i&gt;co&lt;/i&gt;"))
    }

    @Test func partiesOfOneSideTakeColoursByPosition() {
        let a = Comparison.Party(actor: "a", name: "A", side: .ukraine)
        let b = Comparison.Party(actor: "b", name: "B", side: .ukraine)
        let html = Self.actorsChart(a, b)
        #expect(html.contains("<rect class=\"exact party-a\""))
        #expect(html.contains("<rect class=\"exact party-b\""))
    }

    @Test func noClaimsIsAClearEmptyState() {
        let html = ComparisonChart.html(Self.sides([]), labels: Self.labels, title: "t")
        #expect(html == "<p class=\"empty\">No claims by either party to chart.</p>")
    }
}
