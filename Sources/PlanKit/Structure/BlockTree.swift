/// The document's blocks in order: at this stage one paragraph or furniture block per normalised line.
public struct BlockTree: Sendable {
    public var blocks: [Block]

    public init(structuring text: NormalizedText) {
        blocks = text.lines.enumerated().map { index, line in
            let source = text.offsetMap.sourceRange(of: line.range)
            return Block(
                id: "b\(index + 1)", section: nil, kind: line.furniture == nil ? .paragraph : .furniture,
                furniture: line.furniture, text: line.text,
                span: Span(page: line.page, line: line.line, start: source.lowerBound, end: source.upperBound))
        }
    }
}
