import Foundation
import Testing
@testable import PlanKit

@Suite struct HeadingLabelTests {
    @Test(arguments: [
        ("一、前言", HeadingStyle.numeral, 1, "一、"),
        ("十一、规划实施保障措施", .numeral, 11, "十一、"),
        ("二十三、附则", .numeral, 23, "二十三、"),
        ("（二）主要目标", .parenthesizedNumeral, 2, "（二）"),
        ("(二)基本原则", .parenthesizedNumeral, 2, "(二)"),
        ("（十）加快推进", .parenthesizedNumeral, 10, "（十）"),
        ("1.加强生态环境分区管控。", .arabic, 1, "1."),
        ("12．强化", .arabic, 12, "12．"),
        ("（3）开展", .parenthesizedArabic, 3, "（3）"),
        ("(3)开展", .parenthesizedArabic, 3, "(3)"),
        ("⑤加强", .circled, 5, "⑤"),
        ("第三章 主要任务", .chapter, 3, "第三章"),
        ("第二节 大气", .part, 2, "第二节"),
        ("第12章", .chapter, 12, "第12章"),
        ("第十六篇 加强民主政治建设", .volume, 16, "第十六篇"),
        ("20.2026年10件民生实事：加大重点群体帮扶", .arabic, 20, "20."),
    ])
    func parsesHeadingNumbers(line: String, style: HeadingStyle, number: Int, label: String) throws {
        let parsed = try #require(HeadingLabel(parsing: Array(line.unicodeScalars)))
        #expect(parsed.style == style && parsed.number == number && parsed.text == label)
        #expect(parsed.length == label.unicodeScalars.count)
    }

    @Test(arguments: ["一是加强", "1.65 万吨", "2020 年，全市", "2.5万吨", "十四五", "（PM2.5）浓度", "（万吨）",
                      "第一批", "第一", "123.开展", "——绿色低碳转型成效显著。", "1 细颗粒物（PM2.5）浓度", "一切"])
    func rejectsFalseFriends(line: String) {
        #expect(HeadingLabel(parsing: Array(line.unicodeScalars)) == nil)
    }
}

@Suite struct BlockTreeTests {
    static func tree(_ text: String) -> (BlockTree, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let tree = BlockTree(structuring: NormalizedText(normalizing: SourceDocument(path: "t.txt", text: text)),
                             diagnostics: &diagnostics)
        return (tree, diagnostics)
    }

    static func outline(_ tree: BlockTree) -> [String] {
        tree.sections.map { "\($0.level) \($0.label) \($0.title)" }
    }

    /// A text dump of a plan outline prints 篇, 章 and the first paragraph on one line, apart by wide gaps
    /// (as the national 十一五 and 十二五 outlines' dumps do); 篇 is the level above 章 and 节.
    @Test func headingsSharingALineAreEachTheirOwn() {
        let (tree, _) = Self.tree("""
            第一篇  指导原则和发展目标     第一章  全面建设小康社会的关键时期     “十五”时期是不平凡的五年，我国综合国力明显增强
            第一节  发展环境
            今后五年，我国发展面临难得机遇
            第二章  指导思想和原则　　推进改革开放，必须坚持以人为本
            第二篇　转变方式　开创科学发展新局面　　第三章　发展环境　　“十一五”时期是我国发展史上极不平凡的五年
            """)
        #expect(Self.outline(tree) == ["1 第一篇 指导原则和发展目标", "2 第一章 全面建设小康社会的关键时期", "3 第一节 发展环境",
                                      "2 第二章 指导思想和原则", "1 第二篇 转变方式开创科学发展新局面", "2 第三章 发展环境"])
        let paragraphs = tree.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs == ["“十五”时期是不平凡的五年，我国综合国力明显增强", "今后五年，我国发展面临难得机遇",
                               "推进改革开放，必须坚持以人为本", "“十一五”时期是我国发展史上极不平凡的五年"])
        // Blocks tile each line: the heading takes the gap after its title.
        for (block, range) in zip(tree.blocks, tree.ranges) where block.kind == .paragraph {
            #expect(block.text.unicodeScalars.count == range.count)
        }
    }

    /// 第X章 count on across 第X篇; a dump without 。 gives no sentence end before them.
    @Test func chaptersCountOnAcrossVolumes() {
        let (tree, diagnostics) = Self.tree("""
            第一篇  发展目标
            第一章  发展环境
            第二章  主要目标
            今后五年要保持经济平稳较快发展
            第二篇  优化格局
            第三章  实施区域发展总体战略
            第一节  推进新一轮西部大开发
            """)
        #expect(Self.outline(tree) == ["1 第一篇 发展目标", "2 第一章 发展环境", "2 第二章 主要目标", "1 第二篇 优化格局",
                                      "2 第三章 实施区域发展总体战略", "3 第一节 推进新一轮西部大开发"])
        #expect(diagnostics.isEmpty)
    }

    /// A table of contents (目录) lists the headings the body repeats after it; its entries are furniture.
    @Test func aTableOfContentsIsNotTheHeadingTree() {
        let (tree, _) = Self.tree("""
            云南省国民经济和社会发展第十个五年计划纲要
            目录
            序言
            第一篇指导思想和发展目标
            第一章经济社会发展的指导思想
            第二章经济社会发展的主要目标
            序言
            世纪之交，我省基本实现了现代化建设第二步战略目标。
            第一篇指导思想和发展目标
            第一章经济社会发展的指导思想
            """)
        #expect(Self.outline(tree) == ["1 第一篇 指导思想和发展目标", "2 第一章 经济社会发展的指导思想"])
        #expect(tree.blocks.filter { $0.furniture == .contents }.map(\.text) == ["目录", "序言", "第一篇指导思想和发展目标",
                                                                                  "第一章经济社会发展的指导思想", "第二章经济社会发展的主要目标"])
    }

    /// 附件1 with its title on the next line after a report's body: a top-level section, its own 一、
    /// list one level down (广东 2026: 附件1 2026年省十件民生实事).
    @Test func anAttachmentIsATopLevelSectionWithItsOwnList() {
        let (tree, diagnostics) = Self.tree("""
            一、2025年工作回顾
            过去一年，全省经济运行稳中有进。
            二、2026年工作安排
            今年要抓好以下工作。
            附件1
            2026年省十件民生实事
            一、提高低保和重点群体救助保障水平
            农村低保标准提高到每人每年6000元以上。
            二、加快建立长期护理保险制度
            """)
        #expect(Self.outline(tree) == ["1 一、 2025年工作回顾", "1 二、 2026年工作安排", "1 附件1 2026年省十件民生实事",
                                      "2 一、 提高低保和重点群体救助保障水平", "2 二、 加快建立长期护理保险制度"])
        #expect(tree.sections[3].parent == tree.sections[2].id)
        #expect(diagnostics.isEmpty)
    }

    /// A web copy breaks a label after its bracket (云南 2026: “（” / “三）改革开放持续深化、互促共进。”).
    @Test func aLabelBrokenAfterItsBracketIsOne() {
        let (tree, _) = Self.tree("（一）经济运行稳中有进。全年增长5%。\n（二）科技创新成果丰硕。\n（\n三）改革开放持续深化、互促共进。深化重点领域改革。\n")
        #expect(Self.outline(tree).last == "1 （三） 改革开放持续深化、互促共进")
    }

    /// A work report's run-in headings hold a comma: the title runs to the first 。 (四川, 上海, 浙江 2026).
    @Test func runInHeadingsMayHoldOneComma() {
        let (tree, _) = Self.tree("""
            三、2026年工作安排
            （一）突出扩大内需战略基点，更大力度统筹促消费扩投资。坚持惠民生和促消费紧密结合。
            （二）聚焦加快构建现代化产业体系，深化实施“1269”行动计划。推动产业升级。
            （三）加强监测，确保达标，严格考核，落实责任。各地要……
            """)
        #expect(Self.outline(tree) == ["1 三、 2026年工作安排", "2 （一） 突出扩大内需战略基点，更大力度统筹促消费扩投资",
                                      "2 （二） 聚焦加快构建现代化产业体系，深化实施“1269”行动计划"])
        // Three commas make a sentence of a numbered list, not a title.
        #expect(tree.blocks.last?.kind == .paragraph)
    }

    @Test func splitsRunInHeading() {
        let (tree, _) = Self.tree("1.加强生态环境分区管控。加强“三线一单”在政策制定等方面的应用。")
        #expect(tree.sections.map(\.title) == ["加强生态环境分区管控"])
        #expect(tree.sections[0].label == "1.")
        #expect(tree.blocks.map(\.kind) == [.heading, .paragraph])
        #expect(tree.blocks.map(\.text) == ["1.加强生态环境分区管控。", "加强“三线一单”在政策制定等方面的应用。"])
        #expect(tree.blocks.map(\.section) == ["s1", "s1"])
        // The two blocks tile the line: the paragraph starts where the heading ends.
        #expect(tree.ranges == [0..<13, 13..<33])
        #expect(tree.blocks[1].span.start == 13)
    }

    @Test func keepsTitleOnlyHeadingWhole() {
        let (tree, _) = Self.tree("一、接续奋进，开启廊坊市生态环境保护新征程\n（一）取得历史性成就")
        #expect(tree.sections.map(\.title) == ["接续奋进，开启廊坊市生态环境保护新征程", "取得历史性成就"])
        #expect(tree.sections.map(\.level) == [1, 2])
        #expect(tree.sections.map(\.parent) == [nil, "s1"])
    }

    @Test func numberedSentenceWithACommaIsAListItemNotARunInHeading() {
        let (tree, _) = Self.tree("1.到 2025 年，全市 PM2.5 浓度达到 42 微克/立方米。其余指标完成省下达任务。")
        #expect(tree.sections.isEmpty)
        #expect(tree.blocks.map(\.kind) == [.paragraph])
    }

    @Test func levelsFollowTheStylesTheDocumentUses() {
        let (tree, _) = Self.tree("第一章 总则\n一、目的\n（一）范围\n第二章 目标\n一、总体目标")
        #expect(tree.sections.map(\.level) == [1, 2, 3, 1, 2])
        #expect(tree.sections.map(\.parent) == [nil, "s1", "s2", nil, "s4"])
    }

    @Test func warnsWhenAHeadingSkipsANumber() {
        let (tree, diagnostics) = Self.tree("一、前言\n内容。\n二、总体要求\n内容。\n四、保障措施\n内容。")
        #expect(tree.sections.map(\.label) == ["一、", "二、", "四、"])
        #expect(diagnostics == [Diagnostic(.warning, "heading 四、 is number 4 where 3 was expected",
                                           id: "heading-sequence", line: 5)])
    }

    @Test func numberedLineInsideRunningTextIsNotPromoted() {
        // “3.” does not follow “1.”, and the line before does not end a sentence.
        let (tree, diagnostics) = Self.tree("1.机遇\n全市共完成重点项目\n3.类工程改造")
        #expect(tree.sections.map(\.label) == ["1."])
        #expect(tree.blocks.map(\.kind) == [.heading, .paragraph, .paragraph])
        #expect(diagnostics.isEmpty)
    }

    @Test func boxCollectsItsEntriesUntilTheNextHeading() {
        let (tree, _) = Self.tree("""
            （三）集中打好三大标志性战役
            专栏 2 大气污染防治重点工程
            NOx 深度治理工程。对钢铁、焦化实施深度治理。
            1.VOCs综合治理工程。以化工、涂装为重点。
            （四）加强大气面源和噪声污染治理
            """)
        #expect(tree.projects == [Project(id: "p1", label: "专栏 2", title: "大气污染防治重点工程",
                                          items: ["NOx 深度治理工程。对钢铁、焦化实施深度治理。", "1.VOCs综合治理工程。以化工、涂装为重点。"],
                                          span: Span(page: nil, line: 2, start: 15, end: 30))])
        #expect(tree.blocks.map(\.kind) == [.heading, .box, .box, .box, .heading])
        #expect(tree.sections.map(\.label) == ["（三）", "（四）"])
    }

    @Test(arguments: ["注：注*的数据，因全国统计口径调整。", "备注:", "注:省定任务"])
    func notesAreTheirOwnBlocks(line: String) {
        #expect(Self.tree(line).0.blocks.map(\.kind) == [.note])
    }

    @Test func circledNumbersRightUnderAChapterAreFootnotes() {
        // Hengshui 2022: “①省定任务指的是…” under “(一)规划目标、指标完成情况”, below its table.
        let (tree, _) = Self.tree("(一)规划目标、指标完成情况\n①省定任务指的是河北省大气污染防治工作小组\n②主要污染物排放减排总量由省生态环境厅认定")
        #expect(tree.blocks.map(\.kind) == [.heading, .note, .note])
        let (items, _) = Self.tree("1.打好重污染天气消除攻坚战役\n①重点行业绩效分级\n②移动源治理")
        #expect(items.sections.map(\.label) == ["1.", "①", "②"])
    }

    @Test func footnotesUnderATableAreNotes() {
        var diagnostics: [Diagnostic] = []
        let text = NormalizedText(normalizing: SourceDocument(path: "t.txt", text: """
            指标 2025 年 属性
            3 地表水达到或好于Ⅲ类水体比例（%）a 70 约束性
            a. 国省考断面。
            *森林覆盖率按省下达数据为准。
            正文段落。
            a. 这一行不在表下。
            """))
        let tree = BlockTree(structuring: text, tableLines: [1, 2], diagnostics: &diagnostics)
        #expect(tree.blocks.map(\.kind) == [.table, .table, .note, .note, .paragraph, .paragraph])
        #expect([IndicatorTable].markers(in: "a. 国省考断面。") == ["a"])
        #expect([IndicatorTable].markers(in: "*森林覆盖率按省下达数据为准。") == ["*"])
    }

    @Test func wordsStartingWithTheNoteCharacterAreParagraphs() {
        #expect(Self.tree("注重能力建设，强化宣传教育。").0.blocks.map(\.kind) == [.paragraph])
    }
}

/// The heading trees of the corpus, checked against what the documents print.
@Suite struct CorpusHeadingTests {
    /// The level-1 headings as the documents print them (read from the text files).
    @Test(arguments: [
        ("Corpus/text/handan-2023-plan.txt", ["一、前言", "二、总体要求", "三、加快推动绿色低碳发展", "四、持续深入打好蓝天保卫战",
            "五、持续深入打好碧水保卫战", "六、深化土壤、地下水和农村生态环境保护", "七、加强生态空间管控和生态保护修复",
            "八、强化环境风险防控", "九、全力构建现代环境治理体系"]),
        ("Corpus/text/langfang-plan.txt", ["一、接续奋进，开启廊坊市生态环境保护新征程", "二、锚定目标，精准把握生态环境保护总体要求",
            "三、构建生态安全格局，促进绿色低碳发展", "四、控制温室气体排放，积极应对气候变化", "五、坚持综合施策，持续改善大气环境",
            "六、深化“三水”统筹，打造良好水生态环境", "七、强化协同防控，保障土壤环境安全", "八、加强固体废物监管，提高综合利用水平",
            "九、强化风险防控，牢守环境安全底线", "十、深化改革创新，全面提升环境治理能力", "十一、规划实施保障措施"]),
        ("Corpus/text/hengshui-2023-midterm-review.txt", ["一、主要目标完成情况", "二、重大任务完成情况", "三、面临的主要问题",
            "四、规划实施的对策建议", "五、下一步工作"]),
        ("Corpus/text/hengshui-2022-plan.txt", ["一、“十三五”时期主要成就", "二、“十四五”发展总体要求", "三、加快推动绿色低碳发展",
            "四、积极应对气候变化", "五、持续改善空气质量", "六、打造良好水生态环境", "七、扎实推进土壤污染防治",
            "八、完善固体废物规范化管理", "九、持续提升农村人居生态环境", "十、持续强化环境风险防控", "十一、加快生态系统恢复和保育",
            "十二、加快推进生态环境治理体系和治理能力现代化", "十三、规划实施保障措施"]),
    ])
    func topLevelHeadingsAreThoseTheDocumentPrints(path: String, expected: [String]) throws {
        let graph = PlanGraph(building: try CorpusFiles.read(path))
        #expect(graph.sections.filter { $0.level == 1 }.map { $0.label + $0.title } == expected)
    }

    @Test func handanHasItsNumberedSubsections() throws {
        let graph = PlanGraph(building: try CorpusFiles.read("Corpus/text/handan-2023-plan.txt"))
        // Per chapter, the （一）… headings printed in the plan.
        let counts = graph.sections.filter { $0.level == 1 }.map { chapter in
            graph.sections.filter { $0.parent == chapter.id }.count
        }
        #expect(counts == [2, 2, 5, 4, 4, 4, 2, 4, 4])
        let run = try #require(graph.sections.first { $0.title == "加强生态环境分区管控" })
        #expect(run.level == 3 && run.label == "1." && run.span.line == 252)
        #expect(graph.diagnostics.isEmpty)
        #expect(graph.projects.map(\.label) == ["专栏 1", "专栏 2", "专栏 3", "专栏 4", "专栏 5"])
    }

    @Test(arguments: ["handan-2023-plan", "langfang-plan", "hengshui-2023-midterm-review"])
    func pdfAndTextGiveTheSameTree(id: String) throws {
        let pdf = PlanGraph(building: try CorpusFiles.read("Corpus/pdf/\(id).pdf"))
        let text = PlanGraph(building: try CorpusFiles.read("Corpus/text/\(id).txt"))
        func tree(_ graph: PlanGraph) -> [String] { graph.sections.map { "\($0.level) \($0.label)\($0.title) \($0.parent ?? "-")" } }
        #expect(tree(pdf) == tree(text))
        #expect(pdf.projects.map(\.title) == text.projects.map(\.title))
    }
}
