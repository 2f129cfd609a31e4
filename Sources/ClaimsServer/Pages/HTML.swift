import Hummingbird
import NIOCore

/// Building HTML by hand: every piece of text goes through ``escape(_:)``.
enum HTML {
    /// `text` with `& < > " '` replaced by entities, safe in element content and quoted attributes.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A whole page: the CSRF token in `<meta name="csrf-token">`, our stylesheet and script, the navigation.
    ///
    /// - Parameters:
    ///   - title: The page title (escaped here).
    ///   - csrfToken: The CSRF token for scripts and forms.
    ///   - body: The page's HTML (already escaped by its builder).
    static func page(title: String, csrfToken: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="\(escape(csrfToken))">
        <title>\(escape(title)) · claims</title>
        <link rel="stylesheet" href="/static/claims.css">
        <script src="/static/claims.js" defer></script>
        </head>
        <body>
        <nav><a href="/">Dashboard</a> <a href="/review">Review</a> <a href="/log">Log</a> <a href="/claims">Claims</a> <a href="/tally">Tally</a> <a href="/compare">Compare</a></nav>
        <main>
        <h1>\(escape(title))</h1>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// A hidden `csrf` field for a form.
    static func csrfField(_ token: String) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(escape(token))\">"
    }

    /// A table with escaped header and cells.
    static func table(headers: [String], rows: [[String]], rawColumns: Set<Int> = []) -> String {
        var html = "<table><thead><tr>" + headers.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in rows {
            html += "<tr>" + row.enumerated().map { "<td>\(rawColumns.contains($0.offset) ? $0.element : escape($0.element))</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody></table>"
    }
}

extension Response {
    /// An HTML response.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A redirect after a form post (303 See Other).
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
