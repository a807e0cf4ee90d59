/// The time phrases a target sentence is read by, matched by hand on scalars.
///
/// They were regular expressions; Swift's Regex engine walks Characters and was a sixth of reading
/// targets. Each matcher below gives what its pattern (in its doc comment) gives with `firstMatch`:
/// the leftmost match, alternatives tried in the order written. `\s` is any whitespace; `YEAR` is
/// `(?:19|20)[0-9]{2}`, four ASCII digits.
enum TimePhrase {
    struct Match {
        /// Offsets in the scalars searched.
        var range: Range<Int>
        var year: Int
    }

    /// `(到|至|展望|力争到|确保到)\s*(YEAR|二〇[一二三四五六七八九〇]{2})\s*年`: “到2025年”, “力争到二〇三五年”.
    static func targetYear(in s: [Unicode.Scalar], from start: Int = 0) -> Match? {
        for index in start..<s.count {
            for word in targetWords where s.has(word, at: index) {
                var position = s.skippingSpaces(from: index + word.count)
                guard let year = s.year(at: position) ?? s.chineseYear(at: position) else { continue }
                position = s.skippingSpaces(from: position + 4)
                guard s.has("年", at: position) else { continue }
                return Match(range: index..<(position + 1), year: year)
            }
        }
        return nil
    }

    private static let targetWords: [[Unicode.Scalar]] = ["到", "至", "展望", "力争到", "确保到"].map { $0.scalarArray }

    /// `(YEAR)\s*年\s*(底前|前)`: “2025年底前”.
    static func deadline(in s: [Unicode.Scalar], from start: Int = 0) -> Match? {
        for index in start..<s.count {
            guard let year = s.year(at: index) else { continue }
            var position = s.skippingSpaces(from: index + 4)
            guard s.has("年", at: position) else { continue }
            position = s.skippingSpaces(from: position + 1)
            if s.has("底前", at: position) { return Match(range: index..<(position + 2), year: year) }
            if s.has("前", at: position) { return Match(range: index..<(position + 1), year: year) }
        }
        return nil
    }

    /// `^(YEAR)\s*年\s*(截至([^，,]+))?`: “2022年，”, “2022年截至11月底” — at the start only; `asOf` is
    /// what follows 截至 up to a comma.
    static func observedYear(in s: [Unicode.Scalar]) -> (match: Match, asOf: [Unicode.Scalar]?)? {
        guard let year = s.year(at: 0) else { return nil }
        var position = s.skippingSpaces(from: 4)
        guard s.has("年", at: position) else { return nil }
        position = s.skippingSpaces(from: position + 1)
        if s.has("截至", at: position) {
            let from = position + 2
            var end = from
            while end < s.count && s[end] != "，" && s[end] != "," { end += 1 }
            if end > from { return (Match(range: 0..<end, year: year), Array(s[from..<end])) }
        }
        // Without 截至 the spaces after 年 are still part of the match (`\s*` is greedy).
        return (Match(range: 0..<position, year: year), nil)
    }

    /// `较\s*(YEAR)\s*年`: “较2020年”.
    static func comparedWithYear(in s: [Unicode.Scalar], from start: Int = 0) -> Match? {
        for index in start..<s.count where s[index] == "较" {
            var position = s.skippingSpaces(from: index + 1)
            guard let year = s.year(at: position) else { continue }
            position = s.skippingSpaces(from: position + 4)
            if s.has("年", at: position) { return Match(range: index..<(position + 1), year: year) }
        }
        return nil
    }

    /// `由\s*YEAR\s*年的?$`: “由2020年的” closing a phrase (“…由2020年的31%提高到…”).
    static func sinceYear(in s: [Unicode.Scalar], from start: Int = 0) -> Match? {
        for index in start..<s.count where s[index] == "由" {
            var position = s.skippingSpaces(from: index + 1)
            guard let year = s.year(at: position) else { continue }
            position = s.skippingSpaces(from: position + 4)
            guard s.has("年", at: position) else { continue }
            position += 1
            if position < s.count && s[position] == "的" { position += 1 }
            if position == s.count { return Match(range: index..<position, year: year) }
        }
        return nil
    }

    /// The text without the time phrases that are not part of an indicator's name, each removed
    /// wherever it occurs as `replacing(_:with: "")` would: target years, deadlines, an opening
    /// observed year, base years, a closing “由…年的”.
    static func removingTimeWords(_ text: String) -> String {
        var s = text.scalarArray
        for matcher in [targetYear, deadline, { s, start in start == 0 ? observedYear(in: s)?.match : nil },
                        comparedWithYear, sinceYear] as [([Unicode.Scalar], Int) -> Match?] {
            var kept: [Unicode.Scalar] = []
            var from = 0
            while from < s.count, let match = matcher(s, from) {
                kept += s[from..<match.range.lowerBound]
                from = match.range.upperBound
            }
            if from > 0 {
                kept += s[from...]
                s = kept
            }
        }
        return String(scalars: s)
    }
}
