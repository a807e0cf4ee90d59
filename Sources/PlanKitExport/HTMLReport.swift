import Foundation
import PlanKit

/// A self-contained HTML report over plan graphs: the documents, then one section per indicator concept
/// with a chart of each region's baseline → target in base units (inline SVG, no scripts, viewable
/// offline) and the qualitative targets as text; a concept with no number at all has text only.
public struct HTMLReport: Sendable {
    public var html: String

    public init(_ graphs: [PlanGraph]) {
        let matrix = CorpusMatrix(comparing: graphs)
        var body = "<h1>PlanGraph report</h1>\n<table class=\"documents\"><tr><th>document</th><th>region</th><th>title</th>"
            + "<th>kind</th><th>period</th><th>indicators</th></tr>\n"
        for graph in graphs {
            let document = graph.document
            body += "<tr><td>\(Self.escape(document.id))</td><td>\(Self.escape(document.region?.name ?? "—"))</td>"
                + "<td>\(Self.escape(document.title ?? "—"))</td><td>\(Self.escape(document.kind?.rawValue ?? "—"))</td>"
                + "<td>\(document.period.map { "\($0.from)–\($0.to)" } ?? "—")</td><td>\(graph.indicators.count)</td></tr>\n"
        }
        body += "</table>\n"
        for row in matrix.rows {
            body += Self.section(row, matrix: matrix, graphs: graphs)
        }
        html = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>PlanGraph report</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; margin: 24px; color: #222; }
            table.documents { border-collapse: collapse; margin-bottom: 24px; }
            table.documents td, table.documents th { border: 1px solid #bbb; padding: 4px 8px; text-align: left; }
            section.concept { margin: 18px 0; }
            section.concept h2 { font-size: 15px; margin: 0 0 4px; }
            .concept-id { color: #777; font-weight: normal; }
            .qualitative { color: #555; font-size: 13px; margin: 2px 0; }
            svg text { font-size: 12px; }
            </style></head><body>
            \(body)</body></html>

            """
    }

    /// One concept: bars for each document's numeric baseline and target, text for qualitative ones.
    private static func section(_ row: CorpusMatrix.Row, matrix: CorpusMatrix, graphs: [PlanGraph]) -> String {
        var bars: [(label: String, baseline: Decimal?, target: Decimal?, unit: String)] = []
        var qualitative: [String] = []
        for (index, graph) in graphs.enumerated() {
            guard let indicator = graph.indicators.first(where: { $0.concept == row.concept }) else { continue }
            let baseline = indicator.values.first { $0.role == .baseline }
            let target = indicator.values.first { $0.role == .target }
            let label = matrix.documents[index].label
            if let unit = target?.si?.unit ?? baseline?.si?.unit, target?.si?.value != nil || baseline?.si?.value != nil {
                bars.append((label, baseline?.si?.unit == unit ? baseline?.si?.value : nil,
                             target?.si?.unit == unit ? target?.si?.value : nil, unit))
            } else if let target {
                qualitative.append("\(label): \(target.text)")
            }
        }
        var out = "<section class=\"concept\" data-concept=\"\(escape(row.concept))\"><h2>\(escape(row.name)) "
            + "<span class=\"concept-id\">\(escape(row.concept))</span></h2>\n"
        let units = Set(bars.map(\.unit))
        let maximum = bars.flatMap { [$0.baseline, $0.target].compactMap { $0 } }.max() ?? 1
        let rowHeight = 26
        let height = bars.count * rowHeight + 10
        if bars.isEmpty {
            for line in qualitative { out += "<p class=\"qualitative\">\(escape(line))</p>\n" }
            return out + "</section>\n"
        }
        out += "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"\(height)\" role=\"img\">\n"
        for (position, bar) in bars.enumerated() {
            let y = position * rowHeight + 5
            out += "<text x=\"0\" y=\"\(y + 15)\">\(escape(bar.label))</text>\n"
            func width(_ value: Decimal) -> Int {
                maximum == 0 ? 0 : Int((NSDecimalNumber(decimal: value / maximum).doubleValue * 420).rounded())
            }
            if let baseline = bar.baseline {
                out += "<rect x=\"160\" y=\"\(y)\" width=\"\(width(baseline))\" height=\"9\" fill=\"#b8b8b8\"><title>baseline \(baseline) \(escape(bar.unit))</title></rect>\n"
            }
            if let target = bar.target {
                out += "<rect x=\"160\" y=\"\(y + 10)\" width=\"\(width(target))\" height=\"9\" fill=\"#2f6db3\"><title>target \(target) \(escape(bar.unit))</title></rect>\n"
            }
            let label = [bar.baseline.map { "\($0)" }, bar.target.map { "\($0)" }].compactMap { $0 }.joined(separator: " → ")
            out += "<text x=\"\(170 + width(max(bar.baseline ?? 0, bar.target ?? 0)))\" y=\"\(y + 15)\">\(escape(label)) \(escape(bar.unit))</text>\n"
        }
        out += "</svg>\n"
        if units.count > 1 { out += "<p class=\"qualitative\">units differ: \(escape(units.sorted().joined(separator: ", ")))</p>\n" }
        for line in qualitative { out += "<p class=\"qualitative\">\(escape(line))</p>\n" }
        return out + "</section>\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
