import Foundation

/// The one place the tool writes to standard error: compiler-style lines and batch progress.
enum Report {
    /// Prints `FILE: error: message [id]`.
    static func error(_ path: String, _ message: String, id: String) {
        StandardStreams.writeError(errorLine(path, message, id: id))
    }

    static func errorLine(_ path: String, _ message: String, id: String) -> String {
        "\(path): error: \(message) [\(id)]\n"
    }
}

/// `[3/10] 2.4 files/s file` on standard error while a batch runs, only when standard error is a terminal.
struct Progress {
    let total: Int
    private let enabled: Bool
    private var done = 0
    private let start = Date()

    init(total: Int) {
        self.total = total
        enabled = total > 1 && isatty(2) != 0
    }

    mutating func show(_ path: String) {
        done += 1
        guard enabled else { return }
        let rate = Double(done - 1) / max(Date().timeIntervalSince(start), 0.001)
        StandardStreams.writeError(String(format: "\r\u{1B}[K[%d/%d] %.1f files/s %@", done, total, rate, path))
    }

    /// Clears the progress line, before a message or at the end.
    func clear() {
        guard enabled else { return }
        StandardStreams.writeError("\r\u{1B}[K")
    }
}
