import ArgumentParser
import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows

struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Log one claim by hand, with its source and quote.",
        discussion: """
            Names resolve through the taxonomy's aliases (see `claims taxonomy resolve NAME`).
            Example:
              claims add --kind intercept --system ATACMS --count 10 --claimant "Russian Defence Ministry" \\
                --location Crimea --date 2024-05-15 --source https://example.org/story --published 2024-05-15 \\
                --quote "10 US-supplied Ukrainian ATACMS missiles were destroyed over the Black Sea"
            Prints the new claim's id. When a stored claim already asserts the same (same claimant, kind, \
            weapons, count, event and place), the quote becomes a citation of that claim instead and its \
            id is printed; --new keeps a new claim regardless. A possible match is reported on stderr.
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var fields: ClaimFieldOptions
    @OptionGroup var citation: CitationOptions
    @OptionGroup var output: FormatOptions
    @Flag(name: .customLong("new"), help: "Create a new claim even when a stored claim asserts the same.")
    var forceNew = false

    func run() throws {
        let taxonomy = try loadTaxonomy()
        let content = try ClaimDraft(taxonomy: taxonomy).content(from: fields.claimFields, base: nil)
        guard let quote = citation.quote, !quote.isEmpty else {
            throw CLIFailure.usage("missing --quote: the verbatim words of the source that carry the claim")
        }
        guard citation.source != nil else { throw CLIFailure.usage("missing --source: a URL or a source id") }
        let opened = try ledger.open()
        var notes: [String] = []
        var possible: (claim: Int64, why: String)?
        let id = try store {
            try opened.write { session in
                let sourceID = try ClaimDraft.source(citation, session: session)
                let cited = Citation(sourceID: sourceID, quote: quote, relay: citation.relay)
                if !forceNew {
                    switch try ClaimMatching(taxonomy: taxonomy).outcome(for: content, sourceID: sourceID, reader: session.reader) {
                    case let .cite(claim):
                        try ClaimMatching.cite(claim, with: [cited], reason: "claims add: same claim (claim identity)", session: session)
                        notes.append("claim \(claim.id) already asserts this: the quote was added to it as a citation (--new keeps a separate claim)")
                        return claim.id
                    case let .ask(claim, why):
                        possible = (claim.id, why)
                    case let .conflict(claim, why):
                        notes.append("conflicts with claim \(claim.id): \(why)")
                    case .new:
                        break
                    }
                }
                return try session.createClaim(content, citations: [cited])
            }
        }
        for note in notes { Terminal.note(note) }
        if let possible {
            Terminal.note("claim \(id) may repeat claim \(possible.claim) (\(possible.why)): if so, `claims merge \(possible.claim) \(id)`")
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
