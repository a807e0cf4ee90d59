import Foundation

/// A region × concept matrix over several documents (`plangraph compare`): each document's target for
/// each indicator concept, in base units, or its qualitative text where it has no number — from its
/// indicator table, or from its prose where the table has none (a plan whose targets are all in the
/// text fills its column too).
public struct CorpusMatrix: Codable, Sendable, Equatable, TabularComparison {
    public struct Document: Codable, Sendable, Equatable {
        public var id: String
        /// The region's name, or the document id when the document names none.
        public var label: String
    }

    public struct Cell: Codable, Sendable, Equatable {
        /// The target as printed: the table cell, or the clause of the prose.
        public var text: String
        /// The target in the base unit; nil when qualitative.
        public var value: Decimal?
        public var unit: String?
        public var comparator: Comparator?
        public var year: Int?
        /// A target without a number: 持续降低, 完成省下达任务.
        public var qualitative: String?
        /// `table` (an indicator table's cell) or `prose` (a target of the text).
        public var source: String
        /// The indicator's id (`i3`) or the target's (`g4`).
        public var id: String
        public var span: Span
    }

    public struct Row: Codable, Sendable, Equatable {
        public var concept: String
        public var name: String
        /// One cell per document, in the order of `documents`; nil where the document has no such target.
        public var cells: [Cell?]
    }

    public var documents: [Document]
    public var rows: [Row]

    /// Rows for the catalog's concepts any document targets, in catalog order, then for the `phrase:`
    /// concepts that two documents share (one alone compares with nothing), by name.
    public init(comparing graphs: [PlanGraph]) {
        let regions = graphs.map { $0.document.region?.name ?? $0.document.id }
        // Two documents of one region are told apart by their ids.
        documents = zip(graphs, regions).map { graph, region in
            Document(id: graph.document.id,
                     label: regions.filter { $0 == region }.count > 1 ? "\(region) (\(graph.document.id))" : region)
        }
        let targets = graphs.map(ConceptTarget.all)
        let targeted = targets.map { Set($0.filter { $0.target != nil }.compactMap(\.concept)) }
        let used = targeted.reduce(into: Set<String>()) { $0.formUnion($1) }
        let catalog = ConceptCatalog.shared.concepts.filter { used.contains($0.id) }.map { ($0.id, $0.name) }
        let phrases = used.filter { concept in
            concept.hasPrefix(PhraseConcept.prefix) && targeted.filter { $0.contains(concept) }.count >= min(2, graphs.count)
        }.sorted().map { ($0, String($0.dropFirst(PhraseConcept.prefix.count))) }
        rows = (catalog + phrases).map { concept, name in
            Row(concept: concept, name: name, cells: targets.map { Self.cell(concept, in: $0) })
        }
    }

    /// The document's target for the concept: its table's target cell, else its prose target
    /// (`ConceptTarget.all`).
    static func cell(_ concept: String, in targets: [ConceptTarget]) -> Cell? {
        guard let chosen = targets.first(where: { $0.concept == concept && $0.target != nil }), let target = chosen.target else {
            return nil
        }
        return Cell(text: target.text, value: target.si?.value, unit: target.si?.unit, comparator: target.comparator,
                    year: target.year, qualitative: target.qualitative, source: chosen.source.rawValue, id: chosen.id,
                    span: target.span)
    }

    /// Cell texts for the table, CSV and Markdown views: the base-unit value, else the qualitative target,
    /// else the text as printed.
    public var tableRows: [[String]] {
        rows.map { row in
            [row.concept] + row.cells.map { cell in
                guard let cell else { return "" }
                guard let value = cell.value, let unit = cell.unit else { return cell.qualitative ?? cell.text }
                return (cell.comparator.map { "\($0.rawValue) " } ?? "") + (unit == "1" ? value.displayText() : "\(value.displayText()) \(unit)")
            }
        }
    }

    public var header: [String] { ["concept"] + documents.map(\.label) }
}
