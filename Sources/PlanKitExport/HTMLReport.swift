import Foundation
import PlanKit

/// A self-contained HTML report over plan graphs: the documents, a legend, then one section per
/// concept any document targets — from its indicator table or, where it has none, from its prose —
/// with a chart of each region's baseline → target (inline SVG, no scripts, viewable offline) and the
/// qualitative targets as text. Values read as a Chinese reader expects (2.83 亿立方米); each chart
/// has one unit, so a level in % and a change in percentage points never share a scale; 约束性 targets
/// are marked, and targets read from the prose are drawn apart from table ones. Where the documents
/// include a plan and later reports of its region (a mid-term review, press releases, bulletins, work
/// reports), each of the plan's targets gets its tracking status (met, on track, at risk, missed), in a
/// table of its own and beside the plan's bar.
public struct HTMLReport: Sendable {
    public var html: String

    public init(_ graphs: [PlanGraph]) {
        let matrix = CorpusMatrix(comparing: graphs)
        let targets = graphs.map(ConceptTarget.all)
        var body = "<h1>PlanGraph report</h1>\n<table class=\"documents\"><tr><th>document</th><th>region</th><th>title</th>"
            + "<th>kind</th><th>period</th><th>indicators</th><th>targets in the text</th><th>observations</th></tr>\n"
        for graph in graphs {
            let document = graph.document
            body += "<tr><td>\(Self.escape(document.id))</td><td>\(Self.escape(document.region?.name ?? "—"))</td>"
                + "<td>\(Self.escape(document.title ?? "—"))</td><td>\(Self.escape(document.kind?.rawValue ?? "—"))</td>"
                + "<td>\(document.period.map { "\($0.from)–\($0.to)" } ?? "—")</td><td>\(graph.indicators.count)</td>"
                + "<td>\(graph.targets.count)</td><td>\(graph.observations.count)</td></tr>\n"
        }
        body += "</table>\n" + Self.legend
        let trackings = Self.trackings(graphs)
        var statuses: [Int: [String: TargetTracking.Status]] = [:]
        for (plan, tracking) in trackings {
            statuses[plan] = Dictionary(tracking.items.map { ($0.concept, $0.status) }, uniquingKeysWith: { first, _ in first })
            body += Self.trackingTable(tracking)
        }
        for row in matrix.rows {
            body += Self.section(row, labels: matrix.documents.map(\.label), targets: targets, statuses: statuses)
        }
        html = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>PlanGraph report</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; margin: 24px; color: #222; }
            table.documents { border-collapse: collapse; margin-bottom: 12px; }
            table.documents td, table.documents th { border: 1px solid #bbb; padding: 4px 8px; text-align: left; }
            .legend { font-size: 13px; color: #444; margin: 8px 0 20px; }
            .swatch { display: inline-block; width: 14px; height: 9px; margin: 0 4px 0 12px; vertical-align: middle; }
            section.concept { margin: 18px 0; }
            section.concept h2 { font-size: 15px; margin: 0 0 4px; }
            .concept-id { color: #777; font-weight: normal; }
            .qualitative { color: #555; font-size: 13px; margin: 2px 0; }
            .binding { color: #b3261e; font-weight: bold; }
            table.tracking { border-collapse: collapse; margin: 4px 0 20px; font-size: 13px; }
            table.tracking td, table.tracking th { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
            .status { font-weight: bold; white-space: nowrap; }
            svg text { font-size: 12px; }
            </style></head><body>
            \(body)</body></html>

            """
    }

    static let tableTarget = "#2f6db3"
    static let proseTarget = "#8fb3de"
    static let baseline = "#b8b8b8"

    static let legend = "<p class=\"legend\">Legend:<span class=\"swatch\" style=\"background:\(baseline)\"></span>baseline"
        + "<span class=\"swatch\" style=\"background:\(tableTarget)\"></span>target of an indicator table"
        + "<span class=\"swatch\" style=\"background:\(proseTarget)\"></span>target stated in the text"
        + "<span class=\"binding\" style=\"margin-left:12px\">约束性</span> binding (else 预期性 or not said)."
        + " Each chart has one unit; values are in the concept's base unit, read as 万/亿 where large.</p>\n"

    /// The colour of each tracking status, in the table and beside the bars.
    static func colour(of status: TargetTracking.Status) -> String {
        switch status {
        case .met: "#1b7f3b"
        case .onTrack: "#2f6db3"
        case .atRisk: "#c77700"
        case .missed: "#b3261e"
        case .noData: "#888888"
        }
    }

    /// The plans among the graphs, by index, each tracked through the reports of its own region: the
    /// documents of a report kind whose region has the plan's code (or name, without codes) and whose
    /// period, where both are known, is the plan's.
    static func trackings(_ graphs: [PlanGraph]) -> [(Int, TargetTracking)] {
        let reportKinds: Set<DocumentKind> = [.midtermReview, .pressRelease, .bulletin, .workReport]
        func region(_ graph: PlanGraph) -> String? { graph.document.region.map { $0.code ?? $0.name } }
        var out: [(Int, TargetTracking)] = []
        for (index, plan) in graphs.enumerated() where plan.document.kind == .plan || plan.document.kind == .planOutline {
            guard let place = region(plan) else { continue }
            let reports = graphs.filter { report in
                guard let kind = report.document.kind, reportKinds.contains(kind), region(report) == place else { return false }
                guard let planned = plan.document.period, let period = report.document.period else { return true }
                return planned == period
            }
            guard !reports.isEmpty else { continue }
            let tracking = TargetTracking(plan: plan, reports: reports)
            if !tracking.items.isEmpty { out.append((index, tracking)) }
        }
        return out
    }

    /// One plan's targets with their status, the latest evidence and the note that explains it.
    private static func trackingTable(_ tracking: TargetTracking) -> String {
        var out = "<h2 class=\"tracking\">Target tracking: \(escape(tracking.plan.id))</h2>\n<p class=\"legend\">Through "
            + tracking.reports.map { escape($0.id) }.joined(separator: ", ") + ". "
            + TargetTracking.Status.allCases.map { status in
                "<span class=\"status\" style=\"color:\(colour(of: status))\">\(status.rawValue)</span> "
                    + "\(tracking.items.filter { $0.status == status }.count)"
            }.joined(separator: " · ")
            + "</p>\n<table class=\"tracking\" data-plan=\"\(escape(tracking.plan.id))\"><tr><th>indicator</th><th>target</th>"
            + "<th>status</th><th>latest evidence</th><th>note</th></tr>\n"
        for item in tracking.items {
            let latest = item.evidence.last.map { "\($0.year.map(String.init) ?? "?") \($0.kind.rawValue): \($0.text) (\($0.document))" } ?? "—"
            out += "<tr data-concept=\"\(escape(item.concept))\" data-status=\"\(item.status.rawValue)\"><td>\(escape(item.name))</td>"
                + "<td>\(escape(item.target)) (\(item.year.map(String.init) ?? "?"))</td>"
                + "<td class=\"status\" style=\"color:\(colour(of: item.status))\">\(item.status.rawValue)</td>"
                + "<td>\(escape(latest))</td><td>\(escape(item.note ?? ""))</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private struct Bar {
        var label: String
        var status: TargetTracking.Status?
        var baseline: Decimal?
        var target: Decimal?
        var prose: Bool
        var binding: Bool
    }

    /// One concept: a chart per unit of each document's numeric baseline and target, text for qualitative ones.
    private static func section(_ row: CorpusMatrix.Row, labels: [String], targets: [[ConceptTarget]],
                                statuses: [Int: [String: TargetTracking.Status]]) -> String {
        var charts: [String: [Bar]] = [:]
        var units: [String] = []
        var qualitative: [String] = []
        for (index, documentTargets) in targets.enumerated() {
            guard let chosen = documentTargets.first(where: { $0.concept == row.concept && $0.target != nil }),
                  let target = chosen.target else { continue }
            let binding = chosen.attribute == .binding
            let baseline = chosen.baseline
            if let unit = target.si?.unit ?? baseline?.si?.unit, target.si?.value != nil || baseline?.si?.value != nil {
                if charts[unit] == nil { units.append(unit) }
                charts[unit, default: []].append(Bar(label: labels[index], status: statuses[index]?[row.concept], baseline: baseline?.si?.unit == unit ? baseline?.si?.value : nil,
                                                     target: target.si?.unit == unit ? target.si?.value : nil,
                                                     prose: chosen.source == .prose, binding: binding))
            } else {
                qualitative.append("<p class=\"qualitative\">\(escape(labels[index])): \(escape(target.qualitative ?? target.text))"
                    + (chosen.source == .prose ? " (text)" : "") + (binding ? " <span class=\"binding\">约束性</span>" : "")
                    + (statuses[index]?[row.concept].map { " <span class=\"status\" style=\"color:\(colour(of: $0))\">\($0.rawValue)</span>" } ?? "")
                    + "</p>\n")
            }
        }
        var out = "<section class=\"concept\" data-concept=\"\(escape(row.concept))\"><h2>\(escape(row.name)) "
            + "<span class=\"concept-id\">\(escape(row.concept))</span></h2>\n"
        for unit in units { out += chart(charts[unit] ?? [], unit: unit) }
        return out + qualitative.joined() + "</section>\n"
    }

    /// Horizontal bars on one scale, labels in a column as wide as the longest.
    private static func chart(_ bars: [Bar], unit: String) -> String {
        let maximum = bars.flatMap { [$0.baseline, $0.target].compactMap { $0 } }.map { abs($0) }.max() ?? 1
        let labelWidth = 12 + 7 * (bars.map { displayWidth($0.label) + ($0.binding ? 7 : 0) }.max() ?? 10)
        let valueWidth = 7 * (bars.map { displayWidth(valueLabel($0, unit: unit)) + ($0.status.map { $0.rawValue.count + 3 } ?? 0) }.max() ?? 10) + 16
        let rowHeight = 26
        let barWidth = 380
        let height = bars.count * rowHeight + 10
        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + valueWidth)\" "
            + "height=\"\(height)\" role=\"img\" data-unit=\"\(escape(unit))\">\n"
        func width(_ value: Decimal) -> Int {
            maximum == 0 ? 0 : Int((NSDecimalNumber(decimal: abs(value) / maximum).doubleValue * Double(barWidth)).rounded())
        }
        for (position, bar) in bars.enumerated() {
            let y = position * rowHeight + 5
            out += "<text x=\"0\" y=\"\(y + 15)\">\(escape(bar.label))"
                + (bar.binding ? "<tspan class=\"binding\" fill=\"#b3261e\"> 约束性</tspan>" : "") + "</text>\n"
            if let baseline = bar.baseline {
                out += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(width(baseline))\" height=\"9\" fill=\"\(Self.baseline)\">"
                    + "<title>baseline \(escape(Quantity.readable(baseline, unit: unit)))</title></rect>\n"
            }
            if let target = bar.target {
                out += "<rect x=\"\(labelWidth)\" y=\"\(y + 10)\" width=\"\(width(target))\" height=\"9\" "
                    + "fill=\"\(bar.prose ? proseTarget : tableTarget)\"><title>target \(escape(Quantity.readable(target, unit: unit)))"
                    + (bar.prose ? " (text)" : "") + "</title></rect>\n"
            }
            let end = width(max(abs(bar.baseline ?? 0), abs(bar.target ?? 0)))
            out += "<text x=\"\(labelWidth + end + 8)\" y=\"\(y + 15)\">\(escape(valueLabel(bar, unit: unit)))"
                + (bar.status.map { "<tspan class=\"status\" fill=\"\(colour(of: $0))\"> \($0.rawValue)</tspan>" } ?? "") + "</text>\n"
        }
        return out + "</svg>\n"
    }

    private static func valueLabel(_ bar: Bar, unit: String) -> String {
        [bar.baseline, bar.target].compactMap { $0 }.map { Quantity.readable($0, unit: unit) }.joined(separator: " → ")
    }

    private static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
