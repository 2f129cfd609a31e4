import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsTestSupport
import Foundation
import Testing

@Suite struct HTMLReportTests {
    /// The report of the fixture ledger, as `claims report` assembles it.
    static func makeReport(_ ledger: Ledger) throws -> HTMLReport {
        var intercepts = ClaimFilter()
        intercepts.kinds = [.intercept]
        let claims = try ledger.read { try $0.claims(matching: ClaimFilter()) }
        let stamp = try ledger.stamp()
        return HTMLReport(
            title: "Fixture report <test> — Звіт",
            filters: [],
            stamp: ReportStamp(
                headHash: stamp.headHash, tool: "claims test", generatedAt: stamp.generatedAt, filters: "{}",
                claims: stamp.claims, revisions: stamp.revisions
            ),
            interceptsBySystem: try ledger.tally(by: [.system], matching: intercepts),
            claimsByMonthAndSide: try ledger.tally(by: [.month, .side], matching: ClaimFilter()),
            interceptsByWeaponSideAndMonth: try ledger.tally(by: [.weaponSide, .month], matching: intercepts),
            sides: Comparison(
                grouping: .system, a: .init(side: .russia, name: "Russia"), b: .init(side: .ukraine, name: "Ukraine"),
                claims: try ledger.comparedClaims(matching: ClaimFilter(), sides: [.russia, .ukraine], claimants: [])
            ),
            claims: Array(claims.prefix(8)), claimTotal: claims.count, taxonomy: try TestLedger.taxonomy()
        )
    }

    @Test func everyTextIsEscaped() throws {
        let html = try Self.makeReport(try ReportFixture.makeLedger()).render()
        // The fixture's quotes hold "<b>" and the title "<test>": neither may reach the page as markup
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;b&gt;were&lt;/b&gt;"))
        #expect(!html.contains("<test>"))
        #expect(html.contains("Fixture report &lt;test&gt;"))
        #expect(html.contains("Example Daily, &quot;Evening&quot; edition"))
    }

    @Test func isSelfContained() throws {
        let html = try Self.makeReport(try ReportFixture.makeLedger()).render()
        #expect(!html.contains("<script"))
        #expect(!html.contains(" src="))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(html.contains("<svg"))
        #expect(html.contains("<style>"))
    }

    @Test func keepsCyrillicAsUTF8() throws {
        let html = try Self.makeReport(try ReportFixture.makeLedger()).render()
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("Сили ППО знищили 12 із 14 крилатих ракет «Калібр»"))
        #expect(html.contains("Укрінформ"))
    }

    @Test func carriesTheStampAndTheClaimsLeftOut() throws {
        let ledger = try ReportFixture.makeLedger()
        let html = try Self.makeReport(ledger).render()
        #expect(html.contains(try ledger.read { try $0.headHash() }))
        #expect(html.contains("2024-06-01T12:00:00Z"))
        // 11 counted claims, 8 listed
        #expect(html.contains("The first 8 of 11 claims"))
    }

    @Test(arguments: [
        ("javascript:alert(1)", false), ("JAVASCRIPT:alert(1)", false), ("data:text/html,x", false),
        ("https://example.org/a?b=1&c=2", true), ("HTTP://example.org", true),
    ])
    func linksOnlyToWebAddresses(url: String, isLink: Bool) {
        let html = HTMLText.link(url, text: "source")
        #expect(html.hasPrefix("<a href=") == isLink)
        #expect(!html.contains("&c=2") || html.contains("&amp;c=2"))
    }

    @Test func monthsWithoutClaimsAreGapsOnTheAxis() throws {
        let html = try Self.makeReport(try ReportFixture.makeLedger()).render()
        // May, June and August have claims; July is drawn as a gap, not as a zero column
        #expect(html.contains("2024-07: no claims"))
        #expect(!html.contains("2024-07 · "))
        #expect(html.contains("2024-08 · russia: 1 claims"))
    }
}
