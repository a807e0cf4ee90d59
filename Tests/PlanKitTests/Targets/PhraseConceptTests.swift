import Foundation
import Testing
@testable import PlanKit

/// Values whose phrase no catalog concept takes are named by the phrase, when it is an indicator's name;
/// a piece of a clause is not. Sentences of the wild work reports' shapes, with the concept each means.
@Suite struct PhraseConceptTests {
    static func concepts(_ text: String) -> [String?] {
        let graph = PlanGraph(building: SourceDocument(path: "phrase.txt", text: ClauseShapeTests.workReport + text + "\n"))
        return (graph.targets + graph.observations).filter { $0.value != nil }.map(\.concept)
    }

    @Test func anIndicatorHeadNamesTheValue() {
        #expect(Self.concepts("过去一年，工业技改投资增长33.6%。") == ["phrase:工业技改投资"])
        #expect(Self.concepts("过去一年，口岸出入境人员达5.2亿人次。") == ["phrase:口岸出入境人员"])
    }

    @Test func theCatalogComesFirst() {
        #expect(Self.concepts("过去一年，全省地区生产总值增长5.2%。") == ["economy.gdp.growth"])
        #expect(Self.concepts("过去一年，外汇储备超过3.2万亿美元。") == ["economy.fx-reserves"])
    }

    /// A work amount is named by what it builds, without the verb: 新建 and 建成 count the same things.
    @Test func aWorkAmountIsNamedByItsObject() {
        #expect(Self.concepts("今年，新建县域医疗次中心50个。") == ["phrase:县域医疗次中心"])
        #expect(Self.concepts("过去一年，累计建成县域医疗次中心50个。") == ["phrase:县域医疗次中心"])
    }

    @Test func aCountNamesWhatItCounts() {
        #expect(Self.concepts("过去一年，省级中试平台11家。") == ["phrase:省级中试平台"])
    }

    /// Items of a list take the measure of the last: 能源、旅游投资 are 能源投资 and 旅游投资.
    @Test func listItemsTakeTheMeasureOfTheLast() {
        #expect(Self.concepts("过去一年，能源、旅游投资分别增长9.4%、5%。") == ["phrase:能源投资", "phrase:旅游投资"])
        #expect(Self.concepts("过去一年，刑事治安、涉诈、涉毒警情分别下降17.7%、17.4%、26.5%。")
            == ["society.crime.police-incidents", "society.crime.police-incidents", "society.crime.police-incidents"])
    }

    /// A head alone (增加值), a phrase cut at a verb (惠及) or an ordinal (入选…第) names nothing.
    @Test func aPieceOfAClauseNamesNothing() {
        #expect(Self.concepts("过去一年，增加值增长3%。") == [nil])
        #expect(Self.concepts("过去一年，年均增速5.7%。") == [nil])
        #expect(PhraseConcept.concept(of: "育儿补贴惠及", countsThings: true, isWork: false) == nil)
        #expect(PhraseConcept.concept(of: "高职学校入选第", countsThings: true, isWork: true) == nil)
        #expect(PhraseConcept.concept(of: "国家级", countsThings: true, isWork: false) == nil)
        #expect(PhraseConcept.concept(of: "2025年目标", countsThings: true, isWork: false) == nil)
    }

    /// 新 before a noun (新型储能) is part of the name; only before a work verb is it an adverb.
    @Test func anAdverbGoesOnlyBeforeAVerb() {
        #expect(PhraseConcept.concept(of: "新型储能应用规模", countsThings: false, isWork: true) == "phrase:新型储能应用规模")
        #expect(PhraseConcept.concept(of: "新建改造农村公路", countsThings: false, isWork: true) == "phrase:农村公路")
    }

    /// Brackets and quotation marks are not part of a name, so the same indicator lines up however quoted.
    @Test func quotesAndBracketsAreDropped() {
        #expect(PhraseConcept.concept(of: "“西电东送”电量", countsThings: false, isWork: false) == "phrase:西电东送电量")
        #expect(PhraseConcept.concept(of: "创建生活垃圾分类示范居住小区（村）", countsThings: true, isWork: true) == "phrase:生活垃圾分类示范居住小区")
    }
}
