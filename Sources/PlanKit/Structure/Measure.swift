import Foundation

/// A measure (措施): a task the plan assigns, with the departments responsible for it.
///
/// Plans mark them with `（责任单位：市生态环境局、市发展改革委）` or `（市生态环境局牵头负责）` after the
/// sentences they cover; the measure's text runs from the previous marker (or the paragraph's start)
/// to the end of its own.
public struct Measure: Codable, Sendable, Equatable {
    /// `m1`, `m2`, … in document order.
    public var id: String
    public var section: String?
    public var text: String
    /// The departments as printed, in order: [“市生态环境局”, “市发展改革委”].
    public var responsible: [String]
    /// A deadline the measure states, as printed: “2023 年底前”; nil when it states none.
    public var deadline: String?
    public var span: Span
}

extension Measure {
    /// Finds the measures in the paragraphs of `tree`.
    static func all(in tree: BlockTree, text: NormalizedText) -> [Measure] {
        var measures: [Measure] = []
        for (block, range) in zip(tree.blocks, tree.ranges) where block.kind == .paragraph || block.kind == .box {
            guard block.text.containsBytes(of: "（") || block.text.containsBytes(of: "(") else { continue }  // no marker without one
            let scalars = block.text.scalarArray
            var start = 0
            for marker in markers(in: scalars) {
                let measureText = String(scalars: scalars[start..<marker.end])
                let local = (range.lowerBound + start)..<(range.lowerBound + marker.end)
                measures.append(Measure(
                    id: "m\(measures.count + 1)", section: block.section, text: measureText,
                    responsible: marker.departments, deadline: deadline(in: measureText),
                    span: text.sourceSpan(of: local)))
                start = marker.end
                while start < scalars.count && scalars[start].isLayoutSpace { start += 1 }
            }
        }
        return measures
    }

    /// Each `（责任单位：…）` / `（…牵头…）` in the paragraph: where it ends and whom it names.
    private static func markers(in scalars: [Unicode.Scalar]) -> [(end: Int, departments: [String])] {
        var found: [(Int, [String])] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "（" || scalars[index] == "(", let close = closing(scalars, from: index) else {
                index += 1
                continue
            }
            let inside = String(scalars: scalars[(index + 1)..<close])
            if let departments = departments(in: inside) { found.append((close + 1, departments)) }
            index = close + 1
        }
        return found
    }

    /// The index of the parenthesis that closes the one at `open`, counting nested ones.
    private static func closing(_ scalars: [Unicode.Scalar], from open: Int) -> Int? {
        var depth = 0
        for index in open..<scalars.count {
            switch scalars[index] {
            case "（", "(": depth += 1
            case "）", ")":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }

    /// 责任单位：A、B，C。explanation → [A, B, C]; A牵头负责 / A牵头，B配合 → [A, B]; nil for other
    /// parentheses. Separators inside nested brackets (各县<市、区>政府) do not split.
    static func departments(in inside: String) -> [String]? {
        // Every marker names 责任 or 牵头: other parentheses (most) are dismissed by two byte searches.
        guard inside.containsBytes(of: "责任") || inside.containsBytes(of: "牵头") else { return nil }
        var body: Substring
        if let colon = inside.firstIndex(where: { $0 == "：" || $0 == ":" }),
           ["责任单位", "牵头单位", "责任部门"].contains(where: { inside[..<colon].endsWith($0) }) {
            body = inside[inside.index(after: colon)...]
        } else if inside.containsBytes(of: "牵头") && !inside.containsBytes(of: "。") && inside.count <= 80 {
            body = Substring(inside)
        } else {
            return nil
        }
        if let stop = body.firstIndex(of: "。") { body = body[..<stop] }
        // Scalar by scalar: comparing Characters goes through Unicode string comparison, and this runs for
        // every marker of a plan.
        var names: [String] = []
        var current = String.UnicodeScalarView()
        var depth = 0
        for scalar in body.unicodeScalars {
            switch scalar {
            case "<", "（", "(", "〈": depth += 1
            case ">", "）", ")", "〉": depth -= 1
            default: break
            }
            if depth == 0 && (scalar == "、" || scalar == "，" || scalar == "," || scalar == "；") {
                names.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        names.append(String(current))
        let cleaned = names.map { name -> String in
            var name = name.trimmingSpaces()
            for suffix in ["牵头负责", "牵头", "负责", "配合", "等"] where name.endsWith(suffix) && name.count > suffix.count {
                name = String(name.dropLast(suffix.count))
            }
            return name
        }.filter { !$0.isEmpty }
        return cleaned.isEmpty ? nil : cleaned
    }

    nonisolated(unsafe) private static let deadlinePattern = /[0-9]{4}\s*年\s*(底前|年底前|前|以前|[0-9]{1,2}\s*月\s*(底前|前))/

    private static func deadline(in text: String) -> String? {
        // Every deadline ends in 前; most measures have none, and the pattern is the costly part.
        guard text.containsBytes(of: "前") else { return nil }
        return text.firstMatch(of: deadlinePattern).map { String($0.output.0) }
    }
}

extension [Measure] {
    /// The measures in the paragraphs and 专栏 boxes of `tree`.
    init(reading tree: BlockTree, text: NormalizedText) { self = Measure.all(in: tree, text: text) }
}
