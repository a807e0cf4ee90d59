import Foundation

extension Quantity {
    /// Every number, percent, range and quantity in `line`, in order.
    public static func all(in line: String) -> [Quantity] {
        QuantityReader(line.scalarArray).quantities()
    }

    /// Every quantity in a line given as its scalars.
    static func all(in scalars: [Unicode.Scalar]) -> [Quantity] {
        QuantityReader(scalars).quantities()
    }
}

/// Reads the quantities of one line: numbers from `NumberScanner`, then their units, comparators and
/// ranges from the text around them.
struct QuantityReader {
    private let original: [Unicode.Scalar]
    private let s: [Unicode.Scalar]
    private let catalog = UnitCatalog.shared

    init(_ scalars: [Unicode.Scalar]) {
        original = scalars
        s = scalars.map { $0.widthFolded ?? $0 }
    }


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
    }

    func quantities() -> [Quantity] {
        let numerals = NumberScanner(s).numbers()
        var results: [Quantity] = []
        var index = 0
        while index < numerals.count {
            let first = reading(of: numerals[index])
            if index + 1 < numerals.count, let separatorEnd = rangeSeparator(after: first.end),
               s.skippingBlanks(from: separatorEnd) == numerals[index + 1].range.lowerBound {
                let second = reading(of: numerals[index + 1])
                if let range = rangeQuantity(first, second) {
                    results.append(range)
                    index += 2
                    continue
                }
            }
            results.append(single(first))
            index += 1
        }
        return results
    }

    private func reading(of numeral: Numeral) -> Reading {
        var reading = Reading(numeral: numeral, written: numeral.value, scaled: numeral.value,
                              end: numeral.range.upperBound, approximate: numeral.approximate)
        if numeral.isPercent {
            reading.unitText = "%"
            reading.unit = catalog.unit(in: ["%"], at: 0)?.unit
            return reading
        }
        var position = s.skippingBlanks(from: numeral.range.upperBound, atMost: 1)
        if let scalar = s.scalar(at: position), NumeralCharacters.approximators.contains(scalar) {
            reading.approximate = true
            position += 1
        }
        if let end = percentagePoints(at: position) {
            reading.unitText = "个百分点"
            reading.unit = catalog.unit(in: Self.percentagePointScalars, at: 0)?.unit
            reading.end = end
            return reading
        }
        guard let (unit, unitEnd) = catalog.unit(in: s, at: position) else {
            if reading.approximate { reading.approximate = numeral.approximate }
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
        return reading
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

    private static let separators: [[Unicode.Scalar]] = ["——", "～", "~", "—", "–", "-", "至", "到"].map { Array($0.unicodeScalars) }

    private func rangeSeparator(after end: Int) -> Int? {
        let start = s.skippingBlanks(from: end)
        for separator in Self.separators where s[safe: start..<(start + separator.count)] == separator[...] {
            return start + separator.count
        }
        return nil
    }

    private func single(_ reading: Reading) -> Quantity {
        let (comparator, approximate, start, end) = context(reading.numeral.range.lowerBound, reading.end, reading.approximate)
        var quantity = Quantity(text: text(start, end), start: start, end: end, kind: .number, value: reading.written,
                                unit: reading.unitText, si: nil, comparator: comparator, approximate: approximate, range: nil)
        if reading.isYear {
            quantity.kind = .year
        } else if let unit = reading.unit {
            quantity.kind = unit.base == "%" ? .percent : .quantity
            quantity.si = Quantity.SIValue(value: UnitCatalog.si(reading.scaled, unit), unit: unit.base)
        }
        return quantity
    }

    /// 62.2%～74.0%, 3-5万吨 (the unit and scale of the second number apply to both), 2021—2025 年.
    private func rangeQuantity(_ first: Reading, _ second: Reading) -> Quantity? {
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
        let (comparator, approximate, start, end) = context(first.numeral.range.lowerBound, second.end,
                                                             first.approximate || second.approximate)
        var quantity = Quantity(text: text(start, end), start: start, end: end, kind: .range, value: nil, unit: unitText,
                                si: nil, comparator: comparator, approximate: approximate,
                                range: Quantity.Bounds(min: Swift.min(low, high), max: Swift.max(low, high),
                                                       minInclusive: true, maxInclusive: true))
        if let unit, !isYears {
            let a = UnitCatalog.si(lowScaled, unit)
            let b = UnitCatalog.si(second.scaled, unit)
            quantity.si = Quantity.SIValue(value: nil, unit: unit.base, min: Swift.min(a, b), max: Swift.max(a, b))
        }
        return quantity
    }

    /// Comparator and approximation words before and after a number (`Schemas/lexicon.json`).
    private static let prefixes = Lexicon.shared.comparators.before.map { ($0.words, $0.comparator.map { Comparator(rawValue: $0)! }, $0.approximate ?? false) }
    private static let suffixes = Lexicon.shared.comparators.after.map { ($0.words, $0.comparator.map { Comparator(rawValue: $0)! }, $0.approximate ?? false) }

    private static let prefixScalars = prefixes.map { ($0.0.scalarArray, $0.1, $0.2) }
    private static let suffixScalars = suffixes.map { ($0.0.scalarArray, $0.1, $0.2) }

    /// The comparator and approximation words right before and after a number, and the span they widen it to.
    private func context(_ start: Int, _ end: Int, _ approximate: Bool) -> (Comparator?, Bool, Int, Int) {
        var comparator: Comparator?
        var approximate = approximate
        var newStart = start
        var newEnd = end
        let before = start > 0 && s[start - 1] == " " ? start - 1 : start
        for (scalars, sign, approx) in Self.prefixScalars {
            guard before >= scalars.count, s[(before - scalars.count)..<before].elementsEqual(scalars) else { continue }
            comparator = sign ?? comparator
            approximate = approximate || approx
            newStart = before - scalars.count
            break
        }
        let after = s.skippingBlanks(from: end, atMost: 1)
        for (scalars, sign, approx) in Self.suffixScalars {
            guard after + scalars.count <= s.count, s[after..<(after + scalars.count)].elementsEqual(scalars) else { continue }
            comparator = sign ?? comparator
            approximate = approximate || approx
            newEnd = after + scalars.count
            break
        }
        return (comparator, approximate, newStart, newEnd)
    }

    private func text(_ start: Int, _ end: Int) -> String { String(scalars: original[start..<end]) }
}
