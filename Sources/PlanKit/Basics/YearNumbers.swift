/// Years written in a text: 2025, 二〇二五, and a year standing on its own (not part of a longer number).
extension [Unicode.Scalar] {
    /// `(?:19|20)[0-9]{2}` at `index`: the year.
    func year(at index: Int) -> Int? {
        guard index >= 0, index + 4 <= count else { return nil }
        var value = 0
        for position in index..<(index + 4) {
            guard NumeralCharacters.isArabicDigit(self[position]) else { return nil }
            value = value * 10 + Int(self[position].value - 48)
        }
        return (1900...2099).contains(value) ? value : nil
    }

    /// `二〇[一二三四五六七八九〇]{2}` at `index`: the year (二〇二五 → 2025).
    func chineseYear(at index: Int) -> Int? {
        guard has("二〇", at: index), index + 4 <= count else { return nil }
        let digits: [Unicode.Scalar] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard let tens = digits.firstIndex(of: self[index + 2]), let units = digits.firstIndex(of: self[index + 3]) else { return nil }
        return 2000 + tens * 10 + units
    }

    /// A year at `index` that is not part of a longer number (2025 but not 12025 or 2025.5), with its
    /// length in scalars.
    func standaloneYear(at index: Int) -> (year: Int, length: Int)? {
        if let year = year(at: index) {
            if let next = scalar(at: index + 4), NumeralCharacters.isArabicDigit(next) || next == "." { return nil }
            if let previous = scalar(at: index - 1), NumeralCharacters.isArabicDigit(previous) || previous == "." { return nil }
            return (year, 4)
        }
        if let year = chineseYear(at: index) { return (year, 4) }
        return nil
    }

    /// A year and its 年 at `index` (“2026年”), which no number's decimals are.
    func startsWithYear(at index: Int) -> Bool {
        year(at: index) != nil && scalar(at: index + 4) == "年"
    }
}
