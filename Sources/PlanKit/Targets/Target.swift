import Foundation

/// A commitment (target) or a reported value (observation) stated in the prose, in one shape.
///
/// “到2025年，PM2.5浓度确保达到37微克/立方米” is a target: subject “PM2.5浓度”, concept
/// air.pm25.concentration, year 2025, 37 μg/m³. “2024年，…PM2.5平均浓度41微克/立方米，较2020年同比下降
/// 19.6%” gives two observations: 41 μg/m³ in 2024, and a 19.6% decrease against base year 2020.
public struct Target: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// A value of an indicator: PM2.5浓度37微克/立方米, 地区生产总值增长5%.
        case indicator
        /// A count or size of works: 建成120个美丽乡村示范村, 新增造林15.2万亩.
        case task
    }

    /// `g1`, `g2`, … for targets; `o1`, `o2`, … for observations; in document order.
    public var id: String
    public var section: String?
    public var concept: String?
    /// The indicator phrase as written.
    public var subject: String
    public var year: Int?
    /// For a change (较2020年下降19.6%), the year it is measured against.
    public var baseYear: Int?
    public var value: Decimal?
    public var unit: String?
    public var si: Quantity.SIValue?
    public var comparator: Comparator?
    /// `decrease` (下降, 降低, 减少), `increase` (提高, 增加, 净增) or `hold` (保持, 不减少).
    public var direction: Direction?
    /// 累计, 五年累计: a total over the period.
    public var cumulative: Bool
    /// A commitment without a number: “完成省下达任务”, “全部消除”, “不减少”.
    public var qualitative: String?
    /// 力争: an aspiration, kept apart from firm targets (确保, or none said).
    public var aspiration: Bool
    /// A value reported “截至11月17日”: part of its year only.
    public var asOf: String?
    /// The table indicator this restates (same concept and year), so it is not counted twice.
    public var indicator: String?
    /// An indicator's value, or a work amount a plan commits to (建成120个示范村), for users to filter.
    public var kind: Kind?
    /// The clause as written.
    public var text: String
    public var span: Span
}

/// A value a document reports as reached (2024年PM2.5平均浓度41微克/立方米): the shape of a target, read
/// from a past year or a report's wording.
public typealias Observation = Target
