import Foundation
import Testing
@testable import PlanKit

/// Microsoft Recognizers-Text's Chinese NumberModel and PercentModel specs (MIT, in
/// Fixtures/recognizers-text), run as data: a suite written by others for the same task.
///
/// `Start`/`End` there are inclusive character offsets; values are compared numerically.
@Suite struct RecognizersTextTests {
    struct Case: Decodable {
        struct Result: Decodable {
            struct Resolution: Decodable { var value: String? }
            var Text: String
            var TypeName: String
            var Resolution: Resolution?
            var Start: Int
            var End: Int
        }
        var Input: String
        var Results: [Result]
        var NotSupported: String?
        var NotSupportedByDesign: String?
        var optional: Bool { NotSupported != nil || NotSupportedByDesign != nil }
    }

    static func cases(_ name: String) throws -> [Case] {
        var data = try Data(contentsOf: URL(fileURLWithPath: CorpusFiles.fixture("recognizers-text/\(name)")))
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        return try JSONDecoder().decode([Case].self, from: data)
    }

    /// `value` strings such as "5E-06", "350.333333333333", "2.4%".
    static func expectedValue(_ text: String) -> Decimal? {
        Decimal(string: text.replacingOccurrences(of: "%", with: ""), locale: Locale(identifier: "en_US_POSIX"))
    }

    static func close(_ a: Decimal, _ b: Decimal) -> Bool {
        let difference = abs(a - b)
        return difference <= abs(b) * Decimal(string: "1e-12")! || difference <= Decimal(string: "1e-12")!
    }

    /// Our numbers for one input in the suite's shape: (start, inclusive end, value).
    static func numbers(_ input: String) -> [(Int, Int, Decimal)] {
        NumberView(recognizing: input).numbers.filter { $0.kind == "number" }.map { ($0.start, $0.end - 1, $0.value) }
    }

    static func matches(_ ours: [(Int, Int, Decimal)], _ expected: [Case.Result]) -> Bool {
        guard ours.count == expected.count else { return false }
        return zip(ours, expected).allSatisfy { mine, theirs in
            guard let value = theirs.Resolution?.value.flatMap(expectedValue) else { return false }
            return mine.0 == theirs.Start && mine.1 == theirs.End && close(mine.2, value)
        }
    }

    static func describe(_ ours: [(Int, Int, Decimal)]) -> String {
        ours.map { "[\($0.0),\($0.1)]=\($0.2)" }.joined(separator: " ")
    }

    @Test func numberModel() throws {
        let cases = try Self.cases("NumberModel.json")
        let differences = try Self.differences()
        var failures: [String] = []
        var requiredFailures = 0
        for test in cases {
            let listed = differences["NumberModel: \(test.Input)"] != nil
            guard !Self.matches(Self.numbers(test.Input), test.Results) else {
                #expect(!listed, "listed as a difference but matches: \(test.Input)")
                continue
            }
            if !test.optional { requiredFailures += 1 }
            #expect(listed || !test.optional, "optional case differs without a listed reason: \(test.Input)")
            failures.append("\(test.optional ? "(optional) " : "")\(test.Input) → \(Self.describe(Self.numbers(test.Input)))")
        }
        let required = cases.filter { !$0.optional }.count
        print("NumberModel: \(cases.count - failures.count) of \(cases.count) cases, \(required - requiredFailures) of \(required) required")
        for failure in failures { print("  NumberModel differs: \(failure)") }
        // Bar: 98% of the required cases.
        #expect(Double(required - requiredFailures) >= 0.98 * Double(required), "\(requiredFailures) required cases differ")
    }
}

extension RecognizersTextTests {
    /// Our percents for one input: percent quantities and percentage points (个百分点, which the suite
    /// calls percentages; here they are `pp`, see differences.json).
    static func percents(_ input: String) -> [(Int, Int, Decimal)] {
        Quantity.all(in: input).compactMap { quantity in
            guard quantity.kind == .percent || quantity.si?.unit == "pp", let value = quantity.value else { return nil }
            return (quantity.start, quantity.end - 1, value)
        }
    }

    /// Cases treated differently on purpose, each with its reason (Fixtures/recognizers-text/differences.json).
    static func differences() throws -> [String: String] {
        struct Difference: Decodable { var model: String; var input: String; var reason: String }
        let data = try Data(contentsOf: URL(fileURLWithPath: CorpusFiles.fixture("recognizers-text/differences.json")))
        return Dictionary(uniqueKeysWithValues: try JSONDecoder().decode([Difference].self, from: data).map {
            ("\($0.model): \($0.input)", $0.reason)
        })
    }

    @Test func percentModel() throws {
        let cases = try Self.cases("PercentModel.json")
        let differences = try Self.differences()
        var unexplained: [String] = []
        var explained = 0
        for test in cases {
            let ours = Self.percents(test.Input)
            let key = "PercentModel: \(test.Input)"
            if Self.matches(ours, test.Results) {
                #expect(differences[key] == nil, "listed as a difference but matches: \(test.Input)")
                continue
            }
            if differences[key] != nil {
                explained += 1
            } else if !test.optional {
                unexplained.append("\(test.Input) → \(Self.describe(ours))")
            }
        }
        print("PercentModel: \(cases.count - explained - unexplained.count) of \(cases.count) cases match, \(explained) differ on purpose")
        for case let line in unexplained { print("  PercentModel differs: \(line)") }
        #expect(unexplained.isEmpty, "\(unexplained.count) PercentModel cases differ without a listed reason")
        // Every 百分之, % and 个百分点 case matches.
        let core = cases.filter { test in
            !test.optional && ["百分之", "%", "％", "个百分点", "個百分點"].contains { test.Input.contains($0) }
        }
        #expect(core.allSatisfy { Self.matches(Self.percents($0.Input), $0.Results) })
    }
}
