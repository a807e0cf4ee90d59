import Foundation
import GRDB
import PlanKit

/// Writes plan graphs into one SQLite database, so that cross-city questions are one query:
/// `select region, si_value from all_values where concept = 'air.pm25.concentration' and role = 'target'`.
///
/// Tables: documents, sections, blocks (with `blocks_fts`, an FTS5 index over their text whose trigram
/// tokenizer finds any Chinese substring of three or more characters), indicator_tables, indicators,
/// indicator_values, targets, observations, projects, measures, document_references and diagnostics,
/// with primary and foreign keys and indexes on the concept. Numbers are numbers: a column of values
/// has NUMERIC affinity, so a whole number is stored as an INTEGER and a fraction as a REAL
/// (`max(si_value)` over tonnes compares 17500 with 8500 as numbers). Views an analyst starts from:
/// `all_values` (every table cell, target and observation with its document and region, in base units)
/// and `targets_by_region` (the targets alone, table or prose, by region and concept).
/// The file appears whole or not at all (written to a temporary name).
public enum SQLiteExport {
    public static func write(_ graphs: [PlanGraph], to path: String) throws {
        let temporary = AtomicFile.temporaryPath(beside: path)
        do {
            let queue = try DatabaseQueue(path: temporary)
            try queue.write { db in
                try db.execute(sql: schema)
                for graph in graphs { try insert(graph, into: db) }
                try db.execute(sql: "INSERT INTO blocks_fts(blocks_fts) VALUES ('rebuild')")
            }
            try queue.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        try AtomicFile.replace(path, with: temporary)
    }

    /// The columns targets and observations share: a prose value, its reading and its place.
    private static func proseValueTable(_ name: String) -> String {
        """
        CREATE TABLE \(name) (
          document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, section TEXT, concept TEXT,
          subject TEXT NOT NULL, kind TEXT, year INTEGER, base_year INTEGER, value NUMERIC, unit TEXT, si_value NUMERIC,
          si_unit TEXT, comparator TEXT, direction TEXT, cumulative INTEGER NOT NULL, qualitative TEXT,
          aspiration INTEGER NOT NULL, as_of TEXT, indicator_id TEXT, text TEXT NOT NULL, page INTEGER, line INTEGER NOT NULL,
          start INTEGER NOT NULL, "end" INTEGER NOT NULL,
          PRIMARY KEY (document_id, id),
          FOREIGN KEY (document_id, indicator_id) REFERENCES indicators(document_id, id));
        CREATE INDEX \(name)_concept ON \(name)(concept);
        """
    }

    static let schema = """
        CREATE TABLE documents (
          id TEXT PRIMARY KEY, title TEXT, kind TEXT, issuer TEXT, issued TEXT, doc_number TEXT,
          region TEXT, region_level TEXT, region_code TEXT, region_parent TEXT, period_from INTEGER, period_to INTEGER,
          year INTEGER, reviewed_year INTEGER,
          source_path TEXT NOT NULL, source_format TEXT NOT NULL, sha256 TEXT NOT NULL, pages INTEGER, encoding TEXT);
        CREATE TABLE sections (
          document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, parent TEXT, level INTEGER NOT NULL,
          label TEXT NOT NULL, title TEXT NOT NULL, page INTEGER, line INTEGER NOT NULL,
          PRIMARY KEY (document_id, id));
        CREATE TABLE blocks (
          document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, section TEXT, kind TEXT NOT NULL,
          furniture TEXT, text TEXT NOT NULL, page INTEGER, line INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
          UNIQUE (document_id, id));
        CREATE VIRTUAL TABLE blocks_fts USING fts5(text, content='blocks', content_rowid='rowid', tokenize='trigram');
        CREATE TABLE indicator_tables (
          document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, caption TEXT, columns TEXT NOT NULL,
          pages TEXT, page INTEGER, line INTEGER NOT NULL,
          PRIMARY KEY (document_id, id));
        CREATE TABLE indicators (
          document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, table_id TEXT NOT NULL, seq TEXT,
          category TEXT, name TEXT NOT NULL, concept TEXT, attribute TEXT, unit TEXT, unit_symbol TEXT, marker TEXT,
          section TEXT, page INTEGER, line INTEGER NOT NULL,
          PRIMARY KEY (document_id, id),
          FOREIGN KEY (document_id, table_id) REFERENCES indicator_tables(document_id, id));
        CREATE INDEX indicators_concept ON indicators(concept);
        CREATE TABLE indicator_values (
          document_id TEXT NOT NULL, indicator_id TEXT NOT NULL, position INTEGER NOT NULL, year INTEGER, role TEXT NOT NULL,
          text TEXT NOT NULL, value NUMERIC, unit TEXT, si_value NUMERIC, si_unit TEXT, comparator TEXT, qualitative TEXT,
          range_min NUMERIC, range_max NUMERIC, cumulative INTEGER NOT NULL, note TEXT, marker TEXT, page INTEGER,
          line INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
          PRIMARY KEY (document_id, indicator_id, position),
          FOREIGN KEY (document_id, indicator_id) REFERENCES indicators(document_id, id));
        \(proseValueTable("targets"))
        \(proseValueTable("observations"))
        CREATE TABLE projects (
          document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, label TEXT NOT NULL, title TEXT NOT NULL,
          items TEXT NOT NULL, page INTEGER, line INTEGER NOT NULL,
          PRIMARY KEY (document_id, id));
        CREATE TABLE measures (
          document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, section TEXT, text TEXT NOT NULL,
          responsible TEXT NOT NULL, deadline TEXT, page INTEGER, line INTEGER NOT NULL,
          PRIMARY KEY (document_id, id));
        CREATE TABLE document_references (
          document_id TEXT NOT NULL REFERENCES documents(id), position INTEGER NOT NULL, title TEXT NOT NULL, doc_number TEXT,
          page INTEGER, line INTEGER NOT NULL,
          PRIMARY KEY (document_id, position));
        CREATE TABLE diagnostics (
          document_id TEXT NOT NULL REFERENCES documents(id), position INTEGER NOT NULL, severity TEXT NOT NULL,
          id TEXT NOT NULL, message TEXT NOT NULL, line INTEGER,
          PRIMARY KEY (document_id, position));
        CREATE VIEW all_values AS
          SELECT v.document_id, d.region, d.region_code, d.kind AS document_kind, 'table' AS source, i.id AS value_id,
                 i.concept, i.name, i.attribute, v.year, v.role, v.value, v.unit, v.si_value, v.si_unit, v.comparator,
                 v.qualitative, v.cumulative, 0 AS aspiration, v.text, v.page, v.line
          FROM indicator_values v
          JOIN indicators i ON i.document_id = v.document_id AND i.id = v.indicator_id
          JOIN documents d ON d.id = v.document_id
          UNION ALL
          SELECT t.document_id, d.region, d.region_code, d.kind, 'target', t.id, t.concept, t.subject, NULL, t.year,
                 'target', t.value, t.unit, t.si_value, t.si_unit, t.comparator, t.qualitative, t.cumulative, t.aspiration,
                 t.text, t.page, t.line
          FROM targets t JOIN documents d ON d.id = t.document_id
          UNION ALL
          SELECT o.document_id, d.region, d.region_code, d.kind, 'observation', o.id, o.concept, o.subject, NULL, o.year,
                 'observation', o.value, o.unit, o.si_value, o.si_unit, o.comparator, o.qualitative, o.cumulative,
                 o.aspiration, o.text, o.page, o.line
          FROM observations o JOIN documents d ON d.id = o.document_id;
        CREATE VIEW targets_by_region AS
          SELECT region, region_code, concept, name, year, si_value, si_unit, comparator, attribute, aspiration, source,
                 document_id, page, line
          FROM all_values WHERE role = 'target' AND concept IS NOT NULL
          ORDER BY region, concept, year;
        """

    /// A decimal as SQLite stores it: an integer when it is whole, else a double (16.4亿 → 1640000000).
    private static func number(_ value: Decimal?) -> (any DatabaseValueConvertible)? {
        guard let value else { return nil }
        if value.isWhole, abs(value) < 1_000_000_000_000_000 { return Int64(truncating: NSDecimalNumber(decimal: value)) }
        return NSDecimalNumber(decimal: value).doubleValue
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func insert(_ graph: PlanGraph, into db: Database) throws {
        let document = graph.document
        let id = document.id
        func row(_ table: String, _ arguments: [(any DatabaseValueConvertible)?]) throws {
            let marks = Array(repeating: "?", count: arguments.count).joined(separator: ", ")
            try db.execute(sql: "INSERT INTO \(table) VALUES (\(marks))", arguments: StatementArguments(arguments))
        }
        try row("documents", [id, document.title, document.kind?.rawValue, document.issuer, document.issued, document.docNumber,
                              document.region?.name, document.region?.level.rawValue, document.region?.code,
                              document.region?.parent, document.period?.from, document.period?.to, document.year,
                              document.reviewedYear, document.source.path, document.source.format.rawValue,
                              document.source.sha256, document.source.pages, document.source.encoding?.rawValue])
        for section in graph.sections {
            try row("sections", [id, section.id, section.parent, section.level, section.label, section.title,
                                 section.span.page, section.span.line])
        }
        for block in graph.blocks {
            try db.execute(sql: "INSERT INTO blocks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: [id, block.id, block.section, block.kind.rawValue, block.furniture?.rawValue, block.text,
                                       block.span.page, block.span.line, block.span.start, block.span.end])
        }
        for table in graph.tables {
            try row("indicator_tables", [id, table.id, table.caption, try json(table.columns), try table.pages.map(json),
                                         table.span.page, table.span.line])
        }
        for indicator in graph.indicators {
            try row("indicators", [id, indicator.id, indicator.table, indicator.seq, indicator.category, indicator.name,
                                   indicator.concept, indicator.attribute?.rawValue, indicator.unit?.text, indicator.unit?.symbol,
                                   indicator.marker, indicator.section, indicator.span.page, indicator.span.line])
            for (position, value) in indicator.values.enumerated() {
                try row("indicator_values", [id, indicator.id, position, value.year, value.role.rawValue, value.text,
                                             number(value.value), value.unit, number(value.si?.value), value.si?.unit,
                                             value.comparator?.rawValue, value.qualitative, number(value.range?.min),
                                             number(value.range?.max), value.cumulative, value.note, value.marker,
                                             value.span.page, value.span.line, value.span.start, value.span.end])
            }
        }
        for (table, entries) in [("targets", graph.targets), ("observations", graph.observations)] {
            for entry in entries {
                try row(table, [id, entry.id, entry.section, entry.concept, entry.subject, entry.kind?.rawValue, entry.year,
                                entry.baseYear, number(entry.value), entry.unit, number(entry.si?.value), entry.si?.unit,
                                entry.comparator?.rawValue, entry.direction?.rawValue, entry.cumulative, entry.qualitative,
                                entry.aspiration, entry.asOf, entry.indicator, entry.text, entry.span.page, entry.span.line,
                                entry.span.start, entry.span.end])
            }
        }
        for project in graph.projects {
            try row("projects", [id, project.id, project.label, project.title, try json(project.items), project.span.page,
                                 project.span.line])
        }
        for measure in graph.measures {
            try row("measures", [id, measure.id, measure.section, measure.text, try json(measure.responsible), measure.deadline,
                                 measure.span.page, measure.span.line])
        }
        for (position, reference) in graph.references.enumerated() {
            try row("document_references", [id, position, reference.title, reference.docNumber, reference.span.page,
                                            reference.span.line])
        }
        for (position, diagnostic) in graph.diagnostics.enumerated() {
            try row("diagnostics", [id, position, diagnostic.severity.rawValue, diagnostic.id, diagnostic.message, diagnostic.line])
        }
    }
}
