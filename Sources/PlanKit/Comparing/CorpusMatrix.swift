import Foundation

/// A region × concept matrix over several documents (`plangraph compare`): each document's target for
/// each indicator concept, in base units, or its qualitative text where it has no number.
public struct CorpusMatrix: Codable, Sendable, Equatable, TabularComparison {
    public struct Document: Codable, Sendable, Equatable {
        public var id: String
        /// The region's name, or the document id when the document names none.
        public var label: String
    }

    public struct Cell: Codable, Sendable, Equatable {
        /// The target as printed.
        public var text: String
        /// The target in the base unit; nil when qualitative.
        public var value: Decimal?
        public var unit: String?
        public var comparator: Comparator?
        public var year: Int?
    }

    public struct Row: Codable, Sendable, Equatable {
        public var concept: String
        public var name: String
        /// One cell per document, in the order of `documents`; nil where the document has no such indicator.
        public var cells: [Cell?]
    }

    public var documents: [Document]
    public var rows: [Row]

    public init(comparing graphs: [PlanGraph]) {
        let regions = graphs.map { $0.document.region?.name ?? $0.document.id }
        // Two documents of one region are told apart by their ids.
        documents = zip(graphs, regions).map { graph, region in
            Document(id: graph.document.id,
                     label: regions.filter { $0 == region }.count > 1 ? "\(region) (\(graph.document.id))" : region)
        }
        let catalog = ConceptCatalog.shared.concepts
        let used = Set(graphs.flatMap { $0.indicators.compactMap(\.concept) })
        rows = catalog.filter { used.contains($0.id) }.map { concept in
            Row(concept: concept.id, name: concept.name, cells: graphs.map { graph in
                guard let indicator = graph.indicators.first(where: { $0.concept == concept.id }),
                      let target = indicator.values.first(where: { $0.role == .target }) else { return nil }
                return Cell(text: target.text, value: target.si?.value, unit: target.si?.unit, comparator: target.comparator,
                            year: target.year)
            })
        }
    }

    /// Cell texts for the table, CSV and Markdown views: the base-unit value, else the text as printed.
    public var tableRows: [[String]] {
        rows.map { row in
            [row.concept] + row.cells.map { cell in
                guard let cell else { return "" }
                guard let value = cell.value, let unit = cell.unit else { return cell.text }
                return (cell.comparator.map { "\($0.rawValue) " } ?? "") + (unit == "1" ? "\(value)" : "\(value) \(unit)")
            }
        }
    }

    public var header: [String] { ["concept"] + documents.map(\.label) }
}
