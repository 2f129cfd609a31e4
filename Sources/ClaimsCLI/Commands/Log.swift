import ArgumentParser
import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Store an article (plain text or saved HTML) and its candidate claims.",
        discussion: """
            The source is stored with its full text and the SHA-256 of its normalised text. Its candidates \
            wait in the review queue (`claims review`), or become claims at once with --accept (candidates \
            that name no claimant still wait for review). All in one transaction.
            The same article logged twice (same URL or same text) adds nothing. A syndicated copy of a \
            stored story (the same wire text under another outlet) is recognised by its text: its \
            candidates that repeat the story's claims become new citations of those claims.
            Example:
              claims log story.html --url https://example.org/story --outlet "Example News" --published 2024-05-15
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Argument(help: ArgumentHelp("The article: a .txt file or a saved .html page (UTF-8, at most 20 MB).", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The article's URL (default: the page's own og:url or canonical link).", valueName: "url"))
    var url: String?

    @Option(help: ArgumentHelp("The outlet (default: the page's og:site_name, else the URL's host).", valueName: "name"))
    var outlet: String?

    @Option(help: ArgumentHelp("The title (default: the page's og:title or <title>).", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("The publication date, YYYY-MM-DD (default: the page's article:published_time).", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp(
        "The office whose own post this is (\"Ukrainian Air Force\", kpszsu): it claims what the text attributes to nobody (default: the account of a t.me/ or facebook.com --url, or an --outlet that names an office).",
        valueName: "actor"))
    var author: String?

    @Flag(help: "Accept every candidate that names its claimant as a claim, without review.")
    var accept = false

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        try ArticleLogger.Metadata.checkURL(url)
        let article = try ArticleFile.read(file)
        var metadata = try ArticleLogger.Metadata(article: article, url: url, outlet: outlet, title: title, published: published)
        metadata.language = languageOptions.selected
        let taxonomy = try loadTaxonomy()
        metadata.author = try author.map { name in try Extract.resolveAuthor(name, taxonomy: taxonomy) }
        let opened = try ledger.open()
        let logger = ArticleLogger(taxonomy: taxonomy, extractor: Extractor(taxonomy: taxonomy))
        let summary = try store { try logger.log(article, metadata: metadata, accept: accept, into: opened) }
        if output.format == .json {
            var writer = JSONWriter()
            summary.write(to: &writer)
            writer.newline()
            Terminal.write(bytes: writer.bytes)
            return
        }
        Terminal.write(summary.text(file: file))
    }
}

extension ArticleLogger.Summary {
    /// The human summary.
    func text(file: String) -> String {
        if isDuplicate {
            return "\(file) is already logged as source \(sourceID): nothing added\n"
        }
        var lines = ["logged \(file) as source \(sourceID): \(candidateCount) candidate\(candidateCount == 1 ? "" : "s") found"]
        if let copyOf {
            let percent = Int((copyOf.similarity * 100).rounded())
            lines.append("syndicated copy of source \(copyOf.sourceID) (\(percent)% of its text in common)")
        }
        if !claimsCited.isEmpty {
            lines.append("\(claimsCited.count) stored claim\(claimsCited.count == 1 ? "" : "s") cited again (same claim, new source): \(claimsCited.map(String.init).joined(separator: ", "))")
        }
        if !claimsCreated.isEmpty {
            lines.append("\(claimsCreated.count) claim\(claimsCreated.count == 1 ? "" : "s") created: \(claimsCreated.map(String.init).joined(separator: ", "))")
        }
        if !queued.isEmpty {
            lines.append("\(queued.count) candidate\(queued.count == 1 ? "" : "s") queued for review: see `claims review`")
        }
        for repeat_ in possibleRepeats {
            lines.append("candidate \(repeat_.candidate) may repeat claim \(repeat_.claim) (\(repeat_.why)): `claims review accept \(repeat_.candidate) --as-citation` or `--as-new`")
        }
        for conflict in conflicts {
            lines.append("claim \(conflict.claim) conflicts with claim \(conflict.stored): \(conflict.why) (see `claims validate`)")
        }
        if !needClaimant.isEmpty {
            lines.append("\(needClaimant.count) of them name no claimant: accept with `claims review accept ID --claimant NAME`")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
