/// One revision of a claim: the full content as of that revision, the citations it added, and
/// its place in the ledger's hash chain.
public struct Revision: Sendable, Equatable {
    /// The ledger-wide sequence number: the hash chain runs in this order.
    public var seq: Int64
    public var claimID: Int64
    /// 1 for the revision that created the claim, then 2, 3...
    public var number: Int
    public var action: RevisionAction
    public var reason: String?
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    public var recordedAt: String
    public var content: ClaimContent
    /// The citations this revision attached (earlier revisions' citations still apply).
    public var addedCitations: [Citation]
    /// The hash of the revision before this one in the ledger (``Hashing/genesis`` for the first).
    public var previousHash: String
    /// SHA-256 of this revision's canonical form, which includes `previousHash`.
    public var hash: String

    public init(
        seq: Int64, claimID: Int64, number: Int, action: RevisionAction, reason: String?,
        recordedAt: String, content: ClaimContent, addedCitations: [Citation],
        previousHash: String, hash: String = ""
    ) {
        self.seq = seq
        self.claimID = claimID
        self.number = number
        self.action = action
        self.reason = reason
        self.recordedAt = recordedAt
        self.content = content
        self.addedCitations = addedCitations
        self.previousHash = previousHash
        self.hash = hash
    }

    /// Computes the hash of this revision's canonical form.
    ///
    /// - Parameters:
    ///   - sourceFingerprint: The fingerprint (``Source/fingerprint``) of each cited source, by id,
    ///     so that changing a source behind the tool's back breaks the chain too.
    ///   - writer: A scratch writer, reused across calls to avoid allocations in bulk work.
    /// - Returns: 64 lower-case hex digits.
    public func computeHash(sourceFingerprint: (Int64) -> String?, writer: inout JSONWriter) -> String {
        computeHash(sourceFingerprint: sourceFingerprint, writer: &writer, canonicalContent: nil)
    }

    /// Computes the hash with `content`'s canonical object already written.
    ///
    /// - Parameter canonicalContent: ``CanonicalContent/json`` of this revision's `content`:
    ///   the same bytes ``writeCanonical(to:sourceFingerprint:)`` would write (checked in debug
    ///   builds). Bulk imports prepare it on their reading thread.
    package func computeHash(sourceFingerprint: (Int64) -> String?, writer: inout JSONWriter, canonicalContent: [UInt8]?) -> String {
        writer.reset()
        writeCanonical(to: &writer, sourceFingerprint: sourceFingerprint, canonicalContent: canonicalContent)
        return Hashing.sha256Hex(writer.bytes)
    }

    /// The canonical form: keys in ascending byte order, no white space.
    public func writeCanonical(to writer: inout JSONWriter, sourceFingerprint: (Int64) -> String?) {
        writeCanonical(to: &writer, sourceFingerprint: sourceFingerprint, canonicalContent: nil)
    }

    private func writeCanonical(to writer: inout JSONWriter, sourceFingerprint: (Int64) -> String?, canonicalContent: [UInt8]?) {
        assert(canonicalContent == nil || canonicalContent == CanonicalContent(content).json, "canonicalContent is not content's")
        writer.beginObject()
        writer.key("action"); writer.string(action.rawValue)
        writer.key("citations")
        writer.beginArray()
        for citation in addedCitations {
            citation.writeCanonical(to: &writer, sourceFingerprint: sourceFingerprint(citation.sourceID))
        }
        writer.endArray()
        writer.key("claim"); writer.int(claimID)
        writer.key("content")
        if let canonicalContent {
            writer.raw(canonicalContent)
        } else {
            writer.beginObject()
            content.writeFields(to: &writer)
            writer.endObject()
        }
        writer.key("number"); writer.int(number)
        writer.key("prev"); writer.string(previousHash)
        writer.key("reason"); writer.string(reason)
        writer.key("recorded_at"); writer.string(recordedAt)
        writer.key("seq"); writer.int(seq)
        writer.endObject()
    }
}

extension Citation {
    /// The canonical form of a citation inside a revision.
    public func writeCanonical(to writer: inout JSONWriter, sourceFingerprint: String?) {
        writer.beginObject()
        writer.key("end"); writer.int(end)
        writer.key("quote"); writer.string(quote)
        writer.key("relay"); writer.string(relay)
        writer.key("source"); writer.int(sourceID)
        writer.key("source_fingerprint"); writer.string(sourceFingerprint)
        writer.key("start"); writer.int(start)
        writer.endObject()
    }
}

extension Source {
    /// SHA-256 of the source's canonical metadata, including the hash of its text: any change to
    /// a stored source changes it.
    public var fingerprint: String {
        var writer = JSONWriter(capacity: 256)
        writer.beginObject()
        writer.key("kind"); writer.string(kind.rawValue)
        writer.key("language"); writer.string(language)
        writer.key("outlet"); writer.string(outlet)
        writer.key("published"); writer.string(published?.description)
        writer.key("retrieved"); writer.string(retrieved?.description)
        writer.key("text_sha256"); writer.string(textSHA256)
        writer.key("title"); writer.string(title)
        writer.key("url"); writer.string(url)
        writer.key("wire"); writer.string(wire)
        writer.endObject()
        return Hashing.sha256Hex(writer.bytes)
    }
}
