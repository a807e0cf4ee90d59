import Foundation
import Testing
@testable import PlanKit

@Suite struct PlanDiffTests {
    static let diff: PlanDiff = {
        let handan = PlanGraph(building: try! CorpusFiles.read("Corpus/pdf/handan-2023-plan.pdf"))
        let langfang = PlanGraph(building: try! CorpusFiles.read("Corpus/text/langfang-plan.txt"))
        return PlanDiff(comparing: handan, with: langfang)
    }()

    static func row(_ concept: String) throws -> PlanDiff.Row {
        try #require(diff.rows.first { $0.concept == concept })
    }

    @Test func pm25BaselinesTargetsAndRelativeChange() throws {
        let pm25 = try Self.row("air.pm25.concentration")
        #expect(pm25.left.baseline?.value == 57 && pm25.left.target?.value == 42)
        #expect(pm25.right.baseline?.value == 42 && pm25.right.target?.value == 35)
        // (42 − 57) / 57 = −26.3%; (35 − 42) / 42 = −16.7%.
        #expect(pm25.left.change == Decimal(string: "-26.3") && pm25.right.change == Decimal(string: "-16.7"))
        #expect(pm25.note == "42 μg/m³ vs 35 μg/m³ (left 7 μg/m³ higher)")
    }

    @Test(arguments: [("pollutant.cod.reduction", "16500 t vs 12100 t (left 4400 t higher)"),
                      ("pollutant.nox.reduction", "17500 t vs 5500 t (left 12000 t higher)"),
                      ("pollutant.vocs.reduction", "8500 t vs 3000 t (left 5500 t higher)"),
                      ("air.good-days.ratio", "70 % vs 74 % (left 4 pp lower)")])
    func targetsCompareInBaseUnits(concept: String, note: String) throws {
        #expect(try Self.row(concept).note == note)
    }

    @Test func forestAndTreeCoverageAreNotAligned() {
        #expect(!Self.diff.rows.contains { $0.concept.hasPrefix("ecology.forest") || $0.concept.hasPrefix("ecology.tree") })
        #expect(Self.diff.onlyLeft.filter { $0.source == .table }.map(\.name) == ["森林覆盖率"])
        #expect(Self.diff.onlyRight.filter { $0.source == .table }.map(\.name) == ["林木覆盖率"])
    }

    @Test func differentDimensionsAreIncomparable() {
        let percent = IndicatorValue(year: 2025, role: .target, text: "5", value: 5, unit: "%", si: .init(value: 5, unit: "%"),
                                     comparator: nil, qualitative: nil, range: nil, cumulative: false, note: nil, marker: nil,
                                     span: Span(page: nil, line: 1, start: 0, end: 1))
        var mass = percent
        mass.si = .init(value: 5, unit: "t")
        #expect(PlanDiff.note(percent, mass) == "incomparable: % vs t")
    }

    @Test func terminalTableAlignsCJKColumns() {
        let lines = Self.diff.terminalTable(width: nil).split(separator: "\n").map(String.init)
        // Every aligned row's note starts at the display column of the header's “comparison”.
        let column = TextTable.displayWidth(lines[0]) - TextTable.displayWidth("comparison")
        for (row, line) in zip(Self.diff.rows, lines.dropFirst()) {
            guard let note = row.note else { continue }
            #expect(line.hasSuffix(note) && TextTable.displayWidth(line) - TextTable.displayWidth(note) == column)
        }
    }

    @Test func defaultTerminalTableFits120Columns() {
        let lines = Self.diff.terminalTable(width: 120).split(separator: "\n")
        #expect(lines.allSatisfy { TextTable.displayWidth(String($0)) <= 120 })
        #expect(lines.last?.hasSuffix("(--wide lists them)") == true)
    }
}
