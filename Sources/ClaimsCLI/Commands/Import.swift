import ArgumentParser
import ClaimsCore
import ClaimsExtraction
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import claims from a JSON Lines file made by `claims export`, or from a CSV file (all or nothing).",
        discussion: """
            JSON Lines: into an empty ledger the full history is restored exactly (ids, times, hashes), so export → import → export gives the same bytes. Into a ledger that has claims, claims already present are skipped; a claim the ledger already has from another source or another person's ledger (the same claimant, weapons, event and figures) becomes a citation of it; the others are added, and those that possibly repeat or contradict a stored claim are listed with both ids. The review queue (`claims review`) travels with the file: its candidates are restored, or added unless already queued.

            CSV: one claim per row, the columns named as the claim's JSON keys (kind, system, claimant, claimant_side, count, launched, event_date, place, ...; source and quote for the citation), as `claims export --format csv` writes them. Rows whose hash is already in the ledger are skipped.

            The whole file is one transaction: an error names file:line and changes nothing. Large files stream with flat memory; a progress bar (rows/s, ETA) shows when stderr is a terminal.

            Examples:
              claims import --db copy.sqlite ledger.jsonl
              claims import claims.csv
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The .jsonl or .csv file.")
    var file: String
    @Option(help: "jsonl or csv (default: from the file name, else from its first character).")
    var format: Format?

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else {
            throw CLIFailure("\(file): no such file")
        }
        let opened = try ledger.open(create: true)
        let identity = ClaimIdentity(taxonomy: try loadTaxonomy())
        let bar = ProgressBar(label: "import")
        defer { bar.finish() }
        let summary: ImportSummary
        switch format ?? Self.detectFormat(file) {
        case .jsonl:
            summary = try store {
                try opened.importJSONLines(
                    path: file, progress: bar.update, shingles: { TextFingerprint.shingles(of: $0) }, identity: identity
                )
            }
        case .csv:
            summary = try store { try opened.importCSV(path: file, progress: bar.update, identity: identity) }
        }
        bar.finish()
        Terminal.note("""
            imported \(file): \(summary.linesRead) lines, \(summary.claimsAdded) claims added, \
            \(summary.claimsUnchanged) unchanged, \(summary.sourcesAdded) sources added\
            \(summary.claimsCited > 0 ? ", \(summary.claimsCited) cited claims already in the ledger" : "")\
            \(summary.candidatesAdded + summary.candidatesUnchanged > 0 ? ", \(summary.candidatesAdded) review candidates added" : "")\
            \(summary.restoredHistory ? " (history restored verbatim)" : "")
            """)
        for line in Self.matchLines(possibleRepeats: summary.possibleRepeats, conflicts: summary.conflicts) {
            Terminal.note(line)
        }
    }

    /// The lines listing imported claims that possibly repeat or contradict stored claims (the
    /// first 20 of each, then how many more).
    static func matchLines(possibleRepeats: [ImportMatch], conflicts: [ImportMatch]) -> [String] {
        var lines: [String] = []
        func list(_ matches: [ImportMatch], _ title: String, _ describe: (ImportMatch) -> String) {
            guard !matches.isEmpty else { return }
            lines.append("\(title): \(matches.count)")
            for match in matches.prefix(20) { lines.append("  " + describe(match)) }
            if matches.count > 20 { lines.append("  ... and \(matches.count - 20) more") }
        }
        list(possibleRepeats, "possible repeats of stored claims (if one claim, `claims merge STORED NEW`)") {
            "line \($0.line): claim \($0.claimID) may repeat claim \($0.storedClaimID) (\($0.why))"
        }
        list(conflicts, "conflicting figures (both kept; `claims validate` shows the finding)") {
            "line \($0.line): claim \($0.claimID) against claim \($0.storedClaimID): \($0.why)"
        }
        return lines
    }

    /// `.csv` → csv, `.jsonl`/`.json`/`.ndjson` → jsonl; otherwise a file starting with `{` is jsonl.
    static func detectFormat(_ path: String) -> Format {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".json") || lower.hasSuffix(".ndjson") { return .jsonl }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .jsonl }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        let first = head.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        return first == UInt8(ascii: "{") ? .jsonl : .csv
    }
}

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the revision hash chain, the sources' text hashes and SQLite's integrity.",
        discussion: """
            Exits 1 and names the first bad revision when a stored row was changed or removed behind \
            the tool's back. Compare the printed head hash with one published earlier to prove that \
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
