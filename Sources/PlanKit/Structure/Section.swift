/// A section (章节) of the document's heading tree, as its authors numbered it.
///
/// `level` is 1 for the outermost numbering style the document uses (一、 in most plans, 第一章 where
/// chapters exist); `label` is the number as printed (“（二）”), `title` the heading without it and
/// without a run-in heading's closing “。”.
public struct Section: Codable, Sendable, Equatable {
    /// `s1`, `s2`, … in document order.
    public var id: String
    /// The enclosing section's id; nil at the top level.
    public var parent: String?
    public var level: Int
    public var label: String
    public var title: String
    /// Where the heading is.
    public var span: Span

    enum CodingKeys: String, CodingKey { case id, parent, level, label, title, span }

    /// Writes `parent` as an explicit null at the top level.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(parent, forKey: .parent)
        try container.encode(level, forKey: .level)
        try container.encode(label, forKey: .label)
        try container.encode(title, forKey: .title)
        try container.encode(span, forKey: .span)
    }
}
