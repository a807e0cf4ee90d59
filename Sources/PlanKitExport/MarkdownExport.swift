import PlanKit

/// Plan graphs as Markdown: per document its facts and its indicator table, values as printed with
/// the base-unit reading beside them.
public enum MarkdownExport {
    public static func text(_ graphs: [PlanGraph]) -> String {
        var out = ""
        for graph in graphs {
            let document = graph.document
            out += "# \(document.title ?? document.id)\n\n"
            let facts: [(String, String?)] = [
                ("id", document.id), ("kind", document.kind?.rawValue), ("region", document.region?.name), ("issuer", document.issuer),
                ("issued", document.issued), ("文号", document.docNumber),
                ("period", document.period.map { "\($0.from)–\($0.to)" }),
            ]
            for (name, value) in facts { if let value { out += "- \(name): \(value)\n" } }
            out += "\n"
            for table in graph.tables {
                out += "## \(table.caption ?? table.id)\n\n"
                let rows = graph.indicators.filter { $0.table == table.id }.map { indicator in
                    [indicator.seq ?? "", indicator.category ?? "", indicator.name, indicator.unit?.text ?? "",
                     indicator.values.map { value in
                         "\(value.role.rawValue) \(value.year.map(String.init) ?? "")：\(value.text)"
                             + (value.si?.value.map { " (\($0) \(value.si!.unit))" } ?? "")
                     }.joined(separator: "; "),
                     indicator.attribute?.rawValue ?? "", indicator.concept ?? ""]
                }
                out += TextTable(header: ["seq", "category", "indicator", "unit", "values", "attribute", "concept"], rows: rows).markdown
                out += "\n"
            }
        }
        return out
    }
}
