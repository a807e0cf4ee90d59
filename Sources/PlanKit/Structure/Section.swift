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
}
