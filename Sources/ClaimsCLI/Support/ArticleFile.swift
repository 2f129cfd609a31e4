import ClaimsCore
import ClaimsExtraction
import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

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
        guard let bytes = contents(atPath: path, size: size) else {
            throw CLIFailure("\(path): cannot be read: check its permissions")
        }
        do {
            return try ArticleReader.read(bytes)
        } catch {
            throw CLIFailure("\(path): \(error)")
        }
    }

    /// The bytes of a file, read straight into an array of `size + 1` bytes: reading through
    /// `FileManager.contents` and copying the `Data` into `[UInt8]` cost 3% of `claims extract`
    /// in `bench/extract.sh` (two copies of the article and their page faults). A file that
    /// grew since `size` was taken is read again the slow way.
    private static func contents(atPath path: String, size: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var failed = false
        let capacity = size + 1
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            while count < capacity {
                let got = systemRead(descriptor, buffer.baseAddress! + count, capacity - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failed = true }
                if got <= 0 { break }
                count += got
            }
        }
        if failed { return nil }
        if bytes.count < capacity { return bytes }
        return FileManager.default.contents(atPath: path).map { [UInt8]($0) }
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
