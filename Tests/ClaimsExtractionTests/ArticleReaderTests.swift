import ClaimsCore
import ClaimsExtraction
import Testing

/// Plain text and saved HTML pages: what is read, and the bad inputs that are refused.
@Suite struct ArticleReaderTests {
    @Test func plainTextIsReadAsIs() throws {
        let article = try ArticleReader.read(Array("Air defences shot down 5 drones, the ministry said.\n".utf8))
        #expect(article.text == "Air defences shot down 5 drones, the ministry said.\n")
        #expect(!article.isHTML)
    }

    @Test func byteOrderMarkIsDropped() throws {
        let article = try ArticleReader.read([0xEF, 0xBB, 0xBF] + Array("Text.".utf8))
        #expect(article.text == "Text.")
    }

    @Test(arguments: [[UInt8](), Array(" \n\t \n".utf8)])
    func emptyInputIsRefused(_ bytes: [UInt8]) {
        #expect(throws: ArticleInputError.empty) { try ArticleReader.read(bytes) }
    }

    @Test func binaryInputIsRefused() {
        #expect(throws: ArticleInputError.binary(offset: 2)) { try ArticleReader.read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]) }
    }

    /// The check reads eight bytes at a time: every control byte is found at its exact offset,
    /// wherever it falls in a word, beside the white space and letters text does contain.
    @Test func everyControlByteIsFoundAtItsOffset() {
        let text = Array("Збито\t17 із 22\r\nБпЛА;\u{0B}\u{0C} ~ done.\n".utf8)
        #expect(throws: Never.self) { try ArticleReader.read(text) }
        let controls = (0x00...0x1F).filter { !(0x09...0x0D).contains($0) }.map(UInt8.init) + [0x7F]
        for control in controls {
            for offset in 0..<19 {
                var bytes = text
                bytes.insert(control, at: offset + 3)
                #expect(throws: ArticleInputError.binary(offset: offset + 3), "byte \(control) at \(offset + 3)") {
                    try ArticleReader.read(bytes)
                }
            }
        }
    }

    @Test func nonUTF8InputIsRefusedWithTheOffset() {
        // "Kyiv café" in Latin-1.
        #expect(throws: ArticleInputError.notUTF8(offset: 8)) { try ArticleReader.read(Array("Kyiv caf".utf8) + [0xE9, 0x2E]) }
        #expect(throws: ArticleInputError.utf16) { try ArticleReader.read([0xFF, 0xFE, 0x4B, 0x00]) }
    }

    @Test func oversizeInputIsRefused() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: ArticleReader.maximumBytes + 1)
        #expect(throws: ArticleInputError.tooLarge(bytes: ArticleReader.maximumBytes + 1, limit: ArticleReader.maximumBytes)) {
            try ArticleReader.read(bytes)
        }
    }

    @Test func errorMessagesSayWhatToDo() {
        #expect(ArticleInputError.tooLarge(bytes: 52_428_800, limit: 20_971_520).description.contains("50.0 MB"))
        #expect(ArticleInputError.notUTF8(offset: 8).description.contains("iconv"))
        #expect(ArticleInputError.noBody.description.contains("<body>"))
    }

    static let page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <title>Drones downed overnight | Example News</title>
          <meta property="og:title" content="Air defences down 25 drones overnight">
          <meta property="og:site_name" content="Example News">
          <meta property="og:url" content="https://news.example.org/2024/06/12/drones">
          <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "NewsArticle", "headline": "Drones downed", "datePublished": "2024-06-12T07:45:00+03:00",
               "publisher": {"@type": "Organization", "name": "Example News Ltd"}}]}
          </script>
          <style>.ad { color: red }</style>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/war">War: 90 drones shot down</a></nav>
          <header class="site-header">Subscribe now</header>
          <div class="ad-slot">Buy 12 Kalibr missiles today</div>
          <article>
            <h1>Air defences down 25 drones overnight</h1>
            <p>Ukraine&rsquo;s air force said it shot down 25 of 30 Shahed drones over the Kyiv region.</p>
            <!-- <p>Russia launched 500 missiles.</p> -->
            <script>var tracking = "400 drones";</script>
            <p>The attack damaged a warehouse, officials&nbsp;said &amp; firefighters worked through the night.</p>
            <div class="related-stories"><p>Earlier: 40 missiles hit Lviv</p></div>
            <figure><figcaption>Photo: 3 drones</figcaption></figure>
          </article>
          <aside>Most read: 7 ATACMS destroyed</aside>
          <footer>© Example News</footer>
        </body>
        </html>
        """

    @Test func htmlPageGivesItsArticleBody() throws {
        let article = try ArticleReader.read(Array(Self.page.utf8))
        #expect(article.isHTML)
        #expect(article.text.contains("Ukraine’s air force said it shot down 25 of 30 Shahed drones over the Kyiv region."))
        #expect(article.text.contains("officials said & firefighters"))
        for junk in ["Home", "Subscribe", "Kalibr", "500 missiles", "tracking", "Lviv", "Photo", "ATACMS", "©"] {
            #expect(!article.text.contains(junk), "\(junk) should not be in the body")
        }
        #expect(article.text.split(separator: "\n").count == 3)
    }

    @Test func htmlPageGivesItsMetadata() throws {
        let article = try ArticleReader.read(Array(Self.page.utf8))
        #expect(article.title == "Air defences down 25 drones overnight")
        #expect(article.outlet == "Example News")
        #expect(article.url == "https://news.example.org/2024/06/12/drones")
        #expect(article.published?.description == "2024-06-12T07:45")
        #expect(article.language == "en")
    }

    @Test func articlePublishedTimeMetaWinsOverJSONLD() throws {
        let page = """
            <html><head><meta property="article:published_time" content="2024-05-15"></head>
            <body><p>The ministry said 10 ATACMS missiles were destroyed over the Black Sea, the statement added in full.</p></body></html>
            """
        let article = try ArticleReader.read(Array(page.utf8))
        #expect(article.published?.description == "2024-05-15")
        #expect(article.text.hasPrefix("The ministry said 10 ATACMS"))
    }

    @Test func htmlWithoutBodyTextIsRefused() {
        let page = "<!DOCTYPE html><html><head><title>Index</title><script>var x = 1;</script></head><body><nav>Menu</nav></body></html>"
        #expect(throws: ArticleInputError.noBody) { try ArticleReader.read(Array(page.utf8)) }
    }

    @Test func extractionRunsOnTheHTMLBody() throws {
        let article = try ArticleReader.read(Array(Self.page.utf8))
        let candidates = ExtractionFixture.extract(article.text, published: article.published?.date.description)
        #expect(candidates.count == 1)
        #expect(candidates.first?.count.exact == 25)
        #expect(candidates.first?.launched == 30)
    }

    @Test func articleBodyContainerInsideAPageWideFormIsFound() throws {
        let filler = String(repeating: "Residents spent the night in shelters as sirens sounded across the region. ", count: 4)
        let page = """
            <html><body><form id="page"><div class="menu">Home | World | 40 missiles</div>
            <div class="story"><div itemprop="articleBody"><p>Russia's Defence Ministry said 12 drones were shot down over the Kursk region.</p>
            <p>\(filler)</p></div><div class="newsletter-signup">Get 3 drones a day</div></div>
            </form></body></html>
            """
        let article = try ArticleReader.read(Array(page.utf8))
        #expect(article.text.hasPrefix("Russia's Defence Ministry said 12 drones"))
        #expect(!article.text.contains("40 missiles"))
        #expect(!article.text.contains("3 drones a day"))
    }
}
