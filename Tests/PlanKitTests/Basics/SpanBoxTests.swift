import Foundation
import Testing
@testable import PlanKit

/// A box keeps hundredths of a point and writes them as the Decimals they stand for.
@Suite struct SpanBoxTests {
    @Test(arguments: [(1250, "12.5"), (1200, "12"), (1205, "12.05"), (5, "0.05"), (50, "0.5"), (0, "0"), (100, "1"),
                      (123_456, "1234.56"), (-5, "-0.05"), (-1250, "-12.5"), (-100, "-1"), (84_190, "841.9")])
    func writesHundredthsAsTheirDecimal(hundredths: Int, text: String) {
        #expect(Span.Box.text(hundredths) == text)
        #expect(Span.Box.decimal(hundredths) == Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test func textIsDecimalsDescriptionForEveryHundredthsOfAPage() {
        // Every value a page's box can take (−1000 to 2000 pt, to the hundredth), against Decimal's own text.
        for hundredths in stride(from: -100_000, through: 200_000, by: 7) {
            let expected = Span.Box.decimal(hundredths).description
            if Span.Box.text(hundredths) != expected {
                Issue.record("\(hundredths): \(Span.Box.text(hundredths)) ≠ \(expected)")
                return
            }
        }
    }

    @Test func decimalSidesRoundToTheNearestHundredth() {
        let box = Span.Box(x: Decimal(string: "12.345")!, y: Decimal(string: "-0.004")!, width: 3, height: Decimal(string: "0.995")!)
        #expect(box.hundredths.x == 1235)
        #expect(box.hundredths.y == 0)
        #expect(box.hundredths.width == 300)
        #expect(box.hundredths.height == 100)
        #expect(box.x == Decimal(string: "12.35")!)
    }

    @Test func jsonRoundTripKeepsTheBox() throws {
        let box = Span.Box(hundredths: (x: 7210, y: 50_012, width: 1205, height: 1050))
        let data = try JSONEncoder().encode(box)
        #expect(String(decoding: data, as: UTF8.self).contains("\"x\":72.1"))
        #expect(try JSONDecoder().decode(Span.Box.self, from: data) == box)
    }
}
