/// Tables printed without rules, rebuilt from glyph geometry: columns where a vertical “river” of
/// white space runs through every line of the table, rows anchored on the indicator names.
///
/// Without rules a cell spanning rows is known only by where it sits: a category goes to the rows its
/// text covers (or the nearest), every other cell to the nearest row. Rows that share one row number
/// (sub-rows) cannot be told apart from separate rows here; ruled tables handle them.
extension TableGrid {
    struct Word {
        var text: String
        var x0, x1, y0, y1: Double
        var size: Double
        var offsets: Range<Int>
        var line: Int
        var yMid: Double { (y0 + y1) / 2 }
    }

    /// The unruled table on a page, if the page has one: a header line naming 属性 above lines that
    /// end in 约束性/预期性.
    static func unruled(on page: SourcePage, lines: [NormalizedSourceLine]) -> TableGrid? {
        let words = self.words(in: lines)
        guard let header = words.first(where: { $0.text.containsBytes(of: "属性") }) else { return nil }
        let attributes = words.filter { IndicatorCells.attribute($0.text) != nil && $0.y0 > header.y1 }
        guard attributes.count >= 2 else { return nil }
        let top = words.filter { abs($0.yMid - header.yMid) < header.size }.map(\.y0).min()!
        let bottom = attributes.map(\.y1).max()!
        let tableWords = words.filter { $0.yMid >= top && $0.yMid <= bottom + 2 }
        let left = tableWords.map(\.x0).min()!
        let right = tableWords.map(\.x1).max()!
        // Column edges at rivers: x ranges no word covers.
        var edges: [Double] = [left - 1]
        let sorted = tableWords.sorted { $0.x0 < $1.x0 }
        var reach = sorted[0].x1
        for word in sorted.dropFirst() {
            if word.x0 - reach >= word.size * 0.8 { edges.append((reach + word.x0) / 2) }
            reach = max(reach, word.x1)
        }
        edges.append(right + 1)
        guard edges.count >= 5 else { return nil }
        let headerWords = tableWords.filter { $0.yMid < header.y1 + header.size * 0.5 }
        let headerBottom = headerWords.map(\.y1).max()!
        func column(_ word: Word) -> Int {
            let x = (word.x0 + word.x1) / 2
            return edges.indices.dropLast().first { x >= edges[$0] && x < edges[$0 + 1] } ?? 0
        }
        // Rows: the lines of the widest text column below the header (the names), wrapped lines joined.
        let body = tableWords.filter { $0.y0 > headerBottom }
        let widths = Dictionary(grouping: body, by: column).mapValues { $0.map { $0.x1 - $0.x0 }.max()! }
        guard let nameColumn = widths.max(by: { $0.value < $1.value })?.key else { return nil }
        var rowBands: [(top: Double, bottom: Double)] = []
        for word in body.filter({ column($0) == nameColumn }).sorted(by: { $0.y0 < $1.y0 }) {
            if let last = rowBands.last, word.y0 - last.bottom < word.size * 0.6 {
                rowBands[rowBands.count - 1].bottom = max(last.bottom, word.y1)
            } else {
                rowBands.append((word.y0, word.y1))
            }
        }
        guard rowBands.count >= 2 else { return nil }
        func distance(_ word: Word, _ band: (top: Double, bottom: Double)) -> Double {
            if word.y1 >= band.top && word.y0 <= band.bottom { return 0 }
            return min(abs(word.y0 - band.bottom), abs(word.y1 - band.top))
        }
        let columnCount = edges.count - 1
        var texts = [[[Word]]](repeating: [[Word]](repeating: [], count: columnCount), count: rowBands.count + 1)
        for word in headerWords { texts[0][column(word)].append(word) }
        for word in body {
            let row = rowBands.indices.min { distance(word, rowBands[$0]) < distance(word, rowBands[$1]) }!
            texts[row + 1][column(word)].append(word)
        }
        var cells: [Cell] = []
        for (row, columns) in texts.enumerated() {
            for (columnIndex, words) in columns.enumerated() {
                // Words of one line keep a space between them (“70 以上”, “2020 年”); cellText drops it
                // between CJK characters.
                var glyphs: [(y: Double, x: Double, size: Double, scalar: Unicode.Scalar)] = []
                for word in words.sorted(by: { ($0.yMid, $0.x0) < ($1.yMid, $1.x0) }) {
                    if let last = glyphs.last, abs(last.y - word.yMid) < word.size * 0.5 {
                        glyphs.append((last.y, last.x + 0.5, word.size, " "))
                        let y = last.y
                        for (offset, scalar) in word.text.unicodeScalars.enumerated() {
                            glyphs.append((y, last.x + 1 + Double(offset), word.size, scalar))
                        }
                    } else {
                        for (offset, scalar) in word.text.unicodeScalars.enumerated() {
                            glyphs.append((word.yMid, word.x0 + Double(offset), word.size, scalar))
                        }
                    }
                }
                let offsets = words.map(\.offsets)
                cells.append(Cell(row: row, column: columnIndex, rowSpan: 1, columnSpan: 1, text: cellText(glyphs),
                                  sourceRange: offsets.isEmpty ? nil : offsets.map(\.lowerBound).min()!..<offsets.map(\.upperBound).max()!,
                                  line: words.map(\.line).min()))
            }
        }
        let rowEdges = [top] + rowBands.dropLast().indices.map { (rowBands[$0].bottom + rowBands[$0 + 1].top) / 2 } + [bottom + 2]
        return TableGrid(page: page.number, rowEdges: [top - 1] + rowEdges.dropFirst(0).map { $0 }, columnEdges: edges,
                         cells: cells)
    }

    /// Glyph runs of each line split at gaps of half a character or more.
    private static func words(in lines: [NormalizedSourceLine]) -> [Word] {
        var words: [Word] = []
        for line in lines {
            var current: Word?
            for (index, scalar) in line.scalars.enumerated() {
                guard let glyph = line.glyph(at: index) else { continue }
                if scalar.properties.isWhitespace || glyph.x1 <= glyph.x0 {
                    if let word = current { words.append(word) }
                    current = nil
                    continue
                }
                let offset = line.offsets[index]
                if var word = current, glyph.x0 - word.x1 < max(glyph.fontSize, 6) * 0.5 {
                    word.text.unicodeScalars.append(scalar)
                    word.x1 = glyph.x1
                    word.y0 = min(word.y0, glyph.y0)
                    word.y1 = max(word.y1, glyph.y1)
                    word.offsets = word.offsets.lowerBound..<(offset + 1)
                    current = word
                } else {
                    if let word = current { words.append(word) }
                    current = Word(text: String(scalar), x0: glyph.x0, x1: glyph.x1, y0: glyph.y0, y1: glyph.y1,
                                   size: max(glyph.fontSize, 6), offsets: offset..<(offset + 1), line: line.number)
                }
            }
            if let word = current { words.append(word) }
        }
        return words
    }
}
