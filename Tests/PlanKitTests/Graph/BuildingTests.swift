import Testing
@testable import PlanKit

/// Building a graph runs some readers side by side; timed (`plangraph benchmark`) it runs them one after
/// another. Both must give the same graph.
@Suite struct BuildingTests {
    @Test func timedBuildGivesTheSameGraphAndNamesEachStage() throws {
        let source = try CorpusFiles.read("Corpus/text/langfang-plan.txt")
        let stopwatch = Stopwatch()
        let timed = PlanGraph(building: source, stopwatch: stopwatch)
        let plain = PlanGraph(building: source)
        #expect(try timed.jsonData() == plain.jsonData())
        #expect(stopwatch.stages.map(\.name) == ["normalize", "flat tables", "block tree", "indicators", "targets",
                                                 "measures, references"])
    }

    @Test func bothAtOnceGivesEachResult() {
        let (sum, text) = bothAtOnce({ (1...1000).reduce(0, +) }, { String(repeating: "年", count: 3) })
        #expect(sum == 500_500 && text == "年年年")
    }
}
