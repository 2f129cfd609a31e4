import ClaimsStore
import Foundation

/// A one-line progress bar on stderr for long imports: percentage, rows, rows/s and ETA.
/// Drawn only when stderr is a terminal, at most ten times a second; silent otherwise.
final class ProgressBar {
    private let label: String
    private let isEnabled: Bool
    private let start: Double
    private var lastDraw = -1.0
    private var drawn = false

    /// Whether the bar was ever drawn.
    var hasDrawn: Bool { drawn }

    /// - Parameter isEnabled: Defaults to whether stderr is a terminal.
    init(label: String, isEnabled: Bool = Terminal.isErrorTerminal) {
        self.label = label
        self.isEnabled = isEnabled
        self.start = Self.now()
    }

    /// Redraws the bar (throttled).
    func update(_ progress: ImportProgress) {
        guard isEnabled else { return }
        let now = Self.now()
        guard now - lastDraw >= 0.1 else { return }
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + Self.render(progress, label: label, elapsed: now - start)).utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard isEnabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// The bar's text: `label [#######.........]  45%  78,123 rows  52,100 rows/s  ETA 0:03`.
    static func render(_ progress: ImportProgress, label: String, elapsed: Double, width: Int = 24) -> String {
        let rate = elapsed > 0 ? Double(progress.rows) / elapsed : 0
        var text = label
        if let total = progress.totalBytes, total > 0 {
            let fraction = min(1, Double(progress.bytes) / Double(total))
            let filled = Int(fraction * Double(width))
            text += " [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
            text += " " + String(Int(fraction * 100)).leftPadded(to: 3) + "%"
            text += "  \(grouped(progress.rows)) rows  \(grouped(Int(rate))) rows/s"
            if fraction > 0, elapsed > 0 {
                text += "  ETA " + duration(elapsed * (1 - fraction) / fraction)
            }
        } else {
            text += "  \(grouped(progress.rows)) rows  \(grouped(Int(rate))) rows/s"
        }
        return text
    }

    /// 1234567 → "1,234,567".
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var out = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// Seconds as `m:ss` or `h:mm:ss`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" : "\(minutes):\(twoDigits(secs))"
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
