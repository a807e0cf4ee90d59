import Foundation
import Testing
@testable import PlanKit

@Suite struct NumeralTests {
    static func value(_ text: String) -> Decimal? {
        let numbers = NumberView(recognizing: text).numbers
        return numbers.count == 1 ? numbers[0].value : nil
    }

    @Test(arguments: [
        ("1,234,567.89", "1234567.89"), ("４，５６５", "4565"), ("１６.４亿", "1640000000"), ("16.4亿", "1640000000"),
        ("1.65万", "16500"), ("0.1255万", "1255"), ("3万4000", "34000"), ("1,100.9亿", "110090000000"),
        ("两千四百五", "2450"), ("一万零十二", "10012"), ("一万零一十二", "10012"), ("二〇三五", "2035"),
        ("四亿五千六百四十二万零一十五", "456420015"), ("五兆六十二亿四万五千二", "5006200045200"),
        ("七十八万五佰零六", "780506"), ("肆佰陸拾", "460"), ("两千万点五五四四", "20000000.5544"),
        ("负三十二", "-32"), ("-2.5", "-2.5"), ("十 余 万", "100000"), ("二十几万", "200000"),
        ("五分之一", "0.2"), ("三百五十又4分之1", "350.25"), ("3/5", "0.6"),
        ("1 3/5", "1.6"), ("2e5", "200000"), ("2^5", "32"), ("40k", "40000"), ("百三", "130"), ("一打", "12"),
    ])
    func readsNumbersExactly(text: String, expected: String) {
        #expect(Self.value(text) == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test(arguments: ["十四五", "“十三五”时期", "一是加强", "四川", "一切", "陆地", "队伍", "收拾", "两两", "万", "二氧化硫", "三线一单", "一次性塑料餐具", "二次包装"])
    func wordsThatAreNotNumbers(text: String) {
        #expect(NumberView(recognizing: text).numbers.isEmpty)
    }

    @Test func bareNumberViewKeepsTheScaleAndLeavesTheUnit() {
        let numbers = NumberView(recognizing: "化学需氧量重点工程减排量1.65万吨，达到5%以上").numbers
        #expect(numbers.map(\.text) == ["1.65万", "5%"])
        #expect(numbers.map(\.value) == [16500, 5])
        #expect(numbers.map(\.kind) == ["number", "percent"])
    }

    /// Writes an integer below 10¹⁶ in Chinese numerals the way documents do: 4-digit sections under
    /// 万 and 亿, 零 for skipped places, 十 without 一 at the start.
    static func chinese(_ value: UInt64, decimals: [Int]) -> String {
        let digits = Array("零一二三四五六七八九")
        func section(_ v: UInt64, leadingZero: Bool) -> String {
            let places: [(UInt64, String)] = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
            var out = ""
            var zero = leadingZero
            for (place, unit) in places {
                let digit = Int(v / place % 10)
                if digit == 0 {
                    if !out.isEmpty || leadingZero { zero = true }
                    continue
                }
                if zero && !(out.isEmpty && !leadingZero) { out += "零" }
                zero = false
                out += String(digits[digit]) + unit
            }
            return out
        }
        func integer(_ v: UInt64) -> String {
            if v == 0 { return "零" }
            if v >= 100_000_000 {
                let high = v / 100_000_000
                let low = v % 100_000_000
                var out = integer(high) + "亿"
                if low > 0 { out += (low < 10_000_000 ? "零" : "") + integer(low).replacingOccurrences(of: "^零", with: "", options: .regularExpression) }
                return out
            }
            if v >= 10_000 {
                let high = v / 10_000
                let low = v % 10_000
                var out = section(high, leadingZero: false) + "万"
                if low > 0 { out += section(low, leadingZero: low < 1000) }
                return out
            }
            return section(v, leadingZero: false)
        }
        var text = integer(value)
        if text.hasPrefix("一十") { text.removeFirst() }
        if !decimals.isEmpty { text += "点" + decimals.map { String(digits[$0]) }.joined() }
        return text
    }

    @Test func chineseNumeralsRoundTrip() {
        var generator = SeededGenerator(seed: 20261123)
        var mismatches: [String] = []
        for _ in 0..<100_000 {
            // Magnitudes spread over 1 … 10¹⁶, with zeros inside as often as not.
            let digitCount = Int.random(in: 1...16, using: &generator)
            var value: UInt64 = 0
            for _ in 0..<digitCount {
                value = value * 10 + (Bool.random(using: &generator) ? 0 : UInt64.random(in: 0...9, using: &generator))
            }
            var decimals = (0..<Int.random(in: 0...4, using: &generator)).map { _ in Int.random(in: 0...9, using: &generator) }
            while decimals.last == 0 { decimals.removeLast() }
            let text = Self.chinese(value, decimals: decimals)
            let expected = Decimal(string: "\(value)" + (decimals.isEmpty ? "" : "." + decimals.map(String.init).joined()))!
            if Self.value(text) != expected { mismatches.append("\(text) → \(String(describing: Self.value(text))), expected \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
    }
}

@Suite struct QuantityTests {
    static func one(_ text: String) throws -> Quantity {
        let all = Quantity.all(in: text)
        try #require(all.count == 1, "\(all.map(\.text))")
        return all[0]
    }

    @Test(arguments: [
        ("1.65万吨", "1.65", "万吨", "16500", "t"), ("11300 吨", "11300", "吨", "11300", "t"),
        ("42微克/立方米", "42", "微克/立方米", "42", "μg/m³"), ("42 ug/m3", "42", "ug/m3", "42", "μg/m³"),
        ("0.1255万平方千米", "0.1255", "万平方千米", "1255", "km²"), ("2.83亿立方米", "2.83", "亿立方米", "283000000", "m³"),
        ("316.9万千瓦", "316.9", "万千瓦", "3169000", "kW"), ("387万亩", "387", "万亩", "2580", "km²"),
        ("150公顷", "150", "公顷", "1.5", "km²"), ("35蒸吨", "35", "蒸吨", "35", "steam t/h"),
        ("12.5万吨标准煤", "12.5", "万吨标准煤", "125000", "tce"), ("0.5毫克/立方米", "0.5", "毫克/立方米", "500", "μg/m³"),
        ("1.5 个百分点", "1.5", "个百分点", "1.5", "pp"), ("17 天", "17", "天", "17", "d"), ("53 座", "53", "座", "53", "1"),
        ("2.5亿元", "2.5", "亿元", "250000000", "CNY"), ("3000千克", "3000", "千克", "3", "t"),
        ("12亿千瓦时", "12", "亿千瓦时", "1200000000", "kWh"), ("100 兆瓦", "100", "兆瓦", "100000", "kW"),
        ("5000万立方米", "5000", "万立方米", "50000000", "m³"), ("747毫米", "747", "毫米", "0.000747", "km"),
    ])
    func normalisesUnitsToTheBaseOfTheirDimension(text: String, value: String, unit: String, si: String, base: String) throws {
        let quantity = try Self.one(text)
        #expect(quantity.kind == .quantity)
        #expect(quantity.value == Decimal(string: value))
        #expect(quantity.unit == unit)
        #expect(quantity.si == Quantity.SIValue(value: Decimal(string: si), unit: base))
    }

    @Test func percentagePointsAreNotPercent() throws {
        let points = try Self.one("较 2015 年提高 18.5 个百分点".replacingOccurrences(of: "较 2015 年", with: ""))
        #expect(points.si?.unit == "pp" && points.kind == .quantity)
        let percent = try Self.one("下降 37.4%")
        #expect(percent.kind == .percent && percent.si == Quantity.SIValue(value: Decimal(string: "37.4"), unit: "%"))
    }

    @Test(arguments: [
        ("51%及以上", ">=", "51%及以上"), ("1.5个百分点以上", ">=", "1.5个百分点以上"),
        ("42微克/立方米以内", "<=", "42微克/立方米以内"), ("不低于95%", ">=", "不低于95%"), ("不超过 30 天", "<=", "不超过 30 天"),
        ("控制在 42 微克/立方米以内", "<=", "控制在 42 微克/立方米以内"), ("超过 20 万吨", ">", "超过 20 万吨"),
        ("低于 10%", "<", "低于 10%"), ("90%以下", "<=", "90%以下"),
    ])
    func bindsComparatorsAcrossTheUnit(text: String, comparator: String, span: String) throws {
        let quantity = try Self.one(text)
        #expect(quantity.comparator?.rawValue == comparator)
        #expect(quantity.text == span)
    }

    @Test(arguments: ["约 20 万吨", "20 万吨左右", "近 20 万吨", "100余个"])
    func marksApproximations(text: String) throws {
        #expect(try Self.one(text).approximate)
    }

    @Test func rangesShareTheirUnit() throws {
        let shares = try Self.one("62.2%～74.0%")
        #expect(shares.kind == .range && shares.unit == "%")
        #expect(shares.range == Quantity.Bounds(min: Decimal(string: "62.2"), max: 74, minInclusive: true, maxInclusive: true))
        let masses = try Self.one("3-5万吨")
        #expect(masses.range?.min == 3 && masses.range?.max == 5 && masses.unit == "万吨")
        #expect(masses.si == Quantity.SIValue(value: nil, unit: "t", min: 30000, max: 50000))
        let water = try Self.one("每年入湖水量达到3—5千万立方米".replacingOccurrences(of: "每年入湖水量达到", with: ""))
        #expect(water.si == Quantity.SIValue(value: nil, unit: "m³", min: 30_000_000, max: 50_000_000))
        let boilers = try Self.one("淘汰 10—35 蒸吨燃煤锅炉".replacingOccurrences(of: "淘汰 ", with: "").replacingOccurrences(of: "燃煤锅炉", with: ""))
        #expect(boilers.range?.min == 10 && boilers.range?.max == 35 && boilers.si?.unit == "steam t/h")
    }

    @Test(arguments: [("3至5万吨", "3", "5", "t", "30000", "50000"), ("10到20天", "10", "20", "d", "10", "20"),
                      ("20～30 微克/立方米", "20", "30", "μg/m³", "20", "30")])
    func rangeSeparators(text: String, min: String, max: String, base: String, siMin: String, siMax: String) throws {
        let range = try Self.one(text)
        #expect(range.kind == .range)
        #expect(range.range?.min == Decimal(string: min) && range.range?.max == Decimal(string: max))
        #expect(range.si == Quantity.SIValue(value: nil, unit: base, min: Decimal(string: siMin), max: Decimal(string: siMax)))
    }

    @Test func yearsAreYearsNotDurations() throws {
        let year = try Self.one("2025 年")
        #expect(year.kind == .year && year.value == 2025 && year.si == nil)
        let span = try Self.one("2021—2025 年")
        #expect(span.kind == .range && span.range?.min == 2021 && span.range?.max == 2025 && span.si == nil)
        #expect(try Self.one("二〇三五年").kind == .year)
    }

    @Test func offsetsAreUnicodeScalarsOfTheLine() throws {
        let line = "全市细颗粒物（PM2.5）浓度 57 微克/立方米，较 2015 年下降 37.4%"
        let quantities = Quantity.all(in: line)
        #expect(quantities.map(\.text) == ["57 微克/立方米", "2015 年", "37.4%"])
        let scalars = Array(line.unicodeScalars)
        for quantity in quantities {
            #expect(String(String.UnicodeScalarView(scalars[quantity.start..<quantity.end])) == quantity.text)
        }
    }
}

@Suite struct UnitCatalogTests {
    @Test func embeddedCatalogIsSchemasUnitsJSON() throws {
        let file = try String(contentsOf: CorpusFiles.url("Schemas/units.json"), encoding: .utf8)
        #expect(UnitCatalog.json + "\n" == file, "run Scripts/embed-catalogs after editing Schemas/units.json")
    }

    /// Characters that start a unit or measure word; a number followed by one must have been read
    /// with its unit. Scans every text document of the corpus.
    @Test(arguments: CorpusFiles.texts)
    func everyUnitInTheCorpusResolves(path: String) throws {
        let measureWords: Set<Character> = Set("吨克米升瓦亩顷元个家座辆台项处条所户只套艘株棵宗片块次批篇份场位种栋根间段部轮倍天")
        let unitWords = ["公里", "公顷", "公斤", "平方", "立方", "毫克", "毫米", "微克", "蒸吨", "兆瓦", "千瓦", "千克", "千米"]
        // Normalised lines: a unit broken over a line end in the source (“亿立\n方米”) is whole here.
        let text = NormalizedText(normalizing: try CorpusFiles.read(path))
        var unresolved: [String] = []
        for line in text.lines {
            for quantity in Quantity.all(in: line.text) where quantity.kind == .number {
                let after = String(String.UnicodeScalarView(line.text.unicodeScalars.dropFirst(quantity.end).prefix(4)))
                let next = after.drop { $0 == " " }
                if let first = next.first, measureWords.contains(first) || unitWords.contains(where: next.hasPrefix) {
                    unresolved.append(quantity.text + after)
                }
            }
        }
        #expect(unresolved.isEmpty, "numbers before units the catalog does not know: \(unresolved)")
    }
}
