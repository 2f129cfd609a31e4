/// Claim content with its canonical JSON already written: what hashing a revision and storing its
/// `extra` column need from the content, prepared ahead (a bulk import prepares it on its
/// reading thread, off the thread that writes the hash chain).
package struct CanonicalContent: Sendable {
    package let content: ClaimContent
    /// The content's canonical object, `{...}`, as ``ClaimContent/writeFields(to:merging:)``
    /// writes it inside braces.
    package let json: [UInt8]
    /// `extra`'s stored form since schema v8 (see ``extraColumns(_:)``), `nil` when it is empty.
    package let extraColumns: (keys: String, values: String)?

    package init(_ content: ClaimContent) {
        self.content = content
        var writer = JSONWriter(capacity: 512)
        writer.beginObject()
        content.writeFields(to: &writer)
        writer.endObject()
        json = writer.bytes
        extraColumns = Self.extraColumns(content.extra)
    }

    /// `extra` as it is stored since schema v8: its keys in byte order as a JSON array of strings
    /// (a key set, stored once per ledger in `extraKeys`) and its values in the same order as
    /// another (the revision's `extra` column); `nil` when empty. The canonical object that is
    /// hashed is the keys and values zipped back into a map, so only the stored form changed:
    /// a dataset's column names were repeated in every row (96 of 417 bytes per piterfm claim).
    package static func extraColumns(_ extra: [String: String]) -> (keys: String, values: String)? {
        guard !extra.isEmpty else { return nil }
        let sorted = extra.sorted { JSONWriter.utf8Precedes($0.key, $1.key) }
        var keys = JSONWriter(capacity: 32 * sorted.count)
        var values = JSONWriter(capacity: 32 * sorted.count)
        keys.beginArray()
        values.beginArray()
        for (key, value) in sorted {
            keys.string(key)
            values.string(value)
        }
        keys.endArray()
        values.endArray()
        return (keys.string, values.string)
    }

    /// `extra` as canonical JSON text (keys in byte order), `nil` when empty.
    package static func extraJSON(_ extra: [String: String]) -> String? {
        guard !extra.isEmpty else { return nil }
        var writer = JSONWriter(capacity: 128)
        writer.sortedStringMap(extra)
        return writer.string
    }
}
