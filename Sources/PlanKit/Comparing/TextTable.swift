/// Rows of cells as a terminal table (aligned by display width: a CJK character takes two cells),
/// RFC 4180 CSV or a Markdown pipe table — the three text views of `diff` and `compare`, and of the
/// CSV and Markdown exports in PlanKitExport.
package struct TextTable {
    package var header: [String]
    package var rows: [[String]]

    package init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    nonisolated(unsafe) private static let trailingSpace = /\s+$/

    var terminal: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { Self.displayWidth($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - Self.displayWidth(cell))
            }.joined(separator: "  ").replacing(Self.trailingSpace, with: "")
        }.joined(separator: "\n") + "\n"
    }

    package var csv: String {
        ([header] + rows).map { row in
            row.map { cell in
                cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }

    package var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        return ([line(header), line(header.map { _ in "---" })] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    static func displayWidth(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + $1.displayWidth } }
}

/// A comparison (`diff`, `compare`) that prints as one table: a header and rows of cell texts.
public protocol TabularComparison: Encodable {
    var header: [String] { get }
    var tableRows: [[String]] { get }
}

extension TabularComparison {
    /// A terminal table; columns are aligned by display width (a CJK character takes two cells).
    public var terminalTable: String { TextTable(header: header, rows: tableRows).terminal }

    /// RFC 4180 CSV with a header line.
    public var csv: String { TextTable(header: header, rows: tableRows).csv }

    /// A Markdown pipe table.
    public var markdown: String { TextTable(header: header, rows: tableRows).markdown }
}
