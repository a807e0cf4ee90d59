/// Decides where a hard line break falls inside a paragraph, so the broken lines can be re-joined.
///
/// PDFs: a line continues onto the next when it is full — it reaches the text block's right edge,
/// or ends where a neighbouring line ends (justified text inside a 专栏 box or a table cell has edges
/// of its own) — and the next line starts no further right than it (a new paragraph is indented by
/// two characters in official documents). Text files have no geometry: a line continues when it is about as wide as the
/// document's common full line width — and, when it ends a sentence, as wide as a full line that
/// is not a paragraph's indented first line. Either way, a next line that
/// starts like a heading or list item (一、 （一） 1. （1） ① 第X章 ——) starts anew.
struct LineJoining {
    private enum LineMeasure {
        case none
        /// Text files: the common full line width in display columns.
        case columns(Int)
        /// PDFs: the text block's left and right edges in points.
        case geometry(left: Double, right: Double)
    }

    private let measure: LineMeasure

    init(_ lines: [CleanLine], layout: SourceDocument.Layout) {
        switch layout {
        case .geometry: measure = Self.geometry(of: lines)
        case .plain: measure = Self.columns(of: lines)
        }
    }

    /// Whether `previous` runs on into `next`; `before` is the content line before `previous`, if any.
    func continues(from previous: CleanLine, to next: CleanLine, after before: CleanLine?) -> Bool {
        // A web copy breaks a label after its opening bracket: “（” / “三）改革开放持续深化…”.
        if previous.scalars.count == 1, previous.scalars[0] == "（" || previous.scalars[0] == "(" { return true }
        // The cheap measure first: the pattern test for a new item is the costly part.
        return reachesLineEnd(previous, next, before) && !Self.startsNewItem(next.scalars)
    }

    /// A web copy breaks a paragraph with a line of a lone invisible character (…生态屏障建 / U+200B /
    /// 设，构建…): the paragraph goes on when the line before stops mid-sentence, is a sentence's length
    /// rather than a heading's, and the next line opens no new item.
    static func continuesAcrossInvisibleLine(from previous: CleanLine, to next: CleanLine) -> Bool {
        guard let last = previous.scalars.last, last.isCJK || last.properties.numericType != nil,
              !sentenceEnds.contains(last), previous.scalars.count >= 30 else { return false }
        return !startsNewItem(next.scalars)
    }

    private func reachesLineEnd(_ previous: CleanLine, _ next: CleanLine, _ before: CleanLine?) -> Bool {
        switch measure {
        case .none:
            return false
        case .columns(let full):
            guard let last = previous.scalars.last else { return false }
            // First lines lose their two-character indent when trimmed: 4 columns, and 1 for digits.
            let needed = Self.sentenceEnds.contains(last) ? full - 2 : full - 5
            return previous.displayWidth >= needed
        case .geometry(let left, let right):
            guard let previousRight = previous.right, let previousLeft = previous.left, let nextLeft = next.left
            else { return false }
            let em = max(previous.fontSize ?? 0, next.fontSize ?? 0, 6)
            guard previous.widestGap < em, next.widestGap < em, nextLeft <= previousLeft + 0.5 * em else { return false }
            if previousRight >= right - 1.2 * em { return true }
            // Justified lines of one block end at the same x, to a fraction of a point; short lines
            // that share a right edge are right-aligned (a signature and its date), not justified.
            guard previousRight - previousLeft >= 0.5 * (right - left) else { return false }
            func endsTogether(_ other: CleanLine?) -> Bool {
                guard let other, let otherRight = other.right, other.scalars.count >= 5, other.widestGap < em,
                      source(other) == source(previous) else { return false }
                return abs(otherRight - previousRight) <= 0.5
            }
            // A line before that ends its paragraph (…创新舞台。) shares an edge by chance, not by justification.
            return endsTogether(next) || endsTogether(before) && !(before?.scalars.last.map(Self.sentenceEnds.contains) ?? true)
        }
    }

    /// Lines on different pages never share an edge by design.
    private func source(_ line: CleanLine) -> Int? { line.page }

    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "：", "!", "?"]

    /// Whether the line opens with a heading number or list marker, which always begins a line of its
    /// own: 第X章/节/条/部/篇, 一、, （一） (1), 1. 1． 1、 (not 1.65), ①–⑳, ——, 专栏, 附件, 附表.
    ///
    /// Written out by hand: it runs for almost every line break and a Regex costs ~100× more here.
    static func startsNewItem(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first else { return false }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        func isNumeral(_ scalar: Unicode.Scalar) -> Bool { chineseNumerals.contains(scalar) }
        /// The index after the run of scalars from `start` that satisfy `test`.
        func run(from start: Int, _ test: (Unicode.Scalar) -> Bool) -> Int {
            var index = start
            while index < scalars.count && test(scalars[index]) { index += 1 }
            return index
        }
        func scalar(at index: Int) -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        switch first {
        case "第":
            let end = run(from: 1) { isNumeral($0) || $0 == "百" || $0 == "零" || $0 == "〇" || isDigit($0) }
            return end > 1 && scalar(at: end).map { "章节条部篇".unicodeScalars.contains($0) } == true
        case "（", "(":
            let end = run(from: 1) { isNumeral($0) || isDigit($0) }
            return end > 1 && (scalar(at: end) == "）" || scalar(at: end) == ")")
        case "—":
            return scalar(at: 1) == "—"
        case "专":
            return scalar(at: 1) == "栏"
        case "附":
            return scalar(at: 1) == "件" || scalar(at: 1) == "表"
        case "\u{2460}"..."\u{2473}":  // ①…⑳
            return true
        default:
            if isNumeral(first) { return scalar(at: run(from: 0, isNumeral)) == "、" }
            if isDigit(first) {
                let end = run(from: 0, isDigit)
                guard let mark = scalar(at: end), mark == "." || mark == "．" || mark == "、" else { return false }
                return !(scalar(at: end + 1).map(isDigit) ?? false) || scalars.startsWithYear(at: end + 1)
            }
            return false
        }
    }

    private static let chineseNumerals: Set<Unicode.Scalar> = Set("一二三四五六七八九十".unicodeScalars)

    /// The full width of a wrapped text file: the most common display width of lines 16 columns or
    /// wider, accepted only when it and its neighbouring widths hold at least three lines and 30% of
    /// those lines (files with one paragraph per line have no common width and are not joined).
    private static func columns(of lines: [CleanLine]) -> LineMeasure {
        var counts: [Int: Int] = [:]
        var total = 0
        // By index: `for line in lines` would copy (retain) each line's arrays.
        for index in lines.indices where lines[index].role == .content {
            let width = lines[index].displayWidth
            guard width >= 16 else { continue }
            counts[width / 2 * 2, default: 0] += 1
            total += 1
        }
        guard let mode = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key, mode >= 30 else {
            return .none
        }
        let near = (counts[mode] ?? 0) + (counts[mode - 2] ?? 0) + (counts[mode + 2] ?? 0)
        // A width is common when several lines share it: in a short text of a title and two paragraphs
        // each width is unique, and the “mode” would be the title's.
        guard near >= 3, near * 10 >= total * 3 else { return .none }
        return .columns(mode)
    }

    /// The text block's edges: the most common left and right glyph edges (to the point) of lines
    /// with ten or more scalars.
    private static func geometry(of lines: [CleanLine]) -> LineMeasure {
        var lefts: [Int: Int] = [:]
        var rights: [Int: Int] = [:]
        for index in lines.indices where lines[index].role == .content && lines[index].scalars.count >= 10 {
            guard let left = lines[index].left, let right = lines[index].right else { continue }
            lefts[Int(left.rounded()), default: 0] += 1
            rights[Int(right.rounded()), default: 0] += 1
        }
        func mode(_ counts: [Int: Int]) -> Int? {
            counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key
        }
        guard let left = mode(lefts), let right = mode(rights) else { return .none }
        return .geometry(left: Double(left), right: Double(right))
    }
}
