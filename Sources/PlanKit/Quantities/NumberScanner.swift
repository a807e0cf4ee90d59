import Foundation

/// Finds every number in a line: signs, percents (百分之二十, 20%, 千分之三), fractions (三分之一,
/// 3/5, 1 3/5, 三又三分之一), exponents (2e5, 2^5) and k/M suffixes around the numerals
/// `NumeralParser` reads, less the words that only look like numbers (一切, 四川, 十四五, 一是).
struct NumberScanner {
    private let s: [Unicode.Scalar]
    private let parser: NumeralParser

    init(_ scalars: [Unicode.Scalar]) {
        s = scalars
        parser = NumeralParser(scalars)
    }


    /// All numbers of the line in order, none overlapping.
    func numbers() -> [Numeral] {
        let excluded = NotNumbers.ranges(in: s)
        var found: [Numeral] = []
        var index = 0
        while index < s.count {
            guard let (numeral, next) = match(at: index) else {
                index += 1
                continue
            }
            index = max(next, index + 1)
            guard var numeral else { continue }
            if excluded.contains(where: { $0.contains(numeral.range) }) || isWordNotNumber(numeral) { continue }
            // 五十千: a bare unit right after a number continues nothing.
            if let previous = found.last, previous.range.upperBound == numeral.range.lowerBound,
               NumeralCharacters.smallUnits[s[numeral.range.lowerBound]] != nil { continue }
            // 四十两: 两 right after a number, alone, is its unit (tael).
            if let previous = found.last, previous.range.upperBound == numeral.range.lowerBound, numeral.range.count == 1,
               NumeralCharacters.taels.contains(s[numeral.range.lowerBound]) { continue }
            // 千 in 平方千米 and 千克 is part of a unit's name.
            if isInsideUnitName(numeral.range.lowerBound) { continue }
            numeral.range = numeral.range.lowerBound..<trimmedEnd(numeral.range)
            found.append(numeral)
        }
        return found
    }

    /// Single characters that are words here: 陆地, 队伍, 收拾 (陆 伍 拾 肆 alone), 一是 (enumerations),
    /// and a discount 一折 (折扣 is not supported).
    private func isWordNotNumber(_ numeral: Numeral) -> Bool {
        let text = s[numeral.range]
        if text.count == 1, NumeralCharacters.ambiguousAlone.contains(text.first!) { return true }
        let after = s.scalar(at: numeral.range.upperBound)
        if text.count == 1, NumeralCharacters.digits[text.first!] != nil, after == "是" { return true }
        if after == "折" { return true }
        return false
    }

    private func isInsideUnitName(_ start: Int) -> Bool {
        for from in max(0, start - 3)..<start {
            if let (_, end) = UnitCatalog.shared.unit(in: s, at: from), end > start { return true }
        }
        return false
    }

    private func trimmedEnd(_ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound && s[end - 1] == " " { end -= 1 }
        return end
    }

    /// The number starting at `start`, or a run to skip (`nil` numeral), or nil when none starts here.
    private func match(at start: Int) -> (Numeral?, Int)? {
        guard Self.mayStartMatch.contains(s[start]) else { return nil }
        if let percent = percentWords(at: start) { return (percent, percent.range.upperBound) }
        var index = start
        var negative = false
        if let scalar = s.scalar(at: index), NumeralCharacters.negatives.contains(scalar) || (scalar == "-" && !followsWord(index)) {
            negative = true
            index += 1
            if s.scalar(at: index) == "-" { index += 1 }
            guard let next = s.scalar(at: index), NumeralCharacters.isNumeralStart(next) || next == "." else { return nil }
            if let percent = percentWords(at: index) {
                var signed = percent
                signed.value = -signed.value
                signed.range = start..<percent.range.upperBound
                return (signed, signed.range.upperBound)
            }
        }
        guard let first = s.scalar(at: index), NumeralCharacters.isNumeralStart(first) || (first == "." && !followsWord(index))
        else { return nil }
        if NumeralCharacters.isArabicDigit(first) || first == ".", followsArabicDigitOrPoint(index), !followsAcronymOfAnAmount(index) { return nil }
        guard let outcome = parser.numeral(at: index) else { return nil }
        guard case .numeral(var numeral) = outcome else {
            if case .rejected(let end) = outcome { return (nil, end) }
            return nil
        }
        let isArabicOnly = s[numeral.range].allSatisfy { NumeralCharacters.isArabicDigit($0) || $0 == "." || $0 == "," || $0 == "，" }
        if isArabicOnly { arabicExtras(&numeral) }
        chineseFraction(&numeral)
        if s.scalar(at: numeral.range.upperBound) == "%" {
            numeral.isPercent = true
            numeral.range = numeral.range.lowerBound..<(numeral.range.upperBound + 1)
            numeral.isPlainArabicInteger = false
        }
        if negative {
            numeral.value = -numeral.value
            numeral.range = start..<numeral.range.upperBound
            numeral.isPlainArabicInteger = false
            numeral.scale = nil
        }
        return (numeral, numeral.range.upperBound)
    }

    private func followsWord(_ index: Int) -> Bool {
        guard let before = s.scalar(at: index - 1) else { return false }
        // (5%-5.5%: a hyphen after a percent sign joins a range.)
        return before.properties.isAlphabetic || NumeralCharacters.isArabicDigit(before) || before == ")" || before == "）"
            || before == "%" || before == "％"
    }

    private func followsArabicDigitOrPoint(_ index: Int) -> Bool {
        guard let before = s.scalar(at: index - 1) else { return false }
        return NumeralCharacters.isArabicDigit(before) || (before == "." && (s.scalar(at: index - 2).map(NumeralCharacters.isArabicDigit) ?? false))
            || (before.properties.isAlphabetic && before.isASCII)
    }

    /// GDP2917.85亿元, CPI102.3%: digits right after an acronym of three or more capitals are its amount
    /// when 万, 亿 or % closes them (PM2.5, SO2 and COD15 are names, or too short to tell).
    private func followsAcronymOfAnAmount(_ index: Int) -> Bool {
        var capitals = 0
        while let scalar = s.scalar(at: index - capitals - 1), scalar.isASCII, scalar.properties.isUppercase { capitals += 1 }
        guard capitals >= 3 else { return false }
        var end = index
        while let scalar = s.scalar(at: end), NumeralCharacters.isArabicDigit(scalar) || scalar == "." { end += 1 }
        guard let after = s.scalar(at: end) else { return false }
        return after == "万" || after == "亿" || after == "%" || after == "％"
    }

    /// The words before 分之 that make a percent, longest first, with the factor into percent.
    private static let percentDenominators: [([Unicode.Scalar], Decimal)] = [
        ("百万万", "0.000001"), ("万万", "0.000001"), ("千万", "0.00001"), ("百万", "0.0001"), ("百", "1"), ("佰", "1"),
        ("千", "0.1"), ("仟", "0.1"), ("万", "0.01"), ("萬", "0.01"),
    ].map { (Array($0.unicodeScalars), Decimal(string: $1, locale: Locale(identifier: "en_US_POSIX"))!) }
    private static let percentDenominatorStarts = ScalarBits(percentDenominators.map { $0.0[0] })

    /// Every scalar `match(at:)` can start with: a percent word, a sign, a point or a numeral start. Most
    /// scalars of a line are none of these and are passed over with one bit test.
    private static let mayStartMatch = ScalarBits(
        percentDenominators.map { $0.0[0] } + Array(NumeralCharacters.negatives) + ["-", "."]
            + NumeralCharacters.numeralStartScalars)

    /// 百分之二十, 千分之２．４, 百 分 之 2.4, 万分之三: a percent (千分之 → ‰ = 0.1%, 万分之 → 0.01%).
    private func percentWords(at start: Int) -> Numeral? {
        guard let first = s.scalar(at: start), Self.percentDenominatorStarts.contains(first) else { return nil }
        for (word, factor) in Self.percentDenominators {
            var index = start
            var matched = true
            for scalar in word {
                index = s.skippingBlanks(from: index)
                guard s.scalar(at: index) == scalar else {
                    matched = false
                    break
                }
                index += 1
            }
            guard matched else { continue }
            index = s.skippingBlanks(from: index)
            guard s.scalar(at: index) == "分" else { continue }
            index = s.skippingBlanks(from: index + 1)
            guard s.scalar(at: index) == "之" else { continue }
            index = s.skippingBlanks(from: index + 1)
            var negative = false
            if let scalar = s.scalar(at: index), NumeralCharacters.negatives.contains(scalar) {
                negative = true
                index += 1
            }
            guard case .numeral(var numeral) = parser.numeral(at: index) else { return nil }
            let isArabicOnly = s[numeral.range].allSatisfy { NumeralCharacters.isArabicDigit($0) || $0 == "." || $0 == "," || $0 == "，" }
            if isArabicOnly { arabicExtras(&numeral) }
            numeral.value *= factor * (negative ? -1 : 1)
            numeral.range = start..<numeral.range.upperBound
            numeral.isPercent = true
            numeral.isPlainArabicInteger = false
            numeral.scale = nil
            return numeral
        }
        return nil
    }

    /// 2e5, 21.2E0, 2^5, 2.5^-1, 40k, -2.5 M, 3/5, 1 3/5 after a number written in Arabic digits.
    private func arabicExtras(_ numeral: inout Numeral) {
        let end = numeral.range.upperBound
        func digits(from index: Int) -> (Int, Int)? {
            var index = index
            var value = 0
            let first = index
            while let scalar = s.scalar(at: index), NumeralCharacters.isArabicDigit(scalar), index - first < 6 {
                value = value * 10 + Int(scalar.value - 48)
                index += 1
            }
            return index > first ? (value, index) : nil
        }
        func notLetter(_ index: Int) -> Bool { !(s.scalar(at: index)?.properties.isAlphabetic ?? false) || !(s.scalar(at: index)?.isASCII ?? false) }
        if let e = s.scalar(at: end), e == "e" || e == "E" {
            var index = end + 1
            var negative = false
            if let sign = s.scalar(at: index), sign == "+" || sign == "-" {
                negative = sign == "-"
                index += 1
            }
            // Decimal holds exponents up to ±127 and overflows to NaN beyond: such a "number" is not one.
            if let (exponent, after) = digits(from: index), notLetter(after),
               case let value = numeral.value * power(10, negative ? -exponent : exponent), !value.isNaN {
                numeral.value = value
                numeral.range = numeral.range.lowerBound..<after
                numeral.isPlainArabicInteger = false
                return
            }
        }
        if s.scalar(at: end) == "^" {
            var index = end + 1
            var negative = false
            while let sign = s.scalar(at: index), sign == "+" || sign == "-" {
                if sign == "-" { negative.toggle() }
                index += 1
            }
            if let (exponent, after) = digits(from: index), exponent <= 1000,
               case let value = power(numeral.value, negative ? -exponent : exponent), !value.isNaN {
                numeral.value = value
                numeral.range = numeral.range.lowerBound..<after
                numeral.isPlainArabicInteger = false
                return
            }
        }
        if numeral.isPlainArabicInteger, s.scalar(at: end) == "/", let (denominator, after) = digits(from: end + 1), denominator != 0,
           notLetter(after) {
            numeral.value /= Decimal(denominator)
            numeral.range = numeral.range.lowerBound..<after
            numeral.isPlainArabicInteger = false
            return
        }
        if numeral.isPlainArabicInteger, s.scalar(at: end) == " ", let (top, slash) = digits(from: end + 1), s.scalar(at: slash) == "/",
           let (bottom, after) = digits(from: slash + 1), bottom != 0, notLetter(after) {
            numeral.value += Decimal(top) / Decimal(bottom)
            numeral.range = numeral.range.lowerBound..<after
            numeral.isPlainArabicInteger = false
            return
        }
        let k = s.scalar(at: end) == " " ? end + 1 : end
        if let suffix = s.scalar(at: k), suffix == "k" || suffix == "K", notLetter(k + 1) {
            numeral.value *= 1000
            numeral.range = numeral.range.lowerBound..<(k + 1)
            numeral.isPlainArabicInteger = false
            return
        }
        let m = s.scalar(at: end) == " " ? end + 1 : end
        if s.scalar(at: m) == "M", notLetter(m + 1) {
            numeral.value *= 1_000_000
            numeral.range = numeral.range.lowerBound..<(m + 1)
            numeral.isPlainArabicInteger = false
        }
    }

    /// 五分之一, 三 分之 一, 二十五分之一千零拾肆, 三百五又三分之一, 一百万又五十万分之二十五.
    private func chineseFraction(_ numeral: inout Numeral) {
        if let fraction = fraction(denominator: numeral) {
            numeral = fraction
            return
        }
        var index = s.skippingBlanks(from: numeral.range.upperBound)
        guard s.scalar(at: index) == "又" else { return }
        index = s.skippingBlanks(from: index + 1)
        guard case .numeral(let denominator) = parser.numeral(at: index),
              let fraction = fraction(denominator: denominator) else { return }
        numeral.value += fraction.value
        numeral.range = numeral.range.lowerBound..<fraction.range.upperBound
        numeral.isPlainArabicInteger = false
        numeral.scale = nil
    }

    private func fraction(denominator: Numeral) -> Numeral? {
        var index = s.skippingBlanks(from: denominator.range.upperBound)
        guard s.scalar(at: index) == "分" else { return nil }
        index = s.skippingBlanks(from: index + 1)
        guard s.scalar(at: index) == "之" else { return nil }
        index = s.skippingBlanks(from: index + 1)
        var negative = false
        if let scalar = s.scalar(at: index), NumeralCharacters.negatives.contains(scalar) {
            negative = true
            index += 1
        }
        guard denominator.value != 0, case .numeral(let numerator) = parser.numeral(at: index) else { return nil }
        var result = Numeral(value: numerator.value / denominator.value * (negative ? -1 : 1),
                             range: denominator.range.lowerBound..<numerator.range.upperBound)
        result.approximate = numerator.approximate || denominator.approximate
        return result
    }

    private func power(_ base: Decimal, _ exponent: Int) -> Decimal {
        let magnitude = Foundation.pow(base, abs(exponent))
        return exponent < 0 ? 1 / magnitude : magnitude
    }
}

/// Words written with numeral characters that are not numbers.
enum NotNumbers {
    static let words: [String] = [
        "一切", "壹切", "一看", "一位", "珠三角", "长三角", "長三角", "三北", "三农", "三農", "四上", "两山", "兩山", "三区三线", "百分点", "百分點", "四川", "两两", "十四五", "十三五", "十二五", "十一五", "十五五", "十足", "十分", "万分",
        "一次性", "二次", "一些", "一般", "一起", "一定", "一直", "一致", "一律", "一旦", "一体", "一批", "一流", "一系列", "一道", "一并",
        "统一", "唯一", "同一", "进一步", "万一", "一带一路", "一方面", "一方", "一样", "一贯", "一手", "一同",
        // Chemistry and policy slogans written with numerals.
        "二氧化", "一氧化", "三氧化", "三线一单", "一河一策", "一企一策", "一厂一策", "一园一策", "一点一策", "一证式",
        "一张图", "一湖九河", "千顷洼", "一公开", "两公一住", "一平台", "两高", "双碳", "一刀切", "一住两公", "两场两区", "一企一库", "一企一档", "一源一档",
        // The denominator of a per-capita indicator (每千人口执业医师数, 每十万人): a name, not an amount.
        "每千人", "每百人", "每万人", "每十万人", "每千户", "每百户", "每千名", "每万名", "每十万名",
    ]
    private static let scalarWords = words.map { Array($0.unicodeScalars) }
    private static let firstScalars = ScalarBits(scalarWords.map { $0[0] })

    /// Where the words occur in the line; a number lying wholly inside one is dropped. Each word's
    /// occurrences do not overlap one another (a match resumes after its end), as a word-by-word scan
    /// gives; one pass over the line serves all the words.
    static func ranges(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var resumeAt: [Int] = []  // by word; made at the first candidate (most lines have none)
        for index in s.indices where firstScalars.contains(s[index]) {
            if resumeAt.isEmpty { resumeAt = [Int](repeating: 0, count: scalarWords.count) }
            for (number, word) in scalarWords.enumerated()
            where index >= resumeAt[number] && word[0] == s[index] && index + word.count <= s.count
                && s[index..<(index + word.count)].elementsEqual(word) {
                ranges.append(index..<(index + word.count))
                resumeAt[number] = index + word.count
            }
        }
        return ranges
    }
}
