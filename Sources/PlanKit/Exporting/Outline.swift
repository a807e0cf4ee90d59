/// The human-readable outline `plangraph inspect` prints: one line per block with its provenance.
///
/// Each line reads `p5 L142  paragraph  text…` (PDF) or `L142  paragraph  text…` (text files); long
/// texts are cut at 60 characters with "…".
public struct Outline: Sendable {
    public var text: String

    public init(describing graph: PlanGraph) {
        let source = graph.document.source
        var lines = ["\(graph.document.id)  \(source.format.rawValue)"
            + (source.pages.map { "  \($0) pages" } ?? "")
            + (source.encoding.map { "  \($0.rawValue)" } ?? "")
            + "  \(graph.blocks.count) blocks"]
        for block in graph.blocks {
            let place = (block.span.page.map { "p\($0) " } ?? "") + "L\(block.span.line)"
            let kind = block.furniture.map { "furniture(\($0))" } ?? block.kind.rawValue
            lines.append("\(place)  \(kind)  \(Self.cut(block.text))")
        }
        text = lines.joined(separator: "\n") + "\n"
    }

    private static func cut(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }
}
