/// A 专栏 box of key projects (重点工程): its label, title and the entries it lists.
public struct Project: Codable, Sendable, Equatable {
    /// `p1`, `p2`, … in document order.
    public var id: String
    /// “专栏 2” as printed; “专栏” when the box has no number.
    public var label: String
    public var title: String
    /// The box's lines after its title, one entry each (“NOx 深度治理工程。对钢铁、焦化…”).
    public var items: [String]
    /// Where the box's title is.
    public var span: Span
}
