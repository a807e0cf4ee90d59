/// A table as rows of cell texts under a header, whichever way it was read: from a PDF's ruled grid,
/// from the flattened text of an extraction, or as a table by a reader that has them (HTML, DOCX).
/// The indicator reader works on this shape only.
public struct FlatTable: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var span: Span?

        public init(text: String, span: Span?) {
            self.text = text
            self.span = span
        }
    }

    /// The header text of each column.
    public var header: [String]
    /// Data rows; each has one cell per column, and a merged cell repeats in every row it covers.
    public var rows: [[Cell]]
    /// The title printed above the table, if any.
    public var caption: String?
    public var pages: [Int]?
    /// Source line numbers the table occupies, so its lines become table blocks.
    public var lines: Set<Int>
    public var span: Span

    public init(header: [String], rows: [[Cell]], caption: String?, pages: [Int]?, lines: Set<Int>, span: Span) {
        self.header = header
        self.rows = rows
        self.caption = caption
        self.pages = pages
        self.lines = lines
        self.span = span
    }
}
