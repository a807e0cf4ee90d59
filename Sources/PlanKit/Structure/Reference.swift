/// A document the text cites (引用文件): 《河北省生态环境保护“十四五”规划》, with its 文号 when the
/// text gives one in the parentheses that follow (（冀政字〔2022〕2号）).
///
/// Deduplicated by title: `span` is the first citation, `spans` all of them in order.
public struct Reference: Codable, Sendable, Equatable {
    public var title: String
    public var docNumber: String?
    public var span: Span
    public var spans: [Span]
}

extension Reference {
    /// Every 《…》 title in the non-furniture blocks of `tree`, except names the text defines as its
    /// own short forms (以下简称《规划》).
    static func all(in tree: BlockTree, text: NormalizedText) -> [Reference] {
        var references: [Reference] = []
        var indexByTitle: [String: Int] = [:]
        var shortForms: Set<String> = []
        for (block, range) in zip(tree.blocks, tree.ranges) where block.kind != .furniture {
            let scalars = block.text.scalarArray
            var index = 0
            while index < scalars.count {
                guard scalars[index] == "《", let close = scalars[(index + 1)...].firstIndex(of: "》") else {
                    index += 1
                    continue
                }
                let title = String(scalars: scalars[(index + 1)..<close])
                let before = String(scalars: scalars[max(0, index - 4)..<index])
                defer { index = close + 1 }
                if before.endsWith("简称") {
                    shortForms.insert(title)
                    continue
                }
                guard !title.isEmpty, !title.containsBytes(of: "《") else { continue }
                let docNumber = Self.docNumber(after: close + 1, in: scalars)
                let span = text.sourceSpan(of: (range.lowerBound + index)..<(range.lowerBound + close + 1))
                if let existing = indexByTitle[title] {
                    references[existing].spans.append(span)
                    if references[existing].docNumber == nil { references[existing].docNumber = docNumber }
                } else {
                    indexByTitle[title] = references.count
                    references.append(Reference(title: title, docNumber: docNumber, span: span, spans: [span]))
                }
            }
        }
        return references.filter { !shortForms.contains($0.title) }
    }

    /// A 文号 in the parentheses right after a title: 《…》（冀政字〔2022〕2号）.
    private static func docNumber(after start: Int, in scalars: [Unicode.Scalar]) -> String? {
        guard start < scalars.count, scalars[start] == "（" || scalars[start] == "(" else { return nil }
        let end = scalars[start...].firstIndex { $0 == "）" || $0 == ")" } ?? scalars.count
        let inside = String(scalars: scalars[(start + 1)..<end])
        return FrontMatter.docNumber(in: inside)
    }
}

extension [Reference] {
    /// The documents `tree` cites by title (《…》).
    init(reading tree: BlockTree, text: NormalizedText) { self = Reference.all(in: tree, text: text) }
}
