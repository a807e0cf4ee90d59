/// A document as read: its whole text, split into numbered lines, with page geometry for PDFs.
///
/// Everything later in the pipeline points back into `text` by Unicode-scalar offset, so the text is
/// kept exactly as decoded (a UTF-8 BOM is not part of it). PDF pages end with a line break.
///
/// This is the seam between reading and the rest: the stages after it ask what a reader found — plain
/// lines or page geometry (`layout`), and tables it already knows as tables (`nativeTables`) — never
/// which format it read.
public struct SourceDocument: Sendable {
    public enum Format: String, Sendable, Codable { case pdf, text }

    /// What the lines carry besides their text.
    public enum Layout: Sendable, Equatable {
        /// Lines only (a text file): breaks and widths in display columns are all the layout there is.
        case plain
        /// Pages with glyph boxes and ruling lines (a PDF).
        case geometry
    }

    public var path: String
    public var format: Format
    public var sha256: String
    /// The encoding a text file was decoded from; nil for PDFs.
    public var encoding: TextEncoding?
    public var text: String
    public var lines: [SourceLine]
    /// PDF pages in order; empty for text files.
    public var pages: [SourcePage]
    /// Tables the reader read as tables (an HTML or DOCX reader's own tables), cell text as printed with
    /// spans into `text`; the table stage normalises them and takes them as they are. PDF and text
    /// readers leave it empty: their tables are rebuilt from the lines.
    public var nativeTables: [FlatTable] = []

    public var layout: Layout { pages.isEmpty ? .plain : .geometry }

    /// The file name extensions a directory walk picks up: the formats the readers read.
    public static let readableExtensions = ["pdf", "txt"]

    public init(path: String, format: Format, sha256: String, encoding: TextEncoding?, text: String,
                lines: [SourceLine], pages: [SourcePage]) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.encoding = encoding
        self.text = text
        self.lines = lines
        self.pages = pages
    }
}

/// Limits on reading one document: a PDF's page cap, a time after which a PDF's reading stops at the
/// next page, and the size of a text file (later stages hold several copies of a text in memory).
public struct ReadLimits: Sendable, Equatable {
    public var maxPages: Int?
    /// Seconds.
    public var timeout: Double?
    /// Bytes of a text file; PDFs are limited by their pages instead.
    public var maxTextBytes: Int?
    /// The PDF pages to read (1-based, as pdftotext's `-f`/`-l`); nil reads all. Spans keep the pages'
    /// own numbers; offsets count the text of the pages read.
    public var pages: ClosedRange<Int>?

    public init(maxPages: Int? = nil, timeout: Double? = nil, maxTextBytes: Int? = nil, pages: ClosedRange<Int>? = nil) {
        self.maxPages = maxPages
        self.timeout = timeout
        self.maxTextBytes = maxTextBytes
        self.pages = pages
    }
}

/// One line of the source text, without its line break.
public struct SourceLine: Sendable, Equatable {
    /// 1-based line number in the whole source text.
    public var number: Int
    /// 1-based PDF page; nil for text files.
    public var page: Int?
    /// Unicode-scalar offset of the line's first scalar in the source text.
    public var start: Int
    public var text: String
    /// One box per Unicode scalar of `text` (PDF only; empty for text files).
    public var glyphs: [Glyph]

    public init(number: Int, page: Int?, start: Int, text: String, glyphs: [Glyph] = []) {
        self.number = number
        self.page = page
        self.start = start
        self.text = text
        self.glyphs = glyphs
    }
}

/// A PDF page: its size in points and which lines it holds.
public struct SourcePage: Sendable, Equatable {
    public var number: Int
    public var width: Double
    public var height: Double
    /// Indexes into `SourceDocument.lines`.
    public var lines: Range<Int>
    /// Ruling lines of the page, read only on pages that may hold a table.
    public var rules: [Rule] = []
    /// Whether the page may hold a table: the reader's `pagesToRule` picked it, so its rules were read.
    public var mayHoldTable = false
}

/// The box of one glyph in PDF points, origin at the page's top left, and its font size.
public struct Glyph: Sendable, Equatable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double
    public var fontSize: Double
}

extension SourceDocument {
    /// Reads a PDF or a text file; a file is a PDF when it starts with `%PDF-` or is named `*.pdf`.
    ///
    /// `encoding` overrides detection for text files; `password` opens an encrypted PDF; `limits` stop a
    /// pathological PDF from stalling a batch. `pagesToRule` says from a PDF page's text whether the page
    /// may hold a table, so that its ruling lines are read (rendering a page costs more than its text);
    /// `SourceDocument(reading:)` without it asks the table stage (`IndicatorCells.mayHoldTable`).
    public init(reading path: String, encoding: TextEncoding? = nil, password: String? = nil,
                limits: ReadLimits = ReadLimits(), pagesToRule: @Sendable (String) -> Bool) throws(ReadError) {
        let namedPDF = path.lowercased().endsWith(".pdf")
        let bytes = try FileBytes.read(path, textLimit: namedPDF ? nil : limits.maxTextBytes)
        let isPDF = namedPDF || FileBytes.startsAsPDF(bytes)
        if isPDF {
            self = try PDFReader.read(path: path, bytes: bytes, password: password, limits: limits,
                                      pagesToRule: pagesToRule)
        } else {
            self = try TextReader.read(path: path, bytes: bytes, encoding: encoding)
        }
    }

    /// A text document already in memory, as if read from a UTF-8 file at `path`.
    public init(path: String, text: String) {
        self.init(path: path, format: .text, sha256: Checksum.sha256(Array(text.utf8)), encoding: .utf8,
                  text: text, lines: Self.lines(of: text, page: nil, firstNumber: 1, firstOffset: 0), pages: [])
    }

    /// Splits `text` at line breaks (LF, CRLF, CR, form feed) into numbered lines.
    ///
    /// Works on the UTF-8 bytes (the breaks are ASCII, and a scalar is counted at its lead byte): each line
    /// is decoded from its bytes in one go rather than grown scalar by scalar.
    static func lines(of text: String, page: Int?, firstNumber: Int, firstOffset: Int) -> [SourceLine] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [SourceLine] = []
            var offset = firstOffset  // scalar offset of the byte at `index`
            var lineStart = firstOffset
            var lineBytes = 0  // byte offset where the current line starts
            var previousWasCR = false
            func finish(at end: Int) {
                lines.append(SourceLine(number: firstNumber + lines.count, page: page, start: lineStart,
                                        text: String(decoding: UnsafeBufferPointer(rebasing: bytes[lineBytes..<end]), as: UTF8.self)))
            }
            for index in bytes.indices where bytes[index] & 0xC0 != 0x80 {
                defer { offset += 1 }
                let byte = bytes[index]
                if byte == 0x0A && previousWasCR {
                    previousWasCR = false
                    lineStart = offset + 1
                    lineBytes = index + 1
                    continue
                }
                previousWasCR = byte == 0x0D
                if byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    finish(at: index)
                    lineStart = offset + 1
                    lineBytes = index + 1
                }
            }
            if lineBytes < bytes.count { finish(at: bytes.count) }
            return lines
        }
    }
}

extension [SourcePage] {
    /// The page numbered `number` (1-based); the pages may be a selection (`--pages 5-9`), so the
    /// number is looked up rather than taken as an index.
    public func page(_ number: Int) -> SourcePage? {
        if indices.contains(number - 1), self[number - 1].number == number { return self[number - 1] }
        return first { $0.number == number }
    }
}
