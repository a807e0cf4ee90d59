import Foundation

/// Two documents' targets side by side, aligned by concept (`plangraph diff`): each side's indicator
/// table row, or its prose target where the table has none.
///
/// Each row compares what each side targets in base units: Handan COD 1.65万吨 (16500 t) against
/// Langfang 1.21万吨 (12100 t); PM2.5 57 → 42 (−26.3%) against 42 → 35 (−16.7%). Which side is more
/// ambitious follows the concept's direction of improvement: the lower PM2.5 target, the larger
/// emission cut. Values of different dimensions are never subtracted: the row says they are incomparable.
public struct PlanDiff: Codable, Sendable, Equatable {
    /// One side of a row: the indicator (or prose target) and its baseline and target.
    public struct Side: Codable, Sendable, Equatable {
        /// The table indicator's id; null for a prose target.
        public var indicator: String?
        /// `table` or `prose`.
        public var source: ConceptTarget.Source
        /// The side's concept; null for a table row the catalog does not name (listed as one-sided).
        public var concept: String?
        /// The indicator's id (`i3`) or the prose target's (`g4`).
        public var id: String
        public var name: String
        public var unit: String?
        public var attribute: Indicator.Attribute?
        public var baseline: IndicatorValue?
        public var target: IndicatorValue?
        /// Target against baseline in percent, when both are numbers in one base unit.
        public var change: Decimal?
        /// For a prose target of a change (下降15.4%), the direction of that change; null for a level.
        public var targetChange: Direction?
    }

    /// Which side's target asks more, by the concept's direction of improvement.
    public enum Ambition: String, Codable, Sendable {
        case left
        case right
        case same
    }

    public struct Row: Codable, Sendable, Equatable {
        public var concept: String
        /// The concept's name in the catalog.
        public var name: String
        public var left: Side
        public var right: Side
        /// How the targets compare: “16500 t vs 12100 t (left 4400 t higher)”, or why they cannot.
        public var note: String?
        /// Left target minus right target in the base unit (`%` targets differ in `pp`); null when they
        /// are not two numbers of one unit.
        public var difference: Decimal?
        public var differenceUnit: String?
        /// The more ambitious side; null when the targets do not compare or the concept has no direction
        /// of improvement (a `phrase:` concept, a quantity to hold).
        public var moreAmbitious: Ambition?
    }

    public var left: DocumentInfo
    public var right: DocumentInfo
    public var rows: [Row]
    /// Targets of one side that have no counterpart (or no concept) on the other.
    public var onlyLeft: [Side]
    public var onlyRight: [Side]

    public init(comparing left: PlanGraph, with right: PlanGraph) {
        self.left = left.document
        self.right = right.document
        let leftTargets = ConceptTarget.all(in: left)
        let rightTargets = ConceptTarget.all(in: right)
        let rightByConcept = Dictionary(rightTargets.compactMap { target in target.concept.map { ($0, target) } },
                                        uniquingKeysWith: { first, _ in first })
        var rows: [Row] = []
        var onlyLeft: [Side] = []
        var matched: Set<String> = []
        for target in leftTargets {
            guard let concept = target.concept, let counterpart = rightByConcept[concept], !matched.contains(concept) else {
                onlyLeft.append(Side(target))
                continue
            }
            matched.insert(concept)
            var row = Row(concept: concept, name: IndicatorConcept.withID(concept)?.name ?? target.name, left: Side(target),
                          right: Side(counterpart), note: Self.note(target.target, counterpart.target))
            row.compareTargets(direction: IndicatorConcept.withID(concept)?.direction)
            rows.append(row)
        }
        self.rows = rows
        self.onlyLeft = onlyLeft
        onlyRight = rightTargets.filter { $0.concept.map { !matched.contains($0) } ?? true }.map(Side.init)
    }

    /// How two targets compare in base units.
    static func note(_ left: IndicatorValue?, _ right: IndicatorValue?) -> String? {
        guard let left, let right else { return nil }
        guard let a = left.si, let b = right.si, let x = a.value, let y = b.value else {
            if left.qualitative != nil || right.qualitative != nil {
                return "qualitative: \(left.qualitative ?? left.text) vs \(right.qualitative ?? right.text)"
            }
            return nil
        }
        guard a.unit == b.unit else { return "incomparable: \(a.unit) vs \(b.unit)" }
        let difference = x - y
        let unit = a.unit == "1" ? "" : " \(a.unit)"
        // The difference of two shares is in percentage points.
        let differenceUnit = a.unit == "%" ? " pp" : unit
        if difference == 0 { return "\(x.displayText())\(unit) on both sides" }
        return "\(x.displayText())\(unit) vs \(y.displayText())\(unit) (left \(abs(difference).displayText())\(differenceUnit) \(difference > 0 ? "higher" : "lower"))"
    }
}

extension PlanDiff.Row {
    /// Sets the difference of the targets and the more ambitious side: for a concept that improves by
    /// decreasing (a concentration), the lower level or the larger cut (下降15.4% asks more than 下降8.3%);
    /// by increasing (a coverage, an emission cut), the higher. A level and a change do not compare.
    mutating func compareTargets(direction: Direction?) {
        guard let a = left.target?.si, let b = right.target?.si, a.unit == b.unit, let x = a.value, let y = b.value,
              left.targetChange == right.targetChange else { return }
        difference = x - y
        differenceUnit = a.unit == "%" ? "pp" : a.unit
        guard let direction, direction != .hold, left.targetChange != .hold else { return }
        // Whether a larger number asks more: a level of what improves by increasing, or a change in the
        // direction of improvement.
        let largerAsksMore = left.targetChange.map { $0 == direction } ?? (direction == .increase)
        moreAmbitious = x == y ? .same : ((x > y) == largerAsksMore ? .left : .right)
    }
}

extension PlanDiff.Side {
    init(_ target: ConceptTarget) {
        var change: Decimal?
        if let from = target.baseline?.si, let to = target.target?.si, from.unit == to.unit, let a = from.value, let b = to.value,
           a != 0 {
            change = ((b - a) / a * 100).rounded(places: 1)
        }
        self.init(indicator: target.source == .table ? target.id : nil, source: target.source, concept: target.concept, id: target.id, name: target.name,
                  unit: target.unit, attribute: target.attribute, baseline: target.baseline, target: target.target, change: change,
                  targetChange: target.change)
    }
}
