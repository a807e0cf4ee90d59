import Foundation

extension PlanDiff: TabularComparison {
    /// The Markdown view and `diff --wide`: each aligned row, then the one-sided ones, with each side's
    /// indicator name as printed.
    public var header: [String] { ["concept", left.id, right.id, "more ambitious", "comparison"] }

    public var tableRows: [[String]] {
        var rows = self.rows.map { row in
            [row.concept, Self.describe(row.left, named: true), Self.describe(row.right, named: true),
             row.moreAmbitious.map { self.label($0) } ?? "", row.note ?? ""]
        }
        rows += onlyLeft.map { ["", Self.describe($0, named: true), "", "", "only left"] }
        rows += onlyRight.map { ["", "", Self.describe($0, named: true), "", "only right"] }
        return rows
    }

    /// The terminal table: concept name, each side's baseline → target in base units with its attribute,
    /// the more ambitious side; cells wrap so that lines fit `width` columns (nil: no wrapping, and the
    /// one-sided targets listed too). Without `width` the one-sided targets are counted at the end.
    public func terminalTable(width: Int?) -> String {
        guard let width else { return TextTable(header: header, rows: tableRows).terminal }
        let rows = self.rows.map { row in
            [row.name, Self.describe(row.left, named: false), Self.describe(row.right, named: false),
             row.moreAmbitious.map { self.label($0) } ?? (row.note?.hasPrefix("incomparable") == true ? "incomparable" : "")]
        }
        var text = TextTable(header: ["concept", left.id, right.id, "more ambitious"], rows: rows).terminal(maxWidth: width)
        if !onlyLeft.isEmpty || !onlyRight.isEmpty {
            text += "\(onlyLeft.count) targets only in \(left.id), \(onlyRight.count) only in \(right.id) (--wide lists them)\n"
        }
        return text
    }


    /// One column per field, numbers as numbers: each side's source, id, name, attribute, baseline and
    /// target (year, value in the base unit, text as printed), comparator and change; the difference and
    /// the more ambitious side.
    public var csv: String {
        let sideFields = ["source", "id", "name", "attribute", "baseline_year", "baseline", "baseline_text", "target_year", "target",
                          "target_text", "unit", "comparator", "change_percent"]
        let header = ["concept", "name"] + sideFields.map { "left_\($0)" } + sideFields.map { "right_\($0)" }
            + ["difference", "difference_unit", "more_ambitious", "note"]
        func fields(_ side: Side?) -> [String] {
            guard let side else { return Array(repeating: "", count: sideFields.count) }
            return [side.source.rawValue, side.id, side.name, side.attribute?.rawValue ?? "",
                    side.baseline?.year.map(String.init) ?? "", side.baseline?.si?.value.map { "\($0)" } ?? "",
                    side.baseline?.text ?? "", side.target?.year.map(String.init) ?? "",
                    side.target?.si?.value.map { "\($0)" } ?? "", side.target?.text ?? "",
                    side.target?.si?.unit ?? side.baseline?.si?.unit ?? "", side.target?.comparator?.rawValue ?? "",
                    side.change.map { "\($0)" } ?? ""]
        }
        var rows = self.rows.map { row in
            [row.concept, row.name] + fields(row.left) + fields(row.right)
                + [row.difference.map { "\($0)" } ?? "", row.differenceUnit ?? "", row.moreAmbitious?.rawValue ?? "", row.note ?? ""]
        }
        rows += onlyLeft.map { side in [side.concept ?? "", ""] + fields(side) + fields(nil) + ["", "", "", "only left"] }
        rows += onlyRight.map { side in [side.concept ?? "", ""] + fields(nil) + fields(side) + ["", "", "", "only right"] }
        return TextTable(header: header, rows: rows).csv
    }

    private func label(_ ambition: Ambition) -> String {
        switch ambition {
        case .left: left.region?.name ?? left.id
        case .right: right.region?.name ?? right.id
        case .same: "same"
        }
    }

    /// `57 → 42 μg/m³ (−26.3%) 约束性`: the values in the base unit, in one spelling on both sides, or as
    /// printed when they have none; a prose target says so. `named`: the indicator's name first.
    static func describe(_ side: Side, named: Bool) -> String {
        func value(_ value: IndicatorValue?) -> String? {
            guard let value else { return nil }
            if let si = value.si, let number = si.value {
                return (value.comparator.map { "\($0.rawValue) " } ?? "") + number.displayText()
            }
            return value.qualitative ?? value.text
        }
        let unit = side.target?.si?.unit ?? side.baseline?.si?.unit
        var text = named ? side.name + ": " : ""
        if side.source == .prose {
            let number = side.target?.si?.value != nil
            switch side.targetChange {
            case .decrease? where number: text += "down "
            case .increase? where number: text += "up "
            default: break
            }
            text += (value(side.target) ?? "–") + (number ? unit.map { $0 == "1" ? "" : " \($0)" } ?? "" : "")
            return text + " (text" + (side.target?.year.map { " \($0)" } ?? "") + ")"
        }
        text += "\(value(side.baseline) ?? "–") → \(value(side.target) ?? "–")"
        if side.target?.si?.value != nil || side.baseline?.si?.value != nil, let unit, unit != "1" { text += " \(unit)" }
        if let change = side.change { text += " (\(change > 0 ? "+" : "")\(change)%)" }
        switch side.attribute {
        case .binding?: text += " 约束性"
        case .expected?: text += " 预期性"
        case nil: break
        }
        return text
    }
}
