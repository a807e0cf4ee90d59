/// The time a clause's values are for, and whether they are commitments (targets) or results
/// (observations).
///
/// A frame comes from the document (its kind, own year and plan period), from section headings
/// (主要目标, 2025年目标, “十五五”时期主要目标, 2025年工作回顾), from sentences before (a lead-in
/// `2022年，全县环境质量持续改善。` carries to the sentences after it) and from the clause itself, where a
/// year can stand anywhere (`据监测，2022年全县…`).
struct TimeFrame: Equatable, Sendable {
    enum Mood: Equatable, Sendable { case target, observation }

    var year: Int?
    var mood: Mood?
    /// “截至11月17日”: the value is for part of its year only.
    var asOf: String?
    /// “十四五”期间: a total over the plan period.
    var cumulative = false
    /// The year the first value of a from–to (“从7248亿元提高到…”) is for: the year before a period the
    /// frame speaks of (“十四五”时期, 五年来 → 2020), the first year of a span (2020年到2025年 → 2020).
    var startYear: Int?
}

/// What one clause says about time, wherever in the clause it says it: the year its values are for
/// (到2025年, 2022年, 今年, “十四五”末, 2023年至2027年), the base of a change (较2020年, 比上年, 同比,
/// 较“十三五”末), years bound to one value (由2018年的52…降至2022年的36) and partial years.
struct ClauseTime: Sendable {
    enum Kind: Equatable, Sendable {
        /// 到2025年, 2025年前: a deadline the clause commits to.
        case deadline
        /// 2022年, 今年, “十四五”末: the year the clause speaks of.
        case point
        /// “十四五”期间, 2023年至2027年: a period, values are for its last year.
        case period
        /// 截至2022年底: as of a date.
        case asOf
        /// 2021年以来: from that year up to the time of writing (`year` is the first year).
        case since
    }

    var year: Int?
    var kind: Kind?
    /// For a period, its years.
    var period: DocumentInfo.Period?
    /// The year before is the base: 比上年, 同比, 较上年.
    var baseIsYearBefore = false
    var baseYear: Int?
    /// Scalar offsets after which a year is bound to the next value: 由2018年的 (52), 至2022年的 (36);
    /// nil for 目前的 when the document's year is not known (the value is still a result, not a target).
    var valueYears: [(offset: Int, year: Int?)] = []
    /// 目前的23.04%: the value is the latest at the time of writing.
    var now = false
    var asOf: String?
    /// The year the first value of a from–to is for, when the clause names a period or a span (see
    /// `TimeFrame.startYear`); also when another time comes first (“2025年和“十四五”时期工作回顾”: 2025 is
    /// the heading's year, 2020 where its from–to values start).
    var startYear: Int?
    /// Whether the time opens the clause (2022年，… or 到2025年，…) and so speaks for the clauses and
    /// sentences after it, not only of a phrase inside (落实2030年应对气候变化国家自主贡献目标).
    var opensClause = false

    private static let cues = Lexicon.shared.timeCues
    private static let relativeYears = cues.relativeYears.sorted { $0.key.count > $1.key.count }.map { ($0.key.scalarArray, $0.value) }
    private static let pastPeriods = cues.pastPeriods.sorted { $0.key.count > $1.key.count }.map { ($0.key.scalarArray, $0.value) }
    private static let nowWords = cues.now.map { $0.scalarArray }
    private static let planPeriodWords = cues.planPeriod.map { $0.scalarArray }
    /// The first scalars of the words tried at each position after the years (截至, 同比 and the lists above).
    private static let wordOpenings = ScalarBits(
        (relativeYears.map(\.0) + pastPeriods.map(\.0) + nowWords + planPeriodWords).compactMap(\.first) + ["截", "同"])
    private static let deadlineWords = ["力争到", "确保到", "展望", "到", "至"].map { $0.scalarArray }
    private static let baseWords = ["较", "比", "与", "同"].map { $0.scalarArray }

    /// Reads the clause `s`; `documentYear` resolves 今年 and 去年, `planPeriod` 今后五年 (nil leaves them
    /// unresolved).
    init(reading s: [Unicode.Scalar], documentYear: Int?, planPeriod: DocumentInfo.Period? = nil) {
        var index = 0
        while index < s.count {
            let scalar = s[index]
            if scalar == "十", let (plan, end) = Self.planName(in: s, at: index) {
                let opening = Self.start(of: s, before: index)
                if Self.namesItsImplementation(s, after: end) {
                    // “十四五”规划纲要实施中期评估: the plan as a document acted on, not a time.
                    index = end
                } else if s.has("前", at: end), let count = s.scalar(at: end + 1).flatMap(Self.smallCount), s.has("年", at: end + 2) {
                    // “十四五”前4年: the plan's first years, up to the last of them.
                    set(at: index, plan.from + count - 1, .period, plan)
                    index = end + 3
                } else if s.has("开局", at: end) || s.has("起步", at: end) {
                    // “十五五”开局之年: the plan's first year.
                    set(at: index, plan.from, .point)
                    index = end + 2
                } else if s.has("收官", at: end) {
                    set(at: index, plan.to, .point)
                    index = end + 2
                } else if s.has("末", at: end) {
                    let after = s.has("末期", at: end) ? end + 2 : end + 1
                    if Self.isBase(s, before: opening) {
                        // 较“十三五”末的9323.1亿元增加4374.4亿元: the base, and the level it had then.
                        baseYear = plan.to
                        if s.has("的", at: after) { valueYears.append((after + 1, plan.to)) }
                    } else if s.has("的", at: after) { valueYears.append((after + 1, plan.to)) }
                    else { set(at: index, plan.to, Self.wordBefore(s, index) == .deadline ? .deadline : .point) }
                    index = after
                } else if Self.isBase(s, before: opening) {
                    // 比“十三五”提升69%: against the previous plan period.
                    baseYear = plan.to
                    index = end
                } else {
                    set(at: index, plan.to, .period, plan)
                    index = end
                }
                continue
            }
            if s[index] == "(" || s[index] == "（", let close = s[index...].firstIndex(where: { $0 == ")" || $0 == "）" }),
               s[index..<close].contains("年"),
               s[(close + 1)...].contains(where: { $0.isCJK }) || s[..<index].contains(where: NumeralCharacters.isArabicDigit) {
                // “(2015年有效监测360天)环境空气质量达标280天”: a year in an aside speaks for the aside only;
                // “达到67%(2020年为66.8%)”: the value after a year in it is of that year.
                if let year = s.year(at: index + 1), s.has("年为", at: index + 5) || s.has("年:", at: index + 5) || s.has("年：", at: index + 5) {
                    valueYears.append((index + 7, year))
                }
                index = close + 1
                continue
            }
            if let (value, length) = Self.yearNumber(in: s, at: index) {
                let afterNumber = s.skippingSpaces(from: index + length)
                guard s.has("年", at: afterNumber) else { index += length; continue }
                var end = afterNumber + 1
                let before = Self.wordBefore(s, index)
                // YYYY年至YYYY年, YYYY—YYYY年: a period.
                let rangeStart = s.skippingSpaces(from: end)
                if let separator = ["至", "到", "—", "-", "～", "~"].first(where: { s.has($0, at: rangeStart) }),
                   let (last, lastLength) = Self.yearNumber(in: s, at: s.skippingSpaces(from: rangeStart + separator.unicodeScalars.count)),
                   last > value, s.has("年", at: s.skippingSpaces(from: s.skippingSpaces(from: rangeStart + separator.unicodeScalars.count) + lastLength)) {
                    end = s.skippingSpaces(from: s.skippingSpaces(from: rangeStart + separator.unicodeScalars.count) + lastLength) + 1
                    if before != .base {
                        // 2020年到2025年 runs from the level of 2020; 2021—2025年 names a period that starts from 2020's.
                        if separator == "至" || separator == "到", startYear == nil { startYear = value }
                        set(at: index, last, .period, DocumentInfo.Period(from: value, to: last))
                    }
                    index = end
                    continue
                }
                if let numeric = s.scalar(at: index - 1), NumeralCharacters.isArabicDigit(numeric) { index = end; continue }
                for ending in ["末", "底"] where s.has(ending, at: end) { end += 1 }
                if Self.isBaseline(s, before: index) {
                    // 基准年为2022年, 以2020年为基期: the year changes are measured against.
                    baseYear = value
                    index = end
                    continue
                }
                if Self.priceBases.contains(where: { s.has($0, at: s.skippingSpaces(from: end)) }) {
                    // 按2000年价格计算, 2020年不变价: the year of the prices, not the time of the value.
                    index = end
                    continue
                }
                if Self.isDistant(s, before: index) || s.has("远景", at: end) {
                    // 远期至2035年, 2035年远景目标: a vision beyond the plan, not the time of what follows.
                    index = end
                    continue
                }
                switch before {
                case .base: baseYear = value
                case .asOf:
                    set(at: index, value, .asOf)
                    asOf = String(scalars: s[(index - 2)..<Swift.min(s.count, Self.clauseEnd(s, from: index))])
                case .deadline:
                    if s.has("的", at: end) { valueYears.append((end + 1, value)) } else { set(at: index, value, .deadline) }
                case .from:
                    valueYears.append((s.has("的", at: end) ? end + 1 : end, value))
                case nil:
                    if s.has("前", at: end) || s.has("底前", at: end) { set(at: index, value, .deadline) }
                    else if s.has("的", at: end) { valueYears.append((end + 1, value)) }
                    else if s.has("相比", at: s.skippingSpaces(from: end)) || s.has("比", at: end) && s.has("与", at: Self.start(of: s, before: index)) { baseYear = value }
                    // 2021年以来: results up to the time of writing, not of 2021.
                    else if s.has("以来", at: end) { set(at: index, value, .since) }
                    else if s.has("度", at: end) || s.has("起", at: end) { }
                    else { set(at: index, value, .point) }
                }
                index = end
                continue
            }
            // Every check below starts with a word: a scalar that opens none of them is passed over at once.
            guard Self.wordOpenings.contains(scalar) else { index += 1; continue }
            if let documentYear, let (word, years) = Self.pastPeriods.first(where: { s.has($0.0, at: index) }) {
                // 五年来, 过去五年: the years that end with the one before the document's.
                set(at: index, documentYear - 1, .period, DocumentInfo.Period(from: documentYear - years, to: documentYear - 1))
                index += word.count
                continue
            }
            if let (word, offset) = Self.relativeYears.first(where: { s.has($0.0, at: index) }) {
                let resolved = documentYear.map { $0 + offset }
                let base = Self.wordBefore(s, index) == .base
                if base { if offset == -1 { baseIsYearBefore = true } else { baseYear = resolved } }
                else if let resolved { set(at: index, resolved, .point) }
                index += word.count
                continue
            }
            if (scalar == "截" && (s.has("截至", at: index) || s.has("截止", at: index))),
               let digit = s.scalar(at: s.skippingSpaces(from: index + 2)), NumeralCharacters.isArabicDigit(digit),
               Self.yearNumber(in: s, at: s.skippingSpaces(from: index + 2)) == nil {
                // 截至11月17日: part of the year the clause or the text before names.
                let from = s.skippingSpaces(from: index + 2)
                asOf = String(scalars: s[from..<Self.clauseEnd(s, from: from)]).trimmingSpaces()
                if kind == nil { kind = .asOf }
                index = from
                continue
            }
            if scalar == "同", s.has("同比", at: index) {
                baseIsYearBefore = true
                index += 2
                continue
            }
            if let period = planPeriod, let word = Self.planPeriodWords.first(where: { s.has($0, at: index) }) {
                set(at: index, period.to, .period, period)
                index += word.count
                continue
            }
            if let word = Self.nowWords.first(where: { s.has($0, at: index) }) {
                now = true
                if s.has("的", at: index + word.count) { valueYears.append((index + word.count + 1, documentYear.map { $0 - 1 })) }
                index += word.count
                continue
            }
            index += 1
        }
        // “落实2030年应对气候变化国家自主贡献目标”: a year after a verb names a thing (the 2030 goal), not
        // the time of what follows.
        if opensClause, let at = openingPosition, at > 0 {
            let before = String(scalars: s[..<at])
            if Self.verbsNamingAYear.contains(where: before.endsWith) { opensClause = false }
            // “为到2035年…打好基础”: the purpose a clause serves, not the time of the clauses after it.
            if ["为", "为到", "为了", "为了到"].contains(before.trimmingSpaces()) { opensClause = false }
        }
    }

    private static let verbsNamingAYear = Lexicon.shared.timeCues.verbsNamingAYear
    private static let priceBases = Lexicon.shared.timeCues.priceBases.map { $0.scalarArray }

    private mutating func set(at position: Int, _ year: Int, _ kind: Kind, _ period: DocumentInfo.Period? = nil) {
        if let period, startYear == nil { startYear = period.from - 1 }
        // The first time a clause names stands: “2015年至2019年，…由2014年的…” speaks of 2019.
        guard self.year == nil || kind == .deadline && self.kind != .deadline else { return }
        self.year = year
        self.kind = kind
        self.period = period
        opensClause = position <= 4
        openingPosition = position
    }

    /// Where the clause's time starts (its first scalar).
    private var openingPosition: Int?

    private enum Before { case base, asOf, deadline, from }

    /// The word before a year at `index`, spaces and an opening quote aside.
    private static func wordBefore(_ s: [Unicode.Scalar], _ index: Int) -> Before? {
        let position = start(of: s, before: index)
        if s.has("截至", at: position - 2) || s.has("截止", at: position - 2) || s.has("截止到", at: position - 3) { return .asOf }
        if s.has("由", at: position - 1) || s.has("从", at: position - 1) { return .from }
        if isBase(s, before: position) { return .base }
        if deadlineWords.contains(where: { s.has($0, at: position - $0.count) }) { return .deadline }
        return nil
    }

    private static let baselineWords = ["基准年为", "基准年是", "基准年", "基期为", "基期", "以"].map { $0.scalarArray }

    /// 基准年为2022年, 以2020年为基期 (the year is followed by 为基).
    private static func isBaseline(_ s: [Unicode.Scalar], before index: Int) -> Bool {
        let position = start(of: s, before: index)
        if baselineWords.dropLast().contains(where: { s.has($0, at: position - $0.count) }) { return true }
        guard s.has("以", at: position - 1) else { return false }
        let after = s.skippingSpaces(from: s.skippingSpaces(from: index + 4) + 1)
        return s.has("为基", at: after)
    }

    /// 远期至2035年, 远景目标: a year beyond the plan.
    private static func isDistant(_ s: [Unicode.Scalar], before index: Int) -> Bool {
        let window = s[Swift.max(0, index - 6)..<index]
        return Array(window).indices.contains { Array(window).has("远期", at: $0) || Array(window).has("远景", at: $0) }
    }

    /// 较, 比, 与…相比, 同: the year after is the base of a change.
    private static func isBase(_ s: [Unicode.Scalar], before position: Int) -> Bool {
        // 较基准年2013年: the base named as such.
        let position = s.has("基准年", at: position - 3) ? position - 3 : position
        guard let previous = s.scalar(at: position - 1) else { return false }
        if previous == "较" || previous == "比" { return true }
        // 高于“十三五”时期1.2个百分点: measured against that period.
        if ["高于", "低于", "快于", "慢于", "多于", "少于"].contains(where: { s.has($0, at: position - 2) }) { return true }
        return previous == "与" && !s.has("参与", at: position - 2)
    }

    /// The index of the first scalar before `index` that is not a space or an opening quote, plus one.
    private static func start(of s: [Unicode.Scalar], before index: Int) -> Int {
        var position = index
        while position > 0, s[position - 1].properties.isWhitespace || s[position - 1] == "“" || s[position - 1] == "\"" {
            position -= 1
        }
        return position
    }

    private static func clauseEnd(_ s: [Unicode.Scalar], from index: Int) -> Int {
        var end = index
        while end < s.count, s[end] != "，", s[end] != ",", s[end] != "；" { end += 1 }
        return end
    }

    /// A four-digit year (1900–2099) or 二〇二五 at `index`, and its length; not the tail of a longer number.
    static func yearNumber(in s: [Unicode.Scalar], at index: Int) -> (Int, Int)? {
        s.standaloneYear(at: index).map { ($0.year, $0.length) }
    }

    /// 1–4 (or 一–四, 两): how many years of a plan a phrase counts.
    private static func smallCount(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "1", "一": 1
        case "2", "二", "两": 2
        case "3", "三": 3
        case "4", "四": 4
        default: nil
        }
    }

    /// Whether the words after a plan's name speak of carrying out or reviewing it (规划纲要实施, 中期评估).
    static func namesItsImplementation(_ s: [Unicode.Scalar], after end: Int) -> Bool {
        var index = end
        while let scalar = s.scalar(at: index), "”\"》》".unicodeScalars.contains(scalar) { index += 1 }
        for noun in ["规划纲要", "规划", "纲要", ""] where s.has(noun, at: index) || noun.isEmpty {
            let after = index + noun.unicodeScalars.count
            var next = after
            while let scalar = s.scalar(at: next), "”\"》》".unicodeScalars.contains(scalar) { next += 1 }
            if ["实施中期", "中期评估", "实施情况", "实施评估", "编制"].contains(where: { s.has($0, at: next) }) { return true }
        }
        return false
    }

    /// A plan named at `index` (“十四五”, “十五”计划): its period and the index after the name.
    static func planName(in s: [Unicode.Scalar], at index: Int) -> (DocumentInfo.Period, Int)? {
        DocumentInfo.Period.named(in: s, at: index)
    }
}
