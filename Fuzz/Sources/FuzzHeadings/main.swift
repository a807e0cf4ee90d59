// Heading recogniser and block tree: 一、/（一）/1./（1）, 第X章 and run-in headings in any UTF-8 text.
// Checks that every section and block points at lines of the document, in order.
import FuzzDriver
@testable import PlanKit

fuzzMain { data in
    let text = String(decoding: data, as: UTF8.self)
    let source = SourceDocument(path: "fuzz.txt", text: text)
    let normalized = NormalizedText(normalizing: source)
    var diagnostics: [Diagnostic] = []
    let tree = BlockTree(structuring: normalized, diagnostics: &diagnostics)
    let lineCount = max(source.lines.count, 1)
    let scalarCount = source.text.unicodeScalars.count
    for span in tree.blocks.map(\.span) + tree.sections.map(\.span) {
        precondition(span.line >= 1 && span.line <= lineCount, "span on a line the document lacks")
        precondition(span.start >= 0 && span.start <= span.end && span.end <= scalarCount, "span outside the text")
    }
    let ids = Set(tree.sections.map(\.id))
    for section in tree.sections {
        precondition(section.parent.map(ids.contains) ?? true, "section with an unknown parent")
    }
}
