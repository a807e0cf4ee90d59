/// Why a file could not be read; the only error a PlanKit stage throws.
///
/// `message` is the one line a user sees after `FILE: error:`; `id` names the case for scripts.
public enum ReadError: Error, Equatable, Sendable {
    case fileNotFound
    case isDirectory
    case unreadable(String)
    case permissionDenied
    case symlinkLoop
    case notRegularFile
    case emptyFile
    case pdfEncrypted
    case wrongPassword
    case pdfDamaged(String)
    case pdfWithoutText(pages: Int)
    case pdfWithoutPages
    case tooManyPages(pages: Int, limit: Int)
    /// `--pages` selects no page of the PDF.
    case noSuchPages(range: ClosedRange<Int>, pages: Int)
    case timedOut(seconds: Double)
    case textTooLarge(bytes: Int, limit: Int)
    case binaryFile
    case unknownEncoding(guess: String?)
    case undecodable(encoding: TextEncoding)
    case utf16WithoutByteOrderMark(TextEncoding)
    case mixedEncodings(utf8Line: Int, otherLine: Int)
    case noText
    case unsupportedGraph(version: String)
    case invalidGraph(String)

    public var message: String {
        switch self {
        case .fileNotFound: "no such file"
        case .isDirectory: "is a directory, not a document"
        case .unreadable(let reason): "cannot read file: \(reason)"
        case .permissionDenied: "permission denied: this user may not read the file"
        case .symlinkLoop: "symbolic link loop: the path never reaches a file"
        case .notRegularFile: "not a regular file (a FIFO, socket or device); give a file"
        case .emptyFile: "file is empty"
        case .pdfEncrypted: "PDF is encrypted; decrypt it first (qpdf --decrypt IN OUT) or pass --password"
        case .wrongPassword: "PDF is encrypted and the password given does not open it"
        case .pdfDamaged(let reason): "PDF is damaged or not a PDF (\(reason))"
        case .pdfWithoutText(let pages):
            "PDF has no text on any of its \(pages) page\(pages == 1 ? "" : "s"); it needs OCR first"
        case .pdfWithoutPages: "PDF has no pages"
        case .tooManyPages(let pages, let limit): "PDF has \(pages) pages, more than --max-pages \(limit) allows"
        case .noSuchPages(let range, let pages):
            "--pages \(range.lowerBound)-\(range.upperBound == Int.max ? "" : String(range.upperBound)) selects no page; the PDF has \(pages)"
        case .timedOut(let seconds): "reading took longer than \(seconds) s (--timeout); skipped"
        case .textTooLarge(let bytes, let limit):
            "text file is \(Self.megabytes(bytes)) MB, more than --max-text-size \(Self.megabytes(limit)) MB allows; raise the limit to read it"
        case .binaryFile: "file is binary, not text"
        case .unknownEncoding(let guess):
            "text is neither UTF-8, GB18030 nor UTF-16"
                + (guess.map { " (it looks like \($0)); name one with --encoding" } ?? "; name one with --encoding")
        case .undecodable(let encoding): "text is not valid \(encoding.rawValue)"
        case .utf16WithoutByteOrderMark(let encoding):
            "text looks like \(encoding.rawValue) without a byte-order mark; pass --encoding \(encoding.rawValue.lowercased())"
        case .mixedEncodings(let utf8Line, let otherLine):
            "text mixes encodings: line \(utf8Line) is UTF-8, line \(otherLine) is not; convert the file to one encoding"
        case .noText: "file holds only white space"
        case .unsupportedGraph(let version):
            "graph JSON has schemaVersion \(version); this plangraph reads schemaVersion 1 (re-run plangraph ingest)"
        case .invalidGraph(let reason): "not a plan graph JSON: \(reason)"
        }
    }

    public var id: String {
        switch self {
        case .fileNotFound: "file-not-found"
        case .isDirectory: "is-directory"
        case .unreadable: "unreadable"
        case .permissionDenied: "permission-denied"
        case .symlinkLoop: "symlink-loop"
        case .notRegularFile: "not-regular-file"
        case .emptyFile: "empty-file"
        case .pdfEncrypted: "pdf-encrypted"
        case .wrongPassword: "wrong-password"
        case .pdfDamaged: "pdf-damaged"
        case .pdfWithoutText: "pdf-no-text"
        case .pdfWithoutPages: "pdf-no-pages"
        case .tooManyPages: "too-many-pages"
        case .noSuchPages: "no-such-pages"
        case .timedOut: "timed-out"
        case .textTooLarge: "text-too-large"
        case .binaryFile: "binary-file"
        case .unknownEncoding: "unknown-encoding"
        case .undecodable: "undecodable"
        case .utf16WithoutByteOrderMark: "utf16-without-bom"
        case .mixedEncodings: "mixed-encodings"
        case .noText: "no-text"
        case .unsupportedGraph: "unsupported-graph"
        case .invalidGraph: "invalid-graph"
        }
    }

    /// Megabytes (2^20 bytes) with one decimal where it is not whole: 64, 200.5.
    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
