import ArgumentParser
import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows
import Foundation

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a ledger from the bundled example article and print the intercept tally.",
        discussion: """
            Runs the extractor over examples/overnight-barrage.txt (an article written for this project), \
            logs it with its claims into a temporary ledger (or --db to keep it), and tallies the \
            claimed intercepts. The same as:
              claims init --db demo.sqlite
              claims log examples/overnight-barrage.txt --db demo.sqlite --published 2024-11-17 --accept
            """
    )

    @Option(help: ArgumentHelp("Keep the demo ledger at this path (it must not exist yet).", valueName: "path"))
    var db: String?

    func run() throws {
        guard let article = EmbeddedExamples.files.first(where: { $0.name == "overnight-barrage.txt" })?.contents else {
            throw CLIFailure("the example article is missing from this build")
        }
        let taxonomy = try loadTaxonomy()
        // (A unique name: two demos in one process, as the CLI tests run them, must not share a file.)
        let path = db ?? NSTemporaryDirectory() + "claims-demo-\(getpid())-\(UUID().uuidString.prefix(8)).sqlite"
        if FileManager.default.fileExists(atPath: path) {
            throw CLIFailure.usage("db: \(path) already exists: give a new path")
        }
        defer {
            if db == nil {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        let ledger = try store { try Ledger.open(path: path, create: true) }
            .validating(with: Validator(taxonomy: taxonomy, today: LedgerClock.system.today()))
        // A real run of the extractor: log the article and accept its candidates.
        let logger = ArticleLogger(taxonomy: taxonomy, extractor: Extractor(taxonomy: taxonomy))
        let metadata = ArticleLogger.Metadata(
            url: "https://example.org/overnight-barrage", outlet: "Example Wire",
            title: "Ukraine says it downed most of an overnight barrage", published: EventTime("2024-11-17")
        )
        let summary = try store { try logger.log(Article(text: article, language: "en"), metadata: metadata, accept: true, into: ledger) }
        var filter = ClaimFilter()
        filter.kinds = [.intercept]
        let dimensions: [TallyDimension] = [.system, .claimant]
        let rows = try store { try ledger.tally(by: dimensions, matching: filter) }
        Terminal.write("Ledger: \(path)\(db == nil ? " (temporary)" : "")\n")
        Terminal.write("Extracted \(summary.candidateCount) candidate claims from examples/overnight-barrage.txt: "
            + "\(summary.claimsCreated.count) logged"
            + (summary.queued.isEmpty ? "" : ", \(summary.queued.count) left for review (no claimant named)") + "\n\n")
        Terminal.write("Claimed intercepts by system and claimant (`claims tally --by system,claimant --kind intercept`):\n")
        let report = TallyReport(dimensions: dimensions, rows: rows)
        Terminal.write(report.render(.table, labels: TallyLabels(taxonomy: taxonomy), width: Terminal.width))
    }
}
