import Foundation

/// A number as written in Chinese text — 1.65万, 四亿五千六百四十二万零一十五, 百分之二十, 三分之一,
/// 2.5e3 — with its exact value and where it is.
///
/// Values are `Decimal`: 16.4亿 is exactly 1640000000. Offsets are Unicode-scalar offsets into the
/// scanned line, `end` exclusive.
struct Numeral: Equatable, Sendable {
    var value: Decimal
    var range: Range<Int>
    /// 余/多/几 inside the number (十余万, 二十几万): the value is a lower bound read as written.
    var approximate = false
    /// Written with Arabic digits and a trailing scale (1.65万, 387万, 2百万): a unit that follows
    /// may take the scale (“1.65万吨” is 1.65 of 万吨). `start` is where the scale begins.
    var scale: Scale?
    /// Only Arabic digits, no sign, point or scale: “2025” (a year when 年 follows).
    var isPlainArabicInteger = false
    /// A number of percent (百分之二十, 20%) or per mille (千分之三): `value` is then in percent.
    var isPercent = false

    struct Scale: Equatable, Sendable {
        var start: Int
        /// The number before the scale: 1.65 in 1.65万.
        var valueBefore: Decimal
    }
}

/// Reads numerals out of a line of width-folded scalars.
struct NumeralParser {
    let s: [Unicode.Scalar]

    init(_ scalars: [Unicode.Scalar]) { s = scalars }


    // MARK: Arabic digits

    /// Arabic digits at `start`: thousands separators (1,050,000 and ４，５６５), a decimal point, and a
    /// leading point (.5) when nothing numeric precedes it.
    func arabic(at start: Int) -> (value: Decimal, end: Int, integerDigits: Int, hasPoint: Bool)? {
        var index = start
        var text = ""
        var integerDigits = 0
        if s.scalar(at: index) == ".", let next = s.scalar(at: index + 1), NumeralCharacters.isArabicDigit(next) {
            if let before = s.scalar(at: index - 1), NumeralCharacters.isArabicDigit(before) || before == "." { return nil }
        } else {
            guard let first = s.scalar(at: index), NumeralCharacters.isArabicDigit(first) else { return nil }
            var groupDigits = 0
            var separated = false
            while let scalar = s.scalar(at: index) {
                if NumeralCharacters.isArabicDigit(scalar) {
                    text.unicodeScalars.append(scalar)
                    integerDigits += 1
                    groupDigits += 1
                    index += 1
                } else if scalar == "," || scalar == "，",
                          separated ? groupDigits == 3 : (1...3).contains(groupDigits),
                          (1...3).allSatisfy({ s.scalar(at: index + $0).map(NumeralCharacters.isArabicDigit) ?? false }),
                          !(s.scalar(at: index + 4).map(NumeralCharacters.isArabicDigit) ?? false) {
                    separated = true
                    groupDigits = 0
                    index += 1
                } else {
                    break
                }
            }
        }
        var hasPoint = false
        if s.scalar(at: index) == ".", let next = s.scalar(at: index + 1), NumeralCharacters.isArabicDigit(next) {
            hasPoint = true
            text += "."
            index += 1
            while let scalar = s.scalar(at: index), NumeralCharacters.isArabicDigit(scalar) {
                text.unicodeScalars.append(scalar)
                index += 1
            }
        }
        if text.startsWith(".") { text = "0" + text }
        guard let value = Decimal(plainDigits: text) else { return nil }
        return (value, index, integerDigits, hasPoint)
    }

    // MARK: Chinese (and mixed) numerals

    enum Outcome {
        case numeral(Numeral)
        /// Digits that cannot form a number (两两, 二三十): skip the whole run.
        case rejected(end: Int)
    }

    /// The integer or decimal numeral starting exactly at `start`, in any mix of Chinese digits, units
    /// and Arabic digits: 四亿五千六百四十二万零一十五, 5万4千6百, 1,100.9亿, 两千三点一, 十 余 万.
    func numeral(at start: Int) -> Outcome? {
        if let year = digitSequenceYear(at: start) { return .numeral(year) }
        var index = start
        var total: Decimal = 0
        var section: Decimal = 0
        var pending: Decimal?
        var pendingIsChineseDigit = false
        var lastSmall: Decimal?
        var lastBig: Decimal?
        var zeroSinceUnit = false
        var approximate = false
        var end = start
        var tokens = 0
        var hasChinese = false
        var onlyArabic = true
        var arabicIsPlainInteger = false
        var scale: Numeral.Scale?
        var previousWasBigUnit = false

        func nextToken(after index: Int) -> Unicode.Scalar? { s.scalar(at: s.skippingBlanks(from: index)) }
        func isUnit(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return NumeralCharacters.smallUnits[scalar] != nil || NumeralCharacters.bigUnits[scalar] != nil
        }
        func integerValue() -> Decimal {
            guard let digit = pending else { return total + section }
            if pendingIsChineseDigit && !zeroSinceUnit {
                if let small = lastSmall, small >= 100 { return total + section + digit * small / 10 }
                if lastSmall == nil, section == 0, let big = lastBig, total > 0 { return total + digit * big / 10 }
            }
            return total + section + digit
        }
        func startScale(at position: Int) {
            if scale == nil, let digit = pending, !pendingIsChineseDigit, total == 0, section == 0 {
                scale = Numeral.Scale(start: position, valueBefore: digit)
            }
        }
        func finish() -> Outcome? {
            guard tokens > 0, end > start else { return nil }
            var numeral = Numeral(value: integerValue(), range: start..<end, approximate: approximate, scale: scale)
            numeral.isPlainArabicInteger = onlyArabic && arabicIsPlainInteger
            return .numeral(numeral)
        }

        while true {
            var position = index
            if s.scalar(at: position) == " " {
                position = s.skippingBlanks(from: position)
                guard tokens > 0, let next = s.scalar(at: position) else { break }
                let nextIsChinese = NumeralCharacters.digits[next] != nil || isUnit(next)
                    || NumeralCharacters.zeros.contains(next) || NumeralCharacters.approximators.contains(next)
                    || NumeralCharacters.unknownDigits.contains(next) || NumeralCharacters.decimalPoints.contains(next)
                guard nextIsChinese || (hasChinese && NumeralCharacters.isArabicDigit(next)) else { break }
            }
            guard let scalar = s.scalar(at: position) else { break }

            if let digit = NumeralCharacters.digits[scalar], !NumeralCharacters.zeros.contains(scalar) {
                // 四十两 is forty taels: 两 is a last digit only before a unit of the number (一万两千).
                if NumeralCharacters.taels.contains(scalar), tokens > 0, pending == nil || lastSmall != nil || lastBig != nil,
                   !isUnit(nextToken(after: position + 1)) { break }
                if pending != nil {
                    if pendingIsChineseDigit { return .rejected(end: runEnd(from: start)) }
                    break
                }
                pending = Decimal(digit)
                pendingIsChineseDigit = true
            } else if NumeralCharacters.unknownDigits.contains(scalar) {
                guard pending == nil, isUnit(nextToken(after: position + 1)) else { break }
                pending = 0
                pendingIsChineseDigit = true
                approximate = true
            } else if scalar == "半" {
                guard pending == nil, tokens == 0, let next = s.scalar(at: position + 1), NumeralCharacters.smallUnits[next] != nil
                else { break }
                pending = 0.5
                pendingIsChineseDigit = false
            } else if NumeralCharacters.isArabicDigit(scalar) || (scalar == "." && tokens == 0) {
                guard pending == nil, tokens == 0 || hasChinese, let number = arabic(at: position) else { break }
                pending = number.value
                pendingIsChineseDigit = false
                arabicIsPlainInteger = !number.hasPoint
                if tokens > 0 { scale = nil }
                index = number.end
                end = index
                tokens += 1
                previousWasBigUnit = false
                continue
            } else if NumeralCharacters.zeros.contains(scalar) {
                if tokens > 0 && pending == nil && lastSmall == nil && lastBig == nil { break }
                zeroSinceUnit = true
            } else if let unit = NumeralCharacters.smallUnits[scalar] {
                // 千克, 千瓦, 千米: the unit's name, not 千 of the number (3000千克 is 3000 kg); after a
                // Chinese digit 千 is the number's when a unit follows it (五千米 is 5000 米, as it is said).
                if UnitCatalog.shared.unit(in: s, at: position) != nil,
                   !(pendingIsChineseDigit && pending != nil && UnitCatalog.shared.unit(in: s, at: position + 1) != nil) { break }
                if pending == nil && !(tokens == 0 || zeroSinceUnit) { break }
                if let small = lastSmall, unit >= small { break }
                startScale(at: position)
                section += (pending ?? 1) * unit
                pending = nil
                lastSmall = unit
                zeroSinceUnit = false
            } else if let unit = NumeralCharacters.bigUnits[scalar] {
                // 兆瓦 is megawatts, not 10¹² 瓦.
                guard tokens > 0, UnitCatalog.shared.unit(in: s, at: position) == nil else { break }
                let number = section + (pending ?? 0)
                if number == 0 && !(previousWasBigUnit && total > 0) { break }
                startScale(at: position)
                if number == 0 {
                    total *= unit
                } else if lastBig == nil || unit >= lastBig! {
                    total = (total + number) * unit
                } else {
                    total += number * unit
                }
                lastBig = unit
                section = 0
                pending = nil
                lastSmall = nil
                zeroSinceUnit = false
            } else if NumeralCharacters.approximators.contains(scalar) {
                guard tokens > 0, isUnit(nextToken(after: position + 1)) else { break }
                approximate = true
                index = position + 1
                continue
            } else if NumeralCharacters.decimalPoints.contains(scalar) {
                guard tokens > 0, let fraction = chineseFraction(after: position) else { break }
                var value = integerValue() + fraction.value
                var fractionEnd = fraction.end
                if let next = s.scalar(at: fraction.end), let unit = NumeralCharacters.bigUnits[next] {
                    value *= unit
                    fractionEnd += 1
                }
                return .numeral(Numeral(value: value, range: start..<fractionEnd, approximate: approximate))
            } else if scalar == "打" {
                guard tokens > 0 else { break }
                return .numeral(Numeral(value: integerValue() * 12, range: start..<(position + 1), approximate: approximate))
            } else {
                break
            }
            if !NumeralCharacters.isArabicDigit(scalar) { onlyArabic = false }
            hasChinese = true
            previousWasBigUnit = NumeralCharacters.bigUnits[scalar] != nil
            tokens += 1
            index = position + 1
            end = index
        }
        return finish()
    }

    /// The digits after 点: 点五五四四 → 0.5544. Spaces may surround them (四百 点 五).
    private func chineseFraction(after point: Int) -> (value: Decimal, end: Int)? {
        var index = s.skippingBlanks(from: point + 1)
        var digits = ""
        while let scalar = s.scalar(at: index), let digit = NumeralCharacters.digits[scalar],
              !NumeralCharacters.notAfterPoint.contains(scalar) {
            digits += String(digit)
            index += 1
        }
        guard !digits.isEmpty, let value = Decimal(plainDigits: "0." + digits)
        else { return nil }
        return (value, index)
    }

    /// 二〇三五, 一九九一: Chinese digits read one by one, as years are written.
    private func digitSequenceYear(at start: Int) -> Numeral? {
        var index = start
        var value = 0
        var hasZeroDigit = false
        while let scalar = s.scalar(at: index), let digit = NumeralCharacters.digits[scalar] {
            if NumeralCharacters.zeros.contains(scalar) { hasZeroDigit = true }
            value = value * 10 + digit
            index += 1
        }
        guard index - start == 4, hasZeroDigit || (1900...2100).contains(value),
              !(s.scalar(at: index).map { NumeralCharacters.smallUnits[$0] != nil || NumeralCharacters.bigUnits[$0] != nil } ?? false)
        else { return nil }
        var numeral = Numeral(value: Decimal(value), range: start..<index)
        numeral.isPlainArabicInteger = true
        return numeral
    }

    /// The end of the run of numeral characters from `start`.
    private func runEnd(from start: Int) -> Int {
        var index = start
        while let scalar = s.scalar(at: index), NumeralCharacters.digits[scalar] != nil || NumeralCharacters.smallUnits[scalar] != nil
            || NumeralCharacters.bigUnits[scalar] != nil {
            index += 1
        }
        return index
    }
}

extension Decimal {
    /// Parses ASCII digits with at most one decimal point ("12", "0.375"), the only form the scanner
    /// builds; `Decimal(string:locale:)` asks ICU for the locale's separator on every call.
    init?(plainDigits text: String) {
        var significand: UInt64 = 0
        var fractionDigits = 0
        var seenPoint = false
        var digitCount = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digitCount += 1
                guard digitCount <= 18 else {  // beyond UInt64's exact range: the general parser
                    guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
                    self = value
                    return
                }
                significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
                if seenPoint { fractionDigits += 1 }
            } else {
                return nil
            }
        }
        guard digitCount > 0 else { return nil }
        self = Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
    }
}
