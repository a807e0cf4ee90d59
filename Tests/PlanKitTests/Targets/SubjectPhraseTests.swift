import Foundation
import Testing
@testable import PlanKit

@Suite struct SubjectPhraseTests {
    @Test func embeddedLexiconIsSchemasLexiconJSON() throws {
        let file = try String(contentsOf: CorpusFiles.url("Schemas/lexicon.json"), encoding: .utf8)
        #expect(Lexicon.json + "\n" == file, "run Scripts/embed-catalogs after editing Schemas/lexicon.json")
    }

    /// Place names go by the general rule, whatever the city: no list of cities.
    @Test(arguments: [
        ("石家庄市PM2.5浓度", "PM2.5浓度"),
        ("邯郸市PM2.5浓度", "PM2.5浓度"),
        ("全市石家庄市PM2.5浓度", "PM2.5浓度"),
        ("河北省森林覆盖率", "森林覆盖率"),
        ("涉县空气质量优良天数比率", "空气质量优良天数比率"),
        ("鄂托克旗草原综合植被盖度", "草原综合植被盖度"),
        ("海淀区细颗粒物浓度", "细颗粒物浓度"),
        ("广西壮族自治区地表水达标率", "地表水达标率"),
        ("其中地下水开采量", "地下水开采量"),
    ])
    func placeAndScopeWordsLeaveTheSubject(phrase: String, subject: String) {
        #expect(SubjectPhrase(region: nil).withoutLeadingWords(phrase) == subject)
    }

    /// Common words that end like a division's name are not places.
    @Test(arguments: ["城市生活污水集中收集率", "工业园区污水集中处理率", "县城污水处理率", "省级自然保护区面积",
                      "设区市空气质量优良天数", "重点区域PM2.5浓度", "农产品市场抽检合格率", "市县两级污水处理率",
                      "地级及以上城市PM2.5浓度", "主城区PM2.5浓度", "雄安新区森林覆盖率"])
    func commonWordsStay(phrase: String) {
        #expect(SubjectPhrase(region: nil).withoutLeadingWords(phrase) == phrase)
    }

    /// The document's own region goes in its full and its short form (a 邯郸 plan writes 邯郸 too).
    @Test func theDocumentsOwnRegionGoesInEitherForm() {
        let region = DocumentInfo.Region(name: "邯郸市", level: .prefecture)
        let subjects = SubjectPhrase(region: region)
        #expect(subjects.withoutLeadingWords("邯郸PM2.5浓度") == "PM2.5浓度")
        #expect(subjects.withoutLeadingWords("邯郸市PM2.5浓度") == "PM2.5浓度")
        #expect(SubjectPhrase(region: nil).withoutLeadingWords("邯郸PM2.5浓度") == "邯郸PM2.5浓度")
    }

    @Test func aTargetInAnotherCitysPlanLosesItsCity() {
        let text = """
        石家庄市生态环境保护“十四五”规划

        到2025年，石家庄市PM2.5浓度下降到45微克/立方米。
        """
        let graph = PlanGraph(building: SourceDocument(path: "shijiazhuang.txt", text: text))
        #expect(graph.targets.count == 1)
        #expect(graph.targets.first?.subject == "PM2.5浓度")
        #expect(graph.targets.first?.value == 45)
        #expect(graph.targets.first?.year == 2025)
    }
}

/// “十X五”末” is the last year of the plan it names, whichever plan that is: no plan is written into the reader.
@Suite struct PlanEndTests {
    static let fifteenthPlan = """
    某市“十五五”生态环境保护规划
    一、发展基础
    “十四五”末，全市PM2.5平均浓度为35微克/立方米。
    二、主要目标
    到“十五五”末，全市PM2.5平均浓度下降到30微克/立方米。
    """

    @Test func theEndOfTheFifteenthPlanIsATargetFor2030() {
        let graph = PlanGraph(building: SourceDocument(path: "fifteenth.txt", text: Self.fifteenthPlan))
        #expect(graph.document.period == DocumentInfo.Period(from: 2026, to: 2030))
        #expect(graph.targets.map(\.year) == [2030])
        #expect(graph.targets.map(\.value) == [30])
    }

    @Test func theEndOfTheFourteenthPlanIsPastForTheFifteenth() {
        let graph = PlanGraph(building: SourceDocument(path: "fifteenth.txt", text: Self.fifteenthPlan))
        #expect(graph.observations.map(\.year) == [2025])
        #expect(graph.observations.map(\.value) == [35])
    }

    @Test(arguments: [("到“十四五”末", 2025), ("十五五末", 2030), ("“十三五”以来，到“十四五”末", 2025), ("五年末", nil)] as [(String, Int?)])
    func planEndNamesItsLastYear(text: String, year: Int?) {
        #expect(ClauseTime(reading: text.scalarArray, documentYear: nil).year == year)
    }
}
