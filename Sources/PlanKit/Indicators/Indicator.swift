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
    public var attribute: Attribute?
    public var unit: IndicatorUnit?
    /// A footnote marker printed after the name (a, b, *), linking the row to a note.
    public var marker: String?
    public var values: [IndicatorValue]
    /// Where the name cell is.
    public var span: Span

    public typealias Attribute = IndicatorAttribute
}

/// The unit an indicator is measured in, as printed (“ug/m3”, “万吨”, “%”) and as a symbol (“μg/m³”,
/// “万t”); `symbol` is nil for a name abbreviation such as “EQI”.
public struct IndicatorUnit: Codable, Sendable, Equatable {
    public var text: String
    public var symbol: String?
}

/// One value of an indicator: a cell under a year column.
///
/// `role`: `baseline` (2020 年), `target` (2025 年目标), `progress` (2022 年完成情况), `forecast`
/// (预计到2025年). Cells without a number (全部消除, 稳中向好, 可以完成) keep `value` null and carry
/// `qualitative`; “--” cells are no value and are left out.
public struct IndicatorValue: Codable, Sendable, Equatable {
    public var year: Int?
    public var role: Role
    /// The cell as printed.
    public var text: String
    public var value: Decimal?
    public var unit: String?
    public var si: Quantity.SIValue?
    public var comparator: Comparator?
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

    /// What a value column holds, from its header and the plan period.
    public enum Role: String, Codable, Sendable, CaseIterable {
        case baseline
        case target
        case progress
        case forecast
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
