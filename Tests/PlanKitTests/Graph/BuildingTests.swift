import Testing
@testable import PlanKit

/// Building a graph runs some readers side by side, timed (`plangraph benchmark`) or not: timing wraps
/// the stages and must not change the graph.
@Suite struct BuildingTests {
    @Test func timedBuildGivesTheSameGraphAndNamesEachStage() throws {
        let source = try CorpusFiles.read("Corpus/text/langfang-plan.txt")
        let stopwatch = Stopwatch()
        let timed = PlanGraph(building: source, stopwatch: stopwatch)
        let plain = PlanGraph(building: source)
        #expect(try timed.jsonData() == plain.jsonData())
        // The stages that run side by side may be timed in either order.
        #expect(stopwatch.stages.prefix(3).map(\.name) == ["normalize", "flat tables", "block tree"])
        #expect(Set(stopwatch.stages.dropFirst(3).map(\.name)) == ["indicators", "measures", "references", "targets"])
        #expect(stopwatch.stages.allSatisfy { $0.time > .zero })
    }

    @Test func bothAtOnceGivesEachResult() {
        let (sum, text) = bothAtOnce({ (1...1000).reduce(0, +) }, { String(repeating: "年", count: 3) })
        #expect(sum == 500_500 && text == "年年年")
    }
}
