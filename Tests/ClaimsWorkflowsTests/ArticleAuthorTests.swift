import ClaimsCore
import ClaimsTestSupport
import ClaimsWorkflows
import Testing

/// Which office's own post a text is, from where it was published (`claims log` without
/// `--author`): an office's account or site, never a news outlet.
@Suite struct ArticleAuthorTests {
    static let taxonomy = try! TestLedger.taxonomy()

    static let cases: [(url: String?, outlet: String?, author: String?)] = [
        ("https://t.me/kpszsu/12345", nil, "ua-air-force"),
        ("https://t.me/s/kpszsu/12345", nil, "ua-air-force"),
        ("https://www.facebook.com/kpszsu/posts/pfbid0abc", nil, "ua-air-force"),
        ("https://mil.ru/news/item.htm?id=1", nil, "ru-mod"),
        (nil, "Ukrainian Air Force", "ua-air-force"),
        // News outlets and unknown accounts are nobody's office.
        ("https://www.reuters.com/world/europe/story", "Reuters", nil),
        ("https://t.me/some_news_channel/77", nil, nil),
        (nil, "Ukrinform", nil),
        (nil, nil, nil),
    ]

    @Test(arguments: cases.indices)
    func theOfficeOfAnAccountOrSite(_ index: Int) {
        let (url, outlet, author) = Self.cases[index]
        #expect(ArticleLogger.Metadata.author(url: url, outlet: outlet, taxonomy: Self.taxonomy) == author, "\(url ?? "-") \(outlet ?? "-")")
    }
}
