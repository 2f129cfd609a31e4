import ArgumentParser
import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List current claims (the latest revision of each).",
        discussion: "Retracted and merged claims are hidden unless --all or --status retracted. Example: claims list --system Kinzhal --format json"
    )

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var filters: FilterOptions
    @Flag(help: "Include retracted and merged claims.")
    var all = false
    @OptionGroup var output: FormatOptions

    func run() throws {
        let taxonomy = try loadTaxonomy()
        var filter = try filters.filter(taxonomy: taxonomy)
        filter.includeRetracted = all
        let opened = try ledger.open()
        let claims = try store { try opened.read { try $0.claims(matching: filter) } }
        let presenter = ClaimPresenter(taxonomy: taxonomy)
        if output.format == .json {
            Terminal.write(bytes: presenter.json(claims))
        } else {
            Terminal.write(presenter.table(claims).render(output.format, width: Terminal.width))
        }
    }
}
