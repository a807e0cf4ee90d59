import Foundation
import Testing
@testable import PlanKit

@Suite struct NormalizedTextTests {
    static func normalized(_ text: String) -> NormalizedText {
        NormalizedText(normalizing: SourceDocument(path: "snippet.txt", text: text))
    }

    @Test(arguments: [
        ("２０２５年ＰＭ２．５浓度下降１５％，～３０", "2025年PM2.5浓度下降15%,~30"),
        ("（一）主要目标。", "（一）主要目标。"),
    ])
    func foldsFullWidthDigitsLettersAndSignsButKeepsChinesePunctuation(input: String, expected: String) {
        // The full-width comma is Chinese punctuation and stays; only the ASCII-able signs fold.
        let folded = Self.normalized(input).lines[0].text
        #expect(folded == expected.replacingOccurrences(of: ",", with: "，"))
    }

    @Test(arguments: [
        ("完成省下 达任务", "完成省下达任务"),
        ("环境 风险 防控", "环境风险防控"),
        ("邯 郸 市 人 民 政 府", "邯郸市人民政府"),
        ("2025 年 PM 2.5 浓度", "2025 年 PM 2.5 浓度"),
        ("　　各县（市、区）人民政府：", "各县（市、区）人民政府："),
        ("全部消除  全部消除  约束性", "全部消除  全部消除  约束性"),
    ])
    func removesLayoutSpacesBetweenCJKOnly(input: String, expected: String) {
        #expect(Self.normalized(input).lines[0].text == expected)
    }

    @Test(arguments: [
        ("— 20 —", "page-number"), ("- 3 -", "page-number"), ("第 3 页 共 30 页", "page-number"),
        ("第3页", "page-number"),
        ("https://www.baidu.com/link?url=jZ1mYNHiyhzCUXGX&wd=", "url"),
    ])
    func recognisesPageFurniture(line: String, kind: String) {
        let text = Self.normalized("正文第一段。\n\(line)\n正文第二段。")
        #expect(text.lines.map { $0.furniture?.rawValue } == [nil, kind, nil])
    }

    @Test func bareNumbersInTextFilesAreNotFurniture() {
        // In text files a number alone on a line is as likely a table's 序号 (Handan's row "8").
        #expect(Self.normalized("8\n化学需氧量").lines.map(\.furniture) == [nil, nil])
    }

    @Test func convertsTraditionalScriptToSimplified() throws {
        let graph = try PlanGraph(ingesting: CorpusFiles.fixture("traditional.txt"))
        let expected = try String(contentsOfFile: CorpusFiles.fixture("traditional.expected.txt"), encoding: .utf8)
        #expect(graph.blocks.map(\.text).joined(separator: "\n") + "\n" == expected)
    }

    @Test func leavesSimplifiedCharactersThatICUWouldRewriteAlone() {
        // Hant-Hans turns 显著 into 显着; a Simplified document must keep 显著.
        let text = Self.normalized("1.蓝天保卫战成效显著。2020 年，全市细颗粒物（PM2.5）浓度 57 微克/立方米。")
        #expect(!text.convertedFromTraditional)
        #expect(text.lines[0].text.contains("成效显著"))
    }

    @Test func rejoinsLinesOfAParagraphInTheHandanText() throws {
        let text = NormalizedText(normalizing: try CorpusFiles.read("Corpus/text/handan-2023-plan.txt"))
        // Source lines 39–47 of the text file, written out from the document. The breaks after
        // "较 2015" (line 43) and "下降" (line 45) have no space in the source, so none is added.
        let paragraph = "1.蓝天保卫战成效显著。2020 年，全市细颗粒物（PM2.5）浓度 57 微克/立方米，较 2015 年下降 37.4%；"
            + "优良天数比率 60.4%，较 2015 年提高 18.5 个百分点；重度及以上污染天数 17 天，较 2015年减少 16 天；"
            + "二氧化硫、氮氧化物排放总量分别较 2015 年下降45.1%、34.5%。"
        let index = try #require(text.lines.firstIndex { $0.text.hasPrefix("1.蓝天保卫战") })
        #expect(text.lines[index].text == paragraph)
        #expect(text.lines[index].line == 39 && text.lines[index].lastLine == 47)
        // The next numbered item is a line of its own.
        #expect(text.lines[index + 1].text.hasPrefix("2.碧水保卫战深入实施。"))
    }

    @Test func rejoinsLinesAcrossAPageBreakInThePDF() throws {
        let text = NormalizedText(normalizing: try CorpusFiles.read("Corpus/pdf/handan-2023-plan.pdf"))
        // p2–p3: item 4 of 一、(一) starts on page 3 after the page number "— 2 —".
        let furniture = try #require(text.lines.first { $0.text == "— 2 —" })
        #expect(furniture.furniture == .pageNumber && furniture.page == 2)
        let line = try #require(text.lines.first { $0.text.hasPrefix("4.生态环境支撑能力明显增强。") })
        #expect(line.page == 3)
        #expect(line.text.contains("实施“三线一单”生态环境分区管控。大力推进滏阳河全域生态修复。"))
    }
}

@Suite struct LineJoiningTests {
    /// Twelve 28-character lines: a text file wrapped at a common width, as the Handan text is.
    static let wrapped = (1...12).map { _ in String(repeating: "环", count: 27) + "，" }

    @Test func joinsFullLinesAndKeepsASourceSpaceAtTheBreak() {
        let full = String(repeating: "环", count: 25) + "较 2015 "
        let lines = Self.wrapped + [full, "年下降。"]
        let text = NormalizedText(normalizing: SourceDocument(path: "w.txt", text: lines.joined(separator: "\n")))
        // Every line but the last is full, so all fourteen join; the trailing space of "较 2015 "
        // survives because "2015" and "年" are not both CJK.
        #expect(text.lines.count == 1)
        #expect(text.lines[0].text == Self.wrapped.joined() + full + "年下降。")
        #expect(text.lines[0].lastLine == 14)
    }

    @Test func headingStartsANewParagraphEvenAfterAFullLine() {
        let lines = Self.wrapped + ["（二）主要目标", "1.蓝天保卫战成效显著。"]
        let text = NormalizedText(normalizing: SourceDocument(path: "w.txt", text: lines.joined(separator: "\n")))
        #expect(text.lines.map(\.text) == [Self.wrapped.joined(), "（二）主要目标", "1.蓝天保卫战成效显著。"])
    }

    @Test func oneParagraphPerLineFilesAreNotJoined() {
        let lines = ["空气质量得到明显改善。", String(repeating: "水", count: 40), String(repeating: "土", count: 70)]
        let text = NormalizedText(normalizing: SourceDocument(path: "p.txt", text: lines.joined(separator: "\n")))
        #expect(text.lines.map(\.text) == lines)
    }
}

extension NormalizedTextTests {
    @Test func aWebCopysLoneZeroWidthSpaceLineDoesNotBreakTheParagraph() {
        // “…加快推进重要生态屏障建” / U+200B / “设，构建…”: one paragraph, the invisible character gone.
        let first = "——推动绿色发展，促进人与自然和谐共生。坚持绿水青山就是金山银山理念，加快推进重要生态屏障建"
        let text = Self.normalized(first + "\n\u{200B}\n设，构建以国家公园为主体的自然保护地体系，森林覆盖率达到24.1%。\n")
        #expect(text.lines.map(\.text) == [first + "设，构建以国家公园为主体的自然保护地体系，森林覆盖率达到24.1%。"])
    }

    @Test func pinyinReadingsAreDropped() {
        #expect(Self.normalized("化学(xué)需氧量重点(diǎn)工程减排量5.5万(wàn)吨，挥发性有机物(VOCs)").lines[0].text
                == "化学需氧量重点工程减排量5.5万吨，挥发性有机物(VOCs)")
    }

    @Test func aShortTextsTitleIsNotJoinedToItsParagraph() {
        // Three lines of three widths have no common width: nothing is a wrapped line.
        let lines = ["呼和浩特市1—5月空气质量大幅提升", "2021年1—5月，呼和浩特市空气质量较往年明显好转。全市优良天数合计123天，空气质量达标率81.5%。",
                     "依据自治区生态环境厅最新数据排名，呼和浩特优良天数比例位居全区第6位。"]
        #expect(Self.normalized(lines.joined(separator: "\n")).lines.map(\.text) == lines)
    }
}

@Suite struct NewItemTests {
    @Test(arguments: ["第一章 总则", "第十二条", "第3节", "一、前言", "十一、保障措施", "（一）指导思想", "(二)主要目标",
                      "（1）加强", "(12)", "1.蓝天保卫战", "1．加强", "2、推进", "10.强化", "①建设", "⑳", "——绿色低碳",
                      "专栏 2", "附件", "附表1"])
    func startsANewItem(line: String) {
        #expect(LineJoining.startsNewItem(Array(line.unicodeScalars)))
    }

    @Test(arguments: ["1.65 万吨", "2020 年，全市", "第一", "第一批", "一是加强", "十四五", "（PM2.5）", "（万吨）",
                      "—", "专项", "附近", "(", "3", "一", "年减少 16 天"])
    func continuesAParagraph(line: String) {
        #expect(!LineJoining.startsNewItem(Array(line.unicodeScalars)))
    }
}
