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
    public var terminalTable: String {
        let all = [header] + tableRows
        let widths = header.indices.map { column in all.map { Self.displayWidth($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - Self.displayWidth(cell))
            }.joined(separator: "  ").replacing(/\s+$/, with: "")
        }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV with a header line.
    public var csv: String {
        ([header] + tableRows).map { row in
            row.map { cell in
                cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }

    /// A Markdown pipe table.
    public var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        return ([line(header), line(header.map { _ in "---" })] + tableRows.map(line)).joined(separator: "\n") + "\n"
    }

    static func displayWidth(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + $1.displayWidth } }
}
