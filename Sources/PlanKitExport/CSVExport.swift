import PlanKit

/// One CSV row per value across plan graphs — each indicator table cell, each target and each
/// observation of the prose (`source` tells which) — for spreadsheets and pandas; the columns are
/// `ValueRecord.columns`.
///
/// UTF-8; `byteOrderMark` puts a BOM first so that Excel reads the Chinese text correctly. With
/// `guardFormulas`, a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
/// leading `'`, so a spreadsheet shows it instead of running it as a formula (numbers stay numbers).
public enum CSVExport {
    public static func text(_ graphs: [PlanGraph], byteOrderMark: Bool = false, guardFormulas: Bool = false) -> String {
        let columns = ValueRecord.columns
        let rows = graphs.flatMap(ValueRecord.records).map { record in
            columns.map { column in
                let field = column.field(record)
                guard guardFormulas, case .text = field else { return field.text }
                return guarded(field.text)
            }
        }
        return (byteOrderMark ? "\u{FEFF}" : "") + TextTable(header: columns.map(\.header), rows: rows).csv
    }

    /// The text with a `'` before a first character a spreadsheet would start a formula with.
    static func guarded(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }
}
