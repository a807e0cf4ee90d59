import Foundation
@testable import PlanKit

/// Paths of the repository's real documents and of the test fixtures.
enum CorpusFiles {
    /// The package root, found from this file's place in the tree.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let pdfs = ["handan-2023-plan", "hengshui-2023-midterm-review", "langfang-plan"]
        .map { "Corpus/pdf/\($0).pdf" }
    static let texts = ["handan-2023-plan", "hengshui-2022-plan", "hengshui-2023-midterm-review",
                        "hengshui-2025-press-release", "langfang-plan"].map { "Corpus/text/\($0).txt" }
    static let all = pdfs + texts

    /// A repository-relative path made absolute.
    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static func fixture(_ name: String) -> String {
        url("Tests/PlanKitTests/Fixtures/\(name)").path
    }

    /// Reads a corpus document, recording its repository-relative path so outputs do not depend on
    /// where the repository is checked out.
    static func read(_ relative: String) throws -> SourceDocument {
        var document = try SourceDocument(reading: url(relative).path)
        document.path = relative
        return document
    }
}
