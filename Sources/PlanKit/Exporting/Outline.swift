/// The human-readable outline `plangraph inspect` prints: the heading tree with every block under
/// its heading, each line with its provenance.
///
/// Lines read `p5 L142  ` (PDF) or `L142  ` (text files), then the heading (`（二）主要目标`,
/// indented by level) or the block's kind and text (one level deeper than its section). Long texts
/// are cut at 60 characters with "…".
public struct Outline: Sendable {
    public var text: String

    public init(describing graph: PlanGraph) {
        let source = graph.document.source
        var lines = ["\(graph.document.id)  \(source.format.rawValue)"
            + (source.pages.map { "  \($0) pages" } ?? "")
            + (source.encoding.map { "  \($0.rawValue)" } ?? "")
            + "  \(graph.sections.count) sections  \(graph.blocks.count) blocks  \(graph.projects.count) boxes"
            + "  \(graph.measures.count) measures  \(graph.references.count) references"
            + "  \(graph.indicators.count) indicators  \(graph.targets.count) targets  \(graph.observations.count) observations"]
        let document = graph.document
        let facts: [(String, String?)] = [
            ("title", document.title), ("kind", document.kind?.rawValue), ("issuer", document.issuer),
            ("issued", document.issued), ("docNumber", document.docNumber),
            ("region", document.region.map { "\($0.name) (\($0.level.rawValue))" }),
            ("period", document.period.map { "\($0.from)–\($0.to)" }),
        ]
        lines.append(facts.map { "\($0.0): \($0.1 ?? "—")" }.joined(separator: "  "))
        let sections = Dictionary(uniqueKeysWithValues: graph.sections.map { ($0.id, $0) })
        var nextTable = 0
        for block in graph.blocks {
            let place = (block.span.page.map { "p\($0) " } ?? "") + "L\(block.span.line)"
            let level = block.section.flatMap { sections[$0]?.level } ?? 0
            if block.kind == .table {
                // A table shows as its caption and one line per indicator instead of its text lines.
                guard nextTable < graph.tables.count, block.span.start >= graph.tables[nextTable].span.start else { continue }
                let table = graph.tables[nextTable]
                let indent = String(repeating: "  ", count: level)
                lines.append("\(place)  \(indent)table \(table.id)  \(table.caption ?? "")  [\(table.columns.joined(separator: " | "))]")
                for indicator in graph.indicators where indicator.table == table.id {
                    let values = indicator.values.map { "\($0.role.rawValue) \($0.year.map(String.init) ?? "?"): \($0.text)" }
                    let where_ = (indicator.span.page.map { "p\($0) " } ?? "") + "L\(indicator.span.line)"
                    lines.append("\(where_)  \(indent)  \(indicator.seq ?? "-") \(indicator.name)"
                        + (indicator.unit.map { " (\($0.text))" } ?? "") + "  " + values.joined(separator: "; ")
                        + (indicator.attribute.map { "  \($0.rawValue)" } ?? ""))
                }
                nextTable += 1
                continue
            }
            if block.kind == .heading, let section = block.section.flatMap({ sections[$0] }) {
                let indent = String(repeating: "  ", count: section.level - 1)
                lines.append("\(place)  \(indent)\(section.label)\(section.title)")
            } else {
                let indent = String(repeating: "  ", count: level)
                let kind = block.furniture.map { "furniture(\($0.rawValue))" } ?? block.kind.rawValue
                lines.append("\(place)  \(indent)\(kind)  \(Self.cut(block.text))")
            }
        }
        for diagnostic in graph.diagnostics {
            lines.append(diagnostic.formatted(path: source.path))
        }
        text = lines.joined(separator: "\n") + "\n"
    }

    private static func cut(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }
}
