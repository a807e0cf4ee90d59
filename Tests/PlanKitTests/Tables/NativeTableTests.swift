import Foundation
import Testing
@testable import PlanKit

/// A reader that knows its tables as tables (an HTML or DOCX reader) hands them over with the lines;
/// the table stage takes them through the same normaliser as every line.
@Suite struct NativeTableTests {
    static func traditionalPlan() -> SourceDocument {
        let text = """
        邯鄲市“十四五”生態環境保護規劃
        一、主要目標
        到2025年，生態環境質量持續改善，環境風險得到有效管控，生態文明建設取得積極進展。
        """
        var source = SourceDocument(path: "native.html", text: text)
        func cell(_ text: String) -> FlatTable.Cell { FlatTable.Cell(text: text, span: nil) }
        source.nativeTables = [FlatTable(
            header: ["類別", "序號", "指標", "2020年", "2025年", "指標屬性"],
            rows: [[cell("環境質量"), cell("1"), cell("細顆粒物（PM2.5）濃度（微克/立方米）"), cell("57"), cell("42"), cell("約束性")],
                   [cell("環境質量"), cell("2"), cell("空氣質量優良天數比率（%）"), cell("60.3"), cell("70"), cell("約束性")]],
            caption: "“十四五”生態環境保護主要指標", pages: nil, lines: [],
            span: Span(page: nil, line: 1, start: 0, end: 1))]
        return source
    }

    @Test func aNativeTableIsReadInSimplifiedWithItsPeriod() throws {
        let graph = PlanGraph(building: Self.traditionalPlan())
        #expect(graph.document.period == DocumentInfo.Period(from: 2021, to: 2025))
        try #require(graph.indicators.count == 2)
        let pm25 = graph.indicators[0]
        #expect(pm25.name == "细颗粒物（PM2.5）浓度")
        #expect(pm25.unit?.text == "微克/立方米")
        #expect(pm25.attribute == .binding)
        #expect(pm25.concept == "air.pm25.concentration")
        #expect(pm25.values.map(\.role) == [.baseline, .target])
        #expect(pm25.values.map(\.year) == [2020, 2025])
        #expect(pm25.values.map(\.value) == [57, 42])
        #expect(graph.indicators[1].name == "空气质量优良天数比率")
        #expect(graph.indicators[1].values.map(\.value) == [Decimal(string: "60.3"), 70])
        #expect(graph.tables.first?.caption == "“十四五”生态环境保护主要指标")
    }
}
