import ArgumentParser
import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one claim with every citation.",
        discussion: "Example: claims show 12 --format json"
    )

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The claim id.")
    var id: Int64
    @OptionGroup var output: FormatOptions

    func run() throws {
        let taxonomy = try loadTaxonomy()
        let opened = try ledger.open()
        guard let claim = try store({ try opened.read { try $0.claim(id: id) } }) else {
            throw CLIFailure("claim \(id) does not exist: see `claims list`")
        }
        let warnings = try store { try opened.read { try $0.storedFindings(claimID: id) } }
        let presenter = ClaimPresenter(taxonomy: taxonomy)
        if output.format == .json {
            var writer = JSONWriter()
            claim.write(to: &writer, systemName: taxonomy.displayName(ofSystem: claim.content.system))
            writer.newline()
            Terminal.write(bytes: writer.bytes)
        } else {
            var table = presenter.detail(claim)
            for warning in warnings {
                table.append(["warning", "\(warning.rule.rawValue): \(warning.message) (fix: \(warning.fix))"])
            }
            Terminal.write(table.render(output.format, width: Terminal.width))
        }
    }
}

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every revision of a claim, oldest first.",
        discussion: "Example: claims history 12"
    )

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The claim id.")
    var id: Int64
    @OptionGroup var output: FormatOptions

    func run() throws {
        let taxonomy = try loadTaxonomy()
        let opened = try ledger.open()
        let revisions = try store { try opened.read { try $0.history(claimID: id) } }
        if output.format == .json {
            var writer = JSONWriter(capacity: 4096)
            writer.beginArray()
            for revision in revisions { revision.writeExport(to: &writer, isHead: false) }
            writer.endArray()
            writer.newline()
            Terminal.write(bytes: writer.bytes)
            return
        }
        var table = Table(columns: [
            .init("REV", .right), .init("ACTION"), .init("RECORDED"), .init("SYSTEM"), .init("COUNT", .right),
            .init("STATUS"), .init("REASON"), .init("CITES", .right), .init("HASH"),
        ])
        for revision in revisions {
            table.append([
                String(revision.number), revision.action.rawValue, revision.recordedAt,
                taxonomy.displayName(ofSystem: revision.content.system), revision.content.count.description,
                revision.content.status.rawValue, revision.reason ?? "", "+\(revision.addedCitations.count)",
                String(revision.hash.prefix(16)),
            ])
        }
        Terminal.write(table.render(output.format, width: Terminal.width))
    }
}
