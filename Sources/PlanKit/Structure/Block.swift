/// A run of the normalised text with one role: heading, paragraph, table line, 专栏 box entry, note or
/// page furniture.
///
/// Blocks tile the normalised text (see `BlockTree`), so nothing the document says is dropped.
public struct Block: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case heading, paragraph, table, box, note, furniture
    }

    /// `b1`, `b2`, … in document order.
    public var id: String
    /// The id of the innermost section the block sits in; nil before the first heading.
    public var section: String?
    public var kind: Kind
    /// For furniture: `page-number`, `running-header` or `url`; nil for other blocks.
    public var furniture: Furniture.Kind?
    public var text: String
    public var span: Span
}
