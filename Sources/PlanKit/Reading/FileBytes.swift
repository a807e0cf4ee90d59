import Foundation

/// Reads a whole input file, turning the file system's failures into `ReadError`s.
///
/// Plain `open(2)`: its errno tells a missing file, a symlink loop and a permission problem apart, and
/// `O_NONBLOCK` keeps a FIFO from stalling a batch before `fstat` refuses it.
enum FileBytes {
    /// The file's bytes. With `textLimit`, a file larger than that many bytes is refused before it is
    /// read, unless it starts as a PDF does.
    static func read(_ path: String, textLimit: Int? = nil) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw .fileNotFound
            case ELOOP: throw .symlinkLoop
            case EACCES, EPERM: throw .permissionDenied
            case EISDIR: throw .isDirectory
            default: throw .unreadable(String(cString: strerror(errno)))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .isDirectory
        default: throw .notRegularFile
        }
        if let textLimit, Int(status.st_size) > textLimit {
            var head = [UInt8](repeating: 0, count: 5)
            let count = head.withUnsafeMutableBytes { Foundation.pread(descriptor, $0.baseAddress, 5, 0) }
            if !(count == 5 && startsAsPDF(head)) { throw .textTooLarge(bytes: Int(status.st_size), limit: textLimit) }
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        if bytes.isEmpty { throw .emptyFile }
        return bytes
    }

    /// Whether the bytes start with the PDF header `%PDF-`.
    static func startsAsPDF(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x25, 0x50, 0x44, 0x46, 0x2D]) }
}
