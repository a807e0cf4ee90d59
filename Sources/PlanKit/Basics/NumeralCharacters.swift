import Foundation

/// The characters Chinese numerals are written with, simplified and traditional, everyday and
/// financial (大写) forms.
enum NumeralCharacters {
    /// 〇 零 一 … 九, with 两/俩 for 2 and the financial forms 壹 贰 叁 肆 伍 陆 柒 捌 玖.
    static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "俩": 2, "倆": 2,
        "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
        "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
    ]
    /// 十 百 千 and their financial forms.
    static let smallUnits: [Unicode.Scalar: Decimal] = [
        "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
    ]
    /// 万 亿 兆 (兆 = 10¹², as the suite and financial texts use it).
    static let bigUnits: [Unicode.Scalar: Decimal] = [
        "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000, "兆": Decimal(string: "1000000000000")!,
    ]
    static let zeros: Set<Unicode.Scalar> = ["零", "〇"]
    static let decimalPoints: Set<Unicode.Scalar> = ["点", "點"]
    static let negatives: Set<Unicode.Scalar> = ["负", "負"]
    /// 几 stands for an unknown digit: 二十几万 reads as 20万, approximately.
    static let unknownDigits: Set<Unicode.Scalar> = ["几", "幾"]
    /// 余 and 多 between a number and its unit (十余万, 一千多万) make it approximate.
    static let approximators: Set<Unicode.Scalar> = ["余", "多", "餘"]
    /// 两 is also the unit tael: after a unit of the number and before no further one (四十两) it is the unit.
    static let taels: Set<Unicode.Scalar> = ["两", "兩"]
    /// Digits that cannot follow 点 (两百点两 is 200 and 2, not 200.2).
    static let notAfterPoint: Set<Unicode.Scalar> = ["两", "兩", "俩", "倆"]
    /// Financial forms that alone are ordinary words (陆地, 队伍, 收拾, 放肆): numbers only within a
    /// longer numeral.
    static let ambiguousAlone: Set<Unicode.Scalar> = ["陆", "陸", "伍", "拾", "肆"]

    static func isArabicDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// A digit (Chinese or Arabic), 十 百 千, 几 or 半: what a numeral can start with.
    static func isNumeralStart(_ scalar: Unicode.Scalar) -> Bool { numeralStarts.contains(scalar) }

    static let numeralStartScalars = Array(digits.keys) + Array(smallUnits.keys) + Array("0123456789半".unicodeScalars)
        + Array(unknownDigits)
    private static let numeralStarts = ScalarBits(numeralStartScalars)
}
