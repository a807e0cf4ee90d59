import Foundation
import Testing
@testable import PlanKit

@Suite struct TargetTrackingTests {
    static let tracking: TargetTracking = {
        let plan = PlanGraph(building: try! CorpusFiles.read("Corpus/text/hengshui-2022-plan.txt"))
        let review = PlanGraph(building: try! CorpusFiles.read("Corpus/pdf/hengshui-2023-midterm-review.pdf"))
        let release = PlanGraph(building: try! CorpusFiles.read("Corpus/text/hengshui-2025-press-release.txt"))
        return TargetTracking(plan: plan, reports: [review, release])
    }()

    @Test func pm25IsMetOnAPartialYear() throws {
        let pm25 = try #require(Self.tracking.items.first { $0.concept == "air.pm25.concentration" })
        // Target 37 by 2025 (the plan's prose); 43 in 2022 (the review's table and its prose, 存在不确定性); 41 in 2024;
        // 34 through 11月17日 2025.
        // Evidence is ordered by year, a forecast last within its year.
        #expect(pm25.year == 2025 && pm25.si == Quantity.SIValue(value: 37, unit: "μg/m³"))
        #expect(pm25.evidence.map { "\($0.year ?? 0) \($0.kind) \($0.value.map { "\($0)" } ?? $0.text)" }
                == ["2022 progress 43", "2022 observation 43", "2024 observation 41", "2025 observation 34",
                    "2025 forecast 存在不确定性"])
        #expect(pm25.status == .met)
        #expect(pm25.note == "34 μg/m³ in 2025 (2025 through 11月17日, a partial year)")
        // Evidence points at its source: the review's table cell on page 1.
        #expect(pm25.evidence[0].document == "hengshui-2023-midterm-review" && pm25.evidence[0].span.page == 1)
    }

    @Test func goodDaysAreAtRisk() throws {
        let goodDays = try #require(Self.tracking.items.first { $0.concept == "air.good-days.ratio" })
        // 75% by 2025; 64.9% in 2022 and the review's forecast 存在不确定性.
        #expect(goodDays.status == .atRisk)
        #expect(goodDays.note == "forecast: 存在不确定性")
    }

    @Test(arguments: [("<=", "decrease", "44", "at risk"), (nil, "decrease", "36", "on track"), (nil, "increase", "36", "at risk")]
          as [(String?, String, String, String)])
    func directionDecidesWhichWayIsBetter(comparator: String?, direction: String, value: String, status: String) {
        let evidence = TargetTracking.Evidence(document: "d", year: 2022, kind: .progress, text: value,
                                               value: Decimal(string: value), si: .init(value: Decimal(string: value), unit: "μg/m³"),
                                               asOf: nil, span: Span(page: nil, line: 1, start: 0, end: 1))
        #expect(TargetTracking.status(target: .init(value: 40, unit: "μg/m³"), comparator: comparator.map { Comparator(rawValue: $0)! }, year: 2025,
                                      direction: Direction(rawValue: direction)!, evidence: [evidence]).0.rawValue == status)
    }
}
