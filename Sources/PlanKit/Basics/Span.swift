import Foundation

/// Where an element came from in the source document.
///
/// `page` is 1-based (PDF only; nil for text files), `line` is the 1-based line of the source text on
/// which the element starts, and `start`/`end` are Unicode-scalar offsets into the whole source text,
/// `end` exclusive. `box` is where a PDF prints it: the rectangle around its glyphs on `page`.
public struct Span: Codable, Hashable, Sendable {
    public var page: Int?
    public var line: Int
    public var start: Int
    public var end: Int
    /// The bounding box of the element's glyphs on its first page, in PDF points from the page's top
    /// left (poppler's text layout); nil for text files.
    public var box: Box?

    /// A rectangle on a PDF page in points, origin at the top left, y downwards; to 0.01 pt.
    public struct Box: Codable, Hashable, Sendable {
        public var x: Decimal
        public var y: Decimal
        public var width: Decimal
        public var height: Decimal

        public init(x: Decimal, y: Decimal, width: Decimal, height: Decimal) {
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }
    }

    public init(page: Int?, line: Int, start: Int, end: Int, box: Box? = nil) {
        self.page = page
        self.line = line
        self.start = start
        self.end = end
        self.box = box
    }
}
