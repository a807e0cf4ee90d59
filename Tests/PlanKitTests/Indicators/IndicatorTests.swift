import Foundation
import Testing
@testable import PlanKit

@Suite struct IndicatorTests {
    static func rows(_ graph: PlanGraph) -> [String] {
        let table = graph.tables[0]
        let valueColumns = table.columns.indices.filter { index in
            let header = table.columns[index]
            return header.firstMatch(of: /(19|20)[0-9]{2}/) != nil
        }
        let latestYear = valueColumns.compactMap { IndicatorReader.year(in: table.columns[$0]) }.max()
        return graph.indicators.map { indicator in
            let attribute = indicator.attribute == .binding ? "约束性" : indicator.attribute == .expected ? "预期性" : ""
            let cells = valueColumns.map { column -> String in
                let (year, role) = IndicatorReader.role(of: table.columns[column], period: graph.document.period,
                                                      latestYear: latestYear)
                return indicator.values.first { $0.year == year && $0.role == role }?.text ?? ""
            }
            return ([indicator.seq ?? "", indicator.category ?? "", indicator.name, indicator.unit?.text ?? "", attribute] + cells)
                .joined(separator: "|")
        }
    }

    static func expected(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The document's one indicator table, row by row, against the expectations.
    static func expectRows(_ path: String, _ expected: String) throws {
        let graph = PlanGraph(building: try CorpusFiles.read(path))
        #expect(graph.tables.count == 1)
        let rows = Self.rows(graph)
        let wanted = Self.expected(expected)
        #expect(rows.count == wanted.count)
        for (row, want) in zip(rows, wanted) { #expect(row == want) }
    }

    @Test(arguments: [("Corpus/pdf/handan-2023-plan.pdf", IndicatorExpectations.handan),
                      ("Corpus/pdf/langfang-plan.pdf", IndicatorExpectations.langfang),
                      ("Corpus/pdf/hengshui-2023-midterm-review.pdf", IndicatorExpectations.hengshuiReview)])
    func everyRowOfThePDFTableIsAnIndicator(path: String, expected: String) throws {
        try Self.expectRows(path, expected)
    }

    @Test func valuesAreTypedWithRoleYearUnitAndSI() throws {
        let graph = PlanGraph(building: try CorpusFiles.read("Corpus/pdf/handan-2023-plan.pdf"))
        let pm25 = try #require(graph.indicators.first)
        #expect(pm25.unit == IndicatorUnit(text: "ug/m3", symbol: "μg/m³"))
        #expect(pm25.values.map(\.role) == [.baseline, .target] && pm25.values.map(\.year) == [2020, 2025])
        #expect(pm25.values.map(\.si) == [Quantity.SIValue(value: 57, unit: "μg/m³"), Quantity.SIValue(value: 42, unit: "μg/m³")])
        let cod = try #require(graph.indicators.first { $0.name == "化学需氧量重点工程减排量" })
        #expect(cod.values.count == 1 && cod.values[0].value == Decimal(string: "1.65") && cod.values[0].si?.value == 16500)
        let forest = try #require(graph.indicators.last)
        #expect(forest.values[0].unit == "个百分点" && forest.values[0].si?.unit == "pp" && forest.values[0].comparator == .atLeast)
        let water = try #require(graph.indicators.first { $0.seq == "4" })
        #expect(water.values.map(\.qualitative) == ["全部消除", "全部消除"] && water.values.allSatisfy { $0.value == nil })
        // The value's span is its cell in the PDF.
        let scalars = Array(try CorpusFiles.read("Corpus/pdf/handan-2023-plan.pdf").text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[pm25.values[1].span.start..<pm25.values[1].span.end])) == "42")
        #expect(pm25.values[1].span.page == 6)
    }

    @Test func reviewTableJoinsItsThreePagesAndReadsMarkersRangesAndTotals() throws {
        let graph = PlanGraph(building: try CorpusFiles.read("Corpus/pdf/hengshui-2023-midterm-review.pdf"))
        #expect(graph.tables.first?.pages == [1, 2, 3])
        #expect(graph.tables.first?.caption == "“十四五”生态环境保护指标一览表")
        let roles = graph.indicators[0].values.map { "\($0.role) \($0.year ?? 0)" }
        #expect(roles == ["target 2025", "progress 2022", "forecast 2025"])
        let county = try #require(graph.indicators.first { $0.seq == "3" })
        #expect(county.values[1].range == Quantity.Bounds(min: Decimal(string: "62.2"), max: 74, minInclusive: true, maxInclusive: true))
        let forest = try #require(graph.indicators.first { $0.seq == "19" })
        #expect(forest.values[0].value == Decimal(string: "8.2") && forest.values[0].marker == "*")
        let groundwater = try #require(graph.indicators.first { $0.seq == "20" })
        #expect(groundwater.marker == "d" && groundwater.values[0].cumulative && groundwater.values[0].si?.value == 283_000_000)
        // The note under the table explains the value marked *.
        #expect(graph.tables[0].notes.map(\.markers) == [["*"]])
        #expect(graph.tables[0].notes.first?.text.hasPrefix("注：注*的数据，因全国统计口径调整") == true)
        let energy = try #require(graph.indicators.first { $0.seq == "14" })
        #expect(energy.values[0].comparator == .atLeast && energy.values[0].value == 17)
    }

    @Test func langfangKeepsScopeNotesAndQualitativeTargets() throws {
        let graph = PlanGraph(building: try CorpusFiles.read("Corpus/pdf/langfang-plan.pdf"))
        let surface = try #require(graph.indicators.first { $0.seq == "3" })
        #expect(surface.values[0].value == 22 && surface.values[0].comparator == .atLeast && surface.values[0].note == "国省考断面")
        let blackWater = try #require(graph.indicators.first { $0.seq == "5" })
        #expect(blackWater.values[0].value == nil && blackWater.values[0].qualitative == "动态清零")
    }
}

@Suite struct TextTableTests {
    @Test(arguments: [("Corpus/text/handan-2023-plan.txt", IndicatorExpectations.handan),
                      ("Corpus/text/langfang-plan.txt", IndicatorExpectations.langfang),
                      ("Corpus/text/hengshui-2023-midterm-review.txt", IndicatorExpectations.hengshuiReview)])
    func everyRowOfTheFlattenedTableIsAnIndicator(path: String, expected: String) throws {
        try IndicatorTests.expectRows(path, expected)
    }

    @Test(arguments: ["handan-2023-plan", "langfang-plan", "hengshui-2023-midterm-review"])
    func textAndPDFGiveTheSameIndicators(id: String) throws {
        let pdf = PlanGraph(building: try CorpusFiles.read("Corpus/pdf/\(id).pdf")).indicators
        let text = PlanGraph(building: try CorpusFiles.read("Corpus/text/\(id).txt")).indicators
        /// Everything but provenance, which differs by design (pages, offsets).
        func comparable(_ indicator: Indicator) -> String {
            let values = indicator.values.map { value in
                "\(value.role) \(value.year ?? 0) \(value.text) \(value.value.map { "\($0)" } ?? "-") \(value.unit ?? "-") "
                    + "\(value.si.map { "\($0.value.map { "\($0)" } ?? "-") \($0.unit)" } ?? "-") \(value.comparator?.rawValue ?? "-") "
                    + "\(value.qualitative ?? "-") \(value.cumulative) \(value.note ?? "-") \(value.marker ?? "-")"
            }
            return "\(indicator.seq ?? "-") \(indicator.category ?? "-") \(indicator.name) \(indicator.unit?.text ?? "-") "
                + "\(indicator.unit?.symbol ?? "-") \(indicator.attribute?.rawValue ?? "-") \(indicator.marker ?? "-") [\(values.joined(separator: "; "))]"
        }
        #expect(pdf.count == text.count)
        for (a, b) in zip(pdf, text) { #expect(comparable(a) == comparable(b)) }
    }

    /// Two tables, each followed by its own note: each keeps its own (the table reading is Langfang's,
    /// lines 89–112, printed twice).
    @Test func eachTableKeepsItsOwnNote() throws {
        let lines = try String(contentsOf: CorpusFiles.url("Corpus/text/langfang-plan.txt"), encoding: .utf8)
            .components(separatedBy: "\n")
        let table = lines[88..<112].joined(separator: "\n")
        let text = "一、目标\n\n" + table + "\n注：第一张表的说明。\n\n二、任务\n\n大力推进工作。\n\n" + table
            + "\n注：第二张表的说明。\n"
        let graph = PlanGraph(building: SourceDocument(path: "two-tables.txt", text: text))
        #expect(graph.tables.count == 2)
        #expect(graph.tables.map { $0.notes.map(\.text) } == [["注：第一张表的说明。"], ["注：第二张表的说明。"]])
        #expect(graph.indicators.count == 38)
    }
}
