/// Rebuilds indicator tables from text files, where an extraction flattened them: tab-separated rows
/// (Langfang), several cells per line with the category one character per line (Handan), or one cell
/// per line with cells wrapped over several lines (the Hengshui review).
///
/// The header tells the value columns; row numbers, the unit that closes an indicator's name, and the
/// attribute (约束性/预期性) that closes a row are the anchors for where cells begin and end.
struct TextTableReader {
    private let normalized: NormalizedText
    private var lineCount: Int { normalized.sourceLines.count }

    init(_ normalized: NormalizedText) { self.normalized = normalized }

    /// Source line `index` (0-based), normalised with its spaces and tabs.
    private func line(_ index: Int) -> NormalizedSourceLine { normalized.sourceLine(index) }

    /// A cell's text with its layout spaces collapsed (“环境 风险 防控” → “环境风险防控”).
    private func clean(_ text: some StringProtocol) -> String {
        String(scalars: Array(text.unicodeScalars).collapsingLayoutSpaces())
    }

    func tables() -> [FlatTable] {
        var tables: [FlatTable] = []
        var index = 0
        while index < lineCount {
            guard let headerEnd = headerEnd(startingAt: index) else {
                index += 1
                continue
            }
            let table = line(index).text.containsBytes(of: "\t") || line(headerEnd).text.containsBytes(of: "\t")
                ? tabTable(caption: index, headerEnd: headerEnd)
                : streamTable(caption: index, headerEnd: headerEnd)
            if let table {
                tables.append(table)
                index = (table.lines.max() ?? index)
            }
            index += 1
        }
        return tables
    }

    /// A caption line (…指标, …一览表) followed within 20 lines by a header that ends with 属性: the
    /// header's last line index.
    private func headerEnd(startingAt index: Int) -> Int? {
        // Most lines end in punctuation (。；：), which no caption does: they are passed over before folding.
        guard normalized.sourceLines[index].text.unicodeScalars.last(where: { !$0.isLayoutSpace })?.isHan == true else { return nil }
        let folded = line(index)
        guard let last = folded.scalars.last(where: { !$0.isLayoutSpace }), last == "标" || last == "表" else { return nil }
        let caption = clean(folded.text)
        guard caption.unicodeScalars.count <= 30, caption.endsWith("指标") || caption.endsWith("一览表") || caption.endsWith("指标表")
        else { return nil }
        for next in (index + 1)..<min(index + 24, lineCount) {
            let text = line(next).text
            if text.containsBytes(of: "属") && clean(text).containsBytes(of: "属性") { return next }
        }
        return nil
    }

    nonisolated(unsafe) private static let valueHeader = /(预计到?)?\s*((?:19|20)[0-9]{2})\s*年\s*(目标|完成情况|现状)?/

    /// The value columns' headers from the header text: “2020 年”, “2025 年目标”, “预计到2025 年”.
    private func valueHeaders(_ lines: ClosedRange<Int>) -> [String] {
        let text = lines.map { line($0).text.replacing("\t", with: " ") }.joined(separator: " ")
        return text.matches(of: Self.valueHeader).map { match in
            (match.output.1.map(String.init) ?? "") + match.output.2 + " 年" + (match.output.3.map(String.init) ?? "")
        }
    }

    /// A cell of scalars `from..<to` of `line`; its span in source offsets.
    private func cell(_ text: String, _ line: NormalizedSourceLine, from: Int, to: Int) -> FlatTable.Cell {
        let source = line.sourceRange(of: from..<to)
        return FlatTable.Cell(text: text, span: Span(page: nil, line: line.number, start: source.lowerBound, end: source.upperBound))
    }

    private func makeTable(caption: Int, header: [String], rows: [[FlatTable.Cell]], lastLine: Int) -> FlatTable? {
        guard !rows.isEmpty else { return nil }
        let lines = normalized.sourceLines
        let last = lines[lastLine]
        return FlatTable(header: header, rows: rows, caption: clean(line(caption).text), pages: nil,
                         lines: Set(((caption + 1)...lastLine).map { lines[$0].number }),
                         span: Span(page: nil, line: lines[caption + 1].number, start: lines[caption + 1].start,
                                    end: last.start + last.text.scalarCount))
    }

    // MARK: Tab-separated rows

    /// Rows split at tabs; each row is aligned on its attribute cell, so a row that lost its leading
    /// tabs still finds its name and values; a line without attribute continues the row above.
    private func tabTable(caption: Int, headerEnd: Int) -> FlatTable? {
        let headers = valueHeaders((caption + 1)...headerEnd)
        let valueCount = headers.count
        guard valueCount > 0 else { return nil }
        var rows: [[FlatTable.Cell]] = []
        var lastLine = headerEnd
        var index = headerEnd + 1
        while index < lineCount {
            let line = self.line(index)
            let lineText = line.text
            defer { index += 1 }
            if lineText.trimmingSpaces().isEmpty { continue }
            guard lineText.containsBytes(of: "\t") else { break }
            lastLine = index
            var offset = 0
            var cells: [(String, Int, Int)] = []
            for piece in lineText.split(separator: "\t", omittingEmptySubsequences: false) {
                let length = piece.unicodeScalars.count
                cells.append((clean(piece), offset, offset + length))
                offset += length + 1
            }
            while cells.last?.0.isEmpty == true { cells.removeLast() }
            guard let attribute = cells.lastIndex(where: { IndicatorCells.attribute($0.0) != nil }) else {
                // A continuation line: its cells add to the row above, column by column.
                guard !rows.isEmpty else { continue }
                let width = rows[rows.count - 1].count
                for (column, piece) in cells.enumerated() where !piece.0.isEmpty && column < width {
                    // The category column continues the group's category, wherever the group began.
                    let row = column == 0 ? (rows.lastIndex { !$0[0].text.isEmpty } ?? rows.count - 1) : rows.count - 1
                    rows[row][column].text += piece.0
                }
                continue
            }
            let valueStart = attribute - valueCount
            guard valueStart >= 1 else { continue }
            let values = cells[valueStart..<attribute].map { cell($0.0, line, from: $0.1, to: $0.2) }
            guard let nameIndex = cells[..<valueStart].lastIndex(where: { !$0.0.isEmpty }) else { continue }
            let name = cells[nameIndex]
            let seq = nameIndex >= 1 ? cells[nameIndex - 1] : ("", 0, 0)
            let category = nameIndex >= 2 ? cells[nameIndex - 2] : ("", 0, 0)
            rows.append([cell(category.0, line, from: category.1, to: category.2),
                         cell(seq.0.filter { !$0.isWhitespace }, line, from: seq.1, to: seq.2),
                         cell(name.0, line, from: name.1, to: name.2)] + values
                        + [cell(cells[attribute].0, line, from: cells[attribute].1, to: cells[attribute].2)])
        }
        // Rows under a merged category cell take the category of the row that printed it.
        var category = ""
        for row in rows.indices {
            if rows[row][0].text.isEmpty { rows[row][0].text = category } else { category = rows[row][0].text }
        }
        return makeTable(caption: caption, header: ["类别", "序号", "指标"] + headers + ["指标属性"], rows: rows, lastLine: lastLine)
    }

    // MARK: Cells separated by spaces and line breaks

    private struct Token {
        var text: String
        var line: NormalizedSourceLine
        var from: Int
        var to: Int
        /// Tokens on the same line.
        var lineTokenCount: Int
    }

    /// Rows read from a stream of tokens: category characters before a row, the row number, the name
    /// up to its unit, then one token per value column (a line with more tokens than columns left is
    /// one cell; a wrapped cell continues while its lines are as wide as its first), then the attribute.
    private func streamTable(caption: Int, headerEnd: Int) -> FlatTable? {
        let headers = valueHeaders((caption + 1)...headerEnd)
        let valueCount = headers.count
        guard valueCount > 0 else { return nil }
        var tokens: [Token] = []
        var index = headerEnd + 1
        var lastLine = headerEnd
        while index < lineCount {
            let line = self.line(index)
            let lineText = line.text
            let text = clean(lineText)
            defer { index += 1 }
            if text.isEmpty { continue }
            if text.startsWith("注") || HeadingLabel(parsing: Array(text.unicodeScalars)) != nil { break }
            if text.unicodeScalars.count > 40 { break }
            lastLine = index
            var pieces: [(String, Int, Int)] = []
            var offset = 0
            for piece in lineText.split(separator: " ", omittingEmptySubsequences: false) {
                let length = piece.unicodeScalars.count
                let cleaned = clean(piece)
                if !cleaned.isEmpty { pieces.append((cleaned, offset, offset + length)) }
                offset += length + 1
            }
            for piece in pieces {
                tokens.append(Token(text: piece.0, line: line, from: piece.1, to: piece.2, lineTokenCount: pieces.count))
            }
        }
        var rows: [[FlatTable.Cell]] = []
        var category = ""
        var categoryParts: [String] = []
        var seq = ""
        var attributeCell: FlatTable.Cell?
        var position = 0
        func isNumber(_ text: String) -> Bool { Int(text) != nil }
        while position < tokens.count {
            let token = tokens[position]
            // Category characters between rows.
            if !isNumber(token.text), token.lineTokenCount == 1, token.text.unicodeScalars.count <= 2,
               token.text.unicodeScalars.allSatisfy(\.isHan), IndicatorCells.attribute(token.text) == nil {
                categoryParts.append(token.text)
                position += 1
                continue
            }
            if !categoryParts.isEmpty {
                category = categoryParts.joined()
                categoryParts = []
            }
            var startsWithSeq = false
            if isNumber(token.text), let number = Int(token.text), (1...99).contains(number) {
                seq = token.text
                startsWithSeq = true
                attributeCell = nil
                position += 1
            }
            guard position < tokens.count else { break }
            if !startsWithSeq && rows.isEmpty { position += 1; continue }
            // The name, up to its unit or marker.
            var name = ""
            var nameStart = tokens[position]
            var nameEnd = tokens[position]
            var lastLineNumber = tokens[position].line.number
            nameStart = tokens[position]
            while position < tokens.count {
                let part = tokens[position]
                if !name.isEmpty {
                    let joiner = part.line.number == lastLineNumber
                        && (name.unicodeScalars.last!.isASCII || part.text.unicodeScalars.first!.isASCII) ? " " : ""
                    name += joiner
                }
                name += part.text
                nameEnd = part
                lastLineNumber = part.line.number
                position += 1
                if Self.nameIsComplete(name) { break }
            }
            // The values.
            var values: [FlatTable.Cell] = []
            /// Per cell: the width of its first line and of its latest line.
            var widths: [Int] = []
            var lastSegments: [Int] = []
            var attribute: FlatTable.Cell?
            while position < tokens.count {
                let part = tokens[position]
                if IndicatorCells.attribute(part.text) != nil {
                    attribute = cell(part.text, part.line, from: part.from, to: part.to)
                    position += 1
                    break
                }
                if values.count == valueCount {
                    // Every cell is read and no attribute came: the next line is the next row (a
                    // sub-row under the same number, a category, a row number) unless it only
                    // finishes the last cell (百分点以上 after 净增 1.5 个).
                    let firstOnLine = tokens[safe: position - 1].map { $0.line.number != part.line.number } ?? true
                    let lastCell = values[values.count - 1].text
                    let wrapsOn = !lastCell.contains(where: \.isNumber) && (lastSegments.last ?? 0) >= (widths.last ?? .max)
                    let isCategory = part.lineTokenCount == 1 && part.text.unicodeScalars.count <= 2
                        && part.text.unicodeScalars.allSatisfy(\.isHan) && !wrapsOn
                    if isNumber(part.text) || isCategory
                        || firstOnLine && (Self.nameIsComplete(part.text) || part.lineTokenCount >= 2 || part.text.unicodeScalars.count >= 8) {
                        break
                    }
                    values[values.count - 1].text += part.text
                    lastSegments[lastSegments.count - 1] = part.text.unicodeScalars.count
                    position += 1
                    continue
                }
                let remaining = valueCount - values.count
                let sameLine = tokens[position...].prefix { $0.line.number == part.line.number && IndicatorCells.attribute($0.text) == nil }
                if sameLine.count > remaining {
                    // More tokens on the line than cells left: the rest is one cell.
                    let group = Array(sameLine)
                    let text = group.map(\.text).joined(separator: " ")
                    values.append(cell(text, part.line, from: group.first!.from, to: group.last!.to))
                    widths.append(group.last!.text.unicodeScalars.count)
                    lastSegments.append(group.last!.text.unicodeScalars.count)
                    position += group.count
                    continue
                }
                // A wrapped cell: a single-token line of text continues the previous cell while that
                // cell's lines are as wide as its first.
                if let last = values.last, part.lineTokenCount == 1, !part.text.contains(where: \.isNumber),
                   let previous = tokens[safe: position - 1], previous.line.number != part.line.number,
                   !previous.text.contains(where: \.isNumber), widths.last.map({ previous.text.unicodeScalars.count >= $0 }) ?? false,
                   !last.text.contains(where: \.isNumber) {
                    values[values.count - 1].text += part.text
                    lastSegments[lastSegments.count - 1] = part.text.unicodeScalars.count
                    position += 1
                    continue
                }
                values.append(cell(part.text, part.line, from: part.from, to: part.to))
                widths.append(part.text.unicodeScalars.count)
                lastSegments.append(part.text.unicodeScalars.count)
                position += 1
            }
            // A bracketed total after the attribute belongs to the row's empty cell (——[2.83]).
            if let next = tokens[safe: position], next.text.startsWith("["), next.text.endsWith("]"),
               let empty = values.firstIndex(where: { $0.text.startsWith("—") || $0.text.startsWith("-") }) {
                values[empty].text += next.text
                position += 1
            }
            if let attribute { attributeCell = attribute }
            while values.count < valueCount { values.append(FlatTable.Cell(text: "", span: nil)) }
            rows.append([FlatTable.Cell(text: category, span: nil), FlatTable.Cell(text: seq, span: nil),
                         FlatTable.Cell(text: name, span: Span(page: nil, line: nameStart.line.number,
                                                              start: nameStart.line.sourceRange(of: nameStart.from..<nameStart.to).lowerBound,
                                                              end: nameEnd.line.sourceRange(of: nameEnd.from..<nameEnd.to).upperBound))]
                        + values + [attributeCell ?? FlatTable.Cell(text: "", span: nil)])
        }
        return makeTable(caption: caption, header: ["类别", "序号", "指标"] + headers + ["指标属性"], rows: rows, lastLine: lastLine)
    }

    /// A name ends with its unit in brackets (（万吨）, （%）, （EQI）), a footnote marker, or “%”.
    static func nameIsComplete(_ name: String) -> Bool {
        let (_, unit, marker) = IndicatorCells.splitName(name)
        return unit != nil || marker != nil
    }
}
