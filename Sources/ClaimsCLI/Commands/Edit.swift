import ArgumentParser
import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows
import Foundation

struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Correct a claim: writes a new revision, the old one stays in `claims history`.",
        discussion: """
            Give only the fields that change; --source with --quote attaches a further citation.
            Example: claims edit 12 --count 9 --reason "ministry corrected its figure"
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The claim id.")
    var id: Int64
    @OptionGroup var fields: ClaimFieldOptions
    @OptionGroup var citation: CitationOptions
    @Option(help: ArgumentHelp("Why the claim changes.", valueName: "text"))
    var reason: String?

    func run() throws {
        let taxonomy = try loadTaxonomy()
        let opened = try ledger.open()
        let revision = try store {
            try opened.write { session -> Revision in
                guard let current = try session.reader.claim(id: id) else { throw StoreError.claimNotFound(id) }
                guard current.content.status != .retracted else {
                    throw StoreError.refused("claim \(id) is retracted: a retracted claim cannot be edited; log a new claim instead")
                }
                let content = try ClaimDraft(taxonomy: taxonomy).content(from: fields.claimFields, base: current.content)
                var citations: [Citation] = []
                if citation.source != nil || citation.quote != nil {
                    guard let quote = citation.quote, !quote.isEmpty else {
                        throw CLIFailure.usage("missing --quote: a citation needs --source and --quote")
                    }
                    let sourceID = try ClaimDraft.source(citation, session: session)
                    citations.append(Citation(sourceID: sourceID, quote: quote, relay: citation.relay))
                }
                guard content != current.content || !citations.isEmpty else {
                    throw CLIFailure.usage("nothing to change: give the fields to correct (see `claims edit --help`)")
                }
                let action: RevisionAction
                var onlyStatus = current.content
                onlyStatus.status = content.status
                if content == current.content { action = .cite } else if onlyStatus == content { action = .status } else { action = .edit }
                return try session.revise(claimID: id, content: content, action: action, reason: reason, addingCitations: citations)
            }
        }
        Terminal.note("claim \(id): revision \(revision.number) (\(revision.action.rawValue)) recorded")
    }
}

struct Retract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retract",
        abstract: "Retract a claim: it stays in the ledger and its history but no longer counts.",
        discussion: "Example: claims retract 12 --reason \"the ministry withdrew the statement\""
    )

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The claim id.")
    var id: Int64
    @Option(help: ArgumentHelp("Why the claim is retracted (required).", valueName: "text"))
    var reason: String

    func run() throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CLIFailure.usage("reason: say why the claim is retracted")
        }
        let opened = try ledger.open()
        let revision = try store {
            try opened.write { session -> Revision in
                guard let current = try session.reader.claim(id: id) else { throw StoreError.claimNotFound(id) }
                guard current.content.status != .retracted else {
                    throw StoreError.refused("claim \(id) is already retracted")
                }
                var content = current.content
                content.status = .retracted
                return try session.revise(claimID: id, content: content, action: .retract, reason: reason)
            }
        }
        Terminal.note("claim \(id): retracted (revision \(revision.number))")
    }
}
