/// What one normalised line looks like on its own, before the heading sequence and 专栏 boxes around
/// it are taken into account.
enum LineShape: Equatable {
    case furniture
    /// A heading; `end` is where the heading's text stops in the line (the whole line for a title-only
    /// heading, just past the “。” of a run-in one: “1.加强生态环境分区管控。加强…”).
    case heading(HeadingLabel, title: String, end: Int)
    /// `专栏 2 大气污染防治重点工程`: a box of projects.
    case boxTitle(label: String, title: String)
    /// `注：…`, `备注：…`.
    case note
    case text

    /// Run-in titles are short and have no comma; longer numbered sentences are list items.
    static let longestRunInTitle = 40
    static let longestTitle = 50

    /// `scalars` are the line's, when the caller has them already.
    init(_ line: NormalizedLine, scalars: [Unicode.Scalar]? = nil) {
        guard line.furniture == nil else {
            self = .furniture
            return
        }
        let scalars = scalars ?? line.text.scalarArray
        if let label = HeadingLabel(parsing: scalars) {
            self = Self.heading(label, in: scalars) ?? .text
        } else if let box = Self.boxTitle(scalars) {
            self = box
        } else if Self.isNote(scalars) {
            self = .note
        } else {
            self = .text
        }
    }

    /// The shape of the rest of a line after a heading on it, when it opens with another heading
    /// (“第一篇  指导原则和发展目标     第一章  全面建设…     “十五”时期是…”); nil otherwise.
    static func heading(in scalars: [Unicode.Scalar]) -> LineShape? {
        guard let label = HeadingLabel(parsing: scalars), label.style.isChapterLike else { return nil }
        return heading(label, in: scalars)
    }

    private static func heading(_ label: HeadingLabel, in scalars: [Unicode.Scalar]) -> LineShape? {
        var start = label.length
        while start < scalars.count && scalars[start].isLayoutSpace { start += 1 }
        guard start < scalars.count else { return nil }
        func text(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }
        // A text dump sets a 篇/章/节 title apart from what follows by a wide gap of spaces.
        if label.style.isChapterLike, let gap = wideGap(in: scalars, from: start), gap.lowerBound - start <= longestTitle,
           !scalars[start..<gap.lowerBound].contains(where: { $0 == "。" || $0 == "：" }) {
            return .heading(label, title: text(start..<gap.lowerBound), end: gap.upperBound)
        }
        let stop = scalars[start...].firstIndex { $0 == "。" || $0 == "：" }
        guard let stop, stop < scalars.count - 1 else {
            // Title-only: the whole line, less a closing “。”.
            let end = stop ?? scalars.count
            guard end - start <= longestTitle else { return nil }
            return .heading(label, title: text(start..<end), end: scalars.count)
        }
        let title = scalars[start..<stop]
        // “①省定任务指的是…。” under a table is a footnote; circled numbers head only title lines.
        let commas = title.count { $0 == "，" || $0 == "," }
        guard label.style != .circled, !title.isEmpty, title.count <= longestRunInTitle,
              commas == 0 || commas == 1 && label.style.allowsCommaInRunInTitle else {
            return nil
        }
        return .heading(label, title: text(start..<stop), end: stop + 1)
    }

    /// The first run of two or more layout spaces after `start` with text after it.
    private static func wideGap(in scalars: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        var index = start
        while index < scalars.count {
            guard scalars[index].isLayoutSpace else { index += 1; continue }
            var end = index
            while end < scalars.count && scalars[end].isLayoutSpace { end += 1 }
            if end - index >= 2 && end < scalars.count { return index..<end }
            index = end
        }
        return nil
    }

    private static func boxTitle(_ scalars: [Unicode.Scalar]) -> LineShape? {
        guard scalars.starts(with: "专栏".unicodeScalars) else { return nil }
        var index = 2
        while index < scalars.count && scalars[index].isLayoutSpace { index += 1 }
        var labelEnd = 2
        while index < scalars.count && (("0"..."9").contains(scalars[index]) || ChineseNumeral.isDigit(scalars[index])) {
            index += 1
            labelEnd = index
        }
        while index < scalars.count && (scalars[index].isLayoutSpace || scalars[index] == "：" || scalars[index] == ":") {
            index += 1
        }
        let title = String(scalars: scalars[index...])
        guard !title.isEmpty, title.unicodeScalars.count <= longestTitle else { return nil }
        return .boxTitle(label: String(scalars: scalars[0..<labelEnd]), title: title)
    }

    private static func isNote(_ scalars: [Unicode.Scalar]) -> Bool {
        for prefix in ["注：", "注:", "备注：", "备注:"] where scalars.starts(with: prefix.unicodeScalars) {
            return true
        }
        return false
    }
}
