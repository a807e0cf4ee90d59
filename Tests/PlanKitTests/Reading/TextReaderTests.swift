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

    /// ICU names UTF-16 as its first guess for random bytes; they are binary unless they read as text.
    @Test func randomBytesWithNULsAreBinaryAndUTF16TextIsNot() throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        let random: [UInt8] = (0..<5000).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        #expect(TextEncoding.detectedCharsets(random).first?.name.hasPrefix("UTF-16") == true)
        #expect(throws: ReadError.binaryFile) { try TextReader.decode(random, override: nil) }
        let utf16 = [UInt8](FileManager.default.contents(atPath: CorpusFiles.fixture("excerpt-utf16le-no-bom.txt"))!)
        #expect(TextReader.readsAsText(utf16, in: .utf16LE) && !TextReader.readsAsText(random, in: .utf16LE))
        #expect(throws: ReadError.utf16WithoutByteOrderMark(.utf16LE)) { try TextReader.decode(utf16, override: nil) }
    }

    @Test func textAboveTheSizeLimitIsRefusedBeforeItIsRead() throws {
        let path = CorpusFiles.fixture("excerpt-utf8.txt")
        #expect(throws: ReadError.textTooLarge(bytes: 1827, limit: 1000)) {
            try SourceDocument(reading: path, limits: ReadLimits(maxTextBytes: 1000))
        }
        #expect(try SourceDocument(reading: path, limits: ReadLimits(maxTextBytes: 1827)).lines.count == 60)
        #expect(ReadError.textTooLarge(bytes: 210_239_488, limit: 64 << 20).message
            == "text file is 200.5 MB, more than --max-text-size 64 MB allows; raise the limit to read it")
    }
}
