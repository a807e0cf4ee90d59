import CXLSXWriter
import Foundation
import PlanKit

/// Plan graphs as an Excel workbook (libxlsxwriter): a sheet `values` with every indicator table cell
/// and every target of the prose, a sheet `observations` with the values reported as reached, and a
/// sheet `documents`. Numbers are numeric cells (value, si_value, year, page, line), flags are
/// booleans, units and provenance are columns; each sheet has its header row frozen and filters on.
///
/// The workbook is written to a temporary name and renamed into place, so it appears whole or not at
/// all; its creation date is fixed (or `SOURCE_DATE_EPOCH`), so the same graphs give the same bytes.
public enum XLSXExport {
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// The documents sheet: each document's facts.
    private static let documentColumns: [(header: String, width: Double, field: @Sendable (DocumentInfo) -> ValueRecord.Field)] = [
        ("document", 22, { .text($0.id) }), ("title", 40, { .text($0.title) }), ("kind", 12, { .text($0.kind?.rawValue) }),
        ("region", 10, { .text($0.region?.name) }), ("region_level", 10, { .text($0.region?.level.rawValue) }),
        ("region_code", 8, { .text($0.region?.code) }), ("issuer", 24, { .text($0.issuer) }), ("issued", 12, { .text($0.issued) }),
        ("doc_number", 18, { .text($0.docNumber) }), ("period_from", 7, { .integer($0.period?.from) }),
        ("period_to", 7, { .integer($0.period?.to) }), ("year", 6, { .integer($0.year) }),
        ("source_path", 30, { .text($0.source.path) }), ("pages", 6, { .integer($0.source.pages) }),
    ]

    public static func write(_ graphs: [PlanGraph], to path: String) throws {
        let temporary = AtomicFile.temporaryPath(beside: path)
        guard let workbook = workbook_new(temporary) else {
            throw Failure(message: "cannot create \(temporary): \(String(cString: strerror(errno)))")
        }
        let records = graphs.flatMap(ValueRecord.records)
        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        var failure: String?
        func sheet(_ name: String, _ columns: [(header: String, width: Double)], _ rows: [[ValueRecord.Field]]) {
            guard failure == nil, let worksheet = workbook_add_worksheet(workbook, name) else {
                failure = failure ?? "cannot add the sheet \(name)"
                return
            }
            for (column, spec) in columns.enumerated() {
                worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), spec.width, nil)
                worksheet_write_string(worksheet, 0, lxw_col_t(column), spec.header, bold)
            }
            for (index, row) in rows.enumerated() {
                let line = lxw_row_t(index + 1)
                for (column, field) in row.enumerated() {
                    let status = write(field, worksheet, line, lxw_col_t(column))
                    if status != LXW_NO_ERROR, failure == nil {
                        failure = "\(name) row \(index + 2): \(String(cString: lxw_strerror(status)))"
                    }
                }
            }
            worksheet_freeze_panes(worksheet, 1, 0)
            worksheet_autofilter(worksheet, 0, 0, lxw_row_t(rows.count), lxw_col_t(columns.count - 1))
        }
        let valueColumns = ValueRecord.columns
        func fields(_ record: ValueRecord) -> [ValueRecord.Field] { valueColumns.map { $0.field(record) } }
        let headers = valueColumns.map { (header: $0.header, width: $0.width) }
        sheet("values", headers, records.filter { $0.source != .observation }.map(fields))
        sheet("observations", headers, records.filter { $0.source == .observation }.map(fields))
        sheet("documents", documentColumns.map { (header: $0.header, width: $0.width) },
              graphs.map { graph in documentColumns.map { $0.field(graph.document) } })
        var properties = lxw_doc_properties()
        properties.created = creationDate
        workbook_set_properties(workbook, &properties)
        let closed = workbook_close(workbook)
        if failure == nil, closed != LXW_NO_ERROR { failure = String(cString: lxw_strerror(closed)) }
        if let failure {
            unlink(temporary)
            throw Failure(message: failure)
        }
        try AtomicFile.replace(path, with: temporary)
    }

    /// 1980-01-01, the first date a ZIP archive can hold, unless `SOURCE_DATE_EPOCH` says otherwise.
    private static var creationDate: time_t {
        ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { time_t($0) } ?? 315_532_800
    }

    private static func write(_ cell: ValueRecord.Field, _ worksheet: UnsafeMutablePointer<lxw_worksheet>, _ row: lxw_row_t,
                              _ column: lxw_col_t) -> lxw_error {
        switch cell {
        case .text(nil), .number(nil), .integer(nil): return LXW_NO_ERROR
        case .text(let text?): return worksheet_write_string(worksheet, row, column, text, nil)
        case .number(let value?): return worksheet_write_number(worksheet, row, column, NSDecimalNumber(decimal: value).doubleValue, nil)
        case .integer(let value?): return worksheet_write_number(worksheet, row, column, Double(value), nil)
        case .flag(let flag): return worksheet_write_boolean(worksheet, row, column, flag ? 1 : 0, nil)
        }
    }
}
