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
