import Testing
@testable import PlanKit

/// PDF table layouts beyond the corpus, from the fixtures in Fixtures/tables (HTML printed by Chromium;
/// see the README there). Expectations are the HTML sources' cells.
@Suite struct TableLayoutTests {
    static func graph(_ name: String) throws -> PlanGraph {
        PlanGraph(building: try SourceDocument(reading: CorpusFiles.fixture("tables/\(name).pdf")))
    }

    static func rows(_ graph: PlanGraph) -> [String] {
        graph.indicators.map { indicator in
            ([indicator.seq ?? "", indicator.category ?? "", indicator.name, indicator.unit?.text ?? "", indicator.attribute?.rawValue ?? ""]
             + indicator.values.map { "\($0.role.rawValue) \($0.year.map(String.init) ?? "-") \($0.text)" }).joined(separator: "|")
        }
    }

    /// The sixteen rows of the indicator table that the LibreOffice and XeLaTeX fixtures both print (the
    /// table of the Handan plan, shortened), as their sources give them.
    static func sixteenRows(classThree: String, classFive: String) -> [String] {
        [
            "1|环境治理|细颗粒物（PM2.5）浓度|微克/立方米|binding|baseline 2020 57|target 2025 42",
            "2|环境治理|空气质量优良天数比率|%|binding|baseline 2020 60.4|target 2025 70",
            "3|环境治理|地表水达到或好于\(classThree)类水体比例|%|binding|baseline 2020 60|target 2025 达到省要求",
            "4|环境治理|地表水劣\(classFive)类水体比例|%|binding|baseline 2020 全部消除|target 2025 全部消除",
            "5|环境治理|县级及以上城市建成区黑臭水体比例|%|expected|target 2025 全部消除",
            "6|环境治理|地下水\(classFive)类水体比例|%|expected|target 2025 27.27",
            "7|环境治理|农村生活污水治理率|%|expected|target 2025 60",
            "8|环境治理|化学需氧量重点工程减排量|万吨|binding|target 2025 1.65",
            "9|环境治理|氨氮重点工程减排量|万吨|binding|target 2025 0.075",
            "10|应对气候变化|单位地区生产总值二氧化碳排放量降低|%|binding|target 2025 22",
            "11|应对气候变化|单位地区生产总值能源消耗降低|%|binding|target 2025 18",
            "12|应对气候变化|非化石能源占能源消费总量比例|%|expected|target 2025 4",
            "13|环境风险防控|受污染耕地治理和管控措施覆盖率|%|binding|target 2025 100",
            "14|环境风险防控|建设用地土壤污染修复和风险管控措施覆盖率|%|binding|target 2025 100",
            "15|生态保护|生态保护红线面积|万平方千米|binding|target 2025 0.1255",
            "16|生态保护|森林覆盖率|%|binding|target 2025 净增 1.5 个百分点以上",
        ]
    }

    @Test func rulesAreFoundOnTheRenderedPage() throws {
        let document = try SourceDocument(reading: CorpusFiles.fixture("tables/landscape.pdf"))
        let rules = document.pages[0].rules
        // A 3-row, 6-column table: 4 horizontal and 7 vertical rules, plus the running header's underline.
        #expect(rules.filter { $0.axis == .vertical && $0.to - $0.from > 40 }.count == 7)
        #expect(rules.filter { $0.axis == .horizontal && $0.to - $0.from > 300 }.count >= 4)
    }

    @Test func onlyThePagesPickedAreRendered() throws {
        let path = CorpusFiles.fixture("tables/landscape.pdf")
        let picked = try SourceDocument(reading: path)
        #expect(picked.pages[0].mayHoldTable && !picked.pages[0].rules.isEmpty)
        let none = try SourceDocument(reading: path, pagesToRule: { _ in false })
        #expect(!none.pages[0].mayHoldTable && none.pages[0].rules.isEmpty)
        #expect(PlanGraph(building: none).indicators.isEmpty)
    }

    @Test func twoRowHeaderVerticalCategoriesAndMergedCells() throws {
        let graph = try Self.graph("two-row-header")
        #expect(graph.tables.map(\.caption) == ["表 1 示例市“十四五”生态环境主要指标"])
        #expect(graph.tables[0].columns.contains("2025 年 目标值"))
        #expect(Self.rows(graph) == [
            "1|环境治理|细颗粒物（PM2.5）浓度|微克/立方米|binding|baseline 2020 48|target 2025 39",
            "2|环境治理|化学需氧量重点工程减排量|万吨|binding|target 2025 0.42",
            "2|环境治理|氨氮重点工程减排量|万吨|binding|target 2025 0.021",
            "3|生态保护|森林覆盖率|%|binding|baseline 2020 30.5|target 2025 不降低",
            "4|生态保护|生态质量指数|EQI|expected|target 2025 稳中向好",
        ])
        // The running header above the table stays out of it.
        #expect(graph.blocks.first?.text == "示例市生态环境保护“十四五”规划" && graph.blocks.first?.kind == .paragraph)
    }

    @Test func tableContinuedOnTheNextPageIsOneTable() throws {
        let graph = try Self.graph("continued-table")
        #expect(graph.tables.count == 1 && graph.tables[0].pages == [1, 2])
        #expect(Self.rows(graph) == [
            "1|环境治理|空气质量优良天数比率|%|binding|target 2025 80|progress 2023 76.3",
            "2|环境治理|地表水达到或好于Ⅲ类水体比例|%|binding|target 2025 70|progress 2023 72.7",
            "3|环境治理|农村生活污水治理率|%|expected|target 2025 50|progress 2023 43.1",
            "4|环境治理|单位地区生产总值二氧化碳排放降低|%|binding|target 2025 完成市下达任务",
        ])
    }

    /// LibreOffice (its HTML import, printed to PDF): a landscape page, cell borders as 0.5 pt grey
    /// hairlines, a two-row header with 现状值 and a unit column, the table broken over three pages — the
    /// first break without a header, the second after 续表 with the header repeated.
    @Test func aLibreOfficeTableOverThreePages() throws {
        let graph = try Self.graph("libreoffice-ruled-table")
        #expect(graph.tables.count == 1 && graph.tables[0].pages == [1, 2, 3])
        #expect(graph.tables[0].columns.contains("2020 年 现状值"))
        #expect(Self.rows(graph) == Self.sixteenRows(classThree: "Ⅲ", classFive: "Ⅴ"))
    }

    /// XeLaTeX (xdvipdfmx): a landscape longtable with \\multirow categories, a two-row header repeated
    /// after 续表, units in the names and “--” printed as an en dash, which is no value.
    @Test func aXeLaTeXLongtable() throws {
        let graph = try Self.graph("xelatex-table")
        #expect(graph.tables.count == 1 && graph.tables[0].pages == [1, 2])
        // (The TeX source writes III and V: the font has no Ⅲ or Ⅴ.)
        #expect(Self.rows(graph) == Self.sixteenRows(classThree: " III ", classFive: " V "))
    }

    /// The XeLaTeX fixture with its fonts' /ToUnicode maps removed: poppler reads glyph numbers as code
    /// points, and the text is Han characters at random. One warning says so; a real text does not get it.
    @Test func aTextLayerWithoutToUnicodeIsFlagged() throws {
        let broken = try Self.graph("xelatex-table-no-tounicode")
        #expect(broken.diagnostics.filter { $0.id == "unreadable-text" }.count == 1)
        #expect(broken.indicators.isEmpty)
        let readable = try Self.graph("xelatex-table")
        #expect(!readable.diagnostics.contains { $0.id == "unreadable-text" })
        let corpus = PlanGraph(building: try CorpusFiles.read("Corpus/pdf/handan-2023-plan.pdf"))
        #expect(!corpus.diagnostics.contains { $0.id == "unreadable-text" })
    }

    @Test func landscapePage() throws {
        let graph = try Self.graph("landscape")
        #expect(Self.rows(graph) == [
            "1|环境治理|城市空气质量优良天数比率|%|binding|baseline 2020 71.2|target 2025 75 以上",
            "2|环境治理|挥发性有机物（VOCs）重点工程减排量|吨|binding|target 2025 1200",
        ])
        let target = try #require(graph.indicators.first?.values.last)
        #expect(target.value == 75 && target.comparator == .atLeast)
    }

    @Test func tableWithoutRulesFromGlyphGeometry() throws {
        let graph = try Self.graph("unruled")
        #expect(graph.tables.first?.columns == ["类别", "序号", "指标", "2020 年", "2025 年", "属性"])
        #expect(Self.rows(graph) == [
            "1|环境治理|细颗粒物（PM2.5）浓度|微克/立方米|binding|baseline 2020 45|target 2025 38",
            "2|环境治理|县城生活污水集中收集率|%|expected|baseline 2020 55|target 2025 70 以上",
            "3|生态保护|森林覆盖率|%|binding|baseline 2020 28.4|target 2025 稳中有升",
        ])
    }
}
