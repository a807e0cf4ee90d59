import Foundation

/// The bare-number view of a line (`plangraph quantities --numbers`): each number and percent as
/// written, without the unit or comparator around it — 1.65万 in “1.65万吨”, 5% in “5%以上” — the view
/// a number recogniser such as Recognizers-Text's NumberModel is tested on.
public struct NumberView: Sendable {
    public struct Number: Sendable, Equatable {
        public var text: String
        /// Unicode-scalar offsets into the line, `end` exclusive.
        public var start: Int
        public var end: Int
        /// `number` or `percent`.
        public var kind: String
        /// The value; for a percent, in percent (百分之二十 → 20).
        public var value: Decimal
    }

    public var numbers: [Number]

    /// Foreign currencies are amounts of money, not bare numbers (一美元 has no number in this view, as
    /// in Recognizers-Text, which leaves them to its currency model; 元 amounts stay numbers there too).
    static let currencies = ["美元", "美刀", "欧元", "日元", "英镑", "港元", "港币"]

    public init(recognizing line: String) {
        let scalars = line.unicodeScalars.map { $0.widthFolded ?? $0 }
        let original = Array(line.unicodeScalars)
        numbers = NumberScanner(scalars).numbers().compactMap { numeral in
            let after = String(scalars: scalars[numeral.range.upperBound...].prefix(3))
            if !numeral.isPercent, Self.currencies.contains(where: after.startsWith) { return nil }
            return Number(text: String(scalars: original[numeral.range]), start: numeral.range.lowerBound,
                          end: numeral.range.upperBound, kind: numeral.isPercent ? "percent" : "number", value: numeral.value)
        }
    }
}

/// The number-range view of a line (`plangraph quantities --ranges`): each bound and range with its
/// words and interval in plain numbers, without the unit after it — “30~60” in “30~60个”, “不少于两百”
/// in “不少于两百人”, [30000, 50000] for “3-5万吨” — the view a number-range recogniser such as
/// Recognizers-Text's NumberRangeModel is tested on.
public struct NumberRangeView: Sendable {
    public struct NumberRange: Sendable, Equatable {
        public var text: String
        /// Unicode-scalar offsets into the line, `end` exclusive.
        public var start: Int
        public var end: Int
        public var range: Quantity.Bounds
    }

    public var ranges: [NumberRange]

    public init(recognizing line: String) {
        let scalars = Array(line.unicodeScalars)
        ranges = Quantity.all(in: line).compactMap { quantity in
            guard quantity.kind != .year, var bounds = quantity.range else { return nil }
            var end = quantity.end
            if let unit = quantity.unit {
                // The scale written before the unit is the number's (3-5万吨 is 30000 to 50000), as long as
                // what is left with it is no unit of its own (千 of 千克 and 千米 is the unit's), the rule of
                // `UnitCatalog.resolve`.
                let unitScalars = Array(unit.unicodeScalars)
                var scale: Decimal = 1
                var spelling = unitScalars[...]
                while let first = spelling.first, let factor = NumeralCharacters.bigUnits[first] ?? NumeralCharacters.smallUnits[first],
                      spelling.count > 1, UnitCatalog.shared.unit(in: Array(spelling), at: 0)?.end != spelling.count {
                    scale *= factor
                    spelling = spelling.dropFirst()
                }
                bounds.min = bounds.min.map { $0 * scale }
                bounds.max = bounds.max.map { $0 * scale }
                if quantity.kind != .percent, scalars[quantity.start..<quantity.end].reversed().starts(with: spelling.reversed()) {
                    end -= spelling.count
                    while end > quantity.start, scalars[end - 1] == " " { end -= 1 }
                }
            }
            return NumberRange(text: String(scalars: scalars[quantity.start..<end]), start: quantity.start, end: end, range: bounds)
        }
    }
}
