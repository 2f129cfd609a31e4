import ArgumentParser
import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Run every validation rule over the whole ledger and list the findings.",
        discussion: """
            Errors (unknown names, impossible counts, dates after publication, quotes not in their \
            source, claims without a citation) make the command exit 1; warnings (implausible counts, \
            systems before service, self-intercepts, interceptors as targets, probable duplicates, \
            conflicting counts, breakdowns above their total) do so only with --strict.
            Writes run the same rules: errors refuse the write, warnings are stored with the claim.
            Examples:
              claims validate
              claims validate --strict --format json
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @Flag(help: "Exit 1 on warnings too.")
    var strict = false
    @OptionGroup var output: FormatOptions

    func run() throws {
        let taxonomy = try loadTaxonomy()
        let opened = try ledger.open()
        let validator = Validator(taxonomy: taxonomy, today: LedgerClock.system.today())
        let findings = try store { try opened.validateAll(with: validator) }
        switch output.format {
        case .json:
            var writer = JSONWriter(capacity: 1 << 14)
            writer.beginArray()
            for finding in findings { finding.write(to: &writer) }
            writer.endArray()
            writer.newline()
            Terminal.write(bytes: writer.bytes)
        default:
            var table = Table(columns: [.init("CLAIM", .right), .init("SEVERITY"), .init("RULE"), .init("FIELD"), .init("MESSAGE"), .init("FIX")])
            for finding in findings {
                table.append([finding.claim.map(String.init) ?? "", finding.severity.rawValue, finding.rule.rawValue,
                              finding.field, finding.message, finding.fix])
            }
            if findings.isEmpty, output.format == .table {
                Terminal.note("no findings")
            } else {
                Terminal.write(table.render(output.format, width: Terminal.width))
            }
        }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        if output.format == .table { Terminal.note("\(errors) errors, \(warnings) warnings") }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Fold a duplicate claim into another: its citations move, it stops counting.",
        discussion: """
            Both claims get a `merge` revision; nothing is deleted (`claims history` shows it).
            `claims validate` suggests merges for probable duplicates.
            Example: claims merge 12 15 --reason "same ministry statement relayed by two outlets"
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The claim to keep.")
    var keep: Int64
    @Argument(help: "The duplicate to fold into it.")
    var duplicate: Int64
    @Option(help: ArgumentHelp("Why they are the same claim.", valueName: "text"))
    var reason: String?

    func run() throws {
        let opened = try ledger.open()
        try store { try opened.write { try $0.merge(keep: keep, duplicate: duplicate, reason: reason) } }
        Terminal.note("claim \(duplicate) merged into claim \(keep)")
    }
}
