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

    var terminal: String { terminal(maxWidth: nil) }

    /// The table aligned in columns two cells apart; with `maxWidth`, the widest columns are narrowed
    /// (each column keeps its width when it fits a fair share of the line) and their cells wrap onto
    /// more lines, so that no line is wider than `maxWidth` unless the columns cannot shrink further.
    func terminal(maxWidth: Int?) -> String {
        let all = [header] + rows
        var widths = header.indices.map { column in all.map { Self.displayWidth($0[column]) }.max() ?? 0 }
        let gaps = 2 * max(widths.count - 1, 0)
        if let maxWidth, widths.reduce(0, +) + gaps > maxWidth, !widths.isEmpty {
            // Water-filling: narrow columns keep their width, the others share what is left equally.
            var remaining = max(maxWidth - gaps, 6 * widths.count)
            var open = Array(widths.indices)
            while !open.isEmpty {
                let share = remaining / open.count
                let narrow = open.filter { widths[$0] <= share }
                if narrow.isEmpty {
                    for (position, column) in open.enumerated() { widths[column] = share + (position < remaining % open.count ? 1 : 0) }
                    break
                }
                remaining -= narrow.reduce(0) { $0 + widths[$1] }
                open.removeAll(where: narrow.contains)
            }
        }
        var lines: [String] = []
        for row in all {
            let wrapped = row.enumerated().map { column, cell in Self.wrap(cell, width: widths[column]) }
            for index in 0..<(wrapped.map(\.count).max() ?? 1) {
                lines.append(wrapped.enumerated().map { column, pieces in
                    let piece = index < pieces.count ? pieces[index] : ""
                    return piece + String(repeating: " ", count: max(widths[column] - Self.displayWidth(piece), 0))
                }.joined(separator: "  ").replacing(Self.trailingSpace, with: ""))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The cell in lines of at most `width` display cells; a word of narrow characters moves whole to
    /// the next line when the line has a space to break at.
    static func wrap(_ cell: String, width: Int) -> [String] {
        guard displayWidth(cell) > width, width > 0 else { return [cell] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for character in cell {
            let characterWidth = character.unicodeScalars.reduce(0) { $0 + $1.displayWidth }
            if lineWidth + characterWidth > width, !line.isEmpty {
                // A word of narrow characters (μg/m³, (-26.3%)) moves whole when the line has a space.
                func narrow(_ character: Character) -> Bool {
                    character != " " && character.unicodeScalars.allSatisfy { $0.displayWidth == 1 }
                }
                if narrow(character), let space = line.lastIndex(of: " "), line[line.index(after: space)...].allSatisfy(narrow) {
                    let carried = String(line[line.index(after: space)...])
                    lines.append(String(line[..<space]))
                    line = carried
                } else {
                    lines.append(line)
                    line = ""
                }
                lineWidth = displayWidth(line)
            }
            if line.isEmpty && character == " " { continue }
            line.append(character)
            lineWidth += characterWidth
        }
        if !line.isEmpty { lines.append(line) }
        return lines
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
            "| " + cells.map { Self.markdownText($0).replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        return ([line(header), line(header.map { _ in "---" })] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// Text for Markdown: the documents' own `<`, `>` and `&` escaped so a renderer shows them rather
    /// than reading HTML, and line breaks as spaces.
    package static func markdownText(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\n", with: " ")
    }

    static func displayWidth(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + $1.displayWidth } }
}

/// A comparison (`diff`, `compare`) that prints as one table: a header and rows of cell texts.
public protocol TabularComparison: Encodable {
    var header: [String] { get }
    var tableRows: [[String]] { get }
    /// A terminal table whose lines fit `width` columns (nil: as wide as the cells are).
    func terminalTable(width: Int?) -> String
    /// RFC 4180 CSV with a header line.
    var csv: String { get }
}

extension TabularComparison {
    /// A terminal table; columns are aligned by display width (a CJK character takes two cells) and
    /// cells wrap so that lines fit `width`.
    public func terminalTable(width: Int?) -> String { TextTable(header: header, rows: tableRows).terminal(maxWidth: width) }

    /// The terminal table as wide as its cells.
    public var terminalTable: String { terminalTable(width: nil) }

    /// RFC 4180 CSV with a header line.
    public var csv: String { TextTable(header: header, rows: tableRows).csv }

    /// A Markdown pipe table.
    public var markdown: String { TextTable(header: header, rows: tableRows).markdown }
}
