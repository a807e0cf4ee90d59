import Foundation

extension PlanDiff {
    /// The cells of the table, CSV and Markdown views: one line per aligned row, then the one-sided ones.
    var tableRows: [[String]] {
        func values(_ side: Side?) -> String {
            guard let side else { return "" }
            let from = side.baseline?.text ?? "–"
            let to = side.target?.text ?? "–"
            return "\(from) → \(to)" + (side.unit.map { " \($0)" } ?? "") + (side.change.map { " (\($0 > 0 ? "+" : "")\($0)%)" } ?? "")
        }
        func attribute(_ side: Side?) -> String {
            switch side?.attribute { case "binding": "约束性"; case "expected": "预期性"; default: "" }
        }
        var rows = self.rows.map { row in
            [row.concept, row.left.name, values(row.left), attribute(row.left), row.right.name, values(row.right),
             attribute(row.right), row.note ?? ""]
        }
        rows += onlyLeft.map { ["", $0.name, values($0), attribute($0), "", "", "", "only left"] }
        rows += onlyRight.map { ["", "", "", "", $0.name, values($0), attribute($0), "only right"] }
        return rows
    }

    var header: [String] {
        ["concept", left.id, "baseline → target", "attribute", right.id, "baseline → target", "attribute", "comparison"]
    }

    /// A terminal table; columns are aligned by display width (a CJK character takes two cells).
    public var terminalTable: String { TextTable(header: header, rows: tableRows).terminal }

    /// RFC 4180 CSV with a header line.
    public var csv: String { TextTable(header: header, rows: tableRows).csv }

    /// A Markdown pipe table.
    public var markdown: String { TextTable(header: header, rows: tableRows).markdown }

    static func displayWidth(_ text: String) -> Int { TextTable.displayWidth(text) }
}
