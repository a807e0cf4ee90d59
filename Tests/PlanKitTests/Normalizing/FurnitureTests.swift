import Testing
@testable import PlanKit

@Suite struct FurnitureTests {
    /// A PDF-like document of `pages` A4 pages, each with a header line at the top, a body line and a
    /// page number at the bottom; glyphs 16 pt wide.
    static func pdf(pages: Int, header: (Int) -> String) -> SourceDocument {
        var lines: [SourceLine] = []
        var sourcePages: [SourcePage] = []
        var text = ""
        var offset = 0
        for page in 1...pages {
            let first = lines.count
            for (content, y) in [(header(page), 30.0), ("第\(page)页正文。", 400.0), ("— \(page) —", 800.0)] {
                let glyphs = content.unicodeScalars.enumerated().map { index, _ in
                    Glyph(x0: 80 + Double(index) * 16, y0: y, x1: 96 + Double(index) * 16, y1: y + 16, fontSize: 16)
                }
                lines.append(SourceLine(number: lines.count + 1, page: page, start: offset, text: content, glyphs: glyphs))
                text += content + "\n"
                offset += content.unicodeScalars.count + 1
            }
            sourcePages.append(SourcePage(number: page, width: 595, height: 842, lines: first..<lines.count))
        }
        return SourceDocument(path: "synthetic.pdf", format: .pdf, sha256: "", encoding: nil, text: text,
                              lines: lines, pages: sourcePages)
    }

    @Test func repeatedMarginLineIsARunningHeader() {
        let text = NormalizedText(normalizing: Self.pdf(pages: 4) { "邯郸市生态环境保护“十四五”规划 \($0)" })
        #expect(text.lines.map(\.furniture) == Array(repeating: [.runningHeader, nil, .pageNumber], count: 4).flatMap { $0 })
    }

    @Test func marginLineOnFewPagesStays() {
        // Hengshui's indicator table repeats its header row on three of 73 pages: that is content.
        let titles = ["主要目标", "重点任务", "保障措施", "组织实施", "资金保障"]
        let text = NormalizedText(normalizing: Self.pdf(pages: 8) { $0 <= 3 ? "指标类型" : titles[$0 - 4] })
        #expect(text.lines.filter { $0.furniture == .runningHeader }.isEmpty)
    }

    @Test func bareNumberInPDFMarginIsAPageNumber() {
        var document = Self.pdf(pages: 1) { _ in "标题" }
        document.lines[2].text = "12"
        document.lines[2].glyphs = Array(document.lines[2].glyphs.prefix(2))
        let text = NormalizedText(normalizing: document)
        #expect(text.lines.map(\.furniture) == [nil, nil, .pageNumber])
    }
}
