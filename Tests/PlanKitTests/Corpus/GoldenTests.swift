import Foundation
import Testing
@testable import PlanKit

/// Compares each corpus document's graph and outline with the reviewed files in `Corpus/expected/`.
///
/// `PLANGRAPH_RECORD=1 swift test` rewrites them and fails, so a new baseline is always read by a
/// person (`git diff Corpus/expected`) before it is committed.
@Suite struct GoldenTests {
    static let recording = ProcessInfo.processInfo.environment["PLANGRAPH_RECORD"] == "1"

    @Test(arguments: CorpusFiles.all)
    func graphAndOutlineMatchTheReviewedFiles(path: String) throws {
        let graph = PlanGraph(building: try CorpusFiles.read(path))
        let id = graph.document.id
        let kind = path.hasSuffix(".pdf") ? "pdf" : "text"
        try check(graph.jsonData(), against: "Corpus/expected/\(kind)/\(id).json")
        try check(Data(Outline(describing: graph).text.utf8), against: "Corpus/expected/\(kind)/\(id).outline.txt")
    }

    private func check(_ actual: Data, against relative: String) throws {
        let url = CorpusFiles.url(relative)
        if Self.recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url)
            Issue.record("recorded \(relative); review it with git diff, then run the tests without PLANGRAPH_RECORD")
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: url.path), "missing \(relative); record it")
        if expected != actual {
            let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let at = first?.offset ?? min(expectedLines.count, actualLines.count)
            Issue.record("""
                \(relative) differs at line \(at + 1):
                expected: \(at < expectedLines.count ? expectedLines[at] : "<end>")
                actual:   \(at < actualLines.count ? actualLines[at] : "<end>")
                """)
        }
    }
}
