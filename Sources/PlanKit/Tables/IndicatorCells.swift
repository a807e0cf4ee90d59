/// The grammar of an indicator table's cells that the table readers and `IndicatorReader` share: the
/// attribute column (约束性/预期性) and a name cell with its unit and note marker.
enum IndicatorCells {
    /// Whether a PDF page's text may hold an indicator table, whose rows name their attribute
    /// (约束性/预期性, or 約束性/預期性 on a page in Traditional script); only such pages are rendered to
    /// find their ruling lines.
    static func mayHoldTable(pageText text: String) -> Bool {
        text.containsBytes(of: "约束性") || text.containsBytes(of: "预期性") || text.containsBytes(of: "約束性") || text.containsBytes(of: "預期性")
    }

    /// 约束性 → binding, 预期性 → expected.
    static func attribute(_ text: String) -> IndicatorAttribute? {
        if text.containsBytes(of: "约束") { return .binding }
        if text.containsBytes(of: "预期") { return .expected }
        return nil
    }

    /// “细颗粒物（PM2.5）浓度（ug/m3）” → (细颗粒物（PM2.5）浓度, ug/m3, nil); “（%）a” → marker a;
    /// “…排放累计下降%” → unit %.
    static func splitName(_ text: String) -> (String, String?, String?) {
        var name = text.trimmingSpaces()
        var marker: String?
        if let last = name.unicodeScalars.last, last == "*" || ("a"..."e").contains(last),
           let before = name.unicodeScalars.dropLast().last(where: { $0 != " " }),
           !before.isASCII || before == ")" || before == "%" {
            marker = String(last)
            name = String(name.unicodeScalars.dropLast()).trimmingSpaces()
        }
        if name.endsWith("%") && !name.endsWith("（%）") && !name.endsWith("(%)") {
            return (String(name.dropLast()), "%", marker)
        }
        guard name.endsWith("）") || name.endsWith(")"),
              let open = name.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return (name, nil, marker) }
        let inside = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        let isUnit = UnitCatalog.shared.resolve(inside) != nil || inside.allSatisfy { $0.isASCII && $0.isLetter }
        guard isUnit, open != name.startIndex else { return (name, nil, marker) }
        return (String(name[..<open]).trimmingSpaces(), inside, marker)
    }
}

/// An indicator's attribute (指标属性), from its table cell: 约束性 binds the government, 预期性 is what
/// it expects.
public enum IndicatorAttribute: String, Codable, Sendable, CaseIterable {
    case binding
    case expected
}
