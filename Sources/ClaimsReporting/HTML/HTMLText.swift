/// Escaping for HTML text, attributes and SVG: every piece of text in a report goes through here.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities (safe in text and in quoted attributes).
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") })
        else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A link to `url` showing `text`, or just the escaped text when the URL is not http(s)
    /// (no `javascript:` or `data:` links get into a report).
    public static func link(_ url: String?, text: String) -> String {
        guard let url, isWebURL(url) else { return escape(text) }
        return "<a href=\"\(escape(url))\" rel=\"noopener noreferrer\">\(escape(text))</a>"
    }

    /// Whether `url` starts with `http://` or `https://` (any case).
    public static func isWebURL(_ url: String) -> Bool {
        let lower = url.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// `text` cut to `limit` characters, ending in "…" when cut (for chart labels).
    public static func clip(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A number for SVG coordinates, with at most one decimal.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : (tenths < 0 && tenths > -10 ? "-0.\(-tenths % 10)" : "\(tenths / 10).\(abs(tenths % 10))")
    }
}
