import Foundation
import Testing
@testable import PlanKit

/// The shapes of clauses the prose reader knows, each with a sentence of that shape and what it means
/// (written from reading the sentence, in the conventions of `CONVENTIONS-targets.md`).
@Suite struct ClauseShapeTests {
    /// “kind year value unit comparator base” of each value, in order.
    static func values(_ text: String) -> [String] {
        let graph = PlanGraph(building: SourceDocument(path: "shape.txt", text: text))
        let entries = graph.targets.map { ("target", $0) } + graph.observations.map { ("observation", $0) }
        return entries.filter { $0.1.value != nil }.map { kind, entry in
            var parts = [kind, "\(entry.year.map(String.init) ?? "-")", "\(entry.value!)", entry.unit ?? "-"]
            if let comparator = entry.comparator { parts.append(comparator.rawValue) }
            if let base = entry.baseYear { parts.append("since \(base)") }
            return parts.joined(separator: " ")
        }
    }

    static let workReport = "2026年政府工作报告\n——2026年1月27日在省人民代表大会上\n"

    @Test func aWorkReportsExpectedTargetsAreForItsOwnYear() {
        let text = Self.workReport + "今年是“十五五”开局之年。\n经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率5.5%左右，粮食产量稳定在1300万吨以上。\n"
        #expect(Self.values(text) == ["target 2026 5.5 %", "target 2026 5.5 %", "target 2026 1300 万吨 >="])
    }

    /// 按2000年价格计算: the year of the prices a value is counted in, not the value's time.
    @Test func aPriceBaseYearIsNotTheTime() {
        let text = "云南省国民经济和社会发展第十个五年计划纲要\n第二章  主要目标\n到2005年，按2000年价格计算的国内生产总值达到2900亿元左右，全社会固定资产投资年均增长12%左右。\n"
        #expect(Self.values(text) == ["target 2005 2900 亿元", "target 2005 12 %"])
    }

    @Test func lastYearInAWorkReportIsObserved() {
        let text = Self.workReport + "过去一年，全省地区生产总值增长5.2%，居民消费价格比上年上涨0.3%。\n"
        #expect(Self.values(text) == ["observation 2025 5.2 %", "observation 2025 0.3 % since 2024"])
    }

    @Test func fromToGivesTwoValuesWithTheirYears() {
        let text = "据监测，PM2.5平均浓度由2018年的52微克/立方米降至2022年的36微克/立方米。\n"
        #expect(Self.values(text) == ["observation 2018 52 微克/立方米", "observation 2022 36 微克/立方米"])
    }

    @Test func aFromValueWithoutAYearStartsThePeriod() {
        // Over 十四五 (2021–2025) a value 从… is the level of 2020.
        let text = Self.workReport + "“十四五”时期，一般公共预算收入从874.6亿元增加到1112.4亿元。\n"
        #expect(Self.values(text) == ["observation 2020 874.6 亿元", "observation 2025 1112.4 亿元"])
    }

    @Test func listsDistributeOverTheirSubjects() {
        let text = "2021年3月5日\n“十三五”时期，化学需氧量、二氧化硫、氨氮、氮氧化物排放总量分别减少12.9%、18%、13%和18.6%，超额完成目标。\n"
        #expect(Self.values(text).count == 4)
        #expect(Self.values(text).allSatisfy { $0.hasPrefix("observation 2020") })
    }

    @Test func oneVerbTwoSubjectsJoinedByHe() {
        let text = "到2025年，单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。\n"
        let graph = PlanGraph(building: SourceDocument(path: "shape.txt", text: text))
        #expect(graph.targets.map(\.value) == [13.5, 18])
        #expect(graph.targets.map(\.concept) == ["climate.energy-intensity.reduction", "climate.co2-intensity.reduction"])
    }

    @Test func junDistributesOneValue() {
        let text = "2020年，受污染耕地安全利用率、污染地块安全利用率均达到100%。\n"
        #expect(Self.values(text) == ["observation 2020 100 %", "observation 2020 100 %"])
    }

    @Test func aRangeKeepsBothEnds() {
        let text = Self.workReport + "今年主要预期目标：全省生产总值增长5%—5.5%。\n"
        #expect(Self.values(text) == ["target 2026 5 % >=", "target 2026 5.5 % <="])
    }

    @Test func worksAndCountsAreKeptAsTasks() {
        let text = "到2025年，建成500家绿色低碳工厂和50个绿色低碳工业园区，新增造林15.2万亩。\n"
        let graph = PlanGraph(building: SourceDocument(path: "shape.txt", text: text))
        #expect(graph.targets.map(\.value) == [500, 50, 15.2])
        #expect(graph.targets.allSatisfy { $0.kind == .task && $0.year == 2025 })
    }

    @Test(arguments: [
        "2022年，12个国考断面水质全部达标。",   // a scope count
        "2022年，3项指标均居全省第一。",        // a scope count and a rank
        "共设置主要指标19项，其中约束性指标11项。",  // counts of indicators
        "2022年，全市淘汰100吨以下转炉。",      // a bound that qualifies a noun
        "2022年9月27日召开新闻发布会。",        // a date
    ])
    func scopeCountsRanksAndQualifiersAreNotValues(sentence: String) {
        #expect(Self.values(sentence + "\n").isEmpty, "\(sentence)")
    }

    @Test func aValueBeforeItsSubject() {
        let text = "到2025年，60%的省级以上开发区建成清新园区。\n"
        #expect(Self.values(text) == ["target 2025 60 %"])
    }

    @Test func aYearInsideTheClause() {
        // 据监测 before the year, and the lead-in carries to the next sentence.
        let text = "据监测，2022年全县环境质量持续改善。全县PM2.5平均浓度为31微克/立方米。\n"
        #expect(Self.values(text) == ["observation 2022 31 微克/立方米"])
    }

    @Test func aPlanPeriodsEndAndAReferenceValue() {
        let text = "2021年3月5日\n“十三五”期间，单位GDP能耗累计下降16.27%，超过全国平均水平3.07个百分点。\n"
        #expect(Self.values(text) == ["observation 2020 16.27 %", "observation 2020 3.07 个百分点"])
    }

    /// “subject concept value” of each value, in order.
    static func subjects(_ text: String) -> [String] {
        let graph = PlanGraph(building: SourceDocument(path: "shape.txt", text: text))
        return (graph.targets + graph.observations).filter { $0.value != nil }.map { "\($0.subject) \($0.concept ?? "-") \($0.value!)" }
    }

    @Test func aListClosedByAClassNamesEachItem() {
        // 等主要污染物 and 4项污染物 close the list: each pollutant is an emission total of its own.
        let text = "到2025年，化学需氧量、二氧化硫、氨氮、氮氧化物等主要污染物排放总量分别减少12.9%、18%、13%和18.6%。\n"
        #expect(Self.subjects(text) == ["化学需氧量排放总量 pollutant.cod.total-emission 12.9", "二氧化硫排放总量 pollutant.so2.total-emission 18",
                                        "氨氮排放总量 pollutant.ammonia-nitrogen.total-emission 13", "氮氧化物排放总量 pollutant.nox.total-emission 18.6"])
        let counted = "与2015年相比，2020年全市化学需氧量、氨氮、二氧化硫和氮氧化物4项污染物的排放量分别削减了20.48%、28.11%、69.85%、36.87%。\n"
        #expect(Self.subjects(counted) == ["化学需氧量排放量 pollutant.cod.total-emission 20.48", "氨氮排放量 pollutant.ammonia-nitrogen.total-emission 28.11",
                                           "二氧化硫排放量 pollutant.so2.total-emission 69.85", "氮氧化物排放量 pollutant.nox.total-emission 36.87"])
    }

    @Test func listedScopesShareTheIndicatorAfterThem() {
        let text = "到2025年，中心城区、郊区县城、乡镇污水处理率分别达到100%、95%、80%。\n"
        #expect(Self.subjects(text) == ["中心城区污水处理率 water.sewage.treatment-rate 100",
                                        "郊区县城污水处理率 water.sewage.treatment-rate.county-town 95",
                                        "乡镇污水处理率 water.sewage.treatment-rate.township 80"])
    }

    @Test func anEarlierItemTakesTheEndThatMakesItAnIndicator() {
        // 高中阶段教育 shares 毛入学率 (not just 率) with 高等教育.
        let text = "到2010年，高中阶段教育和高等教育毛入学率分别达到80%和25%。\n"
        #expect(Self.subjects(text) == ["高中阶段教育毛入学率 society.education.high-school-gross-enrollment 80",
                                        "高等教育毛入学率 society.education.higher-gross-enrollment 25"])
    }

    @Test func threeSectorsWrittenAsOne() {
        let text = "2025年，一二三产增加值分别增长3.5%、6.1%和5.2%。\n"
        #expect(Self.subjects(text) == ["第一产业增加值 economy.primary-industry.value-added.growth 3.5",
                                        "第二产业增加值 economy.secondary-industry.value-added.growth 6.1",
                                        "第三产业增加值 economy.tertiary-industry.value-added.growth 5.2"])
    }

    @Test func aShareWithoutItsSubjectIsOfTheIndicatorBefore() {
        // 占比 is the share of the good days; 同比增加20天 is again the count of days.
        let text = "2021年，全市环境空气质量优良天数267天，占比73.2%，同比增加20天。\n"
        #expect(Self.subjects(text) == ["环境空气质量优良天数 air.good-days.count 267", "环境空气质量优良天数占比 air.good-days.ratio 73.2",
                                        "环境空气质量优良天数 air.good-days.count 20"])
    }

    @Test func pinyinReadingsOfAWebCopyAreNotText() {
        let text = "到2025年，万(wàn)元工业(yè)增加值用水量下降18%，氨氮重点(diǎn)工程减排量达到0.36万(wàn)吨。\n"
        #expect(Self.subjects(text) == ["万元工业增加值用水量 water.industrial-use-intensity.reduction 18",
                                        "氨氮重点工程减排量 pollutant.ammonia-nitrogen.reduction 0.36"])
    }

    @Test func aListWhoseValuesDoNotPairIsNotGuessed() {
        // Three subjects, two values: which value is whose is not written.
        let text = "2020年，化学需氧量、氨氮、总磷排放总量分别下降10.2%、8.5%。\n"
        #expect(Self.values(text).isEmpty)
    }

    @Test func aWorkReportsBudgetIsPlannedWith拟() {
        // 拟按、拟发行: what the budget will do this year; the sentence's later figures go with it.
        let text = Self.workReport + "今年赤字率拟按4%左右安排，赤字规模5.66万亿元、比上年增加1.6万亿元。拟发行超长期特别国债1.3万亿元。\n"
        #expect(Self.values(text) == ["target 2026 4 %", "target 2026 5.66 万亿元", "target 2026 1.6 万亿元 since 2025",
                                      "target 2026 1.3 万亿元"])
    }

    @Test func agesAndPatentsHaveTheirUnits() {
        let text = "到2030年，人均预期寿命提高到79岁，每万人口高价值发明专利拥有量达到12件。\n"
        #expect(Self.values(text) == ["target 2030 79 岁", "target 2030 12 件"])
    }

    @Test func bulletinWordings() {
        // 浓度均值, a bare pollutant with its concentration, 同比改善, 优Ⅲ for 优于Ⅲ类, a scope count before the subject.
        let text = "2023年，全省细颗粒物(PM2.5)浓度均值为22微克/立方米，同比改善9.1%；臭氧122微克/立方米，同比下降7微克；655个省考断面优Ⅲ比例为96.6%。\n"
        #expect(Self.subjects(text) == ["细颗粒物(PM2.5)浓度均值 air.pm25.concentration 22", "细颗粒物(PM2.5)浓度均值 air.pm25.concentration 9.1",
                                        "臭氧 air.o3.concentration 122", "臭氧 air.o3.concentration 7",
                                        "省考断面优Ⅲ比例 water.surface.class-iii-or-better.ratio 96.6"])
    }

    @Test func aYearAfterAVerbNamesAThingNotTheTime() {
        // 落实2030年…目标 does not make the next sentence's targets 2030's.
        let text = "到2025年，森林覆盖率达到24.1%。落实2030年应对气候变化国家自主贡献目标。单位国内生产总值能耗降低13.5%。\n"
        #expect(Self.values(text) == ["target 2025 24.1 %", "target 2025 13.5 %"])
    }

    @Test func onlyTheReportsOwnExpectedTargetsAreForItsYear() {
        // In a work report's 十四五 outline, 各年度视情提出经济增长预期目标 is not this year's list.
        let text = "2021年政府工作报告\n——2021年3月5日在全国人民代表大会上\n一、2020年工作回顾\n过去一年，经济运行总体平稳。\n二、“十三五”时期发展成就和“十四五”时期主要目标任务\n——着力提升发展质量效益。经济运行保持在合理区间，各年度视情提出经济增长预期目标，城镇调查失业率控制在5.5%以内。\n"
        #expect(Self.values(text) == ["target 2025 5.5 % <="])
    }

    @Test func aLeadInsTimeCarriesAcrossItsColon() {
        // The year sits inside the lead-in's phrase, but the list after the colon is that year's.
        let text = "方案中明确了2025年空气质量的具体目标：PM2.5年均浓度需降至30微克/立方米，空气质量优良天数比例要达到88.8%。\n"
        #expect(Self.values(text) == ["target 2025 30 微克/立方米", "target 2025 88.8 %"])
    }

    @Test func aBaseBeforeFenbieIsNotPartOfTheSubjects() {
        let text = "到2025年，氮氧化物、挥发性有机物排放总量比2020年分别下降10%以上。2021年1—5月，全市空气质量达标率81.5%，较2020年同期提升了9.8个百分点。\n"
        #expect(Self.subjects(text) == ["氮氧化物排放总量 pollutant.nox.total-emission 10", "挥发性有机物排放总量 pollutant.vocs.total-emission 10",
                                        "空气质量达标率 air.good-days.ratio 81.5", "空气质量达标率 air.good-days.ratio 9.8"])
    }

    @Test func meetingARequirementIsAResult() {
        // 达到…标准限值要求 reports; 要求 is no commitment here.
        let text = "2024年10月，全市集中式饮用水水源地水质均达到或优于Ⅲ类标准限值要求，达标率为100%。\n"
        #expect(Self.values(text) == ["observation 2024 100 %"])
    }

    @Test func bulletsOpenNoSubject() {
        let text = "长江日报 2025年01月17日\n■ 2025年经济社会发展的主要预期目标\n●经济增长6%左右\n●城镇调查失业率5.5%左右\n"
        #expect(Self.subjects(text) == ["经济 economy.gdp.growth 6", "城镇调查失业率 society.unemployment.surveyed 5.5"])
        #expect(Self.values(text) == ["target 2025 6 %", "target 2025 5.5 %"])
    }

    @Test func aYearInAnAsideSpeaksForTheAsideOnly() {
        let text = "2016年，全年有效监测天数363天，(2015年有效监测360天)环境空气质量达标280天，同比2015年增加53天。细颗粒物(PM2.5)平均浓度52微克/立方米。\n"
        #expect(Self.values(text) == ["observation 2016 280 天", "observation 2016 53 天 since 2015", "observation 2016 52 微克/立方米"])
    }

    @Test func aWorkReportWithoutADateSpeaksInTheYearItNames() {
        // “2018年是…之年”, then 今年的主要预期目标.
        let text = "政府工作报告指出，2018年是贯彻落实党的十九大精神的开局之年，是实施“十三五”规划承上启下的关键一年。今年经济社会发展的主要预期目标是：地区生产总值增长10%，全社会固定资产投资增长16%。\n"
        #expect(Self.values(text) == ["target 2018 10 %", "target 2018 16 %"])
    }

    @Test func aBoundAfterALevelVerbIsAValueEvenWhenTheNextSubjectFollowsUnpunctuated() {
        // The source drops the commas; 75%以上 closes 清洁取暖率提高到, it does not qualify 城镇.
        let text = "到2025年，全省清洁取暖率提高到75%以上城镇绿色建筑占新建民用建筑比例达到70%以上。\n"
        #expect(Self.subjects(text) == ["清洁取暖率 air.clean-heating.rate 75", "城镇绿色建筑占新建民用建筑比例 buildings.green.new-share 70"])
    }

    @Test func aWorkReportsUndatedResultsAreOfTheYearItReviews() {
        let text = "政府工作报告\n——在某县第十八届人民代表大会第五次会议上\n(2025年1月6日)\n(一)产业发展取得新成效\n新增耕地6098亩，棉花种植面积达114.5万亩，同比增长3.8%。\n"
        #expect(Self.values(text) == ["observation 2024 6098 亩", "observation 2024 114.5 万亩", "observation 2024 3.8 % since 2023"])
    }

    @Test func plannedComparatorsAreInclusive() {
        // 低于, 超过 in a target are met at the value itself.
        let text = "到2025年，PM2.5年均浓度低于35微克/立方米，森林覆盖率超过41%。\n"
        #expect(Self.values(text) == ["target 2025 35 微克/立方米 <=", "target 2025 41 % >="])
    }

    @Test func fromToCountsAndBareNumbersAreTwoLevelsOfTheirSubject() {
        // A review of the five years (2021–2025): the first level is 2020's, the second 2025's.
        let text = Self.workReport + "五年来，规上工业企业从4.7万家增加到6.1万家，全国重点实验室从15家跃升到38家，城乡居民收入比值由3.27缩小至2.93。\n"
        #expect(Self.values(text) == ["observation 2020 4.7 万家", "observation 2025 6.1 万家", "observation 2020 15 家", "observation 2025 38 家",
                                      "observation 2020 3.27 -", "observation 2025 2.93 -"])
        #expect(Self.subjects(text).map { $0.components(separatedBy: " ")[0] } == ["规上工业企业", "规上工业企业", "重点实验室", "重点实验室", "城乡居民收入比值", "城乡居民收入比值"])
    }

    @Test func aSpanFromYearToYearStartsAtItsFirstYear() {
        // 2020年到2025年 runs from the level of 2020; a plan period (十三五, 2016–2020) from the year before it.
        let spanned = Self.workReport + "2020年到2025年，工业投资占固定资产投资比重从17.9%提升到35.5%。\n"
        #expect(Self.values(spanned) == ["observation 2020 17.9 %", "observation 2025 35.5 %"])
        let planned = "2021年3月5日\n“十三五”期间，我市实施了一系列大气治理攻坚行动。至2020年底，重度及以上污染天数由57天下降到15天。\n"
        #expect(Self.values(planned) == ["observation 2015 57 天", "observation 2020 15 天"])
    }

    @Test func sinceAYearIsTheLatestResultNotThatYears() {
        // 2022年以来 speaks of the time up to the report (its reviewed year), not of 2022.
        let text = Self.workReport + "经济增速2022年以来连续16个季度高于全国平均水平。规模以上工业增加值增长6.9%。\n"
        #expect(Self.values(text) == ["observation 2025 6.9 %"])
    }

    @Test func aMeasureAfterAVerbIsAValueOfItsPhraseEvenOutsideTheCatalog() {
        let text = Self.workReport + "过去一年，铁路货运量达10042万吨、增长4.2%，旅游总花费增长13.8%，高速公路、水利、电网投资分别增长19.1%、120%、41.5%。\n"
        #expect(Self.values(text) == ["observation 2025 10042 万吨", "observation 2025 4.2 %", "observation 2025 13.8 %",
                                      "observation 2025 19.1 %", "observation 2025 120 %", "observation 2025 41.5 %"])
        // A threshold that picks out the things after it is no value.
        let threshold = "到2025年，将年度碳排放达到2.6万吨二氧化碳当量及以上的重点行业企业纳入名单管理。\n"
        #expect(Self.values(threshold).isEmpty)
    }

    @Test func aBoundBeforeTheValuesOfAListIsEachValues() {
        let text = Self.workReport + "过去一年，金融机构本外币存、贷款余额分别突破1.5万亿元、1.4万亿元。\n"
        #expect(Self.values(text) == ["observation 2025 1.5 万亿元 >=", "observation 2025 1.4 万亿元 >="])
    }

    @Test func aHyphenAfterAPercentJoinsARange() {
        let text = Self.workReport + "今年主要预期目标是：地区生产总值增长5%-5.5%。\n"
        #expect(Self.values(text) == ["target 2026 5 % >=", "target 2026 5.5 % <="])
    }

    @Test func dollarsAndContainersKeepTheirUnits() {
        let text = Self.workReport + "过去一年，人均地区生产总值突破1万美元，港口集装箱吞吐量达8097万标箱。\n"
        #expect(Self.values(text) == ["observation 2025 1 万美元 >=", "observation 2025 8097 万标箱"])
    }

    @Test func aWorkReportTitledWithAYearIsOfThatYear() {
        let text = "2026年浙江省政府工作报告\n一、2025年主要工作\n五年来，上市公司从518家增加到731家。\n"
        #expect(Self.values(text) == ["observation 2020 518 家", "observation 2025 731 家"])
    }

    @Test func oneIndicatorForTwoScopesIsTwoValues() {
        let text = "2025年，全省设区市细颗粒物平均浓度为30微克/立方米，县级城市细颗粒物平均浓度为30微克/立方米。\n"
        #expect(Self.values(text) == ["observation 2025 30 微克/立方米", "observation 2025 30 微克/立方米"])
    }

    @Test func meetingAGoalIsAResult() {
        let text = "2025年12月30日\n全市超额完成年度目标，细颗粒物平均浓度降至35微克/立方米。\n"
        #expect(Self.values(text) == ["observation 2025 35 微克/立方米"])
    }

    @Test func anAmountRightAfterAnAcronymIsItsValue() {
        let text = Self.workReport + "过去一年，全市完成GDP2917.85亿元，增长5.6%。\n"
        let graph = PlanGraph(building: SourceDocument(path: "shape.txt", text: text))
        #expect(Self.values(text) == ["observation 2025 2917.85 亿元", "observation 2025 5.6 %"])
        #expect(graph.observations.map(\.concept) == ["economy.gdp.total", "economy.gdp.growth"])
    }

    @Test func aYearInAnAsideAfterAValueIsTheAsidesValue() {
        let text = "到2025年，全省森林覆盖率达到67%（2020年为66.8%）。\n"
        #expect(Self.values(text) == ["target 2025 67 %", "observation 2020 66.8 %"])
    }

    @Test func aPurposeClauseDoesNotSetTheTimeOfWhatFollows() {
        let text = "到2030年，常住人口城镇化率达到70%。\n为到2035年基本实现现代化打好基础，全社会研发经费投入年均增长7%以上。\n"
        #expect(Self.values(text) == ["target 2030 70 %", "target 2030 7 % >="])
    }

    @Test func anUndatedMidtermReviewReportsOnThePlansFirstTwoYears() {
        let text = "“十四五”规划纲要实施中期评估报告\n评估显示，新型研发机构数量超过2400家，制造业增加值占GDP比重提升至27.8%。\n"
        #expect(Self.values(text) == ["observation 2022 2400 家 >=", "observation 2022 27.8 %"])
    }

    @Test func anUndatedWorkReportIsOfTheYearAfterTheOneItReportsOn() {
        let text = "省长作政府工作报告时介绍，2024年全省生产总值增长5.5%左右。\n聚焦今年，力争规上工业增加值增长6%以上。\n"
        #expect(Self.values(text) == ["target 2025 6 % >=", "observation 2024 5.5 %"])
    }

    @Test func aBaseNamedAsSuchIsTheBase() {
        let text = "2015年，全市细颗粒物平均浓度较基准年2013年下降了14.5%。\n"
        #expect(Self.values(text) == ["observation 2015 14.5 % since 2013"])
    }

    @Test func thePlansFirstYearsEndWithTheLastOfThem() {
        let text = "2025年1月10日\n“十四五”前4年，交通固定资产投资达到15.2万亿元。\n"
        #expect(Self.values(text) == ["observation 2024 15.2 万亿元"])
    }

    @Test func perCapitaDenominatorsAreNoValues() {
        let text = "2025年，每千人口拥有执业（助理）医师数达到3.5人，每万人口高价值发明专利拥有量达到12件。\n"
        #expect(Self.values(text) == ["observation 2025 3.5 人", "observation 2025 12 件"])
    }

    @Test func anAbbreviationInBracketsKeepsTheHeadOfItsIndex() {
        let text = "2024年，全省生态质量指数(EQI)为55.49。\n"
        #expect(Self.values(text) == ["observation 2024 55.49 -"])
    }

    @Test func aProvincesShortNameIsAPlace() {
        let text = Self.workReport + "过去一年，浙江服务业增加值增长5%左右，安徽汽车产量174.7万辆。\n"
        let graph = PlanGraph(building: SourceDocument(path: "shape.txt", text: text))
        #expect(graph.observations.map(\.subject) == ["服务业增加值", "汽车产量"])
        #expect(graph.observations.map(\.concept) == ["economy.tertiary-industry.value-added.growth", "economy.automobiles.output"])
    }

    @Test func worksAfterScopeWordsAreWorks() {
        let text = "到2025年，全市新增国家级专精特新“小巨人”企业25家，动力电池产量达150GWh。\n"
        let graph = PlanGraph(building: SourceDocument(path: "shape.txt", text: text))
        #expect(Self.values(text) == ["target 2025 25 家", "target 2025 150 GWh"])
        #expect(graph.targets.map(\.kind) == [.task, .indicator])
    }

    @Test func aValueAgainstTheWholeIsOfTheIndicatorBefore() {
        let text = Self.workReport + "过去一年，全省地区生产总值增长5.4%，高于全国0.4个百分点；主要河流优良水质比例96.5%，比全国平均水平高21.6个百分点。\n"
        #expect(Self.values(text) == ["observation 2025 5.4 %", "observation 2025 0.4 个百分点", "observation 2025 96.5 %",
                                      "observation 2025 21.6 个百分点"])
    }

    @Test func aBoundWrittenIntoTheQuantityIsTheVerbOfAMeasure() {
        let text = Self.workReport + "过去一年，西电东送电量超过8100亿千瓦时，数字经济核心产业增加值跨上3万亿元台阶，810个省重点项目完成投资10428.6亿元。\n"
        let graph = PlanGraph(building: SourceDocument(path: "shape.txt", text: text))
        #expect(Self.values(text) == ["observation 2025 8100 亿千瓦时 >=", "observation 2025 3 万亿元", "observation 2025 10428.6 亿元"])
        #expect(graph.observations.map(\.subject) == ["西电东送电量", "数字经济核心产业增加值", "省重点项目完成投资"])
        #expect(graph.observations.last?.concept == "economy.investment.completed")
        // A comparison right before the noun it picks out is no value.
        #expect(Self.values(Self.workReport + "今年，推进年销售汽油量大于3000吨加油站安装油气回收在线监控。\n").isEmpty)
    }

    @Test func anAsideInBracketsDoesNotCutAClause() {
        let text = Self.workReport + "过去一年，重大项目完成投资1.4万亿元（人民币，下同）、投资完成率129.6%，近岸海域优良（一、二类）水质比例85.1%。\n"
        let graph = PlanGraph(building: SourceDocument(path: "shape.txt", text: text))
        #expect(Self.values(text) == ["observation 2025 1.4 万亿元", "observation 2025 129.6 %", "observation 2025 85.1 %"])
        #expect(graph.observations.map(\.subject) == ["重大项目完成投资", "投资完成率", "近岸海域优良（一、二类）水质比例"])
    }

    @Test func jobsOpenedAreWorks() {
        let text = Self.workReport + "过去一年，开发政策性岗位35万个，农村劳动力转移稳定在2500万人以上。\n"
        let graph = PlanGraph(building: SourceDocument(path: "shape.txt", text: text))
        #expect(Self.values(text) == ["observation 2025 35 万个", "observation 2025 2500 万人 >="])
        #expect(graph.observations.map(\.kind) == [.task, .indicator])
        #expect(graph.observations.last?.concept == "society.employment.rural-labour-transfer")
    }

    @Test func aBareNumberOfAListTakesTheUnitAfterTheLastValue() {
        let text = Self.workReport + "过去一年，蔬菜、小浆果设施产量占比分别提高15、22个百分点。\n"
        #expect(Self.values(text) == ["observation 2025 15 个百分点", "observation 2025 22 个百分点"])
        // A share is no output, whatever it is a share of: no concept of the catalog (at most its own phrase).
        let graph = PlanGraph(building: SourceDocument(path: "shape.txt", text: text))
        #expect(graph.observations.allSatisfy { $0.concept.map { $0.hasPrefix(PhraseConcept.prefix) } ?? true })
    }

    @Test func aScaleWithoutAUnitIsWrittenAsTheUnit() {
        let text = Self.workReport + "过去一年，技能人才总量超696万。\n"
        let graph = PlanGraph(building: SourceDocument(path: "shape.txt", text: text))
        #expect(Self.values(text) == ["observation 2025 696 万 >="])
        #expect(graph.observations.first?.si == Quantity.SIValue(value: 6_960_000, unit: "1"))
    }
}

