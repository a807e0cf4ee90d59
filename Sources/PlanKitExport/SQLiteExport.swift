import Foundation
import GRDB
import PlanKit

/// Writes plan graphs into one SQLite database, so that cross-city questions are one query:
/// `select d.region, v.si_value from indicator_values v join indicators i … where i.concept = 'air.pm25.concentration'`.
///
/// Tables: documents, sections, indicators, indicator_values, targets, observations, measures, with
/// primary and foreign keys and indexes on the concept. The file appears whole or not at all (written to a temporary name).
public enum SQLiteExport {
    public static func write(_ graphs: [PlanGraph], to path: String) throws {
        let temporary = AtomicFile.temporaryPath(beside: path)
        do {
            let queue = try DatabaseQueue(path: temporary)
            try queue.write { db in
                try createTables(db)
                for graph in graphs { try insert(graph, into: db) }
            }
            try queue.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        try AtomicFile.replace(path, with: temporary)
    }

    private static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE documents (
              id TEXT PRIMARY KEY, title TEXT, kind TEXT, issuer TEXT, issued TEXT, doc_number TEXT,
              region TEXT, region_level TEXT, period_from INTEGER, period_to INTEGER,
              source_path TEXT NOT NULL, source_format TEXT NOT NULL, sha256 TEXT NOT NULL, pages INTEGER);
            CREATE TABLE sections (
              document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, parent TEXT, level INTEGER NOT NULL,
              label TEXT NOT NULL, title TEXT NOT NULL, page INTEGER, line INTEGER NOT NULL,
              PRIMARY KEY (document_id, id));
            CREATE TABLE indicators (
              document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, table_id TEXT NOT NULL, seq TEXT,
              category TEXT, name TEXT NOT NULL, concept TEXT, attribute TEXT, unit TEXT, unit_symbol TEXT, marker TEXT,
              section TEXT, page INTEGER, line INTEGER NOT NULL,
              PRIMARY KEY (document_id, id));
            CREATE INDEX indicators_concept ON indicators(concept);
            CREATE TABLE indicator_values (
              document_id TEXT NOT NULL, indicator_id TEXT NOT NULL, position INTEGER NOT NULL, year INTEGER, role TEXT NOT NULL,
              text TEXT NOT NULL, value TEXT, unit TEXT, si_value TEXT, si_unit TEXT, comparator TEXT, qualitative TEXT,
              cumulative INTEGER NOT NULL, note TEXT, marker TEXT, page INTEGER, line INTEGER NOT NULL,
              start INTEGER NOT NULL, "end" INTEGER NOT NULL,
              PRIMARY KEY (document_id, indicator_id, position),
              FOREIGN KEY (document_id, indicator_id) REFERENCES indicators(document_id, id));
            CREATE TABLE targets (
              document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, section TEXT, concept TEXT,
              subject TEXT NOT NULL, year INTEGER, base_year INTEGER, value TEXT, unit TEXT, si_value TEXT, si_unit TEXT,
              comparator TEXT, direction TEXT, cumulative INTEGER NOT NULL, qualitative TEXT, aspiration INTEGER NOT NULL,
              as_of TEXT, indicator_id TEXT, text TEXT NOT NULL, page INTEGER, line INTEGER NOT NULL,
              PRIMARY KEY (document_id, id));
            CREATE INDEX targets_concept ON targets(concept);
            CREATE TABLE observations AS SELECT * FROM targets WHERE 0;
            CREATE INDEX observations_concept ON observations(concept);
            CREATE TABLE measures (
              document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, section TEXT, text TEXT NOT NULL,
              responsible TEXT NOT NULL, deadline TEXT, page INTEGER, line INTEGER NOT NULL,
              PRIMARY KEY (document_id, id));
            """)
    }

    /// Decimals are stored as their exact text (16.4亿 stays 1640000000); SQLite compares them numerically
    /// after `cast(… as real)`.
    private static func text(_ value: Decimal?) -> String? { value.map { "\($0)" } }

    private static func insert(_ graph: PlanGraph, into db: Database) throws {
        let document = graph.document
        let id = document.id
        try db.execute(sql: """
            INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, document.title, document.kind?.rawValue, document.issuer, document.issued, document.docNumber,
                             document.region?.name, document.region?.level.rawValue, document.period?.from, document.period?.to,
                             document.source.path, document.source.format.rawValue, document.source.sha256, document.source.pages])
        for section in graph.sections {
            try db.execute(sql: "INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: [id, section.id, section.parent, section.level, section.label, section.title,
                                       section.span.page, section.span.line])
        }
        for indicator in graph.indicators {
            try db.execute(sql: "INSERT INTO indicators VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: [id, indicator.id, indicator.table, indicator.seq, indicator.category, indicator.name,
                                       indicator.concept, indicator.attribute?.rawValue, indicator.unit?.text, indicator.unit?.symbol,
                                       indicator.marker, indicator.section, indicator.span.page, indicator.span.line])
            for (position, value) in indicator.values.enumerated() {
                try db.execute(sql: "INSERT INTO indicator_values VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               arguments: [id, indicator.id, position, value.year, value.role.rawValue, value.text, text(value.value),
                                           value.unit, text(value.si?.value), value.si?.unit, value.comparator?.rawValue, value.qualitative,
                                           value.cumulative, value.note, value.marker, value.span.page, value.span.line,
                                           value.span.start, value.span.end])
            }
        }
        for (table, entries) in [("targets", graph.targets), ("observations", graph.observations)] {
            for entry in entries {
                try db.execute(sql: "INSERT INTO \(table) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               arguments: [id, entry.id, entry.section, entry.concept, entry.subject, entry.year, entry.baseYear,
                                           text(entry.value), entry.unit, text(entry.si?.value), entry.si?.unit, entry.comparator?.rawValue,
                                           entry.direction?.rawValue, entry.cumulative, entry.qualitative, entry.aspiration, entry.asOf,
                                           entry.indicator, entry.text, entry.span.page, entry.span.line])
            }
        }
        for measure in graph.measures {
            let responsible = String(decoding: try JSONEncoder().encode(measure.responsible), as: UTF8.self)
            try db.execute(sql: "INSERT INTO measures VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: [id, measure.id, measure.section, measure.text, responsible, measure.deadline,
                                       measure.span.page, measure.span.line])
        }
    }
}
