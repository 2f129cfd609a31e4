import ClaimsCore

extension ArticleLogger.Summary {
    /// `{"source", "duplicate", "copy_of", "similarity", "claims_created", "claims_cited", "queued",
    /// "need_claimant", "candidates", "same_as", "conflicts"}`: `same_as` lists the queued candidates
    /// that possibly repeat a stored claim (`{"candidate", "claim", "why"}`), `conflicts` the new
    /// claims whose claimant gave another figure for the same event (`{"claim", "stored", "why"}`).
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("candidates"); writer.int(candidateCount)
        writer.key("claims_cited"); writer.beginArray(); for id in claimsCited { writer.int(id) }; writer.endArray()
        writer.key("claims_created"); writer.beginArray(); for id in claimsCreated { writer.int(id) }; writer.endArray()
        writer.key("conflicts")
        writer.beginArray()
        for conflict in conflicts {
            writer.beginObject()
            writer.key("claim"); writer.int(conflict.claim)
            writer.key("stored"); writer.int(conflict.stored)
            writer.key("why"); writer.string(conflict.why)
            writer.endObject()
        }
        writer.endArray()
        writer.key("copy_of"); writer.int(copyOf?.sourceID)
        writer.key("duplicate"); writer.bool(isDuplicate)
        writer.key("need_claimant"); writer.beginArray(); for id in needClaimant { writer.int(id) }; writer.endArray()
        writer.key("queued"); writer.beginArray(); for id in queued { writer.int(id) }; writer.endArray()
        writer.key("same_as")
        writer.beginArray()
        for repeat_ in possibleRepeats {
            writer.beginObject()
            writer.key("candidate"); writer.int(repeat_.candidate)
            writer.key("claim"); writer.int(repeat_.claim)
            writer.key("why"); writer.string(repeat_.why)
            writer.endObject()
        }
        writer.endArray()
        writer.key("similarity"); writer.double(copyOf.map { ($0.similarity * 100).rounded() / 100 })
        writer.key("source"); writer.int(sourceID)
        writer.endObject()
    }
}
