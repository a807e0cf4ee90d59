import Foundation

/// Every number a plan graph holds — an indicator table's cell, a target or an observation of the
/// prose — as one flat row with its provenance: what the CSV and xlsx exports write and the
/// filters select, so that a plan whose targets are all in prose exports as fully as a tabled one.
public struct ValueRecord: Sendable, Equatable {
    /// Where the value stands: a cell of an indicator table, or a target or observation of the prose.
    public enum Source: String, Sendable, CaseIterable {
        case table
        case target
        case observation
    }

    public var document: String
    public var documentKind: String?
    public var region: String?
    public var regionCode: String?
    public var source: Source
    /// The indicator's id (`i3`) for a table cell, the target's or observation's (`g4`, `o2`) otherwise.
    public var id: String
    public var table: String?
    public var seq: String?
    public var category: String?
    /// The indicator's name, or the subject of a prose value as written.
    public var name: String
    public var concept: String?
    /// The catalog concept's domain (environment, economy, …); nil for `phrase:` concepts and none.
    public var domain: String?
    /// `binding` (约束性) or `expected` (预期性), as the table says.
    public var attribute: String?
    /// `indicator` or `task` for a prose value; nil for a table cell.
    public var kind: String?
    /// The table row's unit as printed.
    public var indicatorUnit: String?
    public var year: Int?
    public var baseYear: Int?
    /// A table cell's role (baseline, target, progress, forecast); `target` or `observation` for the prose.
    public var role: String
    /// The value as printed.
    public var text: String
    public var value: Decimal?
    public var unit: String?
    public var siValue: Decimal?
    public var siUnit: String?
    public var comparator: String?
    public var direction: String?
    public var qualitative: String?
    public var cumulative: Bool
    public var aspiration: Bool
    public var asOf: String?
    /// The table indicator a prose value restates (same concept and year).
    public var restates: String?
    public var section: String?
    public var span: Span

    /// The records of one graph: its table cells in table order, then its targets, then its observations.
    public static func records(of graph: PlanGraph) -> [ValueRecord] {
        let document = graph.document
        func domain(_ concept: String?) -> String? { concept.flatMap(IndicatorConcept.withID)?.domain }
        var records: [ValueRecord] = []
        for indicator in graph.indicators {
            let conceptDomain = domain(indicator.concept)
            for value in indicator.values {
                records.append(ValueRecord(
                    document: document.id, documentKind: document.kind?.rawValue, region: document.region?.name,
                    regionCode: document.region?.code, source: .table, id: indicator.id, table: indicator.table,
                    seq: indicator.seq, category: indicator.category, name: indicator.name, concept: indicator.concept,
                    domain: conceptDomain, attribute: indicator.attribute?.rawValue, kind: nil,
                    indicatorUnit: indicator.unit?.text, year: value.year, baseYear: nil, role: value.role.rawValue,
                    text: value.text, value: value.value, unit: value.unit, siValue: value.si?.value, siUnit: value.si?.unit,
                    comparator: value.comparator?.rawValue, direction: nil, qualitative: value.qualitative,
                    cumulative: value.cumulative, aspiration: false, asOf: nil, restates: nil, section: indicator.section,
                    span: value.span))
            }
        }
        for (source, entries) in [(Source.target, graph.targets), (.observation, graph.observations)] {
            for entry in entries {
                records.append(ValueRecord(
                    document: document.id, documentKind: document.kind?.rawValue, region: document.region?.name,
                    regionCode: document.region?.code, source: source, id: entry.id, table: nil, seq: nil, category: nil,
                    name: entry.subject, concept: entry.concept, domain: domain(entry.concept), attribute: nil,
                    kind: entry.kind?.rawValue, indicatorUnit: nil, year: entry.year, baseYear: entry.baseYear,
                    role: source.rawValue, text: entry.text, value: entry.value, unit: entry.unit, siValue: entry.si?.value,
                    siUnit: entry.si?.unit, comparator: entry.comparator?.rawValue, direction: entry.direction?.rawValue,
                    qualitative: entry.qualitative, cumulative: entry.cumulative, aspiration: entry.aspiration,
                    asOf: entry.asOf, restates: entry.indicator, section: entry.section, span: entry.span))
            }
        }
        return records
    }
}

extension ValueRecord {
    /// One cell of a record as an export writes it: text, a number, a whole number or a flag; nil is empty.
    public enum Field: Sendable, Equatable {
        case text(String?)
        case number(Decimal?)
        case integer(Int?)
        case flag(Bool)

        /// The cell as CSV text: numbers in their exact decimal spelling, flags as true and false.
        public var text: String {
            switch self {
            case .text(let text): text ?? ""
            case .number(let value): value.map { "\($0)" } ?? ""
            case .integer(let value): value.map(String.init) ?? ""
            case .flag(let flag): flag ? "true" : "false"
            }
        }
    }

    /// A column of the flat exports: its header, a width for spreadsheets (in characters) and its field.
    public struct Column: Sendable {
        public let header: String
        public let width: Double
        public let field: @Sendable (ValueRecord) -> Field
    }

    /// The columns of the CSV and xlsx exports. The first 21 are those of the CSV of earlier versions,
    /// in their order; the ones after them were added later, so positional readers keep working.
    public static let columns: [Column] = [
        Column(header: "document", width: 22) { .text($0.document) },
        Column(header: "region", width: 10) { .text($0.region) },
        Column(header: "table", width: 6) { .text($0.table) },
        Column(header: "seq", width: 5) { .text($0.seq) },
        Column(header: "category", width: 10) { .text($0.category) },
        Column(header: "indicator", width: 30) { .text($0.name) },
        Column(header: "concept", width: 28) { .text($0.concept) },
        Column(header: "attribute", width: 9) { .text($0.attribute) },
        Column(header: "indicator_unit", width: 10) { .text($0.indicatorUnit) },
        Column(header: "year", width: 6) { .integer($0.year) },
        Column(header: "role", width: 10) { .text($0.role) },
        Column(header: "text", width: 40) { .text($0.text) },
        Column(header: "value", width: 10) { .number($0.value) },
        Column(header: "unit", width: 8) { .text($0.unit) },
        Column(header: "si_value", width: 12) { .number($0.siValue) },
        Column(header: "si_unit", width: 8) { .text($0.siUnit) },
        Column(header: "comparator", width: 6) { .text($0.comparator) },
        Column(header: "qualitative", width: 16) { .text($0.qualitative) },
        Column(header: "cumulative", width: 7) { .flag($0.cumulative) },
        Column(header: "page", width: 5) { .integer($0.span.page) },
        Column(header: "line", width: 6) { .integer($0.span.line) },
        Column(header: "source", width: 11) { .text($0.source.rawValue) },
        Column(header: "id", width: 6) { .text($0.id) },
        Column(header: "kind", width: 9) { .text($0.kind) },
        Column(header: "base_year", width: 6) { .integer($0.baseYear) },
        Column(header: "direction", width: 9) { .text($0.direction) },
        Column(header: "aspiration", width: 7) { .flag($0.aspiration) },
        Column(header: "as_of", width: 8) { .text($0.asOf) },
        Column(header: "restates", width: 6) { .text($0.restates) },
        Column(header: "section", width: 6) { .text($0.section) },
        Column(header: "domain", width: 12) { .text($0.domain) },
        Column(header: "region_code", width: 8) { .text($0.regionCode) },
        Column(header: "document_kind", width: 12) { .text($0.documentKind) },
    ]
}
