import Foundation
import PlanKit

/// Standard output and standard error, written with `write(2)` so that a full disk or a closed pipe is
/// an answer, not a trap (`FileHandle.write` traps on both).
///
/// Standard error is written through a copy of descriptor 2 made at start-up, so that messages still
/// reach the user while descriptor 2 itself is redirected to capture what poppler prints.
enum StandardStreams {
    nonisolated(unsafe) private static var errorDescriptor: Int32 = 2

    /// Run once before anything is written: keeps a copy of standard error, and lets `write` report a
    /// closed pipe (EPIPE) and a file-size limit (EFBIG) instead of the process dying of the signal.
    static func prepare() {
        let copy = fcntl(2, F_DUPFD_CLOEXEC, 3)
        if copy >= 0 { errorDescriptor = copy }
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
    }

    /// Writes to standard output. A reader that went away (`plangraph … | head`) ends the process
    /// quietly, by SIGPIPE as Unix tools do; any other failure (a full disk) is one line and exit 1.
    static func writeOutput(_ data: Data, to descriptor: Int32 = 1) {
        let written = data.withUnsafeBytes { AtomicFile.writeAll($0, to: descriptor) }
        guard !written else { return }
        let error = errno
        // A batch ends here with its workers, which run in groups of their own.
        RunningWorkers.stopAll()
        if error == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            kill(getpid(), SIGPIPE)
        }
        writeError("standard output: error: cannot write: \(String(cString: strerror(error))) [write-failed]\n")
        _exit(1)
    }

    /// Writes to standard error; a failure there has nowhere to be reported, so it is ignored.
    static func writeError(_ text: String) {
        var text = text
        _ = text.withUTF8 { AtomicFile.writeAll(UnsafeRawBufferPointer($0), to: errorDescriptor) }
    }
}

/// What a library prints on descriptor 2 while a document is read: poppler writes its complaints
/// about a damaged file straight to standard error (`some font thing failed`, 115 times for one PDF).
/// They are caught in a temporary file and become one warning.
///
/// A crash while they are caught would take the runtime's own message (`Fatal error: …`) into the
/// file with it: a handler of the crash signals copies the file to standard error first, then lets the
/// signal go on to the handler that was there before (the runtime's backtracer).
struct ForeignMessages {
    private let saved: Int32
    private let file: Int32
    private static let crashSignals = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]
    nonisolated(unsafe) private static var caughtFile: Int32 = -1
    nonisolated(unsafe) private static var caughtSaved: Int32 = -1
    /// The handlers before, one per crash signal in order (a fixed table: the handler reads it).
    nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 6)
    nonisolated(unsafe) private static let crashBuffer = UnsafeMutableRawPointer.allocate(byteCount: 4096, alignment: 16)

    /// Starts catching descriptor 2; nil when no temporary file can be made (the messages then pass).
    init?() {
        var template = Array((NSTemporaryDirectory() + "/plangraph-stderr-XXXXXX").utf8CString)
        let file = mkstemp(&template)
        guard file >= 0 else { return nil }
        unlink(template)
        let saved = dup(2)
        guard saved >= 0, dup2(file, 2) >= 0 else {
            close(file)
            if saved >= 0 { close(saved) }
            return nil
        }
        self.saved = saved
        self.file = file
        Self.caughtFile = file
        Self.caughtSaved = saved
        for (index, signal) in Self.crashSignals.enumerated() {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = Self.copyOutAndCrash
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, Self.previous + index)
        }
    }

    /// In a crash: what was caught goes to standard error, the handler before takes the signal.
    private static let copyOutAndCrash: @convention(c) (Int32) -> Void = { signal in
        let file = ForeignMessages.caughtFile
        let saved = ForeignMessages.caughtSaved
        if file >= 0 && saved >= 0 {
            lseek(file, 0, SEEK_SET)
            while true {
                let count = read(file, ForeignMessages.crashBuffer, 4096)
                if count <= 0 { break }
                _ = write(saved, ForeignMessages.crashBuffer, count)
            }
            dup2(saved, 2)
        }
        ForeignMessages.restoreHandlers()
        raise(signal)
    }

    private static func restoreHandlers() {
        for (index, signal) in crashSignals.enumerated() { sigaction(signal, previous + index, nil) }
    }

    /// Stops catching and gives the lines caught.
    func finish() -> [String] {
        Self.restoreHandlers()
        Self.caughtFile = -1
        dup2(saved, 2)
        close(saved)
        defer { close(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        lseek(file, 0, SEEK_SET)
        while bytes.count < 1 << 20 {
            let count = chunk.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            bytes += chunk[..<count]
        }
        return Self.lines(in: bytes)
    }

    static func lines(in bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
    }

    /// One warning for the messages, the most frequent first with their counts:
    /// `poppler printed 115 messages while reading the file: "some font thing failed" ×115 [library-messages]`.
    static func warning(for lines: [String], path: String) -> String? {
        guard !lines.isEmpty else { return nil }
        var counts: [String: Int] = [:]
        for line in lines { counts[line, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var shown = ranked.prefix(3).map { "\"\($0.key.prefix(120))\" ×\($0.value)" }.joined(separator: ", ")
        if ranked.count > 3 { shown += ", …" }
        let noun = lines.count == 1 ? "message" : "messages"
        return "\(path): warning: poppler printed \(lines.count) \(noun) while reading the file (the PDF may be damaged): \(shown) [library-messages]"
    }
}
