import ArgumentParser
import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows

struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Log one claim by hand, with its source and quote.",
        discussion: """
            Names resolve through the taxonomy's aliases (see `claims taxonomy resolve NAME`).
            Example:
              claims add --kind intercept --system ATACMS --count 10 --claimant "Russian Defence Ministry" \\
                --location Crimea --date 2024-05-15 --source https://example.org/story --published 2024-05-15 \\
                --quote "10 US-supplied Ukrainian ATACMS missiles were destroyed over the Black Sea"
            Prints the new claim's id.
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var fields: ClaimFieldOptions
    @OptionGroup var citation: CitationOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let taxonomy = try loadTaxonomy()
        let content = try ClaimDraft(taxonomy: taxonomy).content(from: fields.claimFields, base: nil)
        guard let quote = citation.quote, !quote.isEmpty else {
            throw CLIFailure.usage("missing --quote: the verbatim words of the source that carry the claim")
        }
        guard citation.source != nil else { throw CLIFailure.usage("missing --source: a URL or a source id") }
        let opened = try ledger.open()
        let id = try store {
            try opened.write { session in
                let sourceID = try ClaimDraft.source(citation, session: session)
                return try session.createClaim(content, citations: [Citation(sourceID: sourceID, quote: quote, relay: citation.relay)])
            }
        }
        let claim = try store { try opened.read { try $0.claim(id: id) } }
        let presenter = ClaimPresenter(taxonomy: taxonomy)
        switch output.format {
        case .json: Terminal.write(bytes: presenter.json(claim.map { [$0] } ?? []))
        case .table where !Terminal.isOutputTerminal: Terminal.write("\(id)\n")
        default: Terminal.write(presenter.table(claim.map { [$0] } ?? []).render(output.format, width: Terminal.width))
        }
    }
}
