import Foundation

/// Turns indicator tables into indicators: finds which column is the row number, category, name,
/// attribute and which are values (by year and role), then reads every row.
enum IndicatorReader {
    // Literals evaluated in a function are parsed again on every call: these are kept here.
    nonisolated(unsafe) private static let yearNumber = /(19|20)[0-9]{2}/
    nonisolated(unsafe) private static let bracketedValue = /[\[［【]([0-9.]+)[\]］】]/
    nonisolated(unsafe) private static let trailingScope = /[（(]([^）)]+)[）)]\s*$/

    struct Columns {
        var seq: Int
        var category: Int?
        var name: Int
        var attribute: Int?
        /// A column of units (单位, 计量单位), where a table does not put them in the name.
        var unit: Int?
        var values: [(column: Int, year: Int?, role: IndicatorValue.Role)]
    }

    /// Tables that have a row-number column and a name column; others are not indicator tables.
    /// `period` is the document's plan period, which tells a baseline year from a target year.
    static func read(_ tables: [FlatTable], period: DocumentInfo.Period?) -> (tables: [IndicatorTable], indicators: [Indicator]) {
        var indicatorTables: [IndicatorTable] = []
        var indicators: [Indicator] = []
        for table in tables {
            guard let columns = columns(of: table, period: period) else { continue }
            let tableID = "t\(indicatorTables.count + 1)"
            indicatorTables.append(IndicatorTable(id: tableID, caption: table.caption, columns: table.header,
                                                  pages: table.pages, span: table.span))
            var category: String?
            var seq: String?
            for row in table.rows {
                let nameCell = row[columns.name]
                guard !nameCell.text.isEmpty else { continue }
                if let column = columns.category, !row[column].text.isEmpty { category = row[column].text }
                if !row[columns.seq].text.isEmpty { seq = row[columns.seq].text.filter { !$0.isWhitespace } }
                var (name, unitText, marker) = IndicatorCells.splitName(nameCell.text)
                if let column = columns.unit, case let text = row[column].text.trimmingSpaces(), !text.isEmpty, text != "--" {
                    unitText = text
                }
                let resolved = unitText.flatMap { UnitCatalog.shared.resolve($0) }
                let unit = unitText.map { IndicatorUnit(text: $0, symbol: resolved?.symbol) }
                let attribute = columns.attribute.flatMap { IndicatorCells.attribute(row[$0].text) }
                var values: [IndicatorValue] = []
                for column in columns.values {
                    if let read = Self.value(row[column.column], year: column.year, role: column.role, unit: unitText,
                                             resolved: resolved) {
                        values.append(read)
                    }
                }
                indicators.append(Indicator(
                    id: "i\(indicators.count + 1)", section: nil, table: tableID, seq: seq, category: category, name: name,
                    concept: nil, attribute: attribute, unit: unit, marker: marker, values: values,
                    span: nameCell.span ?? table.span))
            }
        }
        return (indicatorTables, indicators)
    }

    private static func columns(of table: FlatTable, period: DocumentInfo.Period?) -> Columns? {
        let count = table.header.count
        func share(_ column: Int, _ test: (String) -> Bool) -> Int { table.rows.filter { test($0[column].text) }.count }
        guard count >= 3, !table.rows.isEmpty,
              let seq = (0..<count).max(by: { share($0, isRowNumber) < share($1, isRowNumber) }),
              share(seq, isRowNumber) * 2 >= table.rows.count, seq + 1 < count else { return nil }
        let attribute = (0..<count).first { column in
            share(column) { text in IndicatorCells.attribute(text) != nil } * 2 >= table.rows.count
        }
        let name = seq + 1
        let unit = (0..<count).first { $0 > name && ["单位", "计量单位", "單位"].contains(table.header[$0].filter { !$0.isWhitespace }) }
        let valueColumns = (0..<count).filter { $0 > name && $0 != attribute && $0 != unit }
        let latestYear = valueColumns.compactMap { year(in: table.header[$0]) }.max()
        let values = valueColumns.map { column in
            let (year, role) = role(of: table.header[column], period: period, latestYear: latestYear)
            return (column, year, role)
        }
        return Columns(seq: seq, category: seq > 0 ? seq - 1 : nil, name: name, attribute: attribute, unit: unit, values: values)
    }

    private static func isRowNumber(_ text: String) -> Bool {
        guard let number = Int(text.filter { !$0.isWhitespace }) else { return false }
        return (1...99).contains(number)
    }

    /// The first year a header names: “2025 年目标” → 2025.
    static func year(in header: String) -> Int? {
        header.firstMatch(of: Self.yearNumber).flatMap { Int($0.output.0) }
    }

    /// A value column's year and role from its header: “2022 年完成情况” → progress, “预计到2025 年” →
    /// forecast, “2025 年目标” → target, “现状值”, “基准年” → baseline.
    ///
    /// A header that gives only a year (“2020 年 | 2025 年”) is read against the plan period: a year
    /// before the period is the baseline, a year in it a target. Without a period, the latest year
    /// among the table's value columns (`latestYear`) is the target and earlier years are baselines.
    static func role(of header: String, period: DocumentInfo.Period?, latestYear: Int?) -> (Int?, IndicatorValue.Role) {
        let year = year(in: header)
        if header.containsBytes(of: "预计") || header.containsBytes(of: "预测") { return (year, .forecast) }
        if header.containsBytes(of: "完成") || header.containsBytes(of: "实际") { return (year, .progress) }
        if header.containsBytes(of: "目标") { return (year, .target) }
        if header.containsBytes(of: "现状") || header.containsBytes(of: "基准") || header.containsBytes(of: "基期") { return (year, .baseline) }
        guard let year else { return (nil, .target) }
        if let period { return (year, year < period.from ? .baseline : .target) }
        return (year, latestYear.map { year < $0 } == true ? .baseline : .target)
    }

    /// Cells that say “no value”: dashes of every width (TeX turns “--” into an en dash “–”), a slash.
    private static let noValue: Set<String> = ["", "-", "--", "—", "——", "/", "－", "－－", "–", "––", "−", "―", "――"]

    /// One cell as a value; nil for an empty or “--” cell.
    static func value(_ cell: FlatTable.Cell, year: Int?, role: IndicatorValue.Role, unit: String?,
                      resolved: (unit: UnitCatalog.Unit, scale: Decimal, symbol: String)?) -> IndicatorValue? {
        var text = cell.text.trimmingSpaces()
        guard !noValue.contains(text) else { return nil }
        let printed = text
        var result = IndicatorValue(year: year, role: role, text: printed, value: nil, unit: nil, si: nil, comparator: nil,
                                    qualitative: nil, range: nil, cumulative: false, note: nil, marker: nil,
                                    span: cell.span ?? Span(page: nil, line: 1, start: 0, end: 0))
        // A leading “——” before a bracketed total: the cell has no yearly value, only the total.
        while let first = text.first, first == "—" || first == "-" { text.removeFirst() }
        if let bracket = text.firstMatch(of: Self.bracketedValue) {
            result.cumulative = true
            text = String(bracket.output.1)
        }
        if let scope = text.firstMatch(of: Self.trailingScope) {
            result.note = String(scope.output.1)
            text = String(text[..<scope.range.lowerBound]).trimmingSpaces()
        }
        if text.endsWith("*") {
            result.marker = "*"
            text.removeLast()
        }
        guard text.unicodeScalars.contains(where: NumeralCharacters.isArabicDigit),
              let quantity = Quantity.all(in: text, spans: .phrase).first(where: { $0.kind != .year }) else {
            result.qualitative = text.isEmpty ? printed : text
            return result
        }
        result.comparator = quantity.planningComparator
        if quantity.kind == .range {
            result.range = quantity.range
            result.unit = quantity.unit ?? unit
            result.si = quantity.si
            return result
        }
        result.value = quantity.value
        if let ownUnit = quantity.unit {
            result.unit = ownUnit
            result.si = quantity.si
        } else if let unit, let resolved, let value = quantity.value {
            result.unit = unit
            result.si = Quantity.SIValue(value: UnitCatalog.si(value * resolved.scale, resolved.unit), unit: resolved.unit.base)
        } else {
            result.unit = unit
        }
        return result
    }
}

extension [Indicator] {
    /// Each indicator sits in the section of its table's first block.
    mutating func assignSections(from tree: BlockTree, tables: [IndicatorTable]) {
        let tableStarts = Dictionary(tables.map { ($0.id, $0.span.start) }, uniquingKeysWith: { first, _ in first })
        let tableBlocks = tree.blocks.filter { $0.kind == .table }
        for index in indices {
            guard let start = tableStarts[self[index].table] else { continue }
            let first = tableBlocks.partitioningIndex { $0.span.start >= start }
            self[index].section = first < tableBlocks.count ? tableBlocks[first].section : nil
        }
    }
}

extension [IndicatorTable] {
    /// Attaches the note blocks printed right after each table (page furniture may come between).
    mutating func attachNotes(from tree: BlockTree) {
        // A table's blocks: the first table block at or after its start, and the table blocks that follow
        // it with only page furniture between (a table continued over pages).
        let tableBlocks = tree.blocks.indices.filter { tree.blocks[$0].kind == .table }
        for index in indices {
            let first = tableBlocks.partitioningIndex { tree.blocks[$0].span.start >= self[index].span.start }
            guard first < tableBlocks.count else { continue }
            var last = tableBlocks[first]
            var following = last + 1
            while following < tree.blocks.count, [.table, .furniture].contains(tree.blocks[following].kind) {
                if tree.blocks[following].kind == .table { last = following }
                following += 1
            }
            var next = last + 1
            while next < tree.blocks.count, tree.blocks[next].kind == .furniture || tree.blocks[next].kind == .note {
                let block = tree.blocks[next]
                next += 1
                guard block.kind == .note else { continue }
                self[index].notes.append(TableNote(text: block.text, markers: Self.markers(in: block.text), block: block.id,
                                                   span: block.span))
            }
        }
    }

    nonisolated(unsafe) private static let markerReference = /注([*＊a-e])/
    nonisolated(unsafe) private static let noteLabel = /^(备注|注)[:：]\s*/

    /// “注：注*的数据” → [*]; “a.…”, “b、…” → [a], [b]; “①…” → [①].
    static func markers(in text: String) -> [String] {
        var markers: [String] = []
        for match in text.matches(of: Self.markerReference) { markers.append(String(match.output.1).replacingOccurrences(of: "＊", with: "*")) }
        let body = text.replacing(Self.noteLabel, with: "")
        if body.startsWith("*") || body.startsWith("＊") { return markers + ["*"] }
        if let first = body.unicodeScalars.first, ("a"..."e").contains(first) || ("\u{2460}"..."\u{2473}").contains(first),
           let second = body.unicodeScalars.dropFirst().first, !second.properties.isAlphabetic || !second.isASCII {
            markers.append(String(first))
        }
        return markers
    }
}

extension RandomAccessCollection {
    /// The first index whose element satisfies `predicate`, for a collection where it holds from some
    /// index on (binary search); `endIndex` when it never holds.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if predicate(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
