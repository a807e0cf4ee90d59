import Foundation
import Testing
@testable import PlanKit

/// Inputs the libFuzzer harnesses (Fuzz/, Scripts/fuzz) once failed on, kept in Fixtures/fuzz: each
/// harness's checks, run here on every test run.
@Suite struct FuzzRegressionTests {
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: CorpusFiles.fixture("fuzz/\(name)"))))
    }

    /// The FuzzQuantities check: each quantity lies inside the line, its text is the line's text there,
    /// and its value is a number (Decimal overflows to NaN).
    static func checkQuantities(_ line: String) {
        let scalars = Array(line.unicodeScalars)
        for quantity in Quantity.all(in: line) {
            #expect(quantity.start >= 0 && quantity.start < quantity.end && quantity.end <= scalars.count)
            guard quantity.end <= scalars.count, quantity.start < quantity.end else { continue }
            #expect(quantity.text == String(String.UnicodeScalarView(scalars[quantity.start..<quantity.end])),
                    "\(quantity.start)..<\(quantity.end)")
            #expect(quantity.value.map { !$0.isNaN } ?? true, "NaN from \(quantity.text)")
            #expect(quantity.si?.value.map { !$0.isNaN } ?? true, "NaN in base units from \(quantity.text)")
        }
    }

    @Test(arguments: ["quantities-1.bin"])
    func quantityInputs(name: String) throws {
        Self.checkQuantities(String(decoding: try Self.bytes(name), as: UTF8.self))
    }
}
