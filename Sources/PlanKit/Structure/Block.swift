/// A run of the normalised text with one role: a paragraph, or page furniture.
///
/// Blocks tile the normalised text: in order, each block's `text` followed by "\n" rebuilds it
/// exactly, so nothing the document says is dropped. Later stages add headings, tables, boxes and notes.
public struct Block: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case heading, paragraph, table, box, note, furniture
    }

    /// `b1`, `b2`, … in document order.
    public var id: String
    /// The id of the section the block sits in; nil until the heading tree is built.
    public var section: String?
    public var kind: Kind
    /// For furniture: `page-number`, `running-header` or `url`.
    public var furniture: String?
    public var text: String
    public var span: Span

    enum CodingKeys: String, CodingKey { case id, section, kind, furniture, text, span }

    /// Writes `section` as an explicit null (the contract's readers expect the key); `furniture` only
    /// on furniture blocks.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(section, forKey: .section)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(furniture, forKey: .furniture)
        try container.encode(text, forKey: .text)
        try container.encode(span, forKey: .span)
    }
}
