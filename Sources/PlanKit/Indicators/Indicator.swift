import Foundation

/// One row of an indicator table (主要指标): a typed indicator with its values by year and role.
///
/// “细颗粒物（PM2.5）浓度（ug/m3） | 57 | 42 | 约束性” under “2020 年 | 2025 年” is the indicator
/// 细颗粒物（PM2.5）浓度, unit ug/m3 (μg/m³), binding, with a 2020 baseline of 57 and a 2025 target of 42.
public struct Indicator: Codable, Sendable, Equatable {
    /// `i1`, `i2`, … in table order.
    public var id: String
    public var section: String?
    /// The table's id, `t1`, …
    public var table: String
    /// The row's number as printed; rows that share one (Handan's row 8) share it here.
    public var seq: String?
    /// The category (类别) of the row, filled down from the merged cell.
    public var category: String?
    /// The indicator's name without its unit: “细颗粒物（PM2.5）浓度”.
    public var name: String
    /// The indicator concept from `Schemas/indicators.json`; nil until the concept catalog maps it.
    public var concept: String?
    /// `binding` (约束性) or `expected` (预期性); nil when the table gives none.
    public var attribute: String?
    public var unit: IndicatorUnit?
    /// A footnote marker printed after the name (a, b, *), linking the row to a note.
    public var marker: String?
    public var values: [IndicatorValue]
    /// Where the name cell is.
    public var span: Span

    enum CodingKeys: String, CodingKey {
        case id, section, table, seq, category, name, concept, attribute, unit, marker, values, span
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(section, forKey: .section)
        try container.encode(table, forKey: .table)
        try container.encode(seq, forKey: .seq)
        try container.encode(category, forKey: .category)
        try container.encode(name, forKey: .name)
        try container.encode(concept, forKey: .concept)
        try container.encode(attribute, forKey: .attribute)
        try container.encode(unit, forKey: .unit)
        try container.encode(marker, forKey: .marker)
        try container.encode(values, forKey: .values)
        try container.encode(span, forKey: .span)
    }
}

/// The unit an indicator is measured in, as printed (“ug/m3”, “万吨”, “%”) and as a symbol (“μg/m³”,
/// “万t”); `symbol` is nil for a name abbreviation such as “EQI”.
public struct IndicatorUnit: Codable, Sendable, Equatable {
    public var text: String
    public var symbol: String?

    enum CodingKeys: String, CodingKey { case text, symbol }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(symbol, forKey: .symbol)
    }
}

/// One value of an indicator: a cell under a year column.
///
/// `role`: `baseline` (2020 年), `target` (2025 年目标), `progress` (2022 年完成情况), `forecast`
/// (预计到2025年). Cells without a number (全部消除, 稳中向好, 可以完成) keep `value` null and carry
/// `qualitative`; “--” cells are no value and are left out.
public struct IndicatorValue: Codable, Sendable, Equatable {
    public var year: Int?
    public var role: String
    /// The cell as printed.
    public var text: String
    public var value: Decimal?
    public var unit: String?
    public var si: Quantity.SIValue?
    public var comparator: String?
    public var qualitative: String?
    /// A range such as 62.2%～74.0%.
    public var range: Quantity.Bounds?
    /// A bracketed value ([2.83]): the total over the plan period.
    public var cumulative: Bool
    /// A scope written after the value: “22 以上（国省考断面）” → “国省考断面”.
    public var note: String?
    /// A footnote marker after the value (8.2*).
    public var marker: String?
    public var span: Span

    enum CodingKeys: String, CodingKey {
        case year, role, text, value, unit, si, comparator, qualitative, range, cumulative, note, marker, span
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(role, forKey: .role)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encode(si, forKey: .si)
        try container.encode(comparator, forKey: .comparator)
        try container.encode(qualitative, forKey: .qualitative)
        try container.encodeIfPresent(range, forKey: .range)
        try container.encode(cumulative, forKey: .cumulative)
        try container.encode(note, forKey: .note)
        try container.encode(marker, forKey: .marker)
        try container.encode(span, forKey: .span)
    }
}

/// An indicator table: its caption, header and place.
public struct IndicatorTable: Codable, Sendable, Equatable {
    public var id: String
    /// The title printed above the table: “十四五”生态环境保护主要指标.
    public var caption: String?
    /// The header text of each column, left to right.
    public var columns: [String]
    /// Pages the table runs over (PDF); nil for text files.
    public var pages: [Int]?
    /// The notes printed under the table (注：…), with the markers they explain.
    public var notes: [TableNote] = []
    public var span: Span

    enum CodingKeys: String, CodingKey { case id, caption, columns, pages, notes, span }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(caption, forKey: .caption)
        try container.encode(columns, forKey: .columns)
        try container.encode(pages, forKey: .pages)
        try container.encode(notes, forKey: .notes)
        try container.encode(span, forKey: .span)
    }
}

/// A note under a table: “注：注*的数据，因全国统计口径调整…” explains the rows and values marked `*`.
public struct TableNote: Codable, Sendable, Equatable {
    public var text: String
    /// The footnote markers the note names (*, a, b…), linking it to `Indicator.marker` and
    /// `IndicatorValue.marker`.
    public var markers: [String]
    /// The block that holds the note.
    public var block: String
    public var span: Span
}
