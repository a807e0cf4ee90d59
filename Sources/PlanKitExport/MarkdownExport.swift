import PlanKit

/// Plan graphs as Markdown: per document its facts, its indicator tables, and its targets and
/// observations in the text; values as printed with the base-unit reading beside them. The documents'
/// text is escaped, so a `<` in a document never becomes HTML.
public enum MarkdownExport {
    public static func text(_ graphs: [PlanGraph]) -> String {
        var out = ""
        for graph in graphs {
            let document = graph.document
            out += "# \(TextTable.markdownText(document.title ?? document.id))\n\n"
            let facts: [(String, String?)] = [
                ("id", document.id), ("kind", document.kind?.rawValue), ("region", document.region?.name), ("issuer", document.issuer),
                ("issued", document.issued), ("文号", document.docNumber),
                ("period", document.period.map { "\($0.from)–\($0.to)" }),
            ]
            for (name, value) in facts { if let value { out += "- \(name): \(TextTable.markdownText(value))\n" } }
            out += "\n"
            for table in graph.tables {
                out += "## \(TextTable.markdownText(table.caption ?? table.id))\n\n"
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
            for (title, entries) in [("Targets in the text", graph.targets), ("Observations in the text", graph.observations)]
            where !entries.isEmpty {
                out += "## \(title)\n\n"
                let rows = entries.map { entry in
                    [entry.id, entry.subject, entry.year.map(String.init) ?? "",
                     (entry.comparator.map { "\($0.rawValue) " } ?? "") + (entry.si?.value.map { "\($0) \(entry.si!.unit)" } ?? entry.qualitative ?? ""),
                     entry.concept ?? "", (entry.span.page.map { "p\($0) " } ?? "") + "L\(entry.span.line)", entry.text]
                }
                out += TextTable(header: ["id", "subject", "year", "value", "concept", "where", "text"], rows: rows).markdown + "\n"
            }
        }
        return out
    }
}
