import ArgumentParser
import ClaimsCore
import ClaimsExtraction
import ClaimsLanguages
import ClaimsReporting
import ClaimsWorkflows
import Foundation

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the extractor against hand-annotated claims: precision, recall and F1.",
        discussion: """
            The gold file is a JSON array of articles (id, file relative to the gold file, published, \
            optional language, claims with kind, system, category, count, count_text, launched and \
            side). Each gold claim is matched by at most one candidate: kind equal; system the same \
            taxonomy id, or, for a generic or combined gold system ("unspecified drone", "... (combined \
            count)"), a generic id of the same category; count equal, or, for an approximate or \
            bounded count_text ("more than 70", "about 50"), the candidate's lower or upper bound; \
            claimant side equal ("other" = "third-party"); launched equal where the gold gives it.
            A gold system name the taxonomy does not know is scored as missed and listed.
            Example: claims eval --gold ../shared/corpus/gold.json --misses
            """
    )

    @Option(help: ArgumentHelp("The gold file (gold.json).", valueName: "path"))
    var gold: String

    @Flag(name: [.customLong("misses"), .customLong("verbose")], help: "List the missed gold claims and the extra candidates, with their quotes.")
    var misses = false

    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        guard let data = FileManager.default.contents(atPath: gold) else { throw CLIFailure("\(gold): no such file") }
        let taxonomy = try loadTaxonomy()
        let loaded: (articles: [GoldEvaluation.GoldArticle], unresolved: [String])
        do {
            loaded = try GoldEvaluation.load(goldJSON: String(decoding: data, as: UTF8.self), taxonomy: taxonomy)
        } catch {
            throw CLIFailure("\(gold): \(error)")
        }
        let folder = URL(fileURLWithPath: gold).deletingLastPathComponent()
        let evaluation = try GoldEvaluation.score(
            loaded.articles, unresolved: loaded.unresolved, taxonomy: taxonomy, extractor: Extractor(taxonomy: taxonomy),
            language: languageOptions.selected
        ) { article in
            let path = folder.appendingPathComponent(article.file).path
            do { return try ArticleFile.read(path).text } catch { throw CLIFailure("\(gold): article \(article.id): \(error)") }
        }
        if output.format == .json {
            Terminal.write(bytes: Self.json(evaluation))
            return
        }
        var table = Table(columns: [
            .init("SLICE"), .init("GOLD", .right), .init("FOUND", .right), .init("MATCHED", .right),
            .init("PRECISION", .right), .init("RECALL", .right), .init("F1", .right),
        ])
        // A ratio with nothing to divide by is shown as "–", not as a score of 0.
        func row(_ name: String, _ figures: GoldEvaluation.Figures) -> [String] {
            [name, String(figures.gold), String(figures.candidates), String(figures.matched),
             figures.candidates == 0 ? "–" : Self.formatted(figures.precision),
             figures.gold == 0 ? "–" : Self.formatted(figures.recall),
             figures.gold == 0 && figures.candidates == 0 ? "–" : Self.formatted(figures.f1)]
        }
        for (kind, figures) in evaluation.byKind { table.append(row("kind \(kind.rawValue)", figures)) }
        for (language, figures) in evaluation.byLanguage { table.append(row("language \(language)", figures)) }
        table.append(row("total", evaluation.total))
        Terminal.write(table.render(output.format, width: Terminal.width))
        Terminal.write("precision \(Self.rounded(evaluation.precision))  recall \(Self.rounded(evaluation.recall))  F1 \(Self.rounded(evaluation.f1))\n")
        if !evaluation.unresolvedNames.isEmpty {
            Terminal.write("unresolved gold systems (scored as missed): \(evaluation.unresolvedNames.joined(separator: ", "))\n")
        }
        guard misses else { return }
        for article in evaluation.articles {
            for claim in article.missed {
                Terminal.write("\(article.id) missed: \(claim.kind.rawValue) \(claim.systemName) \(claim.count.map(String.init) ?? "?")\(claim.launched.map { " of \($0)" } ?? "") (\(claim.side.rawValue)): \(claim.quote)\n")
            }
            for candidate in article.unmatched {
                Terminal.write("\(article.id) extra: \(candidate.kind.rawValue) \(candidate.system) \(candidate.count)\(candidate.launched.map { " of \($0)" } ?? "") (\(candidate.claimantSide?.rawValue ?? "?")): \(candidate.quote)\n")
            }
        }
    }

    static func json(_ evaluation: GoldEvaluation) -> [UInt8] {
        var writer = JSONWriter()
        func figures(_ value: GoldEvaluation.Figures) {
            writer.key("candidates"); writer.int(value.candidates)
            writer.key("f1"); writer.double(rounded(value.f1))
            writer.key("gold"); writer.int(value.gold)
            writer.key("matched"); writer.int(value.matched)
            writer.key("precision"); writer.double(rounded(value.precision))
            writer.key("recall"); writer.double(rounded(value.recall))
        }
        writer.beginObject()
        writer.key("by_kind")
        writer.beginObject()
        for (kind, value) in evaluation.byKind {
            writer.key(dynamic: kind.rawValue); writer.beginObject(); figures(value); writer.endObject()
        }
        writer.endObject()
        writer.key("by_language")
        writer.beginObject()
        for (language, value) in evaluation.byLanguage {
            writer.key(dynamic: language); writer.beginObject(); figures(value); writer.endObject()
        }
        writer.endObject()
        figures(evaluation.total)
        writer.key("unresolved")
        writer.beginArray()
        for name in evaluation.unresolvedNames { writer.string(name) }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return writer.bytes
    }

    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    static func formatted(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
