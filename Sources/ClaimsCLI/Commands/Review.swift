import ArgumentParser
import ClaimsCore
import ClaimsExtraction
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "The review queue: candidates found by `claims log`, to accept as claims or reject.",
        discussion: """
            Examples:
              claims review                                 list pending candidates
              claims review accept 4 7                      accept candidates 4 and 7 as claims
              claims review accept 5 --system Kalibr --count 12   accept with corrections
              claims review accept --all --min-confidence 0.8
              claims review reject 6 --reason "background, not a new claim"
            Candidates of a syndicated copy follow their original: accepting the original cites the copy too.
            A candidate that asserts what a stored claim asserts (same claimant, kind, weapons, count, \
            event and place, in any outlet or language) is accepted as a citation of that claim. One that \
            only possibly does is listed as "same as claim N?": accept it with --as-citation (cite claim N) \
            or --as-new (keep it as a new claim).
            """,
        subcommands: [ReviewList.self, ReviewAccept.self, ReviewReject.self],
        defaultSubcommand: ReviewList.self
    )
}

struct ReviewList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List candidates (pending ones unless --status says otherwise).",
        discussion: "Example: claims review list --status all --format json"
    )

    enum StatusFilter: String, ExpressibleByArgument, CaseIterable {
        case pending, accepted, rejected, all
    }

    @OptionGroup var ledger: LedgerOptions
    @Option(help: "pending, accepted, rejected or all.")
    var status: StatusFilter = .pending
    @Option(help: ArgumentHelp("Only candidates of this source id.", valueName: "id"))
    var source: Int64?
    @OptionGroup var output: FormatOptions

    func run() throws {
        let taxonomy = try loadTaxonomy()
        let opened = try ledger.open()
        let queued = try store {
            try opened.read { try $0.candidates(status: status == .all ? nil : CandidateStatus(rawValue: status.rawValue), sourceID: source) }
        }
        let rows = try queued.map { ($0, try ReviewQueue.candidate($0)) }
        if output.format == .json {
            var writer = JSONWriter(capacity: 4096)
            writer.beginArray()
            for (entry, candidate) in rows { ReviewQueue.write(entry, candidate, to: &writer) }
            writer.endArray()
            writer.newline()
            Terminal.write(bytes: writer.bytes)
            return
        }
        let presenter = CandidatePresenter(taxonomy: taxonomy)
        var table = Table(columns: [.init("ID", .right), .init("SRC", .right), .init("STATUS")] + CandidatePresenter.columns)
        for (entry, candidate) in rows where status != .pending || entry.copyOf == nil {
            var status = entry.status.rawValue + (entry.claimID.map { " → \($0)" } ?? "") + (entry.copyOf.map { " (copy of \($0))" } ?? "")
            if entry.status == .pending, let claim = entry.sameAs { status += " (same as claim \(claim)?)" }
            table.append([String(entry.id), String(entry.sourceID), status] + presenter.cells(candidate))
        }
        if table.rows.isEmpty, output.format == .table {
            Terminal.note("no \(status == .all ? "" : status.rawValue + " ")candidates: `claims log FILE` adds some")
            return
        }
        Terminal.write(table.render(output.format, width: Terminal.width))
    }
}

struct ReviewAccept: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "Accept candidates as claims (with corrections for one candidate).",
        discussion: """
            Each accepted candidate becomes a claim citing its sentence (and its syndicated copies), or a \
            citation of a stored claim that asserts the same. A candidate listed as "same as claim N?"
            needs a choice: --as-citation cites claim N (or the claim given with --cite), --as-new keeps it \
            as a new claim. --all leaves such candidates pending and lists them.
            Corrections (--system, --count, --claimant, --location, ...) apply to a single candidate.
            Examples:
              claims review accept 5 --system Kalibr --count 12
              claims review accept 8 --as-citation
              claims review accept 9 --cite 31
              claims review accept 9 --as-new
            """
    )

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: ArgumentHelp("Candidate ids.", valueName: "id"))
    var ids: [Int64] = []
    @Flag(help: "Accept every pending candidate that names its claimant.")
    var all = false
    @Option(name: .customLong("min-confidence"), help: ArgumentHelp("With --all: only candidates at least this confident (0-1).", valueName: "x"))
    var minConfidence: Double?
    @Flag(name: .customLong("as-citation"), help: "Accept as a citation of the claim the candidate is listed as the same as.")
    var asCitation = false
    @Option(help: ArgumentHelp("Accept as a citation of this stored claim.", valueName: "claim-id"))
    var cite: Int64?
    @Flag(name: .customLong("as-new"), help: "Accept as a new claim even if it may repeat a stored one.")
    var asNew = false
    @OptionGroup var fields: ClaimFieldOptions

    var mode: ReviewQueue.AcceptMode {
        if asNew { return .newClaim }
        if asCitation || cite != nil { return .citation(of: cite) }
        return .automatic
    }

    func validate() throws {
        if all == !ids.isEmpty { throw ValidationError("give candidate ids or --all (see `claims review`)") }
        if asNew, asCitation || cite != nil { throw ValidationError("--as-new and --as-citation/--cite exclude each other: choose one") }
        if asNew || asCitation || cite != nil, ids.count != 1 {
            throw ValidationError("--as-citation, --cite and --as-new apply to one candidate: give exactly one id")
        }
        if asCitation || cite != nil, fields.hasCorrections {
            throw ValidationError("corrections do not apply to a citation: the stored claim keeps its fields (use `claims edit` on it)")
        }
        if fields.hasCorrections, ids.count != 1 { throw ValidationError("corrections apply to one candidate: give exactly one id") }
        if minConfidence != nil, !all { throw ValidationError("--min-confidence goes with --all") }
    }

    func run() throws {
        let taxonomy = try loadTaxonomy()
        let opened = try ledger.open()
        let accepted = try store {
            try opened.write { session in
                try ReviewQueue(taxonomy: taxonomy).accept(
                    ids: all ? nil : ids, minimumConfidence: minConfidence, fields: fields.claimFields, mode: mode, session: session
                )
            }
        }
        for (candidate, claim) in accepted.claims { Terminal.write("candidate \(candidate) → claim \(claim)\n") }
        for (candidate, claim) in accepted.cited { Terminal.write("candidate \(candidate) → citation of claim \(claim)\n") }
        if accepted.claims.isEmpty, accepted.cited.isEmpty { Terminal.note("nothing accepted") }
        for conflict in accepted.conflicts {
            Terminal.note("claim \(conflict.claim) conflicts with claim \(conflict.stored): \(conflict.why) (see `claims validate`)")
        }
        for undecided in accepted.undecided {
            Terminal.note("left pending: candidate \(undecided.candidate) may repeat claim \(undecided.claim) (\(undecided.why)): `claims review accept \(undecided.candidate) --as-citation` or `--as-new`")
        }
        if !accepted.skipped.isEmpty {
            Terminal.note("skipped (no claimant): \(accepted.skipped.map(String.init).joined(separator: ", ")): accept one by one with --claimant NAME")
        }
    }
}

struct ReviewReject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Reject candidates (they stay in the queue as rejected, with the reason).",
        discussion: "Example: claims review reject 6 9 --reason \"aid package, not a claim\""
    )

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: ArgumentHelp("Candidate ids.", valueName: "id"))
    var ids: [Int64]
    @Option(help: ArgumentHelp("Why.", valueName: "text"))
    var reason: String?

    func run() throws {
        let opened = try ledger.open()
        try store {
            try opened.write { session in try ReviewQueue.reject(ids: ids, reason: reason, session: session) }
        }
        Terminal.note("rejected \(ids.map(String.init).joined(separator: ", "))")
    }
}
