// Flattened-table reader: indicator tables that text extraction laid out as tab-separated or wrapped
// lines, then the indicator reader on what it finds. Checks rows have the header's width.
import FuzzDriver
@testable import PlanKit

fuzzMain { data in
    let text = String(decoding: data, as: UTF8.self)
    let source = SourceDocument(path: "fuzz.txt", text: text)
    let tables = FlatTable.all(in: NormalizedText(normalizing: source))
    for table in tables {
        for row in table.rows { precondition(row.count == table.header.count, "row width differs from the header") }
    }
    _ = IndicatorReader.read(tables, period: nil)
}
