/// One source line after the character steps of normalising — full-width digits, letters and signs
/// folded to ASCII, Traditional script converted to Simplified when the document is Traditional — with
/// its spaces and tabs as printed and one source offset per scalar.
///
/// It is the text every stage after Reading starts from. The prose steps (`CleanLine`, then re-joining)
/// trim it; the table stage reads it whole, because a table's columns live in the tabs, space runs and
/// glyph boxes that re-joining prose drops.
public struct NormalizedSourceLine: Sendable {
    public let scalars: [Unicode.Scalar]
    /// The source offset of each scalar (a Traditional character converted to two keeps its offset twice).
    public let offsets: [Int]
    /// The line as read: its number, page, start offset and glyph boxes.
    public let source: SourceLine

    init(_ line: SourceLine, simplify: Bool) {
        // The lines of a document may all be held at once: no spare capacity.
        let count = line.text.scalarCount
        // (An empty line gets a plain empty array: filling one of capacity 0 writes its count into the
        // storage all empty arrays share, which ThreadSanitizer rightly reports across threads.)
        var scalars = count == 0 ? [] : [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
            line.text.forEachScalar { scalar in
                buffer.initializeElement(at: initialized, to: scalar.widthFolded ?? scalar)
                initialized += 1
            }
        }
        var offsets = Array(line.start..<(line.start + count))
        if simplify { ScriptConversion.simplify(&scalars, &offsets) }
        self.scalars = scalars
        self.offsets = offsets
        source = line
    }

    /// 1-based line number in the source text.
    public var number: Int { source.number }
    /// 1-based PDF page; nil for text files.
    public var page: Int? { source.page }
    public var text: String { String(scalars: scalars) }

    /// The glyph box of scalar `index`; nil for text files.
    public func glyph(at index: Int) -> Glyph? {
        source.glyphs.isEmpty ? nil : source.glyphs[offsets[index] - source.start]
    }

    /// The source offsets covered by scalars `range`; an empty range gives an empty one where it starts.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        let from = range.lowerBound < offsets.count ? offsets[range.lowerBound] : (offsets.last.map { $0 + 1 } ?? source.start)
        guard !range.isEmpty else { return from..<from }
        return from..<(offsets[range.upperBound - 1] + 1)
    }
}

extension [Unicode.Scalar] {
    /// The layout spaces of a table cell's text: none at the ends, none between two CJK characters
    /// (“环境 风险 防控” → “环境风险防控”), one for any other run (“70  以上” → “70 以上”).
    func collapsingLayoutSpaces() -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(count)
        var index = 0
        while index < count {
            guard self[index].isLayoutSpace else {
                out.append(self[index])
                index += 1
                continue
            }
            var runEnd = index
            while runEnd < count && self[runEnd].isLayoutSpace { runEnd += 1 }
            if let last = out.last, runEnd < count, !(last.isCJK && self[runEnd].isCJK) { out.append(" ") }
            index = runEnd
        }
        return out
    }
}
