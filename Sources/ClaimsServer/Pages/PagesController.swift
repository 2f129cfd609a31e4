import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows
import Foundation
import Hummingbird
import NIOCore

/// The HTML pages, rendered on the server.
struct PagesController<Context: RequestContext> {
    let store: ServerLedger
    let csrfToken: String

    /// Claims per page of `/claims`.
    static var pageSize: Int { 50 }

    /// Adds the page routes to `router`.
    func addRoutes(to router: Router<Context>) {
        router.get("/", use: dashboard)
        router.get("verify", use: verifyPage)
        router.get("review", use: review)
        router.post("review/:id/accept", use: acceptForm)
        router.post("review/:id/reject", use: rejectForm)
        router.get("claims", use: claims)
        router.get("claims/:id", use: claim)
        router.get("tally", use: tally)
        router.get("compare", use: compare)
        router.get("log", use: logForm)
        router.post("log", use: logSubmit)
    }

    /// `/`: counts, queue length, the ledger's head, the `verify` status (cached per head; run in
    /// place on a small ledger, behind a link on a large one).
    @Sendable func dashboard(_ request: Request, context: Context) async throws -> Response {
        let (pending, stamp) = try await APIController<Context>.run {
            let pending = try store.ledger.read { try $0.candidates(status: .pending).filter { $0.copyOf == nil }.count }
            return (pending, try store.ledger.stamp())
        }
        var verified = await store.verification.entry(for: stamp.headHash)
        if verified == nil, stamp.revisions <= VerificationCache.inPlaceLimit {
            verified = try await verify()
        }
        let status: String
        if let verified {
            let outcome = verified.report.isValid ? "<span class=\"ok\">ok</span>" : "<span class=\"failed\">FAILED</span>"
            status = "\(outcome): hash chain, source texts and SQLite integrity, checked \(HTML.escape(verified.checkedAt)) in "
                + "\(Self.seconds(verified.seconds)) · <a href=\"/verify\">details, check again</a>"
        } else {
            status = "not checked since the last change (\(stamp.revisions) revisions) · <a href=\"/verify\">verify now</a>"
        }
        let rows = [
            ["claims", String(stamp.claims)], ["candidates waiting for review", String(pending)],
            ["revisions", String(stamp.revisions)], ["head hash", HTML.escape(stamp.headHash)], ["verify", status],
        ]
        let body = HTML.table(headers: ["", ""], rows: rows, rawColumns: [1]) + "<p><a href=\"/review\">Review the queue</a></p>"
        return .html(HTML.page(title: "Dashboard", csrfToken: csrfToken, body: body))
    }

    /// `/verify`: `claims verify` now (whatever the cache holds), its findings, and the dashboard's status updated.
    @Sendable func verifyPage(_ request: Request, context: Context) async throws -> Response {
        let entry = try await verify()
        let report = entry.report
        var rows = [
            ["result", report.isValid ? "ok" : "FAILED"], ["revisions", String(report.revisions)], ["claims", String(report.claims)],
            ["sources", String(report.sources)], ["head hash", report.headHash], ["SQLite integrity", report.integrity],
            ["checked", entry.checkedAt], ["took", Self.seconds(entry.seconds)],
        ]
        rows += report.problems.map { ["problem", $0.message] }
        let body = HTML.table(headers: ["", ""], rows: rows) + "<p>As <code>claims verify</code>. <a href=\"/\">Dashboard</a></p>"
        return .html(HTML.page(title: "Verify", csrfToken: csrfToken, body: body))
    }

    /// Runs `verify` on the thread pool and keeps the result for the head it covered.
    private func verify() async throws -> VerificationCache.Entry {
        let entry = try await APIController<Context>.run {
            let started = ContinuousClock.now
            let report = try store.ledger.verify()
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let checkedAt = ISO8601DateFormatter().string(from: Date())
            return VerificationCache.Entry(headHash: report.headHash, report: report, checkedAt: checkedAt, seconds: seconds)
        }
        await store.verification.store(entry)
        return entry
    }

    /// "0.004 s", "2.1 s".
    private static func seconds(_ value: Double) -> String {
        value < 0.1 ? String(format: "%.3f s", value) : String(format: "%.1f s", value)
    }

    /// `/review[?source=ID]`: the queue, oldest article first.
    @Sendable func review(_ request: Request, context: Context) async throws -> Response {
        let wanted = request.uri.queryParameters.get("source").flatMap { Int64($0) }
        return try await APIController<Context>.mapping {
            let (pending, source) = try store.ledger.read { reader -> ([QueuedCandidate], Source?) in
                let pending = try reader.candidates(status: .pending)
                let sourceID = wanted ?? pending.first { $0.copyOf == nil }?.sourceID
                return (pending, try sourceID.flatMap { try reader.source(id: $0) })
            }
            let page = ReviewPage(taxonomy: store.taxonomy, csrfToken: csrfToken)
            return .html(try page.render(pending: pending, source: source, error: request.uri.queryParameters.get("error")))
        }
    }

    /// `POST /review/{id}/accept` from the form (without script): accept, then back to the queue.
    @Sendable func acceptForm(_ request: Request, context: Context) async throws -> Response {
        let id = try APIController<Context>.id(context)
        var request = request
        let body = try await request.collectBody(upTo: ClaimsRequestContext.maximumBodyBytes)
        let form = FormFields(body)
        do {
            return try await APIController<Context>.mapping { [store, csrfToken] in
                let entry = try store.ledger.read { try $0.candidate(id: id) }
                let page = ReviewPage(taxonomy: store.taxonomy, csrfToken: csrfToken)
                let prefilled = try entry.map { page.prefilled(try ReviewQueue.candidate($0)) } ?? [:]
                let fields = try RequestFields.claimFields { name in
                    let value = form.nonEmpty(name)
                    return value == prefilled[name] ? nil : value
                }
                let mode: ReviewQueue.AcceptMode = switch form.nonEmpty("as") {
                case "citation": .citation(of: nil)
                case "new": .newClaim
                default: .automatic
                }
                _ = try ReviewActions(store: store).accept(candidate: id, fields: mode == .citation(of: nil) ? ClaimFields() : fields, mode: mode)
                return .seeOther("/review")
            }
        } catch let error as APIError where error.status != .internalServerError {
            return .seeOther("/review?error=" + (error.message.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
        }
    }

    /// `POST /review/{id}/reject` from the form (without script).
    @Sendable func rejectForm(_ request: Request, context: Context) async throws -> Response {
        let id = try APIController<Context>.id(context)
        var request = request
        let body = try await request.collectBody(upTo: ClaimsRequestContext.maximumBodyBytes)
        let (_, reason) = try RequestFields.claimFields(body: body, contentType: request.headers[.contentType])
        return try await APIController<Context>.mapping {
            try ReviewActions(store: store).reject(candidate: id, reason: reason)
            return .seeOther("/review")
        }
    }

    /// `/log`: paste an article (or a saved HTML page) to log it, then land on its review.
    @Sendable func logForm(_ request: Request, context: Context) async throws -> Response {
        let error = request.uri.queryParameters.get("error").map { "<p id=\"status\" role=\"status\">\(HTML.escape($0))</p>" } ?? ""
        let body = error + """
            <form method="post" action="/log" class="log">\(HTML.csrfField(csrfToken))
            <div class="fields">
            <label for="log-url">URL</label><input id="log-url" name="url" placeholder="https://...">
            <label for="log-outlet">outlet</label><input id="log-outlet" name="outlet">
            <label for="log-title">title</label><input id="log-title" name="title">
            <label for="log-published">published</label><input id="log-published" name="published" placeholder="YYYY-MM-DD">
            <label for="log-text">text or saved HTML</label><textarea id="log-text" name="text" rows="20" cols="80" required></textarea>
            </div>
            <button type="submit">Log and review</button>
            </form>
            """
        return .html(HTML.page(title: "Log an article", csrfToken: csrfToken, body: body))
    }

    /// `POST /log` from the form: log, then the article's review (or back with the error).
    @Sendable func logSubmit(_ request: Request, context: Context) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: ClaimsRequestContext.maximumBodyBytes)
        do {
            let submission = try ArticleSubmission(body: body, contentType: request.headers[.contentType])
            return try await APIController<Context>.mapping { [store] in
                let summary = try submission.log(into: store)
                return .seeOther("/review?source=\(summary.sourceID)")
            }
        } catch let error as APIError where error.status != .internalServerError {
            return .seeOther("/log?error=" + (error.message.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
        }
    }

    /// `/claims?page=N` (filters as `claims list`).
    @Sendable func claims(_ request: Request, context: Context) async throws -> Response {
        let query = request.uri.queryParameters
        let page = max(1, query.get("page").flatMap { Int($0) } ?? 1)
        return try await APIController<Context>.mapping {
            let filter = try RequestFields.filters(query).filter(taxonomy: store.taxonomy)
            var key = JSONWriter(capacity: 64)
            filter.write(to: &key)
            let (slice, total) = try store.ledger.read { reader -> ([LedgerClaim], Int) in
                // The filter's ids once per ledger version; a page is then a slice of them.
                let ids = try store.claimIDs.value(for: String(decoding: key.bytes, as: UTF8.self), at: try reader.version()) {
                    try reader.claimIDs(matching: filter)
                }
                let start = min(ids.count, (page - 1) * Self.pageSize)
                let end = min(ids.count, start + Self.pageSize)
                var claims: [LedgerClaim] = []
                claims.reserveCapacity(end - start)
                if start < end { try reader.forEachClaim(matching: nil, ids: Array(ids[start..<end])) { claims.append($0) } }
                return (claims, ids.count)
            }
            let presenter = ClaimPresenter(taxonomy: store.taxonomy)
            let rows = slice.map { claim -> [String] in
                var row = presenter.row(claim)
                row[0] = "<a href=\"/claims/\(claim.id)\">\(claim.id)</a>"
                return row
            }
            var body = "<p>\(total) claim(s); page \(page) of \(max(1, (total + Self.pageSize - 1) / Self.pageSize)).</p>"
            body += HTML.table(headers: ClaimPresenter.columns.map(\.title), rows: rows, rawColumns: [0])
            body += "<p class=\"pages\">"
            if page > 1 { body += "<a href=\"/claims?page=\(page - 1)\">previous</a>" }
            if page * Self.pageSize < total { body += "<a href=\"/claims?page=\(page + 1)\">next</a>" }
            body += "</p>"
            return .html(HTML.page(title: "Claims", csrfToken: csrfToken, body: body))
        }
    }

    /// `/claims/{id}`: current values, citations, history.
    @Sendable func claim(_ request: Request, context: Context) async throws -> Response {
        let id = try APIController<Context>.id(context)
        return try await APIController<Context>.mapping {
            guard let claim = try store.ledger.read({ try $0.claim(id: id) }) else {
                throw APIError(.notFound, "claim \(id) does not exist", field: "id")
            }
            let history = try store.ledger.read { try $0.history(claimID: id) }
            let detail = ClaimPresenter(taxonomy: store.taxonomy).detail(claim)
            var body = HTML.table(headers: ["field", "value"], rows: detail.rows)
            body += "<h2>History</h2>"
            body += HTML.table(
                headers: ["rev", "action", "recorded", "reason", "hash"],
                rows: history.map { [String($0.number), $0.action.rawValue, $0.recordedAt, $0.reason ?? "", String($0.hash.prefix(16))] })
            return .html(HTML.page(title: "Claim \(id)", csrfToken: csrfToken, body: body))
        }
    }
}
