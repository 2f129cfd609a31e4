import ClaimsCore
import ClaimsStore
import ClaimsWorkflows
import HTTPTypes
import Hummingbird
import NIOCore

/// An error answered as JSON `{"error": "...", "field": "..."}` with its HTTP status.
public struct APIError: Error, HTTPResponseError, Sendable {
    /// The HTTP status answered.
    public var status: HTTPResponse.Status
    /// The one-line message.
    public var message: String
    /// The request field at fault, when one is.
    public var field: String?

    /// Creates an error answered with `status`.
    public init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) {
        self.status = status
        self.message = message
        self.field = field
    }

    /// Maps a workflow's refusal: usage 400, invalid 422, not found 404, conflict 409.
    public init(_ error: WorkflowError) {
        let status: HTTPResponse.Status = switch error.kind {
        case .usage: .badRequest
        case .invalid: .unprocessableContent
        case .notFound: .notFound
        case .conflict: .conflict
        }
        self.init(status, error.message, field: error.field)
    }

    /// Maps any error of a route: workflow and store errors keep their meaning, others are 500.
    public static func from(_ error: any Error) -> any Error {
        switch error {
        case let error as APIError: return error
        case let error as WorkflowError: return APIError(error)
        case let error as HTTPError: return error
        case let error as StoreError:
            if case let .caller(inner) = error, let workflow = inner as? WorkflowError { return APIError(workflow) }
            switch error {
            case .claimNotFound, .sourceNotFound: return APIError(.notFound, error.description)
            case .rejected, .invalid, .refused: return APIError(.unprocessableContent, error.description)
            case .busy: return APIError(.serviceUnavailable, error.description)
            default: return APIError(.internalServerError, error.description)
            }
        default:
            return error
        }
    }

    /// The JSON body.
    public var json: [UInt8] {
        var writer = JSONWriter(capacity: 128)
        writer.beginObject()
        writer.key("error"); writer.string(message)
        writer.key("field"); writer.string(field)
        writer.endObject()
        writer.newline()
        return writer.bytes
    }

    /// The JSON response.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: json)))
    }
}

extension Response {
    /// A JSON response from bytes the ledger's writers made.
    static func json(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
