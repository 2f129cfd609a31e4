import ClaimsCore
import ClaimsWorkflows
import Hummingbird
import NIOCore

/// Reading filters and claim fields from query strings, forms and JSON bodies.
enum RequestFields {
    /// The claim filters of a query string (`kind`, `system`, `claimant`, `side`, `status`, `from`, `to`).
    ///
    /// - Throws: ``APIError`` (400) naming a parameter with a value outside its set.
    static func filters(_ query: Parameters) throws -> ClaimFilterFields {
        var fields = ClaimFilterFields()
        fields.kind = try closed(query.get("kind"), "kind", ClaimKind.self)
        fields.system = nonEmpty(query.get("system"))
        fields.claimant = nonEmpty(query.get("claimant"))
        fields.side = try closed(query.get("side"), "side", Side.self)
        fields.status = try closed(query.get("status"), "status", VerificationStatus.self)
        fields.from = nonEmpty(query.get("from"))
        fields.to = nonEmpty(query.get("to"))
        return fields
    }

    /// Claim corrections from a JSON object body (`{"system": "Kalibr", "count": "12"}`) or a
    /// form; keys as the CLI's flags with `_` for `-` (`count_text`, `weapon_side`).
    ///
    /// - Throws: ``APIError`` (400) for a body that is neither, or a value outside its set.
    static func claimFields(body: ByteBuffer, contentType: String?) throws -> (ClaimFields, reason: String?) {
        let (fields, reason, _) = try reviewFields(body: body, contentType: contentType)
        return (fields, reason)
    }

    /// Corrections, a rejection's `reason`, and how to accept: `"as": "citation"` (of the claim in
    /// `same_as`, else the candidate's suggestion) or `"as": "new"`, as `claims review accept
    /// --as-citation|--cite|--as-new`.
    ///
    /// - Throws: ``APIError`` (400) for a body that is neither JSON nor a form, or a value outside its set.
    static func reviewFields(body: ByteBuffer, contentType: String?) throws -> (ClaimFields, reason: String?, mode: ReviewQueue.AcceptMode) {
        let lookup: (String) -> String?
        if contentType?.hasPrefix("application/x-www-form-urlencoded") ?? false {
            let form = FormFields(body)
            lookup = { form.nonEmpty($0) }
        } else if body.readableBytes == 0 || String(buffer: body).allSatisfy(\.isWhitespace) {
            lookup = { _ in nil }
        } else {
            let value: JSONValue
            do {
                value = try JSONParser.parse(body.readableBytesView)
            } catch {
                throw APIError(.badRequest, "body: not JSON (\(error)): send an object of fields", field: "body")
            }
            guard case .object = value else { throw APIError(.badRequest, "body: send a JSON object of fields", field: "body") }
            lookup = { key in
                guard let member = value[key] else { return nil }
                if let text = member.stringValue { return nonEmpty(text) }
                if let number = member.intValue { return String(number) }
                return nil
            }
        }
        var mode = ReviewQueue.AcceptMode.automatic
        switch lookup("as") {
        case nil: break
        case "new": mode = .newClaim
        case "citation":
            var claim: Int64?
            if let text = lookup("same_as") {
                guard let id = Int64(text) else { throw APIError(.badRequest, "same_as: '\(text)' is not a claim id", field: "same_as") }
                claim = id
            }
            mode = .citation(of: claim)
        case let other?: throw APIError(.badRequest, "as: '\(other)' is not one of citation, new", field: "as")
        }
        return (try claimFields(lookup: lookup), lookup("reason"), mode)
    }

    /// Claim corrections from `lookup` (field name → value, `nil` when not given).
    ///
    /// - Throws: ``APIError`` (400) for a value outside its set.
    static func claimFields(lookup: (String) -> String?) throws -> ClaimFields {
        var fields = ClaimFields()
        fields.kind = try closed(lookup("kind"), "kind", ClaimKind.self)
        fields.system = lookup("system")
        fields.count = lookup("count")
        fields.countText = lookup("count_text")
        fields.launched = lookup("launched")
        fields.claimant = lookup("claimant")
        fields.weaponSide = try closed(lookup("weapon_side"), "weapon_side", Side.self)
        fields.location = lookup("location")
        fields.locationText = lookup("location_text")
        fields.date = lookup("date")
        fields.target = lookup("target")
        fields.weaponOrigin = lookup("weapon_origin")
        fields.status = try closed(lookup("status"), "status", VerificationStatus.self)
        fields.reliability = lookup("reliability")
        fields.notes = lookup("notes")
        return fields
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }

    private static func closed<T: RawRepresentable & CaseIterable>(_ text: String?, _ name: String, _: T.Type) throws -> T?
    where T.RawValue == String {
        guard let text = nonEmpty(text) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError(.badRequest, "\(name): '\(text)' is not one of \(allowed)", field: name)
        }
        return value
    }
}
