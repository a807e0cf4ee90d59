extension FlatTable {
    /// The tables of a PDF, one per ruled grid, with a grid that repeats the previous one's header on
    /// the next page appended to it (a table continued over pages).
    static func all(fromGridsOf text: NormalizedText) -> [FlatTable] {
        var tables: [FlatTable] = []
        var previousHeader: [String]?
        func squeezed(_ header: [String]) -> [String] { header.map { $0.filter { !$0.isWhitespace } } }
        for grid in TableGrid.all(in: text) {
            // A grid at the top of a page with no header of its own, as wide as the table that ended on
            // the page before, is that table's rest (LibreOffice breaks a table without repeating its header).
            let continuesUnheaded = tables.last.map { last in
                last.pages?.last == grid.page - 1 && last.header.count == grid.columnCount
            } ?? false
            let read = header(of: grid)
            if continuesUnheaded, read == nil || read!.0.allSatisfy(\.isEmpty) {
                let rows = (read?.1 ?? 0)..<grid.rowCount
                tables[tables.count - 1].rows += rows.map { row in cells(of: grid, row: row) }
                    .filter { $0.contains { !$0.text.isEmpty } }
                tables[tables.count - 1].pages!.append(grid.page)
                tables[tables.count - 1].lines.formUnion(linesInside(grid, text))
                continue
            }
            guard let (header, headerRows) = read else { continue }
            var rows: [[Cell]] = []
            for row in headerRows..<grid.rowCount {
                rows.append(cells(of: grid, row: row))
            }
            let lines = linesInside(grid, text)
            // The header repeated on the next page (after 续表), however its spaces fall there.
            if let previous = previousHeader, squeezed(previous) == squeezed(header), let last = tables.last,
               last.pages?.last == grid.page - 1 {
                tables[tables.count - 1].rows += rows
                tables[tables.count - 1].pages!.append(grid.page)
                tables[tables.count - 1].lines.formUnion(lines)
            } else {
                let firstLine = lines.min() ?? 1
                let start = text.sourceLines[firstLine - 1].start
                let last = text.sourceLines[(lines.max() ?? firstLine) - 1]
                tables.append(FlatTable(header: header, rows: rows, caption: caption(above: grid, text), pages: [grid.page],
                                        lines: lines, span: Span(page: grid.page, line: firstLine, start: start,
                                                                 end: last.start + last.text.unicodeScalars.count)))
            }
            previousHeader = header
        }
        return tables
    }

    private static func cells(of grid: TableGrid, row: Int) -> [Cell] {
        (0..<grid.columnCount).map { column in
            guard let cell = grid.cell(row, column) else { return Cell(text: "", span: nil) }
            let span = cell.sourceRange.map { Span(page: grid.page, line: cell.line!, start: $0.lowerBound, end: $0.upperBound) }
            return Cell(text: cell.text, span: span)
        }
    }

    /// The header: the rows above the first row whose cells start with a row number, joined per column.
    private static func header(of grid: TableGrid) -> ([String], Int)? {
        let firstData = (0..<grid.rowCount).first { row in
            (0..<grid.columnCount).contains { column in
                guard let cell = grid.cell(row, column), cell.row == row else { return false }
                return Int(cell.text) != nil
            }
        }
        guard let firstData, firstData > 0 else { return nil }
        let header = (0..<grid.columnCount).map { column in
            var parts: [String] = []
            for row in 0..<firstData {
                if let cell = grid.cell(row, column), cell.row == row, !cell.text.isEmpty { parts.append(cell.text) }
            }
            return parts.joined(separator: " ")
        }
        return (header, firstData)
    }

    /// Source lines whose glyphs lie inside the grid.
    private static func linesInside(_ grid: TableGrid, _ text: NormalizedText) -> Set<Int> {
        guard let page = text.pages.page(grid.page) else { return [] }
        var lines: Set<Int> = []
        for line in text.sourceLines[page.lines] {
            guard let glyph = line.glyphs.first(where: { $0.x1 > $0.x0 }) else { continue }
            let y = (glyph.y0 + glyph.y1) / 2
            let x = (glyph.x0 + glyph.x1) / 2
            if y >= grid.rowEdges.first! && y <= grid.rowEdges.last! && x >= grid.columnEdges.first! && x <= grid.columnEdges.last! {
                lines.insert(line.number)
            }
        }
        return lines
    }

    /// The last line above the table on its page, when it is a short title.
    private static func caption(above grid: TableGrid, _ text: NormalizedText) -> String? {
        guard let page = text.pages.page(grid.page) else { return nil }
        let above = page.lines.filter { index in
            guard let glyph = text.sourceLines[index].glyphs.first(where: { $0.x1 > $0.x0 }) else { return false }
            return glyph.y1 <= grid.rowEdges.first! + 1 && grid.rowEdges.first! - glyph.y1 < 60
        }
        guard let index = above.last else { return nil }
        let line = text.sourceLine(index)
        let caption = TableGrid.cellText(line.scalars.indices.compactMap { index in
            line.glyph(at: index).map { (($0.y0 + $0.y1) / 2, ($0.x0 + $0.x1) / 2, $0.fontSize, line.scalars[index]) }
        })
        return caption.isEmpty || caption.unicodeScalars.count > 40 ? nil : caption
    }
}

extension FlatTable {
    /// The tables of any document: those its reader read as tables, then those rebuilt from its
    /// normalised source lines — grids where the reader gave page geometry (PDFs), flattened rows
    /// where it gave plain lines (text files).
    static func all(in text: NormalizedText) -> [FlatTable] {
        let rebuilt = switch text.layout {
        case .geometry: all(fromGridsOf: text)
        case .plain: TextTableReader(text).tables()
        }
        return text.nativeTables + rebuilt
    }
}
