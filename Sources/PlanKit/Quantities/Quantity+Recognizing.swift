import Foundation

extension Quantity {
    /// How wide a quantity's span is drawn.
    public enum Spans: Sendable {
        /// As a recogniser reports it (Recognizers-Text's convention): bound words inside (不低于95%,
        /// 大于或者等于两千五百), approximation words outside (约 and 左右 set `approximate` only).
        case recognized
        /// The whole phrase, approximation words too (约3公里, 5%左右): what the prose and table readers
        /// take apart, so that nothing of the value is left in the words around it.
        case phrase
    }

    /// Every number, percent, range and quantity in `line`, in order.
    public static func all(in line: String, spans: Spans = .recognized) -> [Quantity] {
        QuantityReader(line.scalarArray, spans: spans).quantities()
    }

    /// Every quantity in a line given as its scalars.
    static func all(in scalars: [Unicode.Scalar], spans: Spans = .recognized) -> [Quantity] {
        QuantityReader(scalars, spans: spans).quantities()
    }
}

/// Reads the quantities of one line: numbers from `NumberScanner`, then their units, bounds and
/// ranges from the text around them.
///
/// A bound is an interval as literal as its words: 以上 [x, ∞), 超过 (x, ∞), 以下 (−∞, x], 低于 (−∞, x),
/// 等于 [x, x]; two bounds in one phrase are one interval (大于十五的同时小于等于四十 → (15, 40]); a range
/// is closed, written with 至, 到 or a dash (3-5万吨 → [3, 5]) or with 之间 (位于12和18之间 → [12, 18]), as
/// plans mean 增长5%-6%; 三百多 and 100余 are (300, 400) and (100, 200).
struct QuantityReader {
    private let original: [Unicode.Scalar]
    private let s: [Unicode.Scalar]
    private let spans: Quantity.Spans
    private let catalog = UnitCatalog.shared

    init(_ scalars: [Unicode.Scalar], spans: Quantity.Spans = .recognized) {
        original = scalars
        s = scalars.map { $0.widthFolded ?? (Self.traditional.contains($0) ? Self.simplified[$0] : nil) ?? $0 }
        self.spans = spans
    }

    /// The characters of units and bound words whose Traditional forms a line may hold.
    static var simplifiedSpellings: [Unicode.Scalar] {
        UnitCatalog.shared.spellingScalars + (Lexicon.shared.comparators.before + Lexicon.shared.comparators.after).flatMap(\.words.unicodeScalars)
            + "之间位于介处在第半个".unicodeScalars
    }
    /// Traditional forms of `simplifiedSpellings` (噸, 時, 於, 內): a line in Traditional script reads as
    /// its Simplified form, scalar for scalar. The table is ICU's Hant-Hans transform of those characters,
    /// kept precomputed (TraditionalForms+Data.swift) because opening the transform costs 15 ms of every
    /// run; a test recomputes it and fails when the catalogs have changed it.
    private static let simplified = TraditionalForms.map(TraditionalForms.unitForms)
    /// The keys of `simplified`, as bits: most scalars of a line are passed over with one bit test.
    private static let traditional = ScalarBits(simplified.keys)

    /// A number with what follows it: its unit (if any) and where the reading ends.
    private struct Reading {
        var numeral: Numeral
        /// The number as written, before any scale that went to the unit.
        var written: Decimal
        var unitText: String?
        var unit: UnitCatalog.Unit?
        /// The number in the written unit including the scale factor: 16500 for 1.65万吨 → si via unit.
        var scaled: Decimal
        var end: Int
        var approximate: Bool
        var isYear = false
        /// 三百多, 100余家: the number is the lower end of the interval up to the next step of its last place.
        var moreThan: (low: Decimal, high: Decimal)?
    }

    func quantities() -> [Quantity] {
        let numerals = NumberScanner(s).numbers().filter { !isOrdinal($0) }
        var results: [Quantity] = []
        var index = 0
        while index < numerals.count {
            let first = reading(of: numerals[index])
            if index + 1 < numerals.count, let range = pairedRange(first, numerals[index + 1]) {
                results.append(range)
                index += 2
                continue
            }
            results.append(single(first))
            index += 1
        }
        return combiningBounds(results)
    }

    /// 第一, 第3: a rank, not an amount.
    private func isOrdinal(_ numeral: Numeral) -> Bool {
        s.scalar(at: numeral.range.lowerBound - 1) == "第"
    }

    private func reading(of numeral: Numeral) -> Reading {
        var reading = Reading(numeral: numeral, written: numeral.value, scaled: numeral.value,
                              end: numeral.range.upperBound, approximate: numeral.approximate)
        reading.moreThan = innerMoreThan(numeral)
        if numeral.isPercent {
            reading.unitText = "%"
            reading.unit = catalog.unit(in: ["%"], at: 0)?.unit
            return reading
        }
        var position = s.skippingBlanks(from: numeral.range.upperBound, atMost: 1)
        var trailingMore = false
        if let scalar = s.scalar(at: position), NumeralCharacters.approximators.contains(scalar) {
            reading.approximate = true
            trailingMore = true
            position += 1
        }
        if let end = percentagePoints(at: position) {
            reading.unitText = "个百分点"
            reading.unit = catalog.unit(in: Self.percentagePointScalars, at: 0)?.unit
            reading.end = end
            if trailingMore { reading.moreThan = moreThan(numeral.value) }
            return reading
        }
        // 两个字节, 一个半小时: the classifier 个 (and 半) before a unit of measure.
        var half = false
        if s.scalar(at: position) == "个" || s.scalar(at: position) == "個" {
            let afterHalf = s.scalar(at: position + 1) == "半" ? position + 2 : position + 1
            if let (unit, _) = catalog.unit(in: s, at: afterHalf), unit.dimension != "count", unit.base != "%" {
                half = afterHalf == position + 2
                position = afterHalf
            }
        }
        guard let (unit, unitEnd) = catalog.unit(in: s, at: position) else {
            if trailingMore, numeral.range.upperBound == position - 1, !numeral.isPercent {
                // 三百多: the approximator closes the number.
                reading.end = position
                reading.moreThan = moreThan(numeral.value)
            } else {
                reading.approximate = numeral.approximate
            }
            return reading
        }
        let spelling = String(scalars: original[position..<unitEnd])
        if unit.symbol == "a", numeral.isPlainArabicInteger, (1000...2200).contains(numeral.value) {
            reading.isYear = true
            reading.unitText = spelling
            reading.end = unitEnd
            return reading
        }
        if let scale = numeral.scale {
            let scaleText = String(scalars: original[scale.start..<numeral.range.upperBound].filter { $0 != " " })
            reading.written = scale.valueBefore
            reading.unitText = scaleText + spelling
        } else {
            reading.unitText = spelling
        }
        reading.unit = unit
        reading.end = unitEnd
        if trailingMore { reading.moreThan = moreThan(numeral.value) }
        // 两吨半, 三米半, 一个半小时: half a unit more.
        if half || (s.scalar(at: unitEnd) == "半" && endsHalf(after: unitEnd + 1)), numeral.value.isWhole,
           !numeral.approximate, !trailingMore {
            reading.written += 0.5
            reading.scaled += numeral.scale.map { reading.scaled / $0.valueBefore * 0.5 } ?? 0.5
            if !half { reading.end = unitEnd + 1 }
        }
        return reading
    }

    /// Whether 半 after a unit ends the amount (两吨半，…) rather than begins a word (5个半导体).
    private func endsHalf(after index: Int) -> Bool {
        guard let next = s.scalar(at: index), next.isHan else { return true }
        return "的以左后前内了或和至到及".unicodeScalars.contains(next)
    }

    /// 十多万, 一千多万, 五百余万: 多 or 余 inside the number, before its last unit: (100000, 200000).
    private func innerMoreThan(_ numeral: Numeral) -> (low: Decimal, high: Decimal)? {
        guard numeral.approximate,
              let position = numeral.range.first(where: { NumeralCharacters.approximators.contains(s[$0]) }) else { return nil }
        var factor: Decimal = 1
        for index in (position + 1)..<numeral.range.upperBound {
            if let unit = NumeralCharacters.bigUnits[s[index]] { factor *= unit }
        }
        guard factor > 1, let step = Self.step(numeral.value / factor) else { return nil }
        return (numeral.value, numeral.value + step * factor)
    }

    /// 三百多 → (300, 400), 十多 → (10, 20), 150多 → (150, 160).
    private func moreThan(_ value: Decimal) -> (low: Decimal, high: Decimal)? {
        Self.step(value).map { (value, value + $0) }
    }

    /// The place of the last non-zero digit of a whole number ten or more: 300 → 100, 150 → 10.
    private static func step(_ value: Decimal) -> Decimal? {
        guard value >= 10, value.isWhole else { return nil }
        var step: Decimal = 1
        while (value / (step * 10)).isWhole { step *= 10 }
        return step > 1 ? step : nil
    }

    private static let percentagePointScalars = "个百分点".scalarArray

    /// 个百分点, also spaced out (六 个 百 分点) and in traditional script; the end of the words.
    private func percentagePoints(at start: Int) -> Int? {
        var index = start
        for options in [["个", "個"], ["百"], ["分"], ["点", "點"]] as [[Unicode.Scalar]] {
            index = s.skippingBlanks(from: index)
            guard let scalar = s.scalar(at: index), options.contains(scalar) else { return nil }
            index += 1
        }
        return index
    }

    // MARK: Ranges

    private static func scalars(_ words: [String]) -> [[Unicode.Scalar]] { words.map(\.scalarArray) }
    /// Between two numbers of a range: 3-5, 5%～8%, 20至30.
    private static let separators = scalars(["——", "～", "~", "—", "–", "-", "至", "到"])
    /// Between two numbers that 之间 closes: 12和18之间, 二十与三十五间.
    private static let betweenSeparators = scalars(["和", "与", "與", "及", "跟"])
    private static let betweenEnds = scalars(["之间", "之間", "间", "間"])
    private static let betweenStarts = scalars(["位于", "位於", "介于", "介於", "处于", "處於", "在"])

    /// The separator after `end` and where it ends; whether it joins only a range that 之间 closes.
    private func separator(after end: Int) -> (end: Int, needsBetween: Bool)? {
        let start = s.skippingBlanks(from: end)
        if let word = s.word(from: Self.separators, at: start) { return (start + word.count, false) }
        if let word = s.word(from: Self.betweenSeparators, at: start) { return (start + word.count, true) }
        return nil
    }

    /// Two numbers joined into one range, with 之间 after them or not.
    private func pairedRange(_ first: Reading, _ next: Numeral) -> Quantity? {
        guard let (separatorEnd, needsBetween) = separator(after: first.end),
              s.skippingBlanks(from: separatorEnd) == next.range.lowerBound else { return nil }
        var second = reading(of: next)
        var betweenEnd = s.word(from: Self.betweenEnds, at: second.end).map { second.end + $0.count }
        if needsBetween, betweenEnd == nil, let word = s.word(from: Self.betweenEnds, at: next.range.upperBound) {
            // 二十与三十五间: 间 closes the range; it is not the classifier of rooms.
            second = Reading(numeral: next, written: next.value, scaled: next.value, end: next.range.upperBound,
                             approximate: next.approximate)
            betweenEnd = next.range.upperBound + word.count
        }
        guard !needsBetween || betweenEnd != nil else { return nil }
        return rangeQuantity(first, second, betweenEnd: betweenEnd)
    }

    /// 62.2%～74.0%, 3-5万吨 (the unit and scale of the second number apply to both), 2021—2025 年,
    /// 位于12和18之间.
    private func rangeQuantity(_ first: Reading, _ second: Reading, betweenEnd: Int?) -> Quantity? {
        guard !first.numeral.isPercent || second.numeral.isPercent else { return nil }
        var low = first.written
        var lowScaled = first.scaled
        var unit = second.unit
        var unitText = second.unitText
        if let firstUnit = first.unit {
            guard let secondUnit = second.unit, firstUnit.dimension == secondUnit.dimension else { return nil }
            unit = firstUnit
            unitText = first.unitText == second.unitText ? second.unitText : first.unitText
        } else if first.end != first.numeral.range.upperBound {
            return nil
        } else if let scale = second.numeral.scale, first.numeral.scale == nil, second.unit != nil {
            // 3-5万吨: 3 is 3万吨 too.
            lowScaled = first.written * (second.scaled / scale.valueBefore)
            low = first.written
        }
        let isYears = second.isYear && first.numeral.isPlainArabicInteger
        if isYears { unitText = second.unitText }
        let high = second.written
        var start = first.numeral.range.lowerBound
        if betweenEnd != nil, let word = s.wordEnding(from: Self.betweenStarts, at: start) { start -= word.count }
        let words = context(start, betweenEnd ?? second.end, first.approximate || second.approximate)
        var quantity = Quantity(text: text(words.start, words.end), start: words.start, end: words.end, kind: .range, value: nil,
                                unit: unitText, si: nil, comparator: nil, approximate: words.approximate,
                                range: Quantity.Bounds(min: Swift.min(low, high), max: Swift.max(low, high),
                                                       minInclusive: true, maxInclusive: true))
        quantity.dimension = isYears ? nil : unit?.dimension
        if let unit, !isYears {
            let a = UnitCatalog.si(lowScaled, unit)
            let b = UnitCatalog.si(second.scaled, unit)
            quantity.si = Quantity.SIValue(value: nil, unit: unit.base, min: Swift.min(a, b), max: Swift.max(a, b))
        }
        return quantity
    }

    private func single(_ reading: Reading) -> Quantity {
        let words = context(reading.numeral.range.lowerBound, reading.end, reading.approximate)
        var quantity = Quantity(text: text(words.start, words.end), start: words.start, end: words.end, kind: .number,
                                value: reading.written, unit: reading.unitText, si: nil, comparator: words.comparator,
                                approximate: words.approximate, range: nil)
        if reading.isYear {
            quantity.kind = .year
            return quantity
        }
        if let unit = reading.unit {
            quantity.kind = unit.base == "%" ? .percent : .quantity
            quantity.dimension = unit.dimension
            quantity.si = Quantity.SIValue(value: UnitCatalog.si(reading.scaled, unit), unit: unit.base)
        }
        let value = reading.written
        if let comparator = words.comparator {
            quantity.range = Quantity.Bounds(bound: comparator, at: value)
        } else if words.exact {
            quantity.range = Quantity.Bounds(min: value, max: value, minInclusive: true, maxInclusive: true)
        } else if let (low, high) = reading.moreThan {
            let factor = value / reading.numeral.value
            quantity.range = Quantity.Bounds(min: low * factor, max: high * factor, minInclusive: false, maxInclusive: false)
        }
        return quantity
    }

    // MARK: Bounds

    private typealias Word = (scalars: [Unicode.Scalar], comparator: Comparator?, exact: Bool, approximate: Bool)

    /// Bound and approximation words before and after a number (`Schemas/lexicon.json`).
    private static func words(_ entries: [Lexicon.Comparator]) -> [Word] {
        entries.map { ($0.words.scalarArray, $0.comparator.map { Comparator(rawValue: $0)! }, $0.exact ?? false, $0.approximate ?? false) }
    }
    private static let prefixes = words(Lexicon.shared.comparators.before)
    private static let suffixes = words(Lexicon.shared.comparators.after)

    /// 比一千低, 比三分之一大: 比 before the number and a word of size after it.
    private static let comparisonSuffixes: [(Unicode.Scalar, Comparator)] = [
        ("大", .above), ("高", .above), ("多", .above), ("小", .below), ("低", .below), ("少", .below),
    ]

    private struct Context {
        var comparator: Comparator?
        var exact = false
        var approximate: Bool
        var start: Int
        var end: Int
    }

    /// The bound and approximation words right before and after a number, and the span they widen it to.
    private func context(_ start: Int, _ end: Int, _ approximate: Bool) -> Context {
        var context = Context(comparator: nil, approximate: approximate, start: start, end: end)
        let before = start > 0 && s[start - 1] == " " ? start - 1 : start
        for word in Self.prefixes {
            guard s.has(word.scalars, at: before - word.scalars.count) else { continue }
            context.comparator = word.comparator ?? context.comparator
            context.exact = word.exact
            context.approximate = context.approximate || word.approximate
            if !word.approximate || spans == .phrase { context.start = before - word.scalars.count }
            break
        }
        let after = s.skippingBlanks(from: end, atMost: 1)
        for word in Self.suffixes {
            guard s.has(word.scalars, at: after) else { continue }
            context.comparator = word.comparator ?? context.comparator
            context.approximate = context.approximate || word.approximate
            if !word.approximate || spans == .phrase { context.end = after + word.scalars.count }
            break
        }
        if context.comparator == nil, !context.exact, before >= 1, s[before - 1] == "比" {
            var index = after
            if s.scalar(at: index) == "还" || s.scalar(at: index) == "更" { index += 1 }
            if let scalar = s.scalar(at: index), let (_, comparator) = Self.comparisonSuffixes.first(where: { $0.0 == scalar }) {
                context.comparator = comparator
                context.start = before - 1
                context.end = index + 1
            }
        }
        return context
    }

    /// 大于十五的同时小于等于四十, 600以上，900以下, 最多80最少10: a lower and an upper bound next to
    /// each other are one interval.
    private func combiningBounds(_ quantities: [Quantity]) -> [Quantity] {
        var result: [Quantity] = []
        var index = 0
        while index < quantities.count {
            if index + 1 < quantities.count, let joined = joined(quantities[index], quantities[index + 1]) {
                result.append(joined)
                index += 2
                continue
            }
            result.append(quantities[index])
            index += 1
        }
        return result
    }

    private static let boundJoiners = Set(["", "的同时", "同时", "且", "并且", "而且", "而", "但", "但是", "并", "又", "却"])

    private func joined(_ first: Quantity, _ second: Quantity) -> Quantity? {
        guard let a = first.comparator, let b = second.comparator, a.isUpperBound != b.isUpperBound,
              let firstValue = first.value, let secondValue = second.value, first.kind != .year, second.kind != .year else { return nil }
        var gap = String(scalars: s[first.end..<second.start].filter { $0 != " " })
        for mark in ["，", ",", "、", "；", ";"] where gap.hasPrefix(mark) { gap.removeFirst() }
        guard Self.boundJoiners.contains(gap) else { return nil }
        // Both in one unit, or one of them bare and taking the other's.
        guard first.unit == nil || second.unit == nil || first.unit == second.unit else { return nil }
        let (lower, upper) = a.isUpperBound ? (second, first) : (first, second)
        let (low, high) = a.isUpperBound ? (secondValue, firstValue) : (firstValue, secondValue)
        guard low <= high else { return nil }
        let unitOwner = first.unit != nil ? first : second
        var quantity = Quantity(text: text(first.start, second.end), start: first.start, end: second.end, kind: .range,
                                value: nil, unit: unitOwner.unit, si: nil, comparator: nil,
                                approximate: first.approximate || second.approximate,
                                range: Quantity.Bounds(min: low, max: high, minInclusive: lower.comparator == .atLeast,
                                                       maxInclusive: upper.comparator == .atMost))
        quantity.dimension = unitOwner.dimension
        if let si = unitOwner.si, let ownValue = unitOwner.value, ownValue != 0, let siValue = si.value {
            let factor = siValue / ownValue
            quantity.si = Quantity.SIValue(value: nil, unit: si.unit, min: low * factor, max: high * factor)
        }
        return quantity
    }

    private func text(_ start: Int, _ end: Int) -> String { String(scalars: original[start..<end]) }
}

extension Quantity.Bounds {
    /// The interval of a one-sided bound, as strict as its comparator: `>=` 800 is [800, ∞).
    init(bound comparator: Comparator, at value: Decimal) {
        switch comparator {
        case .atLeast: self.init(min: value, max: nil, minInclusive: true, maxInclusive: false)
        case .above: self.init(min: value, max: nil, minInclusive: false, maxInclusive: false)
        case .atMost: self.init(min: nil, max: value, minInclusive: false, maxInclusive: true)
        case .below: self.init(min: nil, max: value, minInclusive: false, maxInclusive: false)
        }
    }
}

