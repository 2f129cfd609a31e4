import ArgumentParser
import ClaimsCore
import ClaimsReporting
import ClaimsStore
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import a JSON Lines file made by `claims export --format jsonl` (all or nothing).",
        discussion: """
            Into an empty ledger the full history is restored exactly (ids, times, hashes), so
            export → import → export gives the same bytes. Into a ledger that has claims, claims
            already present are skipped and the others are added as new claims.
            Example: claims import --db copy.sqlite ledger.jsonl
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The .jsonl file.")
    var file: String

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else {
            throw CLIFailure("\(file): no such file")
        }
        let opened = try ledger.open(create: true)
        let summary = try store { try opened.importJSONLines(path: file) }
        Terminal.note("""
            imported \(file): \(summary.linesRead) lines, \(summary.claimsAdded) claims added, \
            \(summary.claimsUnchanged) unchanged, \(summary.sourcesAdded) sources added\
            \(summary.restoredHistory ? " (history restored verbatim)" : "")
            """)
    }
}

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the revision hash chain, the sources' text hashes and SQLite's integrity.",
        discussion: """
            Exits 1 and names the first bad revision when a stored row was changed or removed behind
            the tool's back. Compare the printed head hash with one published earlier to prove that
            nothing was appended or removed since.
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let opened = try ledger.open()
        let report = try store { try opened.verify() }
        if output.format == .json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("claims"); writer.int(report.claims)
            writer.key("head"); writer.string(report.headHash)
            writer.key("integrity"); writer.string(report.integrity)
            writer.key("ok"); writer.bool(report.isValid)
            writer.key("problems")
            writer.beginArray()
            for problem in report.problems { writer.string(problem.message) }
            writer.endArray()
            writer.key("revisions"); writer.int(report.revisions)
            writer.key("sources"); writer.int(report.sources)
            writer.endObject()
            writer.newline()
            Terminal.write(bytes: writer.bytes)
        } else {
            Terminal.write("""
                revisions: \(report.revisions)  claims: \(report.claims)  sources: \(report.sources)
                head: \(report.headHash)
                sqlite integrity: \(report.integrity)

                """)
            for problem in report.problems { Terminal.write("BAD: \(problem)\n") }
            Terminal.write(report.isValid ? "OK: the hash chain and the sources verify\n" : "")
        }
        if !report.isValid {
            Terminal.printError(report.problems.first?.message ?? "SQLite integrity check failed: \(report.integrity)")
            throw ExitCode(1)
        }
    }
}
