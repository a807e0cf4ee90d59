import Foundation

/// Where on its PDF page each element of a graph is printed: the rectangle around the glyphs of its
/// span, from the glyph boxes poppler's text layout gave for every character. `plangraph view` draws
/// these over the rendered pages, and users can crop a cell or a clause from the page with them.
struct PageBoxes {
    private let lines: [SourceLine]
    /// The scalar offset just past each line, for the binary search.
    private let ends: [Int]

    init(_ source: SourceDocument) {
        lines = source.lines
        ends = source.lines.map { $0.start + $0.glyphs.count }
    }

    /// The box of the span's glyphs on its first page; nil without glyphs (a text file, a page whose
    /// layout poppler did not give) or for an empty span.
    func box(of span: Span) -> Span.Box? {
        guard let page = span.page, span.end > span.start else { return nil }
        var low = 0
        var high = ends.count
        while low < high {
            let middle = (low + high) / 2
            if ends[middle] <= span.start { low = middle + 1 } else { high = middle }
        }
        var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
        for index in low..<lines.count {
            let line = lines[index]
            guard line.start < span.end else { break }
            guard line.page == page else { if line.page ?? 0 > page { break } else { continue } }
            let from = max(span.start - line.start, 0)
            let to = min(span.end - line.start, line.glyphs.count)
            guard from < to else { continue }
            for glyph in line.glyphs[from..<to] where glyph.x1 > glyph.x0 && glyph.y1 > glyph.y0 {
                x0 = min(x0, glyph.x0)
                y0 = min(y0, glyph.y0)
                x1 = max(x1, glyph.x1)
                y1 = max(y1, glyph.y1)
            }
        }
        guard x0 <= x1, y0 <= y1 else { return nil }
        func hundredths(_ value: Double) -> Int { Int((value * 100).rounded()) }
        return Span.Box(hundredths: (hundredths(x0), hundredths(y0), hundredths(x1) - hundredths(x0), hundredths(y1) - hundredths(y0)))
    }
}

extension PlanGraph {
    /// Gives every span of the graph its box on the page (PDF only).
    mutating func placeOnPages(_ source: SourceDocument) {
        guard source.format == .pdf else { return }
        let boxes = PageBoxes(source)
        func place(_ span: inout Span) { span.box = boxes.box(of: span) }
        for index in sections.indices { place(&sections[index].span) }
        for index in blocks.indices { place(&blocks[index].span) }
        for index in tables.indices {
            place(&tables[index].span)
            for note in tables[index].notes.indices { place(&tables[index].notes[note].span) }
        }
        for index in indicators.indices {
            place(&indicators[index].span)
            for value in indicators[index].values.indices { place(&indicators[index].values[value].span) }
        }
        for index in targets.indices { place(&targets[index].span) }
        for index in observations.indices { place(&observations[index].span) }
        for index in projects.indices { place(&projects[index].span) }
        for index in measures.indices { place(&measures[index].span) }
        for index in references.indices {
            place(&references[index].span)
            for span in references[index].spans.indices { place(&references[index].spans[span]) }
        }
    }
}
