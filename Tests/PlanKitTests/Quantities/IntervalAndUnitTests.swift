import Foundation
import Testing
@testable import PlanKit

/// Bounds as intervals, ranges in their written forms, and the units of general Chinese text. Each
/// expectation is the meaning of the phrase: 大于或者等于两千五百 is every number from 2500 up.
@Suite struct IntervalTests {
    static func one(_ text: String) throws -> Quantity {
        let all = Quantity.all(in: text)
        try #require(all.count == 1, "\(text): \(all.map(\.text))")
        return all[0]
    }

    static func decimal(_ text: String?) -> Decimal? { text.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) } }

    /// `interval` as "[a,b)", "(,b]", "[a,)": an empty side is open-ended.
    static func bounds(_ interval: String) -> Quantity.Bounds {
        let inner = interval.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return Quantity.Bounds(min: decimal(inner[0].isEmpty ? nil : inner[0]), max: decimal(inner[1].isEmpty ? nil : inner[1]),
                               minInclusive: interval.first == "[", maxInclusive: interval.last == "]")
    }

    @Test(arguments: [
        ("这个数大于或者等于两千五百", "大于或者等于两千五百", "[2500,)"), ("大于或者等于两千 五百", "大于或者等于两千 五百", "[2500,)"),
        ("800以上", "800以上", "[800,)"), ("超过15", "超过15", "(15,)"), ("不低于95%", "不低于95%", "[95,)"),
        ("至少3个", "至少3个", "[3,)"), ("最多30天", "最多30天", "(,30]"), ("不超过5公斤", "不超过5公斤", "(,5]"),
        ("低于10%", "低于10%", "(,10)"), ("温度在五十之下", "五十之下", "(,50)"), ("这个数比一千低", "比一千低", "(,1000)"),
        ("比二十还大", "比二十还大", "(20,)"), ("等于五", "等于五", "[5,5]"), ("≥85%", "≥85%", "[85,)"), ("＜20", "＜20", "(,20)"),
        ("小于等于五", "小于等于五", "(,5]"), ("五百以内", "五百以内", "(,500]"), ("1000以下", "1000以下", "(,1000]"),
        ("不少於兩千", "不少於兩千", "[2000,)"), ("三十歲開外", "三十歲開外", "(30,)"), ("不到一百人", "不到一百人", "(,100)"),
        // Ranges: closed with 之间 as with 至 (the span takes 位于 and 之间); 多 and 余 up to the next step.
        ("位于12和18之间", "位于12和18之间", "[12,18]"), ("在二十与三十五间", "在二十与三十五间", "[20,35]"),
        ("二十到三十之间", "二十到三十之间", "[20,30]"), ("介於十與二十之間", "介於十與二十之間", "[10,20]"),
        ("20～35", "20～35", "[20,35]"), ("3至5万吨", "3至5万吨", "[3,5]"), ("三百多", "三百多", "(300,400)"),
        ("一百五十多", "一百五十多", "(150,160)"), ("十多万吨", "十多万吨", "(100000,200000)"), ("100余家", "100余家", "(100,200)"),
    ])
    func boundsAndRangesAreIntervalsAsLiteralAsTheirWords(line: String, span: String, interval: String) throws {
        let quantity = try Self.one(line)
        #expect(quantity.text == span)
        #expect(quantity.range == Self.bounds(interval))
    }

    @Test(arguments: [
        ("大于十五的同时小于等于四十", "大于十五的同时小于等于四十", "(15,40]"), ("600以上，900以下", "600以上，900以下", "[600,900]"),
        ("最多80最少10", "最多80最少10", "[10,80]"), ("大于等于2500且小于3000", "大于等于2500且小于3000", "[2500,3000)"),
        ("这个数字比二十大，比三十五小", "比二十大，比三十五小", "(20,35)"),
    ])
    func twoBoundsInOnePhraseAreOneInterval(line: String, span: String, interval: String) throws {
        let quantity = try Self.one(line)
        #expect(quantity.kind == .range && quantity.text == span)
        #expect(quantity.range == Self.bounds(interval))
        #expect(quantity.comparator == nil)
    }

    @Test func fractionsBoundAnIntervalExactly() throws {
        let quantity = try Self.one("比三分之一大，比四分之三小")
        #expect(quantity.range?.min == Decimal(1) / Decimal(3) && quantity.range?.max == Decimal(string: "0.75"))
        #expect(quantity.range?.minInclusive == false && quantity.range?.maxInclusive == false)
    }

    @Test func controlWithinARangeIsARangeNotAnUpperBound() throws {
        let quantity = try Self.one("控制在5%至8%")
        #expect(quantity.kind == .range && quantity.comparator == nil && quantity.unit == "%")
        #expect(quantity.range == Self.bounds("[5,8]"))
    }

    @Test func aPlainValueHasNoInterval() throws {
        #expect(try Self.one("下降18%").range == nil)
        #expect(try Self.one("建成120个").range == nil)
    }

    @Test func approximationWordsLieOutsideARecognisedSpanAndInsideAPhrase() throws {
        for (line, span, phrase) in [("近两吨", "两吨", "近两吨"), ("约三公里", "三公里", "约三公里"), ("5%左右", "5%", "5%左右")] {
            let recognised = try Self.one(line)
            #expect(recognised.text == span && recognised.approximate)
            #expect(recognised.range == nil)
            let phrases = Quantity.all(in: line, spans: .phrase)
            #expect(phrases.map(\.text) == [phrase] && phrases.allSatisfy(\.approximate))
        }
    }

    /// The document's bound is kept literally; a target reads it by the planning convention.
    @Test func planningReadsStrictBoundsAsInclusive() throws {
        let above = try Self.one("超过15")
        #expect(above.comparator == .above && above.planningComparator == .atLeast)
        #expect(try Self.one("低于50").planningComparator == .atMost)
        #expect(try Self.one("800以上").planningComparator == .atLeast)
        #expect(try Self.one("控制在5%至8%").planningComparator == nil)
        #expect(try Self.one("等于五").planningComparator == nil)
        #expect(try Self.one("三百多").planningComparator == nil)
    }
}

@Suite struct GeneralUnitTests {
    @Test(arguments: [
        ("四十两", "40", "两", "mass", "0.002", "t"), ("两吨半", "2.5", "吨", "mass", "2.5", "t"),
        ("三米半", "3.5", "米", "length", "0.0035", "km"), ("二十斤半", "20.5", "斤", "mass", "0.01025", "t"),
        ("一个半小时", "1.5", "小时", "time", "0.0625", "d"), ("身高一百七十公分", "170", "公分", "length", "0.0017", "km"),
        ("5CM", "5", "CM", "length", "0.00005", "km"), ("重五十公斤", "50", "公斤", "mass", "0.05", "t"),
        ("八百克", "800", "克", "mass", "0.0008", "t"), ("两升", "2", "升", "volume", "0.002", "m³"),
        ("十兆赫兹", "10", "兆赫兹", "frequency", "10000000", "Hz"), ("八个比特", "8", "比特", "information", "8", "bit"),
        ("两个字节", "2", "字节", "information", "16", "bit"), ("50千卡", "50", "千卡", "heat", "209.2", "kJ"),
        ("60公里/小时", "60", "公里/小时", "speed", "60", "km/h"), ("节水4亿方", "4", "亿方", "volume", "400000000", "m³"),
        ("0.5吨标准煤/万元", "0.5", "吨标准煤/万元", "energy/money", "0.00005", "tce/CNY"),
        ("人均30平方米/人", "30", "平方米/人", "area/人", "0.00003", "km²/人"), ("人均5万元/人", "5", "万元/人", "money/人", "50000", "CNY/人"),
        ("3万亿元", "3", "万亿元", "money", "3000000000000", "CNY"), ("1.2万标箱", "1.2", "万标箱", "container", "12000", "TEU"),
        ("3‰", "3", "‰", "share", "0.3", "%"),
    ])
    func unitsOfGeneralText(line: String, value: String, unit: String, dimension: String, si: String, base: String) throws {
        let quantity = try IntervalTests.one(line)
        #expect(quantity.value == IntervalTests.decimal(value))
        #expect(quantity.unit == unit && quantity.dimension == dimension)
        #expect(quantity.si == Quantity.SIValue(value: IntervalTests.decimal(si), unit: base))
    }

    @Test(arguments: ["珠三角", "三北工程", "三线一单", "一位老师", "第一名", "居全省第3位"])
    func wordsThatLookLikeNumbersStayWords(line: String) {
        #expect(Quantity.all(in: line).isEmpty, "\(Quantity.all(in: line).map(\.text))")
    }

    /// 升 in 升至 is a verb, 半 in 半导体 begins a word.
    @Test func aUnitSpellingInsideAWordIsNoUnit() throws {
        #expect(Quantity.all(in: "由3.27升至2.93").map(\.unit) == [nil, nil])
        let count = try IntervalTests.one("5个半导体项目")
        #expect(count.value == 5 && count.unit == "个")
    }

    @Test func unitsResolveInTableHeadings() throws {
        let resolved = try #require(UnitCatalog.shared.resolve("万元/人"))
        #expect(resolved.scale == 10000 && resolved.unit.base == "CNY/人")
        #expect(UnitCatalog.shared.resolve("吨标准煤/万元")?.unit.base == "tce/CNY")
    }
}
