/// Claim content with its canonical JSON already written: what hashing a revision and storing its
/// `extra` column need from the content, prepared ahead (a bulk import prepares it on its
/// reading thread, off the thread that writes the hash chain).
package struct CanonicalContent: Sendable {
    package let content: ClaimContent
    /// The content's canonical object, `{...}`, as ``ClaimContent/writeFields(to:merging:)``
    /// writes it inside braces.
    package let json: [UInt8]
    /// `extra` as canonical JSON text, `nil` when it is empty (the stored column's form).
    package let extraJSON: String?

    package init(_ content: ClaimContent) {
        self.content = content
        var writer = JSONWriter(capacity: 512)
        writer.beginObject()
        content.writeFields(to: &writer)
        writer.endObject()
        json = writer.bytes
        extraJSON = Self.extraJSON(content.extra)
    }

    /// `extra` as canonical JSON text (keys in byte order), `nil` when empty.
    package static func extraJSON(_ extra: [String: String]) -> String? {
        guard !extra.isEmpty else { return nil }
        var writer = JSONWriter(capacity: 128)
        writer.sortedStringMap(extra)
        return writer.string
    }
}
