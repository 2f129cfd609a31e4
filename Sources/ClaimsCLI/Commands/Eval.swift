import ArgumentParser
import ClaimsCore
import ClaimsExtraction
import ClaimsReporting
import ClaimsWorkflows
import Foundation

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the extractor against hand-annotated claims: precision, recall and F1.",
        discussion: """
            The gold file is a JSON array of articles (id, file relative to the gold file, published,
            claims with kind, system, count, launched and side). A candidate matches a gold claim when
            kind, system, count and claimant side agree, and launched where the gold claim gives it.
            Example: claims eval --gold ../shared/corpus/gold.json
            """
    )

    @Option(help: ArgumentHelp("The gold file (gold.json).", valueName: "path"))
    var gold: String

    @Flag(help: "List the missed gold claims and the unmatched candidates.")
    var verbose = false

    @OptionGroup var output: FormatOptions

    func run() throws {
        guard let data = FileManager.default.contents(atPath: gold) else { throw CLIFailure("\(gold): no such file") }
        let taxonomy = try loadTaxonomy()
        let articles: [GoldEvaluation.GoldArticle]
        do {
            articles = try GoldEvaluation.load(goldJSON: String(decoding: data, as: UTF8.self), taxonomy: taxonomy)
        } catch {
            throw CLIFailure("\(gold): \(error)")
        }
        let folder = URL(fileURLWithPath: gold).deletingLastPathComponent()
        let evaluation = try GoldEvaluation.score(articles, extractor: Extractor(taxonomy: taxonomy)) { article in
            let path = folder.appendingPathComponent(article.file).path
            do { return try ArticleFile.read(path).text } catch { throw CLIFailure("\(gold): article \(article.id): \(error)") }
        }
        if output.format == .json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("candidates"); writer.int(evaluation.candidateCount)
            writer.key("f1"); writer.double(Self.rounded(evaluation.f1))
            writer.key("gold"); writer.int(evaluation.goldCount)
            writer.key("matched"); writer.int(evaluation.matched)
            writer.key("precision"); writer.double(Self.rounded(evaluation.precision))
            writer.key("recall"); writer.double(Self.rounded(evaluation.recall))
            writer.endObject()
            writer.newline()
            Terminal.write(bytes: writer.bytes)
            return
        }
        var table = Table(columns: [.init("ARTICLE"), .init("GOLD", .right), .init("FOUND", .right), .init("MATCHED", .right)])
        for article in evaluation.articles {
            table.append([article.id, String(article.gold), String(article.candidates.count), String(article.matched)])
        }
        table.append(["total", String(evaluation.goldCount), String(evaluation.candidateCount), String(evaluation.matched)])
        Terminal.write(table.render(output.format, width: Terminal.width))
        Terminal.write("precision \(Self.rounded(evaluation.precision))  recall \(Self.rounded(evaluation.recall))  F1 \(Self.rounded(evaluation.f1))\n")
        guard verbose else { return }
        for article in evaluation.articles {
            for claim in article.missed {
                Terminal.write("\(article.id) missed: \(claim.kind.rawValue) \(claim.system) \(claim.count.map(String.init) ?? "?") (\(claim.side.rawValue)): \(claim.quote)\n")
            }
            for candidate in article.unmatched {
                Terminal.write("\(article.id) extra: \(candidate.kind.rawValue) \(candidate.system) \(candidate.count) (\(candidate.claimantSide?.rawValue ?? "?")): \(candidate.quote)\n")
            }
        }
    }

    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
