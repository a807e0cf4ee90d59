import Foundation
import Testing
@testable import PlanKit

@Suite struct TextReaderTests {
    /// The first 60 lines of the Handan plan saved four ways (made with iconv; see Fixtures/README.md).
    @Test(arguments: [("excerpt-utf8.txt", TextEncoding.utf8), ("excerpt-utf8-bom.txt", .utf8),
                      ("excerpt-utf16le-bom.txt", .utf16LE), ("excerpt-gb18030.txt", .gb18030)])
    func sameDocumentInEveryEncodingGivesTheSameGraph(file: String, encoding: TextEncoding) throws {
        let reference = try PlanGraph(ingesting: CorpusFiles.fixture("excerpt-utf8.txt"))
        let graph = try PlanGraph(ingesting: CorpusFiles.fixture(file))
        #expect(graph.document.source.encoding == encoding)
        #expect(graph.blocks == reference.blocks)
        #expect(graph.blocks.first?.text == "邯郸市人民政府")
    }

    @Test func gb18030IsFoundByICUCharsetDetection() {
        let bytes = [UInt8](FileManager.default.contents(atPath: CorpusFiles.fixture("excerpt-gb18030.txt"))!)
        #expect(TextEncoding.detectedCharsets(bytes).first?.name == "GB18030")
    }

    @Test func encodingOverrideDecodesWithTheNamedEncoding() throws {
        let source = try SourceDocument(reading: CorpusFiles.fixture("excerpt-gb18030.txt"), encoding: .gb18030)
        #expect(source.lines[1].text == "邯郸市人民政府")
        #expect(throws: ReadError.undecodable(encoding: .utf8)) {
            try SourceDocument(reading: CorpusFiles.fixture("excerpt-gb18030.txt"), encoding: .utf8)
        }
    }

    @Test(arguments: [("latin1.txt", ReadError.unknownEncoding(guess: "ISO-8859-2")),
                      ("binary.bin", .binaryFile),
                      ("excerpt-utf16le-no-bom.txt", .utf16WithoutByteOrderMark(.utf16LE)),
                      ("whitespace.txt", .noText)])
    func refusesTextItCannotDecode(file: String, error: ReadError) {
        #expect(throws: error) { try SourceDocument(reading: CorpusFiles.fixture(file)) }
    }

    @Test func utf16WithoutByteOrderMarkReadsWhenNamed() throws {
        let graph = try PlanGraph(ingesting: CorpusFiles.fixture("excerpt-utf16le-no-bom.txt"), encoding: .utf16LE)
        #expect(graph.blocks == (try PlanGraph(ingesting: CorpusFiles.fixture("excerpt-utf8.txt"))).blocks)
    }

    @Test func encodingNamesAcceptUsersSpellings() {
        #expect(TextEncoding(name: "utf8") == .utf8)
        #expect(TextEncoding(name: "UTF-16LE") == .utf16LE)
        #expect(TextEncoding(name: "GBK") == .gb18030)
        #expect(TextEncoding(name: "latin1") == nil)
    }

    @Test func linesKeepTheirNumbersAndOffsetsAcrossLineBreakStyles() {
        let source = SourceDocument(path: "x.txt", text: "一\r\n二\r三\n\n四")
        #expect(source.lines.map(\.text) == ["一", "二", "三", "", "四"])
        #expect(source.lines.map(\.number) == [1, 2, 3, 4, 5])
        #expect(source.lines.map(\.start) == [0, 3, 5, 7, 8])
    }
}
