import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows
import HTTPTypes
import Hummingbird
import NIOCore
import NIOPosix

/// The JSON API under `/api/`: the same shapes as the CLI's `--format json`.
struct APIController<Context: RequestContext> {
    let store: ServerLedger

    /// Adds the routes to `group` (mounted at `/api`).
    func addRoutes(to group: RouterGroup<Context>) {
        group.get("claims", use: claims)
        group.get("claims/:id", use: claim)
        group.get("tally", use: tally)
        group.get("compare", use: compare)
        group.get("review", use: review)
        group.post("review/:id/accept", use: accept)
        group.post("review/:id/reject", use: reject)
        group.post("log", use: log)
    }

    /// `GET /api/claims`: as `claims list --format json` (filters as query parameters; `all=1`
    /// includes retracted and merged claims).
    @Sendable func claims(_ request: Request, context: Context) async throws -> Response {
        try await Self.mapping {
            var filter = try RequestFields.filters(request.uri.queryParameters).filter(taxonomy: store.taxonomy)
            filter.includeRetracted = request.uri.queryParameters.get("all").map { $0 == "1" || $0 == "true" } ?? false
            let claims = try store.ledger.read { try $0.claims(matching: filter) }
            return .json(ClaimPresenter(taxonomy: store.taxonomy).json(claims))
        }
    }

    /// `GET /api/claims/{id}`: as `claims show ID --format json`.
    @Sendable func claim(_ request: Request, context: Context) async throws -> Response {
        let id = try Self.id(context)
        return try await Self.mapping {
            guard let claim = try store.ledger.read({ try $0.claim(id: id) }) else {
                throw APIError(.notFound, "claim \(id) does not exist", field: "id")
            }
            var writer = JSONWriter()
            claim.write(to: &writer, systemName: store.taxonomy.displayName(ofSystem: claim.content.system))
            writer.newline()
            return .json(writer.bytes)
        }
    }

    /// `GET /api/tally?by=system&kind=intercept`: the rows of `claims tally --format json`.
    @Sendable func tally(_ request: Request, context: Context) async throws -> Response {
        try await Self.mapping {
            let report = try TallyQuery(store: store, query: request.uri.queryParameters).report()
            return .json(report.json())
        }
    }

    /// `GET /api/compare?between=russia,ukraine&by=system|month|event[&kind=...&from=...&to=...]`:
    /// the rows of `claims compare --format json`; `format=csv` gives the CLI's CSV. Both carry the
    /// reproducibility stamp in the `Claims-Stamp` header (and a download file name).
    @Sendable func compare(_ request: Request, context: Context) async throws -> Response {
        try await Self.mapping {
            let query = CompareQuery(store: store, query: request.uri.queryParameters)
            let (comparison, filter) = try query.comparison()
            let stamp = try query.stamp(filter: filter)
            var response: Response
            switch request.uri.queryParameters.get("format") ?? "json" {
            case "json":
                response = .json(comparison.json())
            case "csv":
                let csv = comparison.render(.csv, labels: TallyLabels(taxonomy: store.taxonomy), width: nil)
                response = Response(
                    status: .ok, headers: [.contentType: "text/csv; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: csv)))
                response.headers[.contentDisposition] = "attachment; filename=\"compare.csv\""
            case let other:
                throw APIError(.badRequest, "format: '\(other)' is not one of json, csv", field: "format")
            }
            if let name = HTTPField.Name("Claims-Stamp") { response.headers[name] = stamp }  // the stamp of the download
            return response
        }
    }

    /// `GET /api/review?status=pending|accepted|rejected|all&source=ID`: as `claims review list --format json`.
    @Sendable func review(_ request: Request, context: Context) async throws -> Response {
        let query = request.uri.queryParameters
        let statusText = query.get("status") ?? "pending"
        let status: CandidateStatus?
        if statusText == "all" {
            status = nil
        } else if let known = CandidateStatus(rawValue: statusText) {
            status = known
        } else {
            throw APIError(.badRequest, "status: '\(statusText)' is not one of pending, accepted, rejected, all", field: "status")
        }
        var source: Int64?
        if let text = query.get("source") {
            guard let id = Int64(text) else { throw APIError(.badRequest, "source: '\(text)' is not a source id", field: "source") }
            source = id
        }
        return try await Self.mapping { [source] in
            let queued = try store.ledger.read { try $0.candidates(status: status, sourceID: source) }
            var writer = JSONWriter(capacity: 4096)
            writer.beginArray()
            for entry in queued { ReviewQueue.write(entry, try ReviewQueue.candidate(entry), to: &writer) }
            writer.endArray()
            writer.newline()
            return .json(writer.bytes)
        }
    }

    /// `POST /api/review/{id}/accept`: as `claims review accept ID [corrections]`; the body may
    /// carry corrected fields, and `"as": "citation"` (with `same_as`) or `"as": "new"` for a
    /// candidate that possibly repeats a stored claim (409 without). Answers `{"candidate_id": ...,
    /// "claim_id": ..., "cited": true|false}`: `cited` when it became a citation of a stored claim.
    @Sendable func accept(_ request: Request, context: Context) async throws -> Response {
        let id = try Self.id(context)
        var request = request
        let body = try await request.collectBody(upTo: ClaimsRequestContext.maximumBodyBytes)
        let (fields, _, mode) = try RequestFields.reviewFields(body: body, contentType: request.headers[.contentType])
        return try await Self.mapping {
            let accepted = try ReviewActions(store: store).accept(candidate: id, fields: fields, mode: mode)
            var writer = JSONWriter(capacity: 64)
            writer.beginObject()
            writer.key("candidate_id"); writer.int(id)
            writer.key("cited"); writer.bool(!accepted.isNew)
            writer.key("claim_id"); writer.int(accepted.claim)
            writer.endObject()
            writer.newline()
            return .json(writer.bytes)
        }
    }

    /// `POST /api/review/{id}/reject`: as `claims review reject ID [--reason R]` (`reason` in the body).
    @Sendable func reject(_ request: Request, context: Context) async throws -> Response {
        let id = try Self.id(context)
        var request = request
        let body = try await request.collectBody(upTo: ClaimsRequestContext.maximumBodyBytes)
        let (_, reason) = try RequestFields.claimFields(body: body, contentType: request.headers[.contentType])
        return try await Self.mapping {
            try ReviewActions(store: store).reject(candidate: id, reason: reason)
            var writer = JSONWriter(capacity: 64)
            writer.beginObject()
            writer.key("candidate_id"); writer.int(id)
            writer.key("status"); writer.string("rejected")
            writer.endObject()
            writer.newline()
            return .json(writer.bytes)
        }
    }

    /// `POST /api/log`: as `claims log FILE --format json`; the body is `{"text": ..., "url": ...,
    /// "outlet": ..., "title": ..., "published": ..., "accept": false}` or the same as a form.
    @Sendable func log(_ request: Request, context: Context) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: ClaimsRequestContext.maximumBodyBytes)
        let submission = try ArticleSubmission(body: body, contentType: request.headers[.contentType])
        return try await Self.mapping {
            let summary = try submission.log(into: store)
            var writer = JSONWriter(capacity: 256)
            summary.write(to: &writer)
            writer.newline()
            return .json(writer.bytes, status: summary.isDuplicate ? .ok : .created)
        }
    }

    /// The `{id}` path parameter.
    static func id(_ context: Context) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else {
            throw APIError(.badRequest, "id: '\(context.parameters.get("id") ?? "")' is not an id", field: "id")
        }
        return id
    }

    /// Runs `body` on NIO's thread pool (ledger reads and writes block: they must not hold up
    /// the cooperative threads that serve other requests), answering workflow and store errors
    /// with their status.
    static func mapping(_ body: @escaping @Sendable () throws -> Response) async throws -> Response {
        try await run(body)
    }

    /// Runs `body` on NIO's thread pool, as ``mapping(_:)``, for any result.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        do {
            return try await NIOThreadPool.singleton.runIfActive(body)
        } catch {
            throw APIError.from(error)
        }
    }
}
