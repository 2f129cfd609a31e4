import ArgumentParser
import ClaimsCore
import ClaimsStore
import ClaimsWorkflows
import Foundation

struct ImportPiterfm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-piterfm",
        abstract: "Import the public \"Massive Missile Attacks on Ukraine\" dataset (Petro Ivaniuk) as intercept claims.",
        discussion: """
            Reads missile_attacks_daily.csv from DIR (or the CSV file given) in one transaction. Each row becomes one intercept claim by the actor of the account it was posted from (kpszsu = Ukrainian Air Force, PvKPivden = Air Command South, ...): count = destroyed (empty = unknown, never summed), launched = launched, the event window time_start–time_end in Kyiv time as written, the target as location. Every other column is kept in the claim. Models joined by " and " stay one composite claim; "A/B" models are ambiguous taxonomy entries.

            A row stating a claim already in the ledger from another source (an article relaying the same Air Force report: the same claimant, weapons, night and figures) becomes a citation of that claim, not a second one; a row that possibly repeats one (a day apart, a vaguer figure, a generic "drones" against the row's model) or contradicts one is added and listed with both claim ids. Importing the same file again adds nothing; rows changed since get one new revision each. Rows whose model the taxonomy does not know are listed as rejected (--strict makes them fail the import). A malformed file (a missing column, a truncated row, text in a count column, not a CSV) fails with file:line and changes nothing.

            Dataset: "Massive Missile Attacks on Ukraine" by Petro Ivaniuk (piterfm), digitised Ukrainian Air Force reports. Credit him wherever its figures are shown.

            Example:
              claims import-piterfm ../shared/data/piterfm
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: ArgumentHelp("The dataset directory, or missile_attacks_daily.csv itself.", valueName: "dir"))
    var path: String
    @Flag(help: "Fail (importing nothing) when a row cannot be mapped, instead of listing it as rejected.")
    var strict = false

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIFailure("\(path): no such file or directory: pass the piterfm dataset directory")
        }
        let directory = isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
        let file = isDirectory.boolValue ? (path as NSString).appendingPathComponent(Ledger.piterfmAttacksFile) : path
        guard FileManager.default.fileExists(atPath: file) else {
            throw CLIFailure("\(file): no such file: the directory must hold \(Ledger.piterfmAttacksFile)")
        }
        let referencePath = ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(Ledger.piterfmReferenceFile)
        let reference = FileManager.default.fileExists(atPath: referencePath) ? referencePath : nil
        let taxonomy = try loadTaxonomy()
        let opened = try ledger.open(create: true)
        let bar = ProgressBar(label: "import-piterfm")
        defer { bar.finish() }
        let summary = try store {
            try opened.importPiterfm(file: file, referenceFile: reference, taxonomy: taxonomy, strict: strict, progress: bar.update)
        }
        bar.finish()
        Terminal.write(Self.report(summary, file: file, reference: reference))
    }

    /// The summary printed at the end.
    static func report(_ summary: PiterfmImportSummary, file: String, reference: String?) -> String {
        var lines = [
            "Imported \(file)",
            "Dataset: \"Massive Missile Attacks on Ukraine\" by Petro Ivaniuk (piterfm), digitised Ukrainian Air Force reports.",
            "",
            "rows read        \(ProgressBar.grouped(summary.rowsRead))",
            "claims added     \(ProgressBar.grouped(summary.claimsAdded))",
            "unchanged        \(ProgressBar.grouped(summary.claimsUnchanged))",
            "updated          \(ProgressBar.grouped(summary.claimsUpdated))",
            "cited            \(ProgressBar.grouped(summary.claimsCited))  (rows stating a claim already logged from another source)",
            "rejected         \(ProgressBar.grouped(summary.rejected.count))",
            "sources added    \(ProgressBar.grouped(summary.sourcesAdded))",
        ]
        for rejection in summary.rejected.prefix(20) {
            lines.append("  rejected line \(rejection.line): \(rejection.reason)")
        }
        if summary.rejected.count > 20 {
            lines.append("  ... and \(summary.rejected.count - 20) more rejected rows")
        }
        lines += Import.matchLines(possibleRepeats: summary.possibleRepeats, conflicts: summary.conflicts)
        if !summary.claimantAssumed.isEmpty {
            let accounts = summary.claimantAssumed.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            let total = summary.claimantAssumed.values.reduce(0, +)
            lines.append("note: \(total) rows come from accounts the taxonomy does not know (\(accounts.joined(separator: ", "))): attributed to ua-air-force, the dataset's main source; their URL is kept")
        }
        if summary.repeatedKeys > 0 {
            lines.append("note: \(summary.repeatedKeys) rows repeat the time, model and source of an earlier row: told apart by their order")
        }
        if summary.missingFromFile > 0 {
            lines.append("note: \(summary.missingFromFile) claims imported earlier are no longer in the file: left as they are")
        }
        if !summary.notInReferenceTable.isEmpty {
            let models = summary.notInReferenceTable.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) (\($0.value))" }
            lines.append("note: models not in \(Ledger.piterfmReferenceFile) (rows): \(models.joined(separator: ", "))")
        } else if reference == nil {
            lines.append("note: \(Ledger.piterfmReferenceFile) not found beside the file: models were not checked against it")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
