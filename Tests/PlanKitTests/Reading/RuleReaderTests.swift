import Testing
@testable import PlanKit

@Suite struct RuleReaderTests {
    @Test(arguments: CorpusFiles.pdfs) func dumpGrids(path: String) throws {
        let document = try CorpusFiles.read(path)
        for grid in TableGrid.all(in: document) {
            print("GRID page", grid.page, grid.rowCount, "x", grid.columnCount)
            for r in 0..<grid.rowCount {
                let row = (0..<grid.columnCount).map { c -> String in
                    guard let cell = grid.cell(r, c) else { return "?" }
                    return cell.row == r && cell.column == c ? cell.text : "^"
                }
                print("GRID", row.joined(separator: " | "))
            }
        }
    }
}
