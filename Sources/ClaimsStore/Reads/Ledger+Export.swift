import ClaimsCore
import GRDB

/// What an export covers, for its reproducibility stamp.
public struct ExportStamp: Sendable {
    public var headHash: String
    public var claims: Int
    public var revisions: Int
    public var generatedAt: String
    public var filter: ClaimFilter

    /// Writes the stamp members (without braces) in key order.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.key("claims"); writer.int(claims)
        writer.key("filters"); filter.write(to: &writer)
        writer.key("format"); writer.string("claims-ledger")
        writer.key("generated_at"); writer.string(generatedAt)
        writer.key("head"); writer.string(headHash)
        writer.key("revisions"); writer.int(revisions)
        writer.key("tool"); writer.string("claims \(ToolVersion.current)")
    }
}

extension Ledger {
    /// The stamp for an export or report made now over `filter`.
    public func stamp(filter: ClaimFilter = ClaimFilter()) throws(StoreError) -> ExportStamp {
        try read { reader in
            ExportStamp(
                headHash: try reader.headHash(), claims: try reader.claimCount(), revisions: try reader.revisionCount(),
                generatedAt: stampClock.timestamp(), filter: filter
            )
        }
    }

    /// Streams the whole ledger as JSON Lines: a header line (the stamp), every source, every
    /// claim (retracted ones too) with its full revision history, then the review queue's
    /// candidates (`claims review`), decided ones too. Deterministic: the same ledger gives the
    /// same bytes (with the same clock).
    ///
    /// - Parameter emit: Receives whole lines, newlines included: one line, or many claim lines at
    ///   once (about 1 MB).
    /// - Complexity: One pass over sources, claims, citations, revisions and candidates; memory stays flat.
    public func exportJSONLines(_ emit: ([UInt8]) throws -> Void) throws(StoreError) {
        var everything = ClaimFilter()
        everything.includeRetracted = true
        let stamp = try stamp(filter: everything)
        try read { reader in
            var writer = JSONWriter(capacity: 4096)
            writer.beginObject()
            stamp.writeMembers(to: &writer)
            writer.key("type"); writer.string("ledger")
            writer.key("version"); writer.int(1)
            writer.endObject()
            writer.newline()
            try emit(writer.bytes)

            try reader.forEachSource { source in
                writer.reset()
                source.writeExport(to: &writer)
                writer.newline()
                try emit(writer.bytes)
            }

            try ClaimLineWriter(reader.db).write(emit)

            try reader.forEachCandidate { candidate in
                writer.reset()
                candidate.writeExport(to: &writer)
                writer.newline()
                try emit(writer.bytes)
            }
        }
    }
}

extension Source {
    /// The JSON object of a source in an export.
    public func writeExport(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id"); writer.int(id)
        writer.key("kind"); writer.string(kind.rawValue)
        writer.key("language"); writer.string(language)
        writer.key("outlet"); writer.string(outlet)
        writer.key("published"); writer.string(published?.description)
        writer.key("retrieved"); writer.string(retrieved?.description)
        writer.key("text"); writer.string(text)
        writer.key("text_sha256"); writer.string(textSHA256)
        writer.key("title"); writer.string(title)
        writer.key("type"); writer.string("source")
        writer.key("url"); writer.string(url)
        writer.key("wire"); writer.string(wire)
        writer.endObject()
    }
}
