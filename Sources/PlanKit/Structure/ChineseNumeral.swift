/// Small Chinese numerals as used in heading numbers: 一 … 九十九.
enum ChineseNumeral {
    private static let digitValues: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { digitValues[scalar] != nil }

    /// 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; nil for anything else.
    static func value(of scalars: [Unicode.Scalar]) -> Int? {
        let values = scalars.compactMap { digitValues[$0] }
        guard values.count == scalars.count, !values.isEmpty else { return nil }
        switch values.count {
        case 1: return values[0] == 0 ? nil : values[0]
        case 2 where values[0] == 10 && values[1] < 10: return 10 + values[1]
        case 2 where values[0] < 10 && values[1] == 10: return values[0] * 10
        case 3 where values[0] < 10 && values[1] == 10 && values[2] < 10: return values[0] * 10 + values[2]
        default: return nil
        }
    }
}
