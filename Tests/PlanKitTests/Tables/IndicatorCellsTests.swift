import Testing
@testable import PlanKit

@Suite struct IndicatorCellsTests {
    @Test(arguments: [("序号 指标 属性\n1 空气质量优良天数比率 约束性\n", true), ("3 生态质量指数 预期性", true),
                      ("1 空氣質量優良天數比率 約束性", true), ("3 生態質量指數 預期性", true),
                      ("到2025年，细颗粒物浓度下降到42微克/立方米", false), ("约束 预期", false)] as [(String, Bool)])
    func aPageMayHoldATableWhenItNamesAnAttribute(text: String, mayHold: Bool) {
        #expect(IndicatorCells.mayHoldTable(pageText: text) == mayHold)
    }

    @Test(arguments: [("约束性", "binding"), ("预期性", "expected"), ("约束", "binding"), ("指标属性", nil)]
          as [(String, String?)])
    func readsTheAttributeCell(text: String, attribute: String?) {
        #expect(IndicatorCells.attribute(text)?.rawValue == attribute)
    }

    @Test(arguments: [("细颗粒物（PM2.5）浓度（ug/m3）", "细颗粒物（PM2.5）浓度", "ug/m3", nil),
                      ("地表水国省考断面达到或好于Ⅲ水体比例（%）a", "地表水国省考断面达到或好于Ⅲ水体比例", "%", "a"),
                      ("单位地区生产总值二氧化碳排放累计下降%", "单位地区生产总值二氧化碳排放累计下降", "%", nil),
                      ("衡水市生态保护红线面积 c", "衡水市生态保护红线面积", nil, "c"),
                      ("生态质量指数（EQI）", "生态质量指数", "EQI", nil),
                      ("县级及以上城市建成区黑臭水体", "县级及以上城市建成区黑臭水体", nil, nil)] as [(String, String, String?, String?)])
    func splitsNameUnitAndMarker(text: String, name: String, unit: String?, marker: String?) {
        let split = IndicatorCells.splitName(text)
        #expect(split.0 == name && split.1 == unit && split.2 == marker)
    }
}
