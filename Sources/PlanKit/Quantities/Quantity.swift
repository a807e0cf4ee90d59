import Foundation

/// A number, percent, range or quantity (数量) found in text, resolved exactly and put on a common
/// scale: “1.65 万吨” is `value` 1.65 of `unit` “万吨”, `si` 16500 t.
///
/// `start`/`end` are Unicode-scalar offsets into the line, `end` exclusive; `text` covers the comparator
/// words around the number (“不低于95%”, “42微克/立方米以内”) and, in a phrase, the approximation words
/// (“约3公里”). Comparators, as literal as the words: 以上/不低于 → `>=`, 以下/以内/不超过/控制在 → `<=`,
/// 超过/高于 → `>`, 低于/不足 → `<`; a target reads them by the planning convention (`Quantity.planningComparator`).
/// Percentage points (个百分点) are unit `pp`, never `%`.
public struct Quantity: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case number, percent, range, quantity
        /// A calendar year: “2025 年”, “二〇三五年”.
        case year
    }

    /// The value in the base unit of its dimension (`Schemas/units.json`).
    public struct SIValue: Codable, Sendable, Equatable {
        public var value: Decimal?
        public var unit: String
        /// For a range, its bounds in the base unit.
        public var min: Decimal?
        public var max: Decimal?
    }

    /// The bounds of a range, in the written unit; a bound is nil when open.
    public struct Bounds: Codable, Sendable, Equatable {
        public var min: Decimal?
        public var max: Decimal?
        public var minInclusive: Bool
        public var maxInclusive: Bool
    }

    public var text: String
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The number as written (387 in 387万亩); nil for a range.
    public var value: Decimal?
    /// The unit as written, with its scale: “万吨”, “%”, “个百分点”; nil for a bare number.
    public var unit: String?
    public var si: SIValue?
    /// `>=`, `<=`, `>` or `<`; nil when the text states none.
    public var comparator: Comparator?
    /// 约, 左右, 近, 余, 多: the text gives the value as approximate.
    public var approximate: Bool
    /// The interval the quantity stands for, in the written unit: a range's bounds, a bound's half-line
    /// (不低于95% → [95, ∞), 超过15 → (15, ∞)), 等于五 → [5, 5], 三百多 → (300, 400); nil for a plain value.
    public var range: Bounds?
    /// The dimension of the unit (`Schemas/units.json`): mass, length, money, count, …; compound units
    /// join theirs (energy/money); nil for a bare number, a percent's is share.
    public var dimension: String?
}

extension Quantity {
    /// The bound a target or an indicator value reads from this quantity, by the planning convention
    /// (CONVENTIONS-targets.md), decided here only: an interval open above (以上 [x, ∞), 超过 (x, ∞)) is
    /// `>=`, one open below (以内 (−∞, x], 低于 (−∞, x)) is `<=`; a range, an exact or a plain value none.
    public var planningComparator: Comparator? {
        guard kind != .range, let range else { return nil }
        switch (range.min, range.max) {
        case (.some, nil): return .atLeast
        case (nil, .some): return .atMost
        default: return nil
        }
    }

    /// Bounds the quantity as `comparator` does (a bound written once for a list of values).
    mutating func bind(_ comparator: Comparator) {
        self.comparator = comparator
        range = value.map { Bounds(bound: comparator, at: $0) }
    }
}
