import PlanKit

/// One CSV row per indicator value across plan graphs, for spreadsheets and pandas.
///
/// UTF-8; `byteOrderMark` puts a BOM first so that Excel reads the Chinese text correctly.
public enum CSVExport {
    static let header = ["document", "region", "table", "seq", "category", "indicator", "concept", "attribute", "indicator_unit",
                         "year", "role", "text", "value", "unit", "si_value", "si_unit", "comparator", "qualitative",
                         "cumulative", "page", "line"]

    public static func text(_ graphs: [PlanGraph], byteOrderMark: Bool = false) -> String {
        var rows: [[String]] = []
        for graph in graphs {
            for indicator in graph.indicators {
                for value in indicator.values {
                    rows.append([graph.document.id, graph.document.region?.name ?? "", indicator.table, indicator.seq ?? "",
                                 indicator.category ?? "", indicator.name, indicator.concept ?? "", indicator.attribute?.rawValue ?? "",
                                 indicator.unit?.text ?? "", value.year.map(String.init) ?? "", value.role.rawValue, value.text,
                                 value.value.map { "\($0)" } ?? "", value.unit ?? "", value.si?.value.map { "\($0)" } ?? "",
                                 value.si?.unit ?? "", value.comparator?.rawValue ?? "", value.qualitative ?? "",
                                 value.cumulative ? "true" : "false", value.span.page.map(String.init) ?? "",
                                 String(value.span.line)])
                }
            }
        }
        return (byteOrderMark ? "\u{FEFF}" : "") + TextTable(header: header, rows: rows).csv
    }
}
