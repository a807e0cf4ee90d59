import Foundation
import Testing
@testable import PlanKit

/// Value columns read against the document's own plan period: the corpus plans moved one period on
/// (十四五 → 十五五, every year +5) read `2025 年 | 2030 年` as baseline and target, as the originals read
/// `2020 年 | 2025 年`.
@Suite struct PlanPeriodTests {
    /// Every year followed by 年 or by the dash of a year span moves five years on; the plans' names too.
    static func movedOnePeriod(_ text: String) -> String {
        let moved = text.replacing(/(^|[^0-9])(20[0-4][0-9])(?=\s*[年—–\-~至到])/) { match in
            match.output.1 + String(Int(match.output.2)! + 5)
        }
        return moved.replacing("十四五", with: "十五五").replacing("十三五", with: "十四五")
    }

    static func summary(_ indicator: Indicator, movingYears: Bool) -> String {
        let values = indicator.values.map { value in
            "\(value.year.map { movingYears ? $0 + 5 : $0 }.map(String.init) ?? ""),\(value.role),\(value.value.map { "\($0)" } ?? "")"
        }
        let name = movingYears ? movedOnePeriod(indicator.name) : indicator.name
        return "\(indicator.seq ?? "")|\(name)|\(indicator.attribute?.rawValue ?? "") " + values.joined(separator: "; ")
    }

    @Test(arguments: ["Corpus/text/handan-2023-plan.txt", "Corpus/text/langfang-plan.txt",
                      "Corpus/text/hengshui-2023-midterm-review.txt"])
    func aFifteenthPlanReadsItsYearsLikeAFourteenth(path: String) throws {
        let original = PlanGraph(building: try CorpusFiles.read(path))
        let moved = PlanGraph(building: SourceDocument(path: path, text: Self.movedOnePeriod(try CorpusFiles.read(path).text)))
        #expect(moved.document.period == DocumentInfo.Period(from: 2026, to: 2030))
        #expect(moved.indicators.count == original.indicators.count)
        for (read, expected) in zip(moved.indicators, original.indicators) {
            #expect(Self.summary(read, movingYears: false) == Self.summary(expected, movingYears: true))
        }
    }

    @Test func theYearBeforeThePeriodIsTheBaselineItsLastYearTheTarget() throws {
        let moved = PlanGraph(building: SourceDocument(
            path: "langfang-15.txt", text: Self.movedOnePeriod(try CorpusFiles.read("Corpus/text/langfang-plan.txt").text)))
        let roles = Set(moved.indicators.flatMap { $0.values.map { "\($0.year ?? 0) \($0.role)" } })
        #expect(roles == ["2025 baseline", "2030 target"])
    }

    @Test(arguments: [
        // header, period, latest year of the table → year, role
        ("2025 年", DocumentInfo.Period(from: 2026, to: 2030), 2030, 2025, "baseline"),
        ("2030 年", DocumentInfo.Period(from: 2026, to: 2030), 2030, 2030, "target"),
        ("2020 年", DocumentInfo.Period(from: 2021, to: 2025), 2025, 2020, "baseline"),
        ("2025年", nil, 2030, 2025, "baseline"),
        ("2030年", nil, 2030, 2030, "target"),
        ("2020年现状值", DocumentInfo.Period(from: 2021, to: 2025), 2025, 2020, "baseline"),
        ("基准年2025", DocumentInfo.Period(from: 2026, to: 2030), 2030, 2025, "baseline"),
        ("2025 年目标", DocumentInfo.Period(from: 2021, to: 2025), 2025, 2025, "target"),
        ("2022 年完成情况", DocumentInfo.Period(from: 2021, to: 2025), 2025, 2022, "progress"),
        ("预计到2025 年", DocumentInfo.Period(from: 2021, to: 2025), 2025, 2025, "forecast"),
    ] as [(String, DocumentInfo.Period?, Int, Int, String)])
    func aHeaderTakesItsRoleFromItsWordsThenFromThePeriod(header: String, period: DocumentInfo.Period?, latest: Int,
                                                          year: Int, role: String) {
        let read = IndicatorReader.role(of: header, period: period, latestYear: latest)
        #expect(read.0 == year)
        #expect(read.1.rawValue == role)
    }
}
