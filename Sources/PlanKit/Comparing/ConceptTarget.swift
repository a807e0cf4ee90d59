import Foundation

/// A document's target for one concept, from its indicator table or, where the table has none, from
/// its prose: what `diff` and `compare` line up across documents.
public struct ConceptTarget: Codable, Sendable, Equatable {
    public enum Source: String, Codable, Sendable {
        case table
        case prose
    }

    public var concept: String?
    public var source: Source
    /// The indicator's id (`i3`) or the prose target's (`g4`).
    public var id: String
    /// The indicator's name, or the prose target's subject.
    public var name: String
    /// The table row's unit as printed.
    public var unit: String?
    public var attribute: Indicator.Attribute?
    public var baseline: IndicatorValue?
    public var target: IndicatorValue?
    /// For a prose target of a change (下降15.4%), the direction of the change its value measures; null
    /// for a level (37微克/立方米) and for table rows, whose concept says what the value measures.
    public var change: Direction?

    /// One per concept: each table indicator (those without a concept too), then, for each concept the
    /// table lacks, the prose target that best states the goal — firm (not 力争), a number, for the
    /// period's last year, the first of equals.
    public static func all(in graph: PlanGraph) -> [ConceptTarget] {
        var targets = graph.indicators.map(ConceptTarget.init)
        let seen = Set(graph.indicators.compactMap(\.concept))
        let endYear = graph.document.period?.to ?? graph.document.year
        func rank(_ target: Target) -> Int {
            (target.aspiration ? 4 : 0) + (target.si?.value == nil ? 2 : 0) + (target.year == endYear ? 0 : 1)
        }
        var best: [String: (rank: Int, target: Target)] = [:]
        var order: [String] = []
        for target in graph.targets {
            guard let concept = target.concept, !seen.contains(concept) else { continue }
            if let known = best[concept] {
                if rank(target) < known.rank { best[concept] = (rank(target), target) }
            } else {
                best[concept] = (rank(target), target)
                order.append(concept)
            }
        }
        for concept in order { if let chosen = best[concept] { targets.append(ConceptTarget(prose: chosen.target)) } }
        return targets
    }

    init(_ indicator: Indicator) {
        concept = indicator.concept
        source = .table
        id = indicator.id
        name = indicator.name
        unit = indicator.unit?.text
        attribute = indicator.attribute
        baseline = indicator.values.first { $0.role == .baseline }
        target = indicator.values.first { $0.role == .target }
        change = nil
    }

    init(prose target: Target) {
        concept = target.concept
        source = .prose
        id = target.id
        name = target.subject
        unit = target.unit
        attribute = nil
        baseline = nil
        self.target = IndicatorValue(year: target.year, role: .target, text: target.text, value: target.value, unit: target.unit,
                                     si: target.si, comparator: target.comparator, qualitative: target.qualitative, range: nil,
                                     cumulative: target.cumulative, note: nil, marker: nil, span: target.span)
        change = target.qualitative == nil && target.value != nil ? target.direction : nil
    }
}
