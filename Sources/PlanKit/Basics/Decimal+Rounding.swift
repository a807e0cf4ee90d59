import Foundation

extension Decimal {
    /// The value rounded half away from zero to `places` decimal places.
    public func rounded(places: Int) -> Decimal {
        var copy = self
        var result = Decimal()
        NSDecimalRound(&result, &copy, places, .plain)
        return result
    }

    /// Whether the number has no fractional part: 300, not 2.5.
    public var isWhole: Bool { rounded(places: 0) == self }

    /// The value as people read it in a table: at most `significantDigits` digits that mean something
    /// (10万亩 in km², 66.666…, reads 66.6667), a whole number as it is.
    public func displayText(significantDigits: Int = 6) -> String {
        guard !isWhole else { return "\(self)" }
        let magnitude = abs(self)
        var integerDigits = 0
        var scale = Decimal(1)
        while scale <= magnitude { scale *= 10; integerDigits += 1 }
        var places = Swift.max(significantDigits - integerDigits, 0)
        if integerDigits == 0 {
            // 0.000123: the zeros after the point are no digits of the value.
            var probe = magnitude
            var zeros = 0
            while probe * 10 < 1, zeros < 30 { probe *= 10; zeros += 1 }
            places = zeros + significantDigits
        }
        return "\(rounded(places: places))"
    }
}
