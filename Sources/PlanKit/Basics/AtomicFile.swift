import Foundation

/// Writes files whole or not at all: the bytes go to a temporary file beside the target, unique to the
/// process and the call, which `rename(2)` then puts in the target's place.
///
/// Until the rename the old file stays whole; a failed write (a full disk, a file-size limit) removes the
/// temporary file and leaves the old one as it was. Two processes writing the same target each rename a
/// complete file of their own, so the last one wins and neither loses the file. (Foundation's
/// `replaceItemAt` on Linux moved the old file over the new temporary one and unlinked it.)
public enum AtomicFile {
    /// Why a file could not be written: `message` is the line a user sees after `PATH: error:`.
    public struct WriteError: Error, Sendable {
        public var path: String
        public var message: String
    }

    /// Writes `data` to `path`, replacing what is there.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let temporary = temporaryPath(beside: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        var failed: WriteError?
        data.withUnsafeBytes { raw in
            if !writeAll(raw, to: descriptor) { failed = failure(path) }
        }
        if close(descriptor) != 0, failed == nil { failed = failure(path) }
        if let failed {
            unlink(temporary)
            throw failed
        }
        try replace(path, with: temporary)
    }

    /// A name in `path`'s directory that no other process or call uses: `.<name>.<pid>.<random>.tmp`.
    public static func temporaryPath(beside path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(suffix).tmp").path
    }

    /// Renames the finished `temporary` over `path`; removes it when that fails.
    public static func replace(_ path: String, with temporary: String) throws(WriteError) {
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    /// Writes every byte, retrying after signals and short writes; false with `errno` set on failure.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        guard var next = bytes.baseAddress else { return true }
        var left = bytes.count
        while left > 0 {
            let written = Foundation.write(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            next += written
            left -= written
        }
        return true
    }

    private static func failure(_ path: String) -> WriteError {
        WriteError(path: path, message: "cannot write: \(String(cString: strerror(errno)))")
    }
}
