/// The document's text as the later stages read it: one line per paragraph or furniture item, with an
/// offset map back to the source.
///
/// `text` is every line followed by "\n"; `lines[i].range` is line i's place in it (without the
/// "\n"). Page furniture that interrupted a paragraph follows that paragraph.
public struct NormalizedText: Sendable {
    public var text: String
    public var lines: [NormalizedLine]
    public var offsetMap: OffsetMap
    /// True when the source was written in Traditional script and converted to Simplified.
    public var convertedFromTraditional: Bool
    /// The source's lines (to give any range its line and page, and to fold any line again for the
    /// table stage) and pages, with their size and ruling lines.
    public let sourceLines: [SourceLine]
    public let pages: [SourcePage]
    /// What the reader's lines carry besides text (plain lines, or page geometry).
    public let layout: SourceDocument.Layout
    /// The tables the reader read as tables, their header and cell text normalised like every line.
    public let nativeTables: [FlatTable]

    public init(normalizing source: SourceDocument) {
        let traditional = ScriptConversion.isTraditional(source.lines)
        var cleaned = source.lines.enumerated().map { CleanLine(NormalizedSourceLine($1, simplify: traditional), index: $0) }
        Furniture.mark(&cleaned, in: source)
        let joining = LineJoining(cleaned, layout: source.layout)

        var builder = Builder(source: source)
        var paragraph: [Int] = []
        var interrupting: [Int] = []
        var lastTwo: (before: Int?, last: Int?) = (nil, nil)  // the two latest content lines
        // Whether the lines since the last content line are all invisible-only ones (at least one).
        var invisibleGap: Bool?
        for index in cleaned.indices {
            switch cleaned[index].role {
            case .blank:
                invisibleGap = cleaned[index].invisibleOnly && invisibleGap != false
                continue
            case .furniture(let kind):
                if paragraph.isEmpty {
                    builder.append([index], of: cleaned, role: .furniture(kind))
                } else {
                    interrupting.append(index)
                }
            case .content:
                defer { lastTwo = (lastTwo.last, index); invisibleGap = nil }
                if let last = paragraph.last,
                   joining.continues(from: cleaned[last], to: cleaned[index], after: lastTwo.before.map { cleaned[$0] })
                    || invisibleGap == true && LineJoining.continuesAcrossInvisibleLine(from: cleaned[last], to: cleaned[index]) {
                    paragraph.append(index)
                    continue
                }
                if !paragraph.isEmpty { builder.append(paragraph, of: cleaned, role: .content) }
                for furniture in interrupting { builder.append([furniture], of: cleaned, role: cleaned[furniture].role) }
                paragraph = [index]
                interrupting = []
            }
        }
        if !paragraph.isEmpty { builder.append(paragraph, of: cleaned, role: .content) }
        for furniture in interrupting { builder.append([furniture], of: cleaned, role: cleaned[furniture].role) }

        text = builder.text
        lines = builder.lines
        offsetMap = builder.offsetMap
        convertedFromTraditional = traditional
        sourceLines = source.lines
        pages = source.pages
        layout = source.layout
        nativeTables = source.nativeTables.map { $0.normalized(simplify: traditional) }
    }

    /// Source line `index` (0-based) after the character steps of normalising, spaces and tabs kept.
    ///
    /// Computed again on each call rather than kept for every line: only the table stage asks, for
    /// the lines of table pages and captions.
    public func sourceLine(_ index: Int) -> NormalizedSourceLine {
        NormalizedSourceLine(sourceLines[index], simplify: convertedFromTraditional)
    }

    /// The source span of a normalised range: its source offsets, and the line and page where it starts.
    public func sourceSpan(of range: Range<Int>) -> Span {
        let source = offsetMap.sourceRange(of: range)
        // The last line starting at or before the range's first source offset.
        var low = 0
        var high = sourceLines.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if sourceLines[middle].start <= source.lowerBound { low = middle } else { high = middle }
        }
        let page = sourceLines.isEmpty ? nil : sourceLines[low].page
        return Span(page: page, line: low + 1, start: source.lowerBound, end: source.upperBound)
    }

    /// The normalised text of `range` (Unicode-scalar offsets).
    public func slice(_ range: Range<Int>) -> String {
        let scalars = text.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let to = scalars.index(from, offsetBy: range.count)
        return String(scalars[from..<to])
    }

    private struct Builder {
        let source: SourceDocument
        /// The lines so far, each with its "\n": a line's scalars are made a String once (appending to a
        /// String's scalar view encodes each one), and appending that String copies its bytes.
        var text = ""
        var offsetMap = OffsetMap()
        var lines: [NormalizedLine] = []
        var count = 0
        private var lineScalars: [Unicode.Scalar] = []

        init(source: SourceDocument) { self.source = source }

        /// Appends the joined lines `parts` (indices into `lines`) as one normalised line and its "\n".
        mutating func append(_ parts: [Int], of lines: [CleanLine], role: CleanLine.Role) {
            let start = count
            lineScalars.removeAll(keepingCapacity: true)
            for (position, part) in parts.enumerated() {
                // A space at the break stays, as it would inside a line, unless both sides are CJK.
                if position > 0, case let previous = lines[parts[position - 1]], let last = previous.scalars.last,
                   let first = lines[part].scalars.first, previous.trimmedSpaceAtEnd || lines[part].trimmedSpaceAtStart,
                   !(last.isCJK && first.isCJK) {
                    add(" ", from: previous.trimmedSpaceAtEnd ? previous.offsets.last! + 1 : lines[part].offsets.first! - 1)
                }
                lineScalars += lines[part].scalars
                offsetMap.append(sourceOffsets: lines[part].offsets)
                count += lines[part].scalars.count
            }
            let end = count
            offsetMap.append(sourceOffset: lines[parts.last!].offsets.last! + 1)  // the "\n"
            count += 1
            let lineText = String(scalars: lineScalars)
            text += lineText
            text += "\n"
            let firstLine = lines[parts[0]].lineIndex
            let furnitureKind: Furniture.Kind? = if case .furniture(let kind) = role { kind } else { nil }
            self.lines.append(NormalizedLine(
                text: lineText,
                range: start..<end, furniture: furnitureKind, page: source.lines[firstLine].page,
                line: source.lines[firstLine].number, lastLine: source.lines[lines[parts.last!].lineIndex].number))
        }

        private mutating func add(_ scalar: Unicode.Scalar, from offset: Int) {
            lineScalars.append(scalar)
            offsetMap.append(sourceOffset: offset)
            count += 1
        }
    }
}

/// One paragraph (possibly re-joined from several source lines) or one furniture item.
public struct NormalizedLine: Sendable, Equatable {
    public var text: String
    /// Unicode-scalar offsets in `NormalizedText.text`, without the line's "\n".
    public var range: Range<Int>
    /// The furniture kind (`page-number`, `running-header`, `url`); nil for content.
    public var furniture: Furniture.Kind?
    /// 1-based PDF page of the first source line; nil for text files.
    public var page: Int?
    /// 1-based numbers of the first and last source lines joined into this line.
    public var line: Int
    public var lastLine: Int
}

extension FlatTable {
    /// The table with its header, caption and cells through the character steps of normalising.
    func normalized(simplify: Bool) -> FlatTable {
        func normalize(_ text: String) -> String {
            let line = NormalizedSourceLine(SourceLine(number: 1, page: nil, start: 0, text: text), simplify: simplify)
            return String(scalars: line.scalars.collapsingLayoutSpaces())
        }
        var table = self
        table.header = header.map(normalize)
        table.caption = caption.map(normalize)
        table.rows = rows.map { row in row.map { FlatTable.Cell(text: normalize($0.text), span: $0.span) } }
        return table
    }
}
