import Foundation

extension PlanDiff: TabularComparison {
    /// The cells of the table, CSV and Markdown views: one line per aligned row, then the one-sided ones.
    public var tableRows: [[String]] {
        func values(_ side: Side?) -> String {
            guard let side else { return "" }
            let from = side.baseline?.text ?? "–"
            let to = side.target?.text ?? "–"
            return "\(from) → \(to)" + (side.unit.map { " \($0)" } ?? "") + (side.change.map { " (\($0 > 0 ? "+" : "")\($0)%)" } ?? "")
        }
        func attribute(_ side: Side?) -> String {
            switch side?.attribute { case .binding: "约束性"; case .expected: "预期性"; case nil: "" }
        }
        var rows = self.rows.map { row in
            [row.concept, row.left.name, values(row.left), attribute(row.left), row.right.name, values(row.right),
             attribute(row.right), row.note ?? ""]
        }
        rows += onlyLeft.map { ["", $0.name, values($0), attribute($0), "", "", "", "only left"] }
        rows += onlyRight.map { ["", "", "", "", $0.name, values($0), attribute($0), "only right"] }
        return rows
    }

    public var header: [String] {
        ["concept", left.id, "baseline → target", "attribute", right.id, "baseline → target", "attribute", "comparison"]
    }}
