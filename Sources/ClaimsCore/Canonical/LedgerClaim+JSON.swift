extension LedgerClaim {
    /// Writes the claim as the JSON object of `claims list/show --format json` and of exports.
    ///
    /// Keys are in ascending byte order; every key is always present (null when unknown), so the
    /// shape is stable for scripts.
    /// - Parameters:
    ///   - systemName: The display name of the claim's system, when known.
    ///   - revisions: Older revisions to embed (exports), or `nil` to leave the key out.
    ///   - lineType: The `type` member of export lines, or `nil` to leave it out.
    public func write(to writer: inout JSONWriter, systemName: String? = nil, revisions: [Revision]? = nil, lineType: String? = nil) {
        writer.beginObject()
        writer.key("citations")
        writer.beginArray()
        for cited in citations { cited.write(to: &writer) }
        writer.endArray()
        var members: [JSONMember] = [
            JSONMember("created_at") { $0.string(createdAt) },
            JSONMember("event_date") { $0.string(head.content.event?.day.description) },
            JSONMember("hash") { $0.string(head.hash) },
            JSONMember("id") { $0.int(id) },
            JSONMember("recorded_at") { $0.string(head.recordedAt) },
            JSONMember("revision") { $0.int(head.number) },
        ]
        if let revisions {
            let headSeq = head.seq
            members.append(JSONMember("revisions") { writer in
                writer.beginArray()
                for revision in revisions { revision.writeExport(to: &writer, isHead: revision.seq == headSeq) }
                writer.endArray()
            })
        }
        if let systemName { members.append(JSONMember("system_name") { $0.string(systemName) }) }
        if let lineType { members.append(JSONMember("type") { $0.string(lineType) }) }
        head.content.writeFields(to: &writer, merging: members)
        writer.endObject()
    }
}

extension CitedSource {
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("end"); writer.int(citation.end)
        writer.key("outlet"); writer.string(outlet)
        writer.key("published"); writer.string(published?.description)
        writer.key("quote"); writer.string(citation.quote)
        writer.key("relay"); writer.string(citation.relay)
        writer.key("revision"); writer.int(revisionNumber)
        writer.key("source"); writer.int(citation.sourceID)
        writer.key("start"); writer.int(citation.start)
        writer.key("title"); writer.string(title)
        writer.key("url"); writer.string(url)
        writer.endObject()
    }
}

extension Revision {
    /// Writes a revision for an export: metadata, the citations it added, and its full content
    /// unless it is the head (whose content is the claim object itself).
    public func writeExport(to writer: inout JSONWriter, isHead: Bool) {
        writer.beginObject()
        writer.key("action"); writer.string(action.rawValue)
        writer.key("citations")
        writer.beginArray()
        for citation in addedCitations {
            writer.beginObject()
            writer.key("end"); writer.int(citation.end)
            writer.key("quote"); writer.string(citation.quote)
            writer.key("relay"); writer.string(citation.relay)
            writer.key("source"); writer.int(citation.sourceID)
            writer.key("start"); writer.int(citation.start)
            writer.endObject()
        }
        writer.endArray()
        if !isHead {
            writer.key("content")
            writer.beginObject()
            content.writeFields(to: &writer)
            writer.endObject()
        }
        writer.key("hash"); writer.string(hash)
        writer.key("number"); writer.int(number)
        writer.key("prev"); writer.string(previousHash)
        writer.key("reason"); writer.string(reason)
        writer.key("recorded_at"); writer.string(recordedAt)
        writer.key("seq"); writer.int(seq)
        writer.endObject()
    }
}
