/// One source line after the per-line steps of normalising: the characters of its
/// `NormalizedSourceLine` (width folded, Simplified), trimmed, and with layout spaces between CJK
/// characters removed.
///
/// Every scalar keeps the source offset it came from, so later reordering and joining stay traceable.
struct CleanLine {
    enum Role: Equatable {
        case blank
        case content
        case furniture(Furniture.Kind)
    }

    let scalars: [Unicode.Scalar]
    let offsets: [Int]
    /// Columns the line takes in a monospaced rendering (text files are measured in these).
    let displayWidth: Int
    /// Index into `SourceDocument.lines`.
    var lineIndex: Int
    var role: Role
    /// PDF geometry of the first and last kept glyph; nil for text files.
    var left: Double?
    var right: Double?
    var top: Double?
    var fontSize: Double?
    /// The PDF page (1-based); nil for text files.
    var page: Int?
    /// The widest horizontal gap between neighbouring kept glyphs, in points (PDF only): prose is
    /// set tight, table rows have column gaps.
    var widestGap: Double = 0
    /// Whether trimming removed spaces at the line's start or end: a space at a line break is text
    /// that re-joining must keep unless it sits between CJK characters.
    var trimmedSpaceAtStart = false
    var trimmedSpaceAtEnd = false
    /// A line of nothing but invisible characters (a web copy's lone U+200B): blank, but no paragraph break.
    private(set) var invisibleOnly = false

    init(_ folded: NormalizedSourceLine, index: Int) {
        let line = folded.source
        var scalars = folded.scalars
        var offsets = folded.offsets
        trimmedSpaceAtStart = scalars.first.map { $0.isLayoutSpace || $0 == "\t" } ?? false
        trimmedSpaceAtEnd = scalars.last.map { $0.isLayoutSpace || $0 == "\t" } ?? false
        let printed = !scalars.isEmpty
        Self.removeInvisibles(&scalars, &offsets)
        invisibleOnly = printed && scalars.isEmpty
        Self.removeLayoutSpaces(&scalars, &offsets)
        Self.removePinyinReadings(&scalars, &offsets)
        if !line.glyphs.isEmpty {
            Self.joinSpacedDigits(&scalars, &offsets, glyphs: line.glyphs, lineStart: line.start)
            Self.markColumnGaps(&scalars, &offsets, glyphs: line.glyphs, lineStart: line.start)
        }

        self.scalars = scalars
        self.offsets = offsets
        displayWidth = scalars.reduce(0) { $0 + $1.displayWidth }
        self.lineIndex = index
        self.page = line.page
        self.role = scalars.isEmpty ? .blank : .content
        if let first = offsets.first, let last = offsets.last, !line.glyphs.isEmpty {
            let firstGlyph = line.glyphs[first - line.start]
            left = firstGlyph.x0
            top = firstGlyph.y0
            right = line.glyphs[last - line.start].x1
            fontSize = firstGlyph.fontSize
            for (previous, next) in zip(offsets, offsets.dropFirst()) where next > previous {
                widestGap = max(widestGap, line.glyphs[next - line.start].x0 - line.glyphs[previous - line.start].x1)
            }
        }
    }

    var text: String { String(scalars: scalars) }

    /// “4 8 %” → “48%”, “2 0 0 5 年” → “2005 年”, “6 .5 %” → “6.5%”: a text layer that sets each digit in
    /// a cell of its own (a newspaper's, exported by CNKI) gets a space from poppler between digits that
    /// print as one number. A single space goes when the glyphs on both sides are digits (or a decimal
    /// point, a percent or per-mille sign, a ratio colon after a digit) less than 0.6 em apart (a digit takes half of a 1-em cell);
    /// numbers of two table cells lie a column gap apart and keep theirs.
    private static func joinSpacedDigits(_ scalars: inout [Unicode.Scalar], _ offsets: inout [Int],
                                         glyphs: [Glyph], lineStart: Int) {
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        guard scalars.count > 2, scalars.contains(" ") else { return }
        var dropped = [Bool](repeating: false, count: scalars.count)
        for index in 1..<(scalars.count - 1) where scalars[index] == " " {
            let left = scalars[index - 1], right = scalars[index + 1]
            guard isDigit(left) || left == ".",
                  isDigit(right) || [".", "%", "‰", "∶", "："].contains(right) || right == ":" && isDigit(left) else { continue }
            let before = glyphs[offsets[index - 1] - lineStart]
            let after = glyphs[offsets[index + 1] - lineStart]
            let em = max(before.fontSize, after.fontSize, 6)
            let gap = after.x0 - before.x1
            if gap < 0.6 * em && abs(after.y0 - before.y0) < em { dropped[index] = true }
        }
        guard dropped.contains(true) else { return }
        let kept = scalars.indices.filter { !dropped[$0] }
        scalars = kept.map { scalars[$0] }
        offsets = kept.map { offsets[$0] }
    }

    /// Puts two spaces where a PDF line has a gap of a character's width or more between two glyphs
    /// and the text has none: poppler glues table cells together (“5742约束性” for the cells 57 | 42 |
    /// 约束性). Two spaces, because a run of two or more is what marks a column gap in text files
    /// too; both map to the glyph after the gap.
    private static func markColumnGaps(_ scalars: inout [Unicode.Scalar], _ offsets: inout [Int],
                                       glyphs: [Glyph], lineStart: Int) {
        guard scalars.count > 1 else { return }
        var keptScalars: [Unicode.Scalar] = [scalars[0]]
        var keptOffsets: [Int] = [offsets[0]]
        for index in 1..<scalars.count {
            let before = glyphs[offsets[index - 1] - lineStart]
            let after = glyphs[offsets[index] - lineStart]
            let em = max(before.fontSize, after.fontSize, 6)
            if !scalars[index - 1].isLayoutSpace && !scalars[index].isLayoutSpace
                && offsets[index] == offsets[index - 1] + 1 && after.x0 - before.x1 >= em {
                keptScalars += [" ", " "]
                keptOffsets += [offsets[index], offsets[index]]
            }
            keptScalars.append(scalars[index])
            keptOffsets.append(offsets[index])
        }
        scalars = keptScalars
        offsets = keptOffsets
    }

    /// Trims layout spaces (and tabs) at both ends and drops a single space between two CJK
    /// characters (“完成省下 达任务” → “完成省下达任务”, “环境 风险 防控” → “环境风险防控”).
    ///
    /// Spaces next to digits or Latin letters stay (“2025 年”, “PM 2.5”), and so do tabs and runs of
    /// two or more spaces: those separate table columns, which the table stage reads.
    /// Zero-width spaces and joiners, word joiners, byte-order marks and soft hyphens print nothing: a web
    /// copy's line of a lone U+200B is a blank line, and one inside a word does not split it.
    private static func removeInvisibles(_ scalars: inout [Unicode.Scalar], _ offsets: inout [Int]) {
        guard scalars.contains(where: { invisible.contains($0) }) else { return }
        let kept = scalars.indices.filter { !invisible.contains(scalars[$0]) }
        scalars = kept.map { scalars[$0] }
        offsets = kept.map { offsets[$0] }
    }

    private static let invisible = ScalarBits(["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"])

    /// “万(wàn)吨” → “万吨”: a web copy's pinyin readings after Han characters are not the document's
    /// words, and they would split a number from its unit. A reading is lower-case letters in brackets,
    /// at least one with a tone mark, so an abbreviation such as (BOD) or (VOCs) stays.
    private static func removePinyinReadings(_ scalars: inout [Unicode.Scalar], _ offsets: inout [Int]) {
        guard scalars.contains(where: { toneMarked.contains($0) }) else { return }
        var dropped = [Bool](repeating: false, count: scalars.count)
        var index = 1
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "(" || scalars[index] == "（", scalars[index - 1].isCJK else { continue }
            // One reading (yè) or several (wéi / wèi).
            var end = index + 1
            var toned = false
            while end < scalars.count, end - index <= 24,
                  ("a"..."z").contains(scalars[end]) || scalars[end] == "ü" || toneMarked.contains(scalars[end]) || scalars[end] == " " || scalars[end] == "/" {
                toned = toned || toneMarked.contains(scalars[end])
                end += 1
            }
            guard toned, end < scalars.count, scalars[end] == ")" || scalars[end] == "）" else { continue }
            for position in index...end { dropped[position] = true }
            index = end
        }
        guard dropped.contains(true) else { return }
        let kept = scalars.indices.filter { !dropped[$0] }
        scalars = kept.map { scalars[$0] }
        offsets = kept.map { offsets[$0] }
    }

    private static let toneMarked = ScalarBits("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".unicodeScalars)

    private static func removeLayoutSpaces(_ scalars: inout [Unicode.Scalar], _ offsets: inout [Int]) {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.isLayoutSpace || scalar == "\t" }
        // Most lines of Chinese prose have no space at all: nothing to copy.
        guard scalars.contains(where: isSpace) else { return }
        var keptScalars: [Unicode.Scalar] = []
        var keptOffsets: [Int] = []
        keptScalars.reserveCapacity(scalars.count)
        keptOffsets.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            guard isSpace(scalars[index]) else {
                keptScalars.append(scalars[index])
                keptOffsets.append(offsets[index])
                index += 1
                continue
            }
            var runEnd = index
            while runEnd < scalars.count && isSpace(scalars[runEnd]) { runEnd += 1 }
            let atEdge = keptScalars.isEmpty || runEnd == scalars.count
            let betweenCJK = !atEdge && runEnd - index == 1 && scalars[index] != "\t"
                && keptScalars.last!.isCJK && scalars[runEnd].isCJK
            if !atEdge && !betweenCJK {
                keptScalars += scalars[index..<runEnd]
                keptOffsets += offsets[index..<runEnd]
            }
            index = runEnd
        }
        scalars = keptScalars
        offsets = keptOffsets
    }
}
