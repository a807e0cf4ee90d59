import Foundation
import Testing
@testable import PlanKit

/// The pieces `diff`, `compare` and the exports share: which side asks more, the prose target chosen
/// for a concept, filters, numbers as readers read them, wrapped terminal tables.
@Suite struct ComparisonPiecesTests {
    static func value(_ number: Decimal, _ unit: String) -> IndicatorValue {
        IndicatorValue(year: 2025, role: .target, text: "\(number)", value: number, unit: unit, si: .init(value: number, unit: unit),
                       comparator: nil, qualitative: nil, range: nil, cumulative: false, note: nil, marker: nil,
                       span: Span(page: nil, line: 1, start: 0, end: 1))
    }

    static func row(_ left: Decimal, _ right: Decimal, unit: String = "%", change: Direction? = nil) -> PlanDiff.Row {
        func side(_ number: Decimal) -> PlanDiff.Side {
            PlanDiff.Side(indicator: nil, source: .prose, concept: "c", id: "g1", name: "n", unit: unit, attribute: nil, baseline: nil,
                          target: value(number, unit), change: nil, targetChange: change)
        }
        return PlanDiff.Row(concept: "c", name: "n", left: side(left), right: side(right), note: nil)
    }

    @Test(arguments: [
        // A level of what improves by decreasing: the lower asks more (PM2.5 35 against 42).
        (Decimal(42), Decimal(35), Direction.decrease, Direction?.none, PlanDiff.Ambition.right),
        // A cut of what improves by decreasing: the larger asks more (用水量下降15.4% against 8.3%).
        (15.4, 8.3, .decrease, .decrease, .left),
        // A coverage to raise: the higher; equal targets ask the same.
        (70, 74, .increase, nil, .right),
        (100, 100, .increase, nil, .same),
    ])
    func moreAmbitiousFollowsTheDirectionOfImprovement(left: Decimal, right: Decimal, direction: Direction, change: Direction?,
                                                       expected: PlanDiff.Ambition) {
        var row = Self.row(left, right, change: change)
        row.compareTargets(direction: direction)
        #expect(row.moreAmbitious == expected)
        #expect(row.difference == left - right && row.differenceUnit == "pp")
    }

    @Test func aLevelAndAChangeOrAQuantityToHoldDoNotCompare() {
        var mixed = Self.row(15, 8)
        mixed.right.targetChange = .decrease
        mixed.compareTargets(direction: .decrease)
        #expect(mixed.moreAmbitious == nil && mixed.difference == nil)
        var hold = Self.row(1255, 1300, unit: "km²")
        hold.compareTargets(direction: .hold)
        #expect(hold.moreAmbitious == nil && hold.difference == -45 && hold.differenceUnit == "km²")
    }

    @Test func theProseTargetOfAConceptIsTheFirmOneForThePeriodsEnd() throws {
        let text = """
            一、主要目标
            到2023年，PM2.5浓度降至40微克/立方米。
            到2025年，PM2.5浓度力争降至35微克/立方米。
            到2025年，PM2.5浓度确保降至37微克/立方米。
            """
        var graph = PlanGraph(building: SourceDocument(path: "prose-plan.txt", text: text))
        graph.document.period = .init(from: 2021, to: 2025)
        let targets = ConceptTarget.all(in: graph).filter { $0.concept == "air.pm25.concentration" }
        #expect(targets.count == 1)
        #expect(targets.first?.source == .prose && targets.first?.target?.si?.value == 37 && targets.first?.target?.span.line == 4)
    }

    @Test func filtersMatchNamesCodesParentsAndConceptPrefixes() {
        let region = DocumentInfo.Region(name: "邯郸市", level: .prefecture, code: "130400", parent: "河北省")
        var document = DocumentInfo(id: "d", title: nil, kind: .plan, issuer: nil, issued: nil, docNumber: nil, region: region, period: nil,
                                    year: nil, reviewedYear: nil,
                                    source: .init(path: "d.txt", format: .text, sha256: "", pages: nil, encoding: nil))
        for wanted in ["邯郸市", "邯郸", "130400", "河北省"] { #expect(GraphFilter(regions: [wanted]).keeps(document)) }
        #expect(!GraphFilter(regions: ["廊坊"]).keeps(document))
        #expect(!GraphFilter(kinds: [.workReport]).keeps(document))
        document.region = nil
        #expect(!GraphFilter(regions: ["邯郸"]).keeps(document))
        #expect(GraphFilter(concepts: ["air.*"]).keeps(concept: "air.pm25.concentration"))
        #expect(!GraphFilter(concepts: ["air.*"]).keeps(concept: "water.surface.class-iii-or-better.ratio"))
        #expect(GraphFilter(concepts: ["phrase:*"]).keeps(concept: "phrase:县域医疗次中心"))
        #expect(GraphFilter(domains: ["climate"]).keeps(concept: "climate.co2-intensity.reduction"))
        #expect(!GraphFilter(domains: ["climate"]).keeps(concept: "phrase:县域医疗次中心"))
        #expect(!GraphFilter(concepts: ["air.*"]).keeps(concept: nil))
    }

    @Test(arguments: [(Decimal(283_000_000), "m³", "2.83 亿立方米"), (16500, "t", "1.65 万吨"), (42, "μg/m³", "42 微克/立方米"),
                      (Decimal(string: "66.666666666666666666")!, "km²", "66.6667 平方千米"), (75, "%", "75%"), (2, "pp", "2 个百分点")])
    func valuesReadAsAChineseReaderExpects(value: Decimal, unit: String, expected: String) {
        #expect(Quantity.readable(value, unit: unit) == expected)
    }

    @Test func decimalsDisplayWithTheirMeaningfulDigits() {
        #expect(Decimal(string: "66.666666666666666666")!.displayText() == "66.6667")
        #expect(Decimal(string: "0.000123456789")!.displayText() == "0.000123457")
        #expect(Decimal(16500).displayText() == "16500")
        #expect(Decimal(string: "-26.35")!.rounded(places: 1) == Decimal(string: "-26.4"))
    }

    @Test func terminalTablesWrapToTheWidthGiven() {
        let table = TextTable(header: ["concept", "left", "right"],
                              rows: [["细颗粒物（PM2.5）浓度", "57 → 42 μg/m³ (-26.3%) 约束性", String(repeating: "全部消除", count: 12)]])
        let lines = table.terminal(maxWidth: 60).split(separator: "\n")
        #expect(lines.allSatisfy { TextTable.displayWidth(String($0)) <= 60 })
        #expect(lines.count > 2)
        // Nothing is lost: the cells' characters are all there, in order, column by column.
        #expect(TextTable.wrap(String(repeating: "全部消除", count: 12), width: 20).joined() == String(repeating: "全部消除", count: 12))
        #expect(TextTable.wrap("57 → 42 μg/m³ (-26.3%)", width: 10) == ["57 → 42", "μg/m³", "(-26.3%)"])
    }
}
