import Foundation
import Testing
@testable import PlanKit

/// Checks poppler-glib reading against `pdftotext -bbox-layout` (poppler-utils), an oracle we did not write.
@Suite struct PDFReaderTests {
    struct Word {
        var text: String
        var xMin, yMin, xMax, yMax: Double
    }

    /// The words of one page as `pdftotext -bbox-layout` prints them.
    static func oracleWords(_ path: String, page: Int) throws -> [Word] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-bbox-layout", "-f", "\(page)", "-l", "\(page)", path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let html = String(decoding: data, as: UTF8.self)
        let pattern = /<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)<\/word>/
        return html.matches(of: pattern).map { match in
            Word(text: String(match.5).replacingOccurrences(of: "&amp;", with: "&")
                    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\""),
                 xMin: Double(match.1)!, yMin: Double(match.2)!, xMax: Double(match.3)!, yMax: Double(match.4)!)
        }
    }

    @Test(arguments: [("Corpus/pdf/handan-2023-plan.pdf", 2), ("Corpus/pdf/handan-2023-plan.pdf", 6),
                      ("Corpus/pdf/hengshui-2023-midterm-review.pdf", 1),
                      ("Corpus/pdf/langfang-plan.pdf", 13), ("Corpus/pdf/langfang-plan.pdf", 40)])
    func matchesPdftotextCharactersAndBoxes(path: String, page: Int) throws {
        let document = try CorpusFiles.read(path)
        let words = try Self.oracleWords(CorpusFiles.url(path).path, page: page)
        #expect(words.count > 10)

        let pageLines = document.lines[document.pages[page - 1].lines]
        var glyphs: [(Unicode.Scalar, Glyph)] = []
        for line in pageLines {
            #expect(line.glyphs.count == line.text.unicodeScalars.count)
            for (scalar, glyph) in zip(line.text.unicodeScalars, line.glyphs) where !scalar.properties.isWhitespace {
                glyphs.append((scalar, glyph))
            }
        }
        let oracleText = words.map(\.text).joined()
        let ourText = String(String.UnicodeScalarView(glyphs.map(\.0)))
        #expect(ourText == oracleText)

        var next = 0
        for word in words {
            let count = word.text.unicodeScalars.count
            guard next + count <= glyphs.count else { break }
            let boxes = glyphs[next..<(next + count)].map(\.1)
            next += count
            #expect(abs(boxes.first!.x0 - word.xMin) <= 0.5, "xMin of \(word.text)")
            #expect(abs(boxes.last!.x1 - word.xMax) <= 0.5, "xMax of \(word.text)")
            #expect(abs(boxes.map(\.y0).min()! - word.yMin) <= 0.5, "yMin of \(word.text)")
            #expect(abs(boxes.map(\.y1).max()! - word.yMax) <= 0.5, "yMax of \(word.text)")
        }
    }

    @Test func readsPageSizeFontSizeAndPageOfEachLine() throws {
        let document = try CorpusFiles.read("Corpus/pdf/handan-2023-plan.pdf")
        #expect(document.pages.count == 37)
        // A4 in points.
        #expect(abs(document.pages[0].width - 595.28) < 1 && abs(document.pages[0].height - 841.89) < 1)
        let title = try #require(document.lines.first { $0.text == "邯郸市生态环境保护“十四五”规划" })
        #expect(title.page == 2)
        let body = try #require(document.lines.first { $0.text.hasPrefix("为全面贯彻落实中央") })
        // The title is set larger than the body text.
        #expect(title.glyphs[0].fontSize > body.glyphs[0].fontSize)
        #expect(body.glyphs[0].fontSize > 10)
    }
}
