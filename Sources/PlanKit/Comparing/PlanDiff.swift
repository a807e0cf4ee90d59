import Foundation

/// Two documents' indicators side by side, aligned by concept (`plangraph diff`).
///
/// Each row compares what each side targets in base units: Handan COD 1.65万吨 (16500 t) against
/// Langfang 1.21万吨 (12100 t); PM2.5 57 → 42 (−26.3%) against 42 → 35 (−16.7%). Values of different
/// dimensions are never subtracted: the row says they are incomparable.
public struct PlanDiff: Codable, Sendable, Equatable {
    /// One side of a row: the indicator and its baseline and target.
    public struct Side: Codable, Sendable, Equatable {
        public var indicator: String
        public var name: String
        public var unit: String?
        public var attribute: Indicator.Attribute?
        public var baseline: IndicatorValue?
        public var target: IndicatorValue?
        /// Target against baseline in percent, when both are numbers in one base unit.
        public var change: Decimal?
    }

    public struct Row: Codable, Sendable, Equatable {
        public var concept: String
        /// The concept's name in the catalog.
        public var name: String
        public var left: Side
        public var right: Side
        /// How the targets compare: “16500 t vs 12100 t (left 4400 t higher)”, or why they cannot.
        public var note: String?
    }

    public var left: DocumentInfo
    public var right: DocumentInfo
    public var rows: [Row]
    /// Indicators of one side that have no counterpart (or no concept) on the other.
    public var onlyLeft: [Side]
    public var onlyRight: [Side]

    public init(comparing left: PlanGraph, with right: PlanGraph) {
        self.left = left.document
        self.right = right.document
        let rightByConcept = Dictionary(right.indicators.compactMap { indicator in indicator.concept.map { ($0, indicator) } },
                                        uniquingKeysWith: { first, _ in first })
        var rows: [Row] = []
        var onlyLeft: [Side] = []
        var matched: Set<String> = []
        for indicator in left.indicators {
            guard let concept = indicator.concept, let counterpart = rightByConcept[concept], !matched.contains(concept) else {
                onlyLeft.append(Side(indicator))
                continue
            }
            matched.insert(concept)
            let leftSide = Side(indicator)
            let rightSide = Side(counterpart)
            rows.append(Row(concept: concept, name: ConceptCatalog.shared.concepts.first { $0.id == concept }?.name ?? indicator.name,
                            left: leftSide, right: rightSide, note: Self.note(leftSide.target, rightSide.target)))
        }
        self.rows = rows
        self.onlyLeft = onlyLeft
        onlyRight = right.indicators.filter { $0.concept.map { !matched.contains($0) } ?? true }.map(Side.init)
    }

    /// How two targets compare in base units.
    static func note(_ left: IndicatorValue?, _ right: IndicatorValue?) -> String? {
        guard let left, let right else { return nil }
        guard let a = left.si, let b = right.si, let x = a.value, let y = b.value else {
            if left.qualitative != nil || right.qualitative != nil { return "qualitative: \(left.text) vs \(right.text)" }
            return nil
        }
        guard a.unit == b.unit else { return "incomparable: \(a.unit) vs \(b.unit)" }
        let difference = x - y
        let unit = a.unit == "1" ? "" : " \(a.unit)"
        // The difference of two shares is in percentage points.
        let differenceUnit = a.unit == "%" ? " pp" : unit
        if difference == 0 { return "\(x)\(unit) on both sides" }
        return "\(x)\(unit) vs \(y)\(unit) (left \(abs(difference))\(differenceUnit) \(difference > 0 ? "higher" : "lower"))"
    }
}

extension PlanDiff.Side {
    init(_ indicator: Indicator) {
        let baseline = indicator.values.first { $0.role == .baseline }
        let target = indicator.values.first { $0.role == .target }
        var change: Decimal?
        if let from = baseline?.si, let to = target?.si, from.unit == to.unit, let a = from.value, let b = to.value, a != 0 {
            var ratio = (b - a) / a * 100
            var rounded = Decimal()
            NSDecimalRound(&rounded, &ratio, 1, .plain)
            change = rounded
        }
        self.init(indicator: indicator.id, name: indicator.name, unit: indicator.unit?.text, attribute: indicator.attribute,
                  baseline: baseline, target: target, change: change)
    }
}
