import ArgumentParser
import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsReporting
import ClaimsWorkflows

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Dry run: the candidate claims found in an article (plain text or saved HTML).",
        discussion: """
            Nothing is stored. Each candidate has its kind, system, count, claimant, place, date, the \
            verbatim sentence that carries it with its character offsets, and a confidence from 0 to 1.
            Relative dates ("on Wednesday", "overnight") count from --published, else from the page's \
            own publication date.
            Example:
              claims extract story.html --published 2024-05-15 --format json
              claims extract zvit.txt --language uk
            The language (en, uk, ru) is detected for each sentence unless --language names it.
            Use `claims log FILE` to store the article and queue its candidates for review.
            """
    )

    @Argument(help: ArgumentHelp("The article: a .txt file or a saved .html page (UTF-8, at most 20 MB).", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The publication date, YYYY-MM-DD.", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp(
        "The office whose own post this is (\"Ukrainian Air Force\", kpszsu): it claims what the text attributes to nobody.",
        valueName: "actor"))
    var author: String?

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let article = try ArticleFile.read(file)
        let date = try ArticleFile.published(published, article: article)
        let taxonomy = try loadTaxonomy()
        let extractor = Extractor(taxonomy: taxonomy)
        let language = languageOptions.selected ?? extractor.language(code: article.language)
        let office = try author.map { name in try Self.resolveAuthor(name, taxonomy: taxonomy) }
        let candidates = extractor.extract(text: article.text, published: date?.date, language: language, author: office)
        if date == nil {
            Terminal.note("note: no publication date (pass --published): relative dates such as 'on Wednesday' are left empty")
        }
        if output.format == .json {
            var writer = JSONWriter(capacity: 80_000)
            Candidate.writeDocument(candidates, to: &writer, flush: Terminal.write(bytes:))
            return
        }
        Terminal.write(CandidatePresenter(taxonomy: taxonomy).table(candidates).render(output.format, width: Terminal.width))
    }

    /// The actor id `--author` names.
    ///
    /// - Throws: ``CLIFailure`` naming the option and the fix for an unknown name.
    static func resolveAuthor(_ name: String, taxonomy: Taxonomy) throws -> String {
        do { return try taxonomy.resolveActor(name) } catch { throw CLIFailure("--author: \(error)") }
    }
}
