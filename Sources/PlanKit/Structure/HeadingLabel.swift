/// The number that opens a heading of a Chinese official document (GB/T 9704), as printed.
///
/// 第一篇 (volume), 第一章 / 第一节 (chapter style), 一、 (1), （一） or (一) (2), 1. or 1． (3), （1） or (1) (4), ① (5).
/// Which levels a document's headings get depends on the styles it uses (see `HeadingStyle.rank`).
struct HeadingLabel: Equatable, Sendable {
    var style: HeadingStyle
    /// The heading's number in its sequence (第三章 → 3, （二） → 2, ⑤ → 5).
    var number: Int
    /// The label as printed, including its punctuation: “（二）”, “1.”, “第三章”.
    var text: String
    /// Unicode scalars the label takes at the start of the line.
    var length: Int

    /// Parses the label at the start of `scalars`, or nil when the line does not open with one.
    ///
    /// `1.65` and `2.5万吨` are numbers, not labels: a digit after the dot rules the label out, unless it
    /// opens a year (`20.2026年10件民生实事` is item 20).
    init?(parsing scalars: [Unicode.Scalar]) {
        func scalar(at index: Int) -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
        func run(from start: Int, _ test: (Unicode.Scalar) -> Bool) -> Int {
            var index = start
            while index < scalars.count && test(scalars[index]) { index += 1 }
            return index
        }
        func digits(_ range: Range<Int>) -> Int? { Int(String(scalars: scalars[range])) }
        func numeral(_ range: Range<Int>) -> Int? { ChineseNumeral.value(of: Array(scalars[range])) }
        func make(_ style: HeadingStyle, _ number: Int?, _ length: Int) -> HeadingLabel? {
            guard let number, number > 0 else { return nil }
            return HeadingLabel(style: style, number: number,
                                text: String(scalars: scalars[0..<length]), length: length)
        }
        guard let first = scalars.first else { return nil }
        switch first {
        case "第":
            let end = run(from: 1) { ChineseNumeral.isDigit($0) || ("0"..."9").contains($0) }
            let styles: [Unicode.Scalar: HeadingStyle] = ["篇": .volume, "章": .chapter, "节": .part]
            guard end > 1, let kind = scalar(at: end), let style = styles[kind],
                  let label = make(style, numeral(1..<end) ?? digits(1..<end), end + 1) else { return nil }
            self = label
        case "（", "(":
            let close: Set<Unicode.Scalar> = ["）", ")"]
            let numeralEnd = run(from: 1, ChineseNumeral.isDigit)
            if numeralEnd > 1, let mark = scalar(at: numeralEnd), close.contains(mark),
               let label = make(.parenthesizedNumeral, numeral(1..<numeralEnd), numeralEnd + 1) {
                self = label
                return
            }
            let digitEnd = run(from: 1) { ("0"..."9").contains($0) }
            guard digitEnd > 1, digitEnd <= 3, let mark = scalar(at: digitEnd), close.contains(mark),
                  let label = make(.parenthesizedArabic, digits(1..<digitEnd), digitEnd + 1) else { return nil }
            self = label
        case "\u{2460}"..."\u{2473}":  // ①…⑳
            self = make(.circled, Int(first.value - 0x2460 + 1), 1)!
        default:
            if ChineseNumeral.isDigit(first) {
                let end = run(from: 0, ChineseNumeral.isDigit)
                guard scalar(at: end) == "、", let label = make(.numeral, numeral(0..<end), end + 1) else { return nil }
                self = label
            } else if ("0"..."9").contains(first) {
                let end = run(from: 0) { ("0"..."9").contains($0) }
                guard end <= 2, let mark = scalar(at: end), mark == "." || mark == "．",
                      !(scalar(at: end + 1).map { ("0"..."9").contains($0) } ?? false) || scalars.startsWithYear(at: end + 1),
                      let label = make(.arabic, digits(0..<end), end + 1) else { return nil }
                self = label
            } else {
                return nil
            }
        }
    }

    private init(style: HeadingStyle, number: Int, text: String, length: Int) {
        self.style = style
        self.number = number
        self.text = text
        self.length = length
    }
}

/// The numbering styles of headings, from the outermost.
enum HeadingStyle: Int, Comparable, Sendable, CaseIterable {
    /// 附件1 after a report's body: an attachment, a top-level section whose own numbering starts anew
    /// beneath it (see `BlockTree`).
    case annex
    /// 第一篇 of a plan outline, above its 第X章.
    case volume
    case chapter, part, numeral, parenthesizedNumeral, arabic, parenthesizedArabic, circled

    /// Outer styles first; a document's heading levels are its styles in this order.
    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// 第X篇, 第X章, 第X节: the styles of an outline's upper levels, which text dumps print one after
    /// another on one line, apart by wide gaps.
    var isChapterLike: Bool { self == .volume || self == .chapter || self == .part }

    /// 一、 and （一）: the styles whose run-in titles may hold a comma (（一）大力推进…建设，加快发展新质生产力。).
    var allowsCommaInRunInTitle: Bool { self == .numeral || self == .parenthesizedNumeral || isChapterLike }
}
