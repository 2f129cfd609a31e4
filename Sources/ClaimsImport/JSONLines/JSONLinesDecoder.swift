import ClaimsCore

/// Decodes a JSON Lines file written by `claims export` (or lines of claim objects without
/// history: `{"kind": ..., "system": ...}`): a `{"type":"ledger"}` header, sources, claims and
/// review-queue candidates, one JSON object per line.
public struct JSONLinesDecoder: ImportDecoder {
    public let input: ImportInput

    /// A decoder of `input`.
    public init(_ input: ImportInput) {
        self.input = input
    }

    /// Decodes every line; blank lines and the header are ``ImportRecord/Content/skipped``.
    public func decode(_ emit: (ImportRecord) -> Bool) {
        var reader: LineReader
        do { reader = try input.lineReader() } catch {
            _ = emit(ImportRecord(line: 1, bytesConsumed: 0, content: .failure(error)))
            return
        }
        while let line = reader.nextLine() {
            let content: ImportRecord.Content
            switch Self.decode(line) {
            case let .success(decoded): content = decoded
            case let .failure(problem):
                content = .failure(ImportFailure(file: input.name, line: reader.lineNumber, problem: problem.message))
            }
            guard emit(ImportRecord(line: reader.lineNumber, bytesConsumed: reader.bytesConsumed, content: content)) else { return }
            if case .failure = content { return }
        }
    }

    /// Decodes one line.
    ///
    /// - Complexity: O(n) in the line's length.
    static func decode(_ bytes: [UInt8]) -> Result<ImportRecord.Content, LineProblem> {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .success(.skipped) }
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch {
            return .failure(LineProblem("not valid JSON (\(error)): each line must be one JSON object, as `claims export` writes"))
        }
        guard case .object = json else { return .failure(LineProblem("expected one JSON object per line")) }
        do throws(ClaimsError) {
            switch json["type"]?.stringValue {
            case "ledger":
                guard json["format"]?.stringValue == "claims-ledger" else {
                    return .failure(LineProblem("format: unknown format: expected \"claims-ledger\""))
                }
                guard (json["version"]?.intValue ?? 0) <= 1 else {
                    return .failure(LineProblem("written by a newer version of claims: upgrade the tool"))
                }
                return .success(.skipped)
            case "source":
                return .success(.source(try source(json)))
            case "claim", nil:
                let content = try ClaimContent(json: json)
                let citations = Result { () throws(ClaimsError) -> [DraftCitation] in
                    try (json["citations"]?.arrayValue ?? []).map { item throws(ClaimsError) in
                        let citation = try citation(item)
                        return DraftCitation(
                            source: .file(citation.sourceID), quote: citation.quote, start: citation.start, end: citation.end,
                            relay: citation.relay
                        )
                    }
                }
                let history = json["revisions"]?.arrayValue.flatMap { $0.isEmpty ? nil : json }
                return .success(.claim(ClaimDraft(
                    content: content, citations: citations, hash: json["hash"]?.stringValue,
                    fileID: json["id"]?.intValue.map(Int64.init), history: history
                )))
            case "candidate":
                return .success(.candidate(json))
            case let other?:
                return .failure(LineProblem("type: unknown line type '\(other.prefix(40))': expected ledger, source, claim or candidate"))
            }
        } catch {
            return .failure(LineProblem(error.description))
        }
    }

    /// A citation object of an export (`{"source": 3, "quote": "...", ...}`), with the file's source id.
    ///
    /// - Throws: ``ClaimsError/invalidField(_:_:)`` naming a missing field.
    public static func citation(_ json: JSONValue) throws(ClaimsError) -> Citation {
        guard let source = json["source"]?.intValue else { throw ClaimsError.invalidField("citations.source", "is required") }
        guard let quote = json["quote"]?.stringValue else { throw ClaimsError.invalidField("citations.quote", "is required") }
        return Citation(
            sourceID: Int64(source), quote: quote, start: json["start"]?.intValue, end: json["end"]?.intValue,
            relay: json["relay"]?.stringValue
        )
    }

    /// A source line of an export, with its id in the file.
    ///
    /// - Throws: ``ClaimsError/invalidField(_:_:)`` naming the field that is missing or wrong.
    public static func source(_ json: JSONValue) throws(ClaimsError) -> Source {
        guard let id = json["id"]?.intValue else { throw ClaimsError.invalidField("id", "a source line needs an id") }
        let kindText = json["kind"]?.stringValue ?? "article"
        guard let kind = SourceKind(rawValue: kindText) else { throw ClaimsError.invalidField("kind", "unknown source kind '\(kindText)'") }
        func time(_ key: String) throws(ClaimsError) -> EventTime? {
            guard let text = json[key]?.stringValue else { return nil }
            guard let value = EventTime(text) else { throw ClaimsError.invalidField(key, "expected YYYY-MM-DD, got '\(text)'") }
            return value
        }
        return Source(
            id: Int64(id), kind: kind, url: json["url"]?.stringValue, outlet: json["outlet"]?.stringValue,
            title: json["title"]?.stringValue, wire: json["wire"]?.stringValue, published: try time("published"),
            retrieved: try time("retrieved"), language: json["language"]?.stringValue, text: json["text"]?.stringValue,
            textSHA256: json["text_sha256"]?.stringValue
        )
    }
}

/// What is wrong with one line or row; the decoder adds the file and line.
struct LineProblem: Error, Sendable {
    let message: String
    init(_ message: String) { self.message = message }
}
