/// Page furniture (版面要素): what a page carries that is not part of the document's text — page
/// numbers (“— 20 —”, “- 3 -”, “第 3 页 共 30 页”), running headers and footers, stray URLs.
public enum Furniture {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case pageNumber = "page-number"
        case runningHeader = "running-header"
        case url
        /// A table of contents (目录) before the body: its entries are not the body's headings.
        case contents = "table-of-contents"
    }

    nonisolated(unsafe) private static let dashedNumber = /^[—–―─\-~]{1,2}\s*[0-9]{1,4}\s*[—–―─\-~]{1,2}$/
    nonisolated(unsafe) private static let pageOfPages = /^第\s*[0-9]{1,4}\s*页(\s*[,，\/、]?\s*共\s*[0-9]{1,4}\s*页)?$/
    nonisolated(unsafe) private static let numberOfNumber = /^[0-9]{1,4}(\s*\/\s*[0-9]{1,4})?$/
    nonisolated(unsafe) private static let url = /^(https?:\/\/|www\.)\S+$/
    /// What `dashedNumber` starts with.
    private static let dashes: Set<Unicode.Scalar> = ["—", "–", "―", "─", "-", "~"]

    /// Marks furniture lines in place.
    ///
    /// Bare numbers (“12”, “3/30”) count as page numbers only in a PDF page's top or bottom margin:
    /// in text files they are as likely to be table cells (序号).
    static func mark(_ lines: inout [CleanLine], in source: SourceDocument) {
        for index in lines.indices where lines[index].role == .content {
            if let kind = kind(of: lines[index], in: source) { lines[index].role = .furniture(kind) }
        }
        if source.layout == .geometry { markRunningHeaders(&lines, in: source) }
    }

    private static func kind(of line: CleanLine, in source: SourceDocument) -> Kind? {
        let mayBeURL = line.scalars.first == "h" || line.scalars.first == "w"
        guard line.scalars.count <= 24 || mayBeURL else { return nil }
        // Page numbers have an ASCII digit, URLs start with h or w: other lines skip the patterns.
        guard mayBeURL || line.scalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) else { return nil }
        // Each pattern is tried only on lines that start the way it must.
        guard let first = line.scalars.first else { return nil }
        let text = line.text
        if dashes.contains(first), text.wholeMatch(of: dashedNumber) != nil { return .pageNumber }
        if first == "第", text.wholeMatch(of: pageOfPages) != nil { return .pageNumber }
        if mayBeURL, text.wholeMatch(of: url) != nil { return .url }
        if NumeralCharacters.isArabicDigit(first), text.wholeMatch(of: numberOfNumber) != nil, isInMargin(line, source) {
            return .pageNumber
        }
        return nil
    }

    /// True when the line sits in the top or bottom 8% of its PDF page.
    private static func isInMargin(_ line: CleanLine, _ source: SourceDocument) -> Bool {
        guard let top = line.top, let number = source.lines[line.lineIndex].page, let page = source.pages.page(number) else {
            return false
        }
        let height = page.height
        return top < height * 0.08 || top > height * 0.92
    }

    /// A line in a page's margin whose text (digits ignored) recurs in the margins of at least half
    /// of the pages, and of three pages at least, is a running header or footer.
    private static func markRunningHeaders(_ lines: inout [CleanLine], in source: SourceDocument) {
        guard source.pages.count >= 3 else { return }
        func key(_ line: CleanLine) -> String {
            String(scalars: line.scalars.map { $0.properties.numericType == nil ? $0 : "#" })
        }
        var pagesByKey: [String: Set<Int>] = [:]
        var candidates: [Int] = []
        for index in lines.indices where lines[index].role == .content && isInMargin(lines[index], source) {
            guard let page = source.lines[lines[index].lineIndex].page else { continue }
            pagesByKey[key(lines[index]), default: []].insert(page)
            candidates.append(index)
        }
        let needed = max(3, (source.pages.count + 1) / 2)
        for index in candidates where (pagesByKey[key(lines[index])]?.count ?? 0) >= needed {
            lines[index].role = .furniture(.runningHeader)
        }
    }
}
