import Foundation
import Testing
@testable import PlanKit

/// The precomputed Traditional forms of unit and bound characters are what ICU gives today for the
/// catalogs as they are: editing units.json or lexicon.json cannot leave the table behind.
@Suite struct TraditionalFormsTests {
    @Test func unitFormsAreICUsTransformOfTheCatalogsCharacters() throws {
        let computed = TraditionalForms.pairs(TraditionalForms.simplifiedForms(of: QuantityReader.simplifiedSpellings))
        // A table that lost its characters would pass only if the catalogs held no Traditional forms.
        #expect(computed.unicodeScalars.count > 40)
        #expect(TraditionalForms.map(computed)["噸"] == "吨")
        guard computed != TraditionalForms.unitForms else { return }
        if GoldenTests.recording {
            let url = CorpusFiles.url("Sources/PlanKit/Basics/TraditionalForms+Data.swift")
            let text = try String(contentsOf: url, encoding: .utf8)
            let line = "    static let unitForms = \"\(TraditionalForms.unitForms)\""
            try text.replacingOccurrences(of: line, with: "    static let unitForms = \"\(computed)\"")
                .write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded TraditionalForms+Data.swift; rebuild and run the tests without PLANGRAPH_RECORD")
        } else {
            Issue.record("TraditionalForms+Data.swift is out of date: run PLANGRAPH_RECORD=1 swift test --filter TraditionalFormsTests")
        }
    }

    @Test func lineInTraditionalScriptReadsItsUnitsAndBounds() {
        // 減少12萬噸 is 120,000 t; 3小時以內 is at most 3 hours (0.125 d in the catalog's base unit): the Traditional 噸, 時, 內 read as 吨, 时, 内.
        let quantities = Quantity.all(in: "排放量減少12萬噸，時間在3小時以內")
        #expect(quantities.map(\.text) == ["12萬噸", "3小時以內"])
        #expect(quantities.map(\.si?.value) == [120_000, Decimal(string: "0.125")])
        #expect(quantities.last?.comparator == .atMost)
    }
}
