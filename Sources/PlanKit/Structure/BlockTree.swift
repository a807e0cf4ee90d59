/// The document's blocks, its heading tree (sections) and its 专栏 boxes.
///
/// Blocks tile the normalised text: `ranges[i]` is block i's place in it, the ranges follow each other
/// and only the "\n" that ends each normalised line lies between them. A run-in heading splits its
/// line into a heading block and a paragraph block.
public struct BlockTree: Sendable {
    public var blocks: [Block] = []
    public var sections: [Section] = []
    public var projects: [Project] = []
    /// The normalised range of each block, parallel to `blocks`.
    public var ranges: [Range<Int>] = []
    /// The line being structured, to slice block texts without walking the whole text.
    private var lineScalars: [Unicode.Scalar] = []
    /// The line's text and range: a block that is the whole line (most are) takes its text as it is.
    private var lineText = ""
    private var lineRange = 0..<0

    /// `tableLines` are source line numbers inside tables the table stage found; their lines become
    /// table blocks whatever they look like.
    public init(structuring text: NormalizedText, tableLines: Set<Int> = [], diagnostics: inout [Diagnostic]) {
        var open: [(style: HeadingStyle, number: Int, section: Int)] = []
        var box: (project: Int, closedBy: HeadingStyle?)?
        var previousClosesSentence = true
        var styles: [HeadingStyle] = []
        var afterTable = false
        var lastChapter: Int?
        var annexTitleLine: Int?

        let contents = Self.tableOfContents(in: text.lines)
        for (index, line) in text.lines.enumerated() {
            if contents.contains(index) {
                lineScalars = line.text.scalarArray
                lineText = line.text
                lineRange = line.range
                add(.furniture, line.range, in: text, section: open.last.map { sections[$0.section].id }, furniture: .contents)
                continue
            }
            lineScalars = line.text.scalarArray
            lineText = line.text
            lineRange = line.range
            let current = open.last.map { sections[$0.section].id }
            if line.furniture == nil, tableLines.contains(line.line) {
                add(.table, line.range, in: text, section: current)
                previousClosesSentence = true
                afterTable = true
                continue
            }
            // Footnotes under a table: “a. 国省考断面”, “*森林覆盖率…”, “①…”.
            if line.furniture == nil, afterTable, Self.isFootnote(line.text) {
                add(.note, line.range, in: text, section: current)
                continue
            }
            let shape = LineShape(line, scalars: lineScalars)
            if line.furniture == nil { afterTable = afterTable && shape == .note }
            if case .heading(let label, _, _) = shape, let openBox = box,
               openBox.closedBy.map({ label.style <= $0 }) ?? true {
                box = nil
            }
            if box != nil, case .heading = shape {
                // A numbered entry inside a 专栏 box is one of its items, not a heading.
                projects[box!.project].items.append(line.text)
                add(.box, line.range, in: text, section: current)
                previousClosesSentence = true
                continue
            }
            switch shape {
            case .furniture:
                add(.furniture, line.range, in: text, section: current, furniture: line.furniture)
                continue
            case .boxTitle(let label, let title):
                let span = add(.box, line.range, in: text, section: current)
                projects.append(Project(id: "p\(projects.count + 1)", label: label, title: title, items: [], span: span))
                box = (projects.count - 1, open.last?.style)
            case .note:
                add(.note, line.range, in: text, section: current)
            case .text where box != nil:
                projects[box!.project].items.append(line.text)
                add(.box, line.range, in: text, section: current)
            case .text where !sections.isEmpty && Self.isAnnexLabel(lineScalars):
                // 附件1 on its line, its title on the next: a section of its own whose numbering starts anew.
                open.removeAll()
                let number = Int(String(lineScalars.dropFirst(2).filter { ("0"..."9").contains($0) }.map(Character.init))) ?? 1
                var title = ""
                if let next = text.lines[safe: index + 1], next.furniture == nil, next.text.unicodeScalars.count <= LineShape.longestTitle,
                   !next.text.contains("。"), HeadingLabel(parsing: next.text.scalarArray) == nil {
                    title = next.text
                    annexTitleLine = index + 1
                }
                let sectionID = "s\(sections.count + 1)"
                let span = add(.heading, line.range, in: text, section: sectionID)
                sections.append(Section(id: sectionID, parent: nil, level: 0,
                                        label: String(line.text.filter { $0 != "：" && $0 != ":" }), title: title, span: span))
                styles.append(.annex)
                open.append((.annex, number, sections.count - 1))
            case .text where annexTitleLine == index:
                add(.heading, line.range, in: text, section: current)
            case .text:
                add(.paragraph, line.range, in: text, section: current)
            case .heading(var label, var title, var end):
                // A line may hold several headings one after another (第一篇 … 第一章 … and then the text).
                var pieceStart = 0
                while true {
                    let siblingIndex = open.lastIndex { $0.style == label.style }
                    let deeperThanAll = open.allSatisfy { $0.style < label.style }
                    let expected = siblingIndex.map { open[$0].number + 1 } ?? 1
                    // 第X章 count on across 第X篇 (第五篇 … 第十八章), as 节 do not across 章.
                    let continuesChapters = label.style == .chapter && siblingIndex == nil && label.number == (lastChapter ?? 0) + 1
                    let follows = label.number == expected && (siblingIndex != nil || deeperThanAll) || continuesChapters
                    let pieceRange = (line.range.lowerBound + pieceStart)..<line.range.upperBound
                    // ① numbers items below 1. or （1）; right under 一、 or （一） it numbers footnotes.
                    let circledInPlace = label.style != .circled || (open.last.map { $0.style >= .arabic } ?? false)
                    guard circledInPlace else {
                        add(.note, pieceRange, in: text, section: open.last.map { sections[$0.section].id })
                        break
                    }
                    guard follows || previousClosesSentence || pieceStart > 0 else {
                        // Only looks like a heading: a numbered line in the middle of running text.
                        add(.paragraph, pieceRange, in: text, section: open.last.map { sections[$0.section].id })
                        break
                    }
                    while let last = open.last, last.style >= label.style { open.removeLast() }
                    let headingRange = pieceRange.lowerBound..<(line.range.lowerBound + end)
                    let sectionID = "s\(sections.count + 1)"
                    let span = add(.heading, headingRange, in: text, section: sectionID)
                    if !follows {
                        diagnostics.append(Diagnostic(
                            .warning, "heading \(label.text) is number \(label.number) where \(expected) was expected",
                            id: "heading-sequence", line: span.line))
                    }
                    sections.append(Section(id: sectionID, parent: open.last.map { sections[$0.section].id },
                                            level: 0, label: label.text, title: title, span: span))
                    styles.append(label.style)
                    open.append((label.style, label.number, sections.count - 1))
                    if label.style == .chapter { lastChapter = label.number }
                    guard headingRange.upperBound < line.range.upperBound else { break }
                    let rest = Array(lineScalars[end...])
                    if case .heading(let nextLabel, let nextTitle, let nextEnd)? = LineShape.heading(in: rest) {
                        pieceStart = end
                        (label, title, end) = (nextLabel, nextTitle, end + nextEnd)
                        continue
                    }
                    add(.paragraph, headingRange.upperBound..<line.range.upperBound, in: text, section: sectionID)
                    break
                }
            }
            previousClosesSentence = line.text.unicodeScalars.last.map { Self.sentenceEnds.contains($0) } ?? true
                || { if case .heading = shape { true } else { false } }()
        }
        // Levels follow the numbering styles the document uses, outermost first; an attachment is at
        // the top level and its sections one level deeper than the body's of their style.
        let levels = Dictionary(uniqueKeysWithValues: Set(styles).subtracting([.annex]).sorted().enumerated().map { ($1, $0 + 1) })
        var inAnnex = false
        for index in sections.indices {
            if styles[index] == .annex { inAnnex = true }
            sections[index].level = styles[index] == .annex ? 1 : levels[styles[index]]! + (inAnnex ? 1 : 0)
        }
    }

    /// The lines of a table of contents: a line 目录 near the start and the short entries after it, up
    /// to the first that repeats an entry (the body's 序言 or 第一篇 after the list) or reads as text.
    static func tableOfContents(in lines: [NormalizedLine]) -> Range<Int> {
        let titles: Set<String> = ["目录", "目 录", "目　录", "目錄"]
        guard let start = lines.prefix(300).firstIndex(where: { $0.furniture == nil && titles.contains($0.text) }) else { return 0..<0 }
        var seen: Set<String> = []
        var end = start + 1
        var headings = 0
        while end < lines.count {
            let line = lines[end]
            if line.furniture != nil { end += 1; continue }
            let text = String(line.text.unicodeScalars.filter { !$0.properties.isWhitespace })
            guard text.unicodeScalars.count <= LineShape.longestTitle, !text.contains("。"), !seen.contains(text) else { break }
            seen.insert(text)
            if HeadingLabel(parsing: text.scalarArray) != nil { headings += 1 }
            end += 1
        }
        return headings >= 3 ? start..<end : 0..<0
    }

    /// 附件, 附件1, 附件2：alone on a line.
    static func isAnnexLabel(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count <= 5, scalars.starts(with: "附件".unicodeScalars) else { return false }
        return scalars.dropFirst(2).allSatisfy { ("0"..."9").contains($0) || $0 == "：" || $0 == ":" }
    }

    /// A line that starts with a footnote marker: a letter a–e followed by . or 、, an asterisk, or ①–⑳.
    static func isFootnote(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(2))
        guard let first = scalars.first else { return false }
        if first == "*" || first == "＊" || ("\u{2460}"..."\u{2473}").contains(first) { return true }
        return ("a"..."e").contains(first) && scalars.count == 2 && [".", "．", "、", ":", "："].contains(scalars[1])
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "：", "）", "!", "?", ")"]

    @discardableResult
    private mutating func add(_ kind: Block.Kind, _ range: Range<Int>, in text: NormalizedText, section: String?,
                              furniture: Furniture.Kind? = nil) -> Span {
        let span = text.sourceSpan(of: range)
        blocks.append(Block(id: "b\(blocks.count + 1)", section: section, kind: kind, furniture: furniture,
                            text: range == lineRange ? lineText
                                : String(scalars: lineScalars[(range.lowerBound - lineRange.lowerBound)..<(range.upperBound - lineRange.lowerBound)]),
                            span: span))
        ranges.append(range)
        return span
    }
}
