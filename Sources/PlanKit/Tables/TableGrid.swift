/// A ruled table on a PDF page rebuilt as a grid of cells: rows and columns cut along the drawn rules,
/// merged cells (a category or attribute spanning rows, a header spanning columns) kept whole.
public struct TableGrid: Sendable, Equatable {
    /// One cell; `row`/`column` are its top-left position in the grid, 0-based.
    public struct Cell: Sendable, Equatable {
        public var row: Int
        public var column: Int
        public var rowSpan: Int
        public var columnSpan: Int
        /// The cell's normalised text in reading order, lines joined, layout spaces removed.
        public var text: String
        /// Source offsets of the first and last glyph in the cell; nil for an empty cell.
        public var sourceRange: Range<Int>?
        public var line: Int?
    }

    public var page: Int
    /// Row and column boundaries in points (rows.count - 1 rows, columns.count - 1 columns).
    public var rowEdges: [Double]
    public var columnEdges: [Double]
    public var cells: [Cell]

    public var rowCount: Int { rowEdges.count - 1 }
    public var columnCount: Int { columnEdges.count - 1 }

    /// The cell covering grid position (row, column).
    public func cell(_ row: Int, _ column: Int) -> Cell? {
        cells.first { row >= $0.row && row < $0.row + $0.rowSpan && column >= $0.column && column < $0.column + $0.columnSpan }
    }
}

extension TableGrid {
    /// The ruled tables of every page that has rules, in page order, top to bottom.
    static func all(in text: NormalizedText) -> [TableGrid] {
        text.pages.flatMap { page -> [TableGrid] in
            guard page.mayHoldTable else { return [] }
            let lines = page.lines.map(text.sourceLine)
            let ruled = grids(on: page, lines: lines)
            if !ruled.isEmpty { return ruled }
            return unruled(on: page, lines: lines).map { [$0] } ?? []
        }
    }

    /// The ruled grids on `page`, whose normalised source lines are `lines`.
    private static func grids(on page: SourcePage, lines: [NormalizedSourceLine]) -> [TableGrid] {
        let horizontals = page.rules.filter { $0.axis == .horizontal }
        let verticals = page.rules.filter { $0.axis == .vertical }
        func crosses(_ h: Rule, _ v: Rule) -> Bool {
            v.position >= h.from - 2 && v.position <= h.to + 2 && h.position >= v.from - 2 && h.position <= v.to + 2
        }
        // Tables are the groups of rules that cross each other; strokes of text cross nothing.
        var components: [(h: [Rule], v: [Rule])] = []
        var seenH = Set<Int>()
        for start in horizontals.indices where !seenH.contains(start) {
            var hs: Set<Int> = [start]
            var vs: Set<Int> = []
            var changed = true
            while changed {
                changed = false
                for (vi, v) in verticals.enumerated() where !vs.contains(vi) && hs.contains(where: { crosses(horizontals[$0], v) }) {
                    vs.insert(vi)
                    changed = true
                }
                for (hi, h) in horizontals.enumerated() where !hs.contains(hi) && vs.contains(where: { crosses(h, verticals[$0]) }) {
                    hs.insert(hi)
                    changed = true
                }
            }
            seenH.formUnion(hs)
            if hs.count >= 3 && vs.count >= 3 {
                components.append((hs.sorted().map { horizontals[$0] }, vs.sorted().map { verticals[$0] }))
            }
        }
        return components.map { grid(page: page, horizontals: $0.h, verticals: $0.v, lines: lines) }
            .sorted { $0.rowEdges[0] < $1.rowEdges[0] }
    }

    private static func edges(_ positions: [Double]) -> [Double] {
        var edges: [Double] = []
        for position in positions.sorted() where edges.last.map({ position - $0 > 1.5 }) ?? true {
            edges.append(position)
        }
        return edges
    }

    private static func grid(page: SourcePage, horizontals: [Rule], verticals: [Rule], lines: [NormalizedSourceLine]) -> TableGrid {
        let rowEdges = edges(horizontals.map(\.position))
        let columnEdges = edges(verticals.map(\.position))
        let rows = rowEdges.count - 1
        let columns = columnEdges.count - 1
        /// Whether a rule separates row r from r + 1 across column c.
        func ruledBelow(_ r: Int, _ c: Int) -> Bool {
            let y = rowEdges[r + 1]
            let middle = (columnEdges[c] + columnEdges[c + 1]) / 2
            return horizontals.contains { abs($0.position - y) <= 1.5 && $0.from <= middle && $0.to >= middle }
        }
        /// Whether a rule separates column c from c + 1 across row r.
        func ruledRight(_ r: Int, _ c: Int) -> Bool {
            let x = columnEdges[c + 1]
            let middle = (rowEdges[r] + rowEdges[r + 1]) / 2
            return verticals.contains { abs($0.position - x) <= 1.5 && $0.from <= middle && $0.to >= middle }
        }
        var owner = [[Int?]](repeating: [Int?](repeating: nil, count: columns), count: rows)
        var boxes: [(row: Int, column: Int, rows: Int, columns: Int)] = []
        for r in 0..<rows {
            for c in 0..<columns where owner[r][c] == nil {
                var width = 1
                while c + width < columns && !ruledRight(r, c + width - 1) && owner[r][c + width] == nil { width += 1 }
                var height = 1
                while r + height < rows && (c..<(c + width)).allSatisfy({ !ruledBelow(r + height - 1, $0) && owner[r + height][$0] == nil }) {
                    height += 1
                }
                for rr in r..<(r + height) { for cc in c..<(c + width) { owner[rr][cc] = boxes.count } }
                boxes.append((r, c, height, width))
            }
        }
        // Glyphs to cells by their centres.
        var glyphsByBox = [[(y: Double, x: Double, size: Double, scalar: Unicode.Scalar, offset: Int, line: Int)]](repeating: [], count: boxes.count)
        for line in lines {
            for (index, scalar) in line.scalars.enumerated() {
                guard let glyph = line.glyph(at: index) else { continue }
                let x = (glyph.x0 + glyph.x1) / 2
                let y = (glyph.y0 + glyph.y1) / 2
                guard let r = rowEdges.indices.dropLast().first(where: { y >= rowEdges[$0] && y < rowEdges[$0 + 1] }),
                      let c = columnEdges.indices.dropLast().first(where: { x >= columnEdges[$0] && x < columnEdges[$0 + 1] }),
                      let box = owner[r][c] else { continue }
                glyphsByBox[box].append((y, x, glyph.fontSize, scalar, line.offsets[index], line.number))
            }
        }
        let cells = boxes.enumerated().map { index, box in
            let glyphs = glyphsByBox[index]
            return Cell(row: box.row, column: box.column, rowSpan: box.rows, columnSpan: box.columns,
                        text: cellText(glyphs.map { ($0.y, $0.x, $0.size, $0.scalar) }),
                        sourceRange: glyphs.isEmpty ? nil : glyphs.map(\.offset).min()!..<(glyphs.map(\.offset).max()! + 1),
                        line: glyphs.map(\.line).min())
        }
        return TableGrid(page: page.number, rowEdges: rowEdges, columnEdges: columnEdges, cells: cells)
    }

    /// Normalised glyphs in reading order — lines top to bottom, left to right within a line — with
    /// line breaks and layout spaces between CJK characters removed.
    static func cellText(_ glyphs: [(y: Double, x: Double, size: Double, scalar: Unicode.Scalar)]) -> String {
        var lines: [[(y: Double, x: Double, size: Double, scalar: Unicode.Scalar)]] = []
        for glyph in glyphs.sorted(by: { ($0.y, $0.x) < ($1.y, $1.x) }) {
            if let last = lines.last?.last, abs(last.y - glyph.y) <= max(glyph.size, 6) * 0.5 {
                lines[lines.count - 1].append(glyph)
            } else {
                lines.append([glyph])
            }
        }
        var scalars: [Unicode.Scalar] = []
        for line in lines {
            let sorted = line.sorted { $0.x < $1.x }
            if let last = scalars.last, let first = sorted.first?.scalar, !last.isCJK || !first.isCJK,
               last.isASCII && first.isASCII && last.properties.isAlphabetic && first.properties.isAlphabetic {
                scalars.append(" ")
            }
            scalars += sorted.map(\.scalar)
        }
        return String(scalars: scalars.collapsingLayoutSpaces())
    }
}
