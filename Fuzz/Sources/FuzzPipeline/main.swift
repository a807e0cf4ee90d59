// The whole text pipeline: bytes → SourceDocument (decoding as ingest does, or as UTF-8 when the
// bytes are refused) → PlanGraph (normaliser, block tree, tables, indicators, targets, measures,
// references) → JSON. Checks every span lies in the source text and the JSON reads back as the graph.
import Foundation
import FuzzDriver
@testable import PlanKit

fuzzMain { data in
    let bytes = Array(data)
    let source = (try? TextReader.read(path: "fuzz.txt", bytes: bytes, encoding: nil))
        ?? SourceDocument(path: "fuzz.txt", text: String(decoding: bytes, as: UTF8.self))
    let graph = PlanGraph(building: source)
    let scalarCount = source.text.unicodeScalars.count
    let spans = graph.blocks.map(\.span) + graph.sections.map(\.span) + graph.targets.map(\.span)
        + graph.observations.map(\.span) + graph.measures.map(\.span) + graph.references.map(\.span)
    for span in spans {
        precondition(span.start >= 0 && span.start <= span.end && span.end <= scalarCount, "span outside the source")
    }
    guard let json = try? graph.jsonData() else { preconditionFailure("the graph does not encode") }
    guard let back = try? JSONDecoder().decode(PlanGraph.self, from: json) else { preconditionFailure("the JSON does not decode") }
    precondition(back == graph, "the JSON does not read back as the graph")
}
