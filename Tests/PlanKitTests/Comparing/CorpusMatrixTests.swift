import Foundation
import Testing
@testable import PlanKit

@Suite struct CorpusMatrixTests {
    @Test func regionsByConceptsInBaseUnits() throws {
        let graphs = try ["Corpus/pdf/handan-2023-plan.pdf", "Corpus/pdf/langfang-plan.pdf", "Corpus/pdf/hengshui-2023-midterm-review.pdf"]
            .map { PlanGraph(building: try CorpusFiles.read($0)) }
        let matrix = CorpusMatrix(comparing: graphs)
        #expect(matrix.documents.map(\.label) == ["邯郸市", "廊坊市", "衡水市"])
        let cod = try #require(matrix.rows.first { $0.concept == "pollutant.cod.reduction" })
        // 1.65万吨, 1.21万吨 and 11300 吨, all in t.
        #expect(cod.cells.map { $0?.value } == [16500, 12100, 11300])
        #expect(cod.cells.allSatisfy { $0?.unit == "t" })
        let energy = try #require(matrix.rows.first { $0.concept == "climate.energy-intensity.reduction" })
        #expect(matrix.tableRows[matrix.rows.firstIndex(of: energy)!] == ["climate.energy-intensity.reduction", "18 %", "16 %", ">= 17 %"])
        // A concept only one document has leaves the others empty.
        let tree = try #require(matrix.rows.first { $0.concept == "ecology.tree.coverage" })
        #expect(tree.cells.map { $0?.text } == [nil, "不降低", nil])
    }
}
