import ClaimsCore
import ClaimsExtraction
import Foundation

/// Reads an article file for `extract` and `log`, with one-line errors naming the file.
enum ArticleFile {
    /// Reads and checks `path` (plain text or saved HTML, UTF-8, at most 20 MB).
    static func read(_ path: String) throws -> Article {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIFailure("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CLIFailure("\(path): is a directory: give an article file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > ArticleReader.maximumBytes {
            throw CLIFailure("\(path): \(ArticleInputError.tooLarge(bytes: size, limit: ArticleReader.maximumBytes))")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure("\(path): cannot be read: check its permissions")
        }
        do {
            return try ArticleReader.read([UInt8](data))
        } catch {
            throw CLIFailure("\(path): \(error)")
        }
    }

    /// The publication date: `--published` when given, else the page's own.
    static func published(_ option: String?, article: Article) throws -> EventTime? {
        if let option {
            guard let time = EventTime(option) else {
                throw CLIFailure("published: '\(option)' is not a date: use YYYY-MM-DD (or YYYY-MM-DDTHH:MM)")
            }
            return time
        }
        return article.published
    }
}
