import Foundation
import Testing
@testable import PlanKit

/// The corpus's table documents written in Traditional script (ICU's Hans-Hant transform, as
/// `uconv -x Hans-Hant` does) give the indicators of their Simplified originals: tables read the
/// normalised lines, so the script conversion reaches them as it reaches the prose.
@Suite struct TraditionalTableTests {
    /// What an indicator says, without its offsets (a converted character may take a different number
    /// of scalars) and ids.
    static func summary(_ indicator: Indicator) -> String {
        let values = indicator.values.map { value in
            [value.year.map(String.init) ?? "", value.role.rawValue, value.text, value.value.map { "\($0)" } ?? "",
             value.unit ?? "", value.comparator?.rawValue ?? "", value.qualitative ?? ""].joined(separator: ",")
        }
        return [indicator.seq ?? "", indicator.category ?? "", indicator.name, indicator.unit?.text ?? "",
                indicator.attribute?.rawValue ?? "", indicator.concept ?? "", indicator.marker ?? ""].joined(separator: "|")
            + " " + values.joined(separator: "; ")
    }

    static func traditional(_ text: String) -> String {
        text.applyingTransform(StringTransform("Hans-Hant"), reverse: false)!
    }

    @Test(arguments: ["Corpus/text/handan-2023-plan.txt", "Corpus/text/langfang-plan.txt",
                      "Corpus/text/hengshui-2023-midterm-review.txt"])
    func traditionalScriptGivesTheSimplifiedIndicators(path: String) throws {
        let simplified = PlanGraph(building: try CorpusFiles.read(path))
        let original = try CorpusFiles.read(path).text
        let converted = Self.traditional(original)
        // The conversion did happen: the table's attribute words are Traditional.
        #expect(converted.contains("約束性") && !converted.contains("约束性"))
        let graph = PlanGraph(building: SourceDocument(path: path, text: converted))
        #expect(graph.indicators.count == simplified.indicators.count)
        #expect(graph.indicators.count >= 19)
        for (read, expected) in zip(graph.indicators, simplified.indicators) {
            #expect(Self.summary(read) == Self.summary(expected))
        }
        #expect(graph.targets.map(\.value) == simplified.targets.map(\.value))
        #expect(graph.observations.map(\.value) == simplified.observations.map(\.value))
    }

    @Test func aTraditionalCellSpanPointsAtItsSourceText() throws {
        let converted = Self.traditional(try CorpusFiles.read("Corpus/text/langfang-plan.txt").text)
        let graph = PlanGraph(building: SourceDocument(path: "langfang-hant.txt", text: converted))
        let scalars = Array(converted.unicodeScalars)
        let cells = graph.indicators.flatMap(\.values)
        #expect(cells.count == 23)  // 4 baselines and 19 targets, as the Simplified golden
        var convertedCells = 0
        for value in cells {
            // The source prints the cell in Traditional script, with layout spaces the cell drops.
            let printed = String(String.UnicodeScalarView(scalars[value.span.start..<value.span.end]))
            if printed != value.text { convertedCells += 1 }
            let simplified = printed.applyingTransform(StringTransform("Hant-Hans"), reverse: false)!
            #expect(simplified.replacing(" ", with: "") == value.text.replacing(" ", with: ""))
        }
        // Qualitative cells (动态清零, 稳中向好…) are printed in Traditional and read in Simplified.
        #expect(convertedCells >= 5)
    }
}
