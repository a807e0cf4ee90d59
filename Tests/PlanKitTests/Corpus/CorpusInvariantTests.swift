import Foundation
import Testing
@testable import PlanKit

/// Properties every corpus document must have, whatever its content.
@Suite struct CorpusInvariantTests {
    @Test(arguments: CorpusFiles.all)
    func blocksTileTheNormalisedText(path: String) throws {
        let source = try CorpusFiles.read(path)
        let text = NormalizedText(normalizing: source)
        var diagnostics: [Diagnostic] = []
        let tree = BlockTree(structuring: text, diagnostics: &diagnostics)
        // Rebuild the text from the blocks: each block's text, and the "\n" where its line ends.
        let lineEnds = Set(text.lines.map(\.range.upperBound))
        var rebuilt = ""
        var offset = 0
        for (block, range) in zip(tree.blocks, tree.ranges) {
            #expect(range.lowerBound == offset, "\(block.id) starts at \(range.lowerBound), not \(offset)")
            #expect(text.slice(range) == block.text)
            rebuilt += block.text
            offset = range.upperBound
            if lineEnds.contains(offset) {
                rebuilt += "\n"
                offset += 1
            }
        }
        #expect(rebuilt == text.text)
        #expect(offset == text.text.unicodeScalars.count)
        #expect(text.offsetMap.sourceOffsets.count == offset)
    }

    /// A block's source slice, folded and without whitespace, is the block's text without whitespace:
    /// normalising only folds widths, removes layout whitespace and moves furniture, never invents text.
    @Test(arguments: CorpusFiles.all)
    func everySpanPointsAtItsTextInTheSource(path: String) throws {
        let source = try CorpusFiles.read(path)
        let sourceScalars = Array(source.text.unicodeScalars)
        let graph = PlanGraph(building: source)
        for block in graph.blocks {
            let slice = sourceScalars[block.span.start..<block.span.end]
            var sourceText = String.UnicodeScalarView()
            var furnitureInside = false
            for scalar in slice where !scalar.properties.isWhitespace {
                sourceText.append(scalar.widthFolded ?? scalar)
            }
            let blockText = String(String.UnicodeScalarView(block.text.unicodeScalars.filter { !$0.properties.isWhitespace }))
            if String(sourceText) != blockText {
                // A paragraph joined across a page break also spans the furniture between its parts.
                furnitureInside = graph.blocks.contains { other in
                    other.kind == .furniture && other.span.start > block.span.start && other.span.end <= block.span.end
                }
            }
            #expect(String(sourceText) == blockText || furnitureInside, "\(block.id) at line \(block.span.line)")
            let line = try #require(source.lines.last { $0.start <= block.span.start })
            #expect(line.number == block.span.line)
            #expect(line.page == block.span.page)
        }
    }

    @Test(arguments: CorpusFiles.all)
    func normalisingTwiceIsNormalisingOnce(path: String) throws {
        let once = NormalizedText(normalizing: try CorpusFiles.read(path))
        let twice = NormalizedText(normalizing: SourceDocument(path: path, text: once.text))
        #expect(twice.text == once.text)
    }

    @Test(arguments: CorpusFiles.all)
    func outputIsDeterministicAndRoundTrips(path: String) throws {
        let first = try PlanGraph(building: CorpusFiles.read(path)).jsonData()
        let second = try PlanGraph(building: CorpusFiles.read(path)).jsonData()
        #expect(first == second)
        let decoded = try JSONDecoder().decode(PlanGraph.self, from: first)
        #expect(try decoded.jsonData() == first)
    }
}
