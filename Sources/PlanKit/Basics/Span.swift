/// Where an element came from in the source document.
///
/// `page` is 1-based (PDF only; nil for text files), `line` is the 1-based line of the source text on
/// which the element starts, and `start`/`end` are Unicode-scalar offsets into the whole source text,
/// `end` exclusive.
public struct Span: Codable, Hashable, Sendable {
    public var page: Int?
    public var line: Int
    public var start: Int
    public var end: Int

    public init(page: Int?, line: Int, start: Int, end: Int) {
        self.page = page
        self.line = line
        self.start = start
        self.end = end
    }
}
