// The PDF reader in-process through poppler: mutated PDFs are written to a file of this process
// (poppler opens files by name), read with the page and time limits a batch uses, and built into a
// graph and JSON. A ReadError is an answer; a trap or a memory error in PlanKit is the finding.
import Foundation
import FuzzDriver
@testable import PlanKit

let path = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-fuzz-\(getpid()).pdf").path

fuzzMain { data in
    guard FileManager.default.createFile(atPath: path, contents: Data(buffer: data)) else { preconditionFailure("cannot write \(path)") }
    guard let source = try? PDFReader.read(path: path, bytes: Array(data), limits: ReadLimits(maxPages: 40, timeout: 5),
                                           pagesToRule: IndicatorCells.mayHoldTable(pageText:)) else { return }
    for line in source.lines {
        precondition(line.glyphs.isEmpty || line.glyphs.count == line.text.unicodeScalars.count, "glyphs and scalars differ")
    }
    let graph = PlanGraph(building: source)
    _ = try? graph.jsonData()
}
