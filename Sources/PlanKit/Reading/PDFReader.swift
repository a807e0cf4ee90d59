import CPoppler
import Foundation

/// Reads a PDF through poppler-glib: per page its text, one box and font size per scalar, its size,
/// and the ruling lines of the pages `pagesToRule` picks from their text.
///
/// Every poppler object is copied into values and released before `read` returns; no C type leaves
/// this file. Documents open with `poppler_document_new_from_file` because poppler 22.12's
/// `_new_from_bytes`/`_new_from_data` crash on a wrong password.
enum PDFReader {
    static func read(path: String, bytes: [UInt8], password: String? = nil, limits: ReadLimits = ReadLimits(),
                     pagesToRule: @Sendable (String) -> Bool) throws(ReadError) -> SourceDocument {
        let clock = ContinuousClock()
        let started = clock.now
        let document = try open(path, password: password)
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }

        let pageCount = Int(poppler_document_get_n_pages(document))
        guard pageCount > 0 else { throw .pdfWithoutPages }
        // The pages to read, 1-based: all of them, or those `limits.pages` selects (as pdftotext -f/-l).
        let numbers = limits.pages.map { range in (1...pageCount).filter(range.contains) } ?? Array(1...pageCount)
        if let range = limits.pages, numbers.isEmpty { throw .noSuchPages(range: range, pages: pageCount) }
        if let limit = limits.maxPages, numbers.count > limit { throw .tooManyPages(pages: numbers.count, limit: limit) }

        // Pages are read by two workers, each on its own document handle (a PopplerDocument is not safe
        // to use from two threads, two documents are): text extraction is most of a PDF's ingest. The
        // last worker also renders the table pages, all on its one handle: a handle loads each font on
        // its first rendering, which costs more than drawing the page. The second handle opens only for
        // documents of several pages; without it one worker does everything.
        let second = numbers.count >= 4 && ProcessInfo.processInfo.activeProcessorCount > 1 ? try? open(path, password: password) : nil
        defer { if let second { g_object_unref(UnsafeMutableRawPointer(second)) } }
        let handles = UnsafeHandles([document] + (second.map { [$0] } ?? []))
        let pages = PageQueue(count: numbers.count)
        let deadline = limits.timeout.map { started + .milliseconds(Int64($0 * 1000)) }
        DispatchQueue.concurrentPerform(iterations: handles.all.count) { worker in
            let document = handles.all[worker]
            let renders = worker == handles.all.count - 1
            let canvas = renders ? RuleReader.Canvas() : nil
            while let task = pages.next(renders: renders) {
                if let deadline, clock.now > deadline {
                    pages.fail(.timedOut(seconds: limits.timeout!), at: task.page)
                    return
                }
                do throws(ReadError) {
                    switch task {
                    case .text(let position):
                        pages.store(try readPage(numbers[position] - 1, of: document, ruling: pagesToRule), at: position)
                    case .rules(let position):
                        pages.store(try rules(ofPage: numbers[position] - 1, in: document, size: pages.size(of: position), on: canvas!),
                                   at: position)
                    case .checksum: pages.store(checksum: Checksum.sha256(bytes))
                    }
                } catch {
                    pages.fail(error, at: task.page)
                    return
                }
            }
        }
        let (raw, checksum) = try pages.result()

        var text = ""
        var lines: [SourceLine] = []
        var sourcePages: [SourcePage] = []
        var offset = 0
        var characterCount = 0
        for page in raw {
            characterCount += page.characterCount
            let firstLine = lines.count
            var pageLines = SourceDocument.lines(of: page.text, page: page.number, firstNumber: lines.count + 1,
                                                 firstOffset: offset)
            for lineIndex in pageLines.indices {
                let from = pageLines[lineIndex].start - offset
                let count = pageLines[lineIndex].text.scalarCount
                if from + count <= page.glyphs.count {
                    pageLines[lineIndex].glyphs = Array(page.glyphs[from..<(from + count)])
                }
            }
            lines += pageLines
            sourcePages.append(SourcePage(number: page.number, width: page.width, height: page.height,
                                          lines: firstLine..<lines.count, rules: page.rules, mayHoldTable: page.mayHoldTable))
            offset += page.scalarCount
            text += page.text
        }
        if characterCount == 0 { throw .pdfWithoutText(pages: numbers.count) }
        return SourceDocument(path: path, format: .pdf, sha256: checksum, encoding: nil,
                              text: text, lines: lines, pages: sourcePages)
    }

    /// One page as poppler gives it: its text (ending in a line break), one glyph per scalar, its size,
    /// and the ruling lines of a page that `pagesToRule` picked.
    private struct RawPage: Sendable {
        var number: Int
        var width: Double
        var height: Double
        var text: String
        var scalarCount: Int
        var characterCount: Int
        var glyphs: [Glyph]
        var mayHoldTable: Bool
        var rules: [Rule]
    }

    private static func readPage(_ index: Int, of document: OpaquePointer, ruling pagesToRule: (String) -> Bool)
        throws(ReadError) -> RawPage {
        guard let page = poppler_document_get_page(document, Int32(index)) else {
            throw .pdfDamaged("page \(index + 1) cannot be loaded")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        var pageText = pageTextOf(page)
        var scalarCount = pageText.scalarCount
        let glyphs = glyphsOf(page, scalarCount: scalarCount)
        let characterCount = pageText.unicodeScalars.count { !$0.properties.isWhitespace }
        if !pageText.endsWith("\n") {
            pageText.append("\n")
            scalarCount += 1
        }
        return RawPage(number: index + 1, width: width, height: height, text: pageText, scalarCount: scalarCount,
                       characterCount: characterCount, glyphs: glyphs, mayHoldTable: pagesToRule(pageText), rules: [])
    }

    /// The ruling lines of page `index` (0-based) of size `size`.
    private static func rules(ofPage index: Int, in document: OpaquePointer, size: (width: Double, height: Double),
                              on canvas: RuleReader.Canvas) throws(ReadError) -> [Rule] {
        guard let page = poppler_document_get_page(document, Int32(index)) else {
            throw .pdfDamaged("page \(index + 1) cannot be loaded")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return RuleReader.rules(of: page, width: size.width, height: size.height, on: canvas)
    }

    /// The document handles of the workers, handed to `concurrentPerform`: worker i uses only handle i.
    private struct UnsafeHandles: @unchecked Sendable {
        let all: [OpaquePointer]
        init(_ handles: [OpaquePointer]) { all = handles }
    }

    /// The work on a document's pages, handed out to whichever worker asks, and what it gave: the
    /// pages' text, then the rules of the pages that may hold a table (to the rendering worker only), and
    /// the file's checksum to the first worker with nothing else to do.
    private final class PageQueue: @unchecked Sendable {
        enum Task {
            case text(Int), rules(Int), checksum

            /// The page a failure is reported for (the checksum cannot fail).
            var page: Int {
                switch self {
                case .text(let index), .rules(let index): index
                case .checksum: Int.max
                }
            }
        }

        private let condition = NSCondition()
        private var nextText = 0
        private var textsInFlight = 0
        private var toRender: [Int] = []
        private var pages: [RawPage?]
        private var failure: (error: ReadError, page: Int)?
        private var checksumTaken = false
        private var checksum = ""

        init(count: Int) { pages = Array(repeating: nil, count: count) }

        /// The next task; nil when all is done or a page failed. The rendering worker renders first and
        /// waits, once the texts are handed out, for those in flight (they may find more tables).
        func next(renders: Bool) -> Task? {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if failure != nil { return nil }
                if renders, !toRender.isEmpty { return .rules(toRender.removeFirst()) }
                if nextText < pages.count {
                    defer { nextText += 1 }
                    textsInFlight += 1
                    return .text(nextText)
                }
                if !checksumTaken {
                    checksumTaken = true
                    return .checksum
                }
                if !renders || textsInFlight == 0 { return nil }
                condition.wait()
            }
        }

        func store(_ page: RawPage, at index: Int) {
            condition.lock()
            defer { condition.unlock() }
            pages[index] = page
            textsInFlight -= 1
            if page.mayHoldTable { toRender.append(index) }
            condition.broadcast()
        }

        func store(_ rules: [Rule], at index: Int) {
            condition.lock()
            defer { condition.unlock() }
            pages[index]!.rules = rules
        }

        func store(checksum: String) {
            condition.lock()
            defer { condition.unlock() }
            self.checksum = checksum
        }

        func size(of index: Int) -> (width: Double, height: Double) {
            condition.lock()
            defer { condition.unlock() }
            return (pages[index]!.width, pages[index]!.height)
        }

        /// Stops the work. Of several failures the one of the lowest page is reported, whichever worker
        /// met it first: pages are handed out in order, so that is the same page on every run.
        func fail(_ error: ReadError, at page: Int) {
            condition.lock()
            defer { condition.unlock() }
            if failure.map({ page < $0.page }) ?? true { failure = (error, page) }
            condition.broadcast()
        }

        func result() throws(ReadError) -> (pages: [RawPage], checksum: String) {
            condition.lock()
            defer { condition.unlock() }
            if let failure { throw failure.error }
            return (pages.map { $0! }, checksum)
        }
    }

    static func open(_ path: String, password: String?) throws(ReadError) -> OpaquePointer {
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
