import Foundation
import Testing
@testable import PlanKit

/// Two suites in Recognizers-Text's shape written from the meaning of each sentence by someone who did
/// not see the recogniser (Fixtures/quantity-suites): number ranges, read in the number-range view, and
/// dimensions, read as quantities whose unit is a physical one. `End` is inclusive there.
@Suite struct QuantitySuiteTests {
    struct Case: Decodable {
        struct Result: Decodable {
            struct Resolution: Decodable {
                var value: String
                var unit: String?
            }
            var Text: String
            var Resolution: Resolution
            var Start: Int
            var End: Int
        }
        var Input: String
        var Results: [Result]
    }

    static func cases(_ name: String) throws -> [Case] {
        let data = try Data(contentsOf: URL(fileURLWithPath: CorpusFiles.fixture("quantity-suites/\(name)")))
        return try JSONDecoder().decode([Case].self, from: data)
    }

    /// "[2500,)", "(15,40]": an empty side is unbounded.
    static func bounds(_ text: String) -> Quantity.Bounds { IntervalTests.bounds(text) }

    static func close(_ a: Decimal, _ b: Decimal) -> Bool { RecognizersTextTests.close(a, b) }

    static func same(_ a: Quantity.Bounds, _ b: Quantity.Bounds) -> Bool {
        func side(_ x: Decimal?, _ y: Decimal?) -> Bool { x == nil ? y == nil : y.map { close(x!, $0) } ?? false }
        return side(a.min, b.min) && side(a.max, b.max) && a.minInclusive == b.minInclusive && a.maxInclusive == b.maxInclusive
    }

    /// The suite writes a number in the unit after its scale (1.65万吨 is 16500 吨).
    static func scale(of unit: String?) -> Decimal {
        guard let unit else { return 1 }
        for (prefix, factor) in [("万亿", Decimal(string: "1e12")!), ("亿", 100_000_000), ("億", 100_000_000), ("万", 10_000), ("萬", 10_000)]
        where unit.hasPrefix(prefix) && unit.count > prefix.count { return factor }
        return 1
    }

    /// Dimensions are physical: counts, money, shares, time and multiples are not.
    static let notPhysical: Set<String> = ["count", "money", "money-usd", "share", "share-change", "time", "multiple"]

    @Test func numberRanges() throws {
        var failures: [String] = []
        let cases = try Self.cases("NumberRangeDev.json")
        for test in cases {
            let ours = NumberRangeView(recognizing: test.Input).ranges
            let matches = ours.count == test.Results.count && zip(ours, test.Results).allSatisfy { mine, theirs in
                mine.start == theirs.Start && mine.end == theirs.End + 1 && Self.same(mine.range, Self.bounds(theirs.Resolution.value))
            }
            if !matches { failures.append("\(test.Input) → \(ours.map { "\($0.text) \($0.range)" })") }
        }
        print("NumberRangeDev: \(cases.count - failures.count) of \(cases.count)")
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func dimensions() throws {
        var failures: [String] = []
        let cases = try Self.cases("DimensionDev.json")
        for test in cases {
            let ours = Quantity.all(in: test.Input).filter { $0.kind == .quantity && !Self.notPhysical.contains($0.dimension ?? "count") }
            let matches = ours.count == test.Results.count && zip(ours, test.Results).allSatisfy { mine, theirs in
                guard let value = mine.value, let expected = Decimal(string: theirs.Resolution.value) else { return false }
                return mine.start == theirs.Start && mine.end == theirs.End + 1 && Self.close(value * Self.scale(of: mine.unit), expected)
            }
            if !matches { failures.append("\(test.Input) → \(ours.map { "\($0.text) \($0.value ?? 0) \($0.unit ?? "")" })") }
        }
        print("DimensionDev: \(cases.count - failures.count) of \(cases.count)")
        #expect(failures.isEmpty, "\(failures)")
    }
}
