import CPoppler
import Foundation

/// Reads a PDF through poppler-glib: per page its text, one box and font size per scalar, and its size.
///
/// Every poppler object is copied into values and released before `read` returns; no C type leaves
/// this file. Documents open with `poppler_document_new_from_file` because poppler 22.12's
/// `_new_from_bytes`/`_new_from_data` crash on a wrong password.
enum PDFReader {
    static func read(path: String, bytes: [UInt8], password: String? = nil, limits: ReadLimits = ReadLimits())
        throws(ReadError) -> SourceDocument {
        let clock = ContinuousClock()
        let started = clock.now
        let document = try open(path, password: password)
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }

        let pageCount = Int(poppler_document_get_n_pages(document))
        guard pageCount > 0 else { throw .pdfWithoutPages }
        if let limit = limits.maxPages, pageCount > limit { throw .tooManyPages(pages: pageCount, limit: limit) }
        // Table pages are rendered on a second thread from a second handle while this one reads text.
        let renderer = RuleRenderer { try? open(path, password: password) }
        var text = ""
        var lines: [SourceLine] = []
        var pages: [SourcePage] = []
        var offset = 0
        var characterCount = 0
        for index in 0..<pageCount {
            if let timeout = limits.timeout, clock.now - started > .milliseconds(Int64(timeout * 1000)) {
                throw .timedOut(seconds: timeout)
            }
            guard let page = poppler_document_get_page(document, Int32(index)) else {
                throw .pdfDamaged("page \(index + 1) cannot be loaded")
            }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            var width = 0.0
            var height = 0.0
            poppler_page_get_size(page, &width, &height)

            var pageText = pageTextOf(page)
            let glyphs = glyphsOf(page, scalarCount: pageText.unicodeScalars.count)
            characterCount += pageText.unicodeScalars.count { !$0.properties.isWhitespace }
            if !pageText.endsWith("\n") { pageText.append("\n") }

            let firstLine = lines.count
            var pageLines = SourceDocument.lines(of: pageText, page: index + 1, firstNumber: lines.count + 1,
                                                 firstOffset: offset)
            for lineIndex in pageLines.indices {
                let from = pageLines[lineIndex].start - offset
                let count = pageLines[lineIndex].text.unicodeScalars.count
                if from + count <= glyphs.count {
                    pageLines[lineIndex].glyphs = Array(glyphs[from..<(from + count)])
                }
            }
            lines += pageLines
            var sourcePage = SourcePage(number: index + 1, width: width, height: height, lines: firstLine..<lines.count)
            if Self.mayHoldIndicatorTable(pageText) {
                sourcePage.mayHoldTable = true
                if !renderer.render(page: index, width: width, height: height) {
                    sourcePage.rules = RuleReader.rules(of: page, width: width, height: height)
                }
            }
            pages.append(sourcePage)
            offset += pageText.unicodeScalars.count
            text += pageText
        }
        if characterCount == 0 { throw .pdfWithoutText(pages: pageCount) }
        for (index, rules) in renderer.finish() { pages[index].rules = rules }
        return SourceDocument(path: path, format: .pdf, sha256: Checksum.sha256(bytes), encoding: nil,
                              text: text, lines: lines, pages: pages)
    }

    /// Indicator tables name each row's attribute (约束性/预期性); other pages are not rendered.
    static func mayHoldIndicatorTable(_ text: String) -> Bool {
        text.contains("约束性") || text.contains("预期性") || text.contains("約束性") || text.contains("預期性")
    }

    /// Renders pages for their rules on its own serial queue and document handle: a PopplerDocument is
    /// not safe to use from two threads, two documents are. The handle is opened at the first table page
    /// (most documents have few, many none); without one, `render` declines and the caller renders in line.
    private final class RuleRenderer: @unchecked Sendable {
        private let open: () -> OpaquePointer?
        /// Set on the caller's thread before the first page is queued; read on `queue` after that.
        private var document: OpaquePointer?
        private var opened = false
        private let queue = DispatchQueue(label: "plangraph.rule-renderer")
        /// Written and read on `queue` only.
        private var rules: [Int: [Rule]] = [:]

        init(open: @escaping () -> OpaquePointer?) { self.open = open }

        /// Queues page `index` (0-based); false when there is no second handle.
        func render(page index: Int, width: Double, height: Double) -> Bool {
            if !opened {
                opened = true
                document = open()
            }
            guard document != nil else { return false }
            queue.async {
                guard let page = poppler_document_get_page(self.document, Int32(index)) else { return }
                defer { g_object_unref(UnsafeMutableRawPointer(page)) }
                self.rules[index] = RuleReader.rules(of: page, width: width, height: height)
            }
            return true
        }

        /// Waits for the queued pages and gives their rules by page index.
        func finish() -> [Int: [Rule]] { queue.sync { rules } }

        deinit {
            queue.sync {}
            if let document { g_object_unref(UnsafeMutableRawPointer(document)) }
        }
    }

    private static func open(_ path: String, password: String?) throws(ReadError) -> OpaquePointer {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            defer { if error != nil { g_error_free(error) } }
            throw .unreadable(error.map { String(cString: $0.pointee.message) } ?? "bad path")
        }
        defer { g_free(uri) }
        if let document = poppler_document_new_from_file(uri, password, &error) { return document }
        guard let failure = error else { throw .pdfDamaged("poppler gave no reason") }
        defer { g_error_free(failure) }
        let message = String(cString: failure.pointee.message)
        if failure.pointee.domain == poppler_error_quark() {
            switch failure.pointee.code {
            case Int32(POPPLER_ERROR_ENCRYPTED.rawValue): throw password == nil ? .pdfEncrypted : .wrongPassword
            case Int32(POPPLER_ERROR_OPEN_FILE.rawValue): throw .unreadable(message)
            default: throw .pdfDamaged(message)
            }
        }
        throw .unreadable(message)
    }

    private static func pageTextOf(_ page: OpaquePointer) -> String {
        guard let raw = poppler_page_get_text(page) else { return "" }
        defer { g_free(raw) }
        return String(cString: raw)
    }

    /// One glyph per scalar of the page text; empty when poppler's layout and text disagree in length.
    private static func glyphsOf(_ page: OpaquePointer, scalarCount: Int) -> [Glyph] {
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }
        guard Int(count) == scalarCount else { return [] }

        var fontSizes = [Double](repeating: 0, count: Int(count))
        if let attributes = poppler_page_get_text_attributes(page) {
            defer { poppler_page_free_text_attributes(attributes) }
            var node: UnsafeMutablePointer<GList>? = attributes
            while let current = node {
                if let data = current.pointee.data {
                    let attribute = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                    let from = max(0, Int(attribute.start_index))
                    let through = min(Int(count) - 1, Int(attribute.end_index))  // end_index is inclusive
                    if from <= through {
                        for index in from...through { fontSizes[index] = attribute.font_size }
                    }
                }
                node = current.pointee.next
            }
        }
        return (0..<Int(count)).map { index in
            let box = rectangles[index]
            return Glyph(x0: box.x1, y0: box.y1, x1: box.x2, y1: box.y2, fontSize: fontSizes[index])
        }
    }
}
