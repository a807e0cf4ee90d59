import Foundation

extension Quantity {
    /// A value in a base unit as a reader of a Chinese report expects it: 283000000 m³ → `2.83 亿立方米`,
    /// 16500 t → `1.65 万吨`, 42 μg/m³ → `42 微克/立方米`; shares, points and counts keep their number.
    public static func readable(_ value: Decimal, unit: String) -> String {
        switch unit {
        case "%": return value.displayText(significantDigits: 4) + "%"
        case "pp": return value.displayText(significantDigits: 4) + " 个百分点"
        case "1": return value.displayText(significantDigits: 6)
        default: break
        }
        let name = UnitCatalog.shared.chineseNames[unit] ?? unit
        let magnitude = abs(value)
        if magnitude >= 100_000_000 { return (value / 100_000_000).displayText(significantDigits: 4) + " 亿" + name }
        if magnitude >= 10_000 { return (value / 10_000).displayText(significantDigits: 4) + " 万" + name }
        return value.displayText(significantDigits: 6) + " " + name
    }
}
