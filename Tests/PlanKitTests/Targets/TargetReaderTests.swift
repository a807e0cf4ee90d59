import Foundation
import Testing
@testable import PlanKit

/// Targets and observations as the documents state them (written by reading the text files).
@Suite struct TargetReaderTests {
    static func graph(_ path: String) throws -> PlanGraph { PlanGraph(building: try CorpusFiles.read(path)) }

    /// “concept value unit” or “concept qualitative”, with flags.
    static func line(_ target: Target) -> String {
        var parts = [target.concept ?? target.subject]
        if let value = target.value { parts.append("\(value) \(target.unit ?? "")".trimmingCharacters(in: .whitespaces)) }
        if let qualitative = target.qualitative { parts.append(qualitative) }
        if let comparator = target.comparator { parts.append(comparator.rawValue) }
        if target.cumulative { parts.append("cumulative") }
        if let base = target.baseYear { parts.append("since \(base)") }
        return parts.joined(separator: " ")
    }

    @Test func hengshuiPlanStatesItsTwentyIndicatorsInProse() throws {
        let graph = try Self.graph("Corpus/text/hengshui-2022-plan.txt")
        let goals = graph.targets.filter { target in target.year == 2025 && target.concept != nil && !target.aspiration }
        let lines = Set(goals.map(Self.line))
        // “(三)主要目标” and its four parts: 20 indicators, lines 109–145 of the text.
        let expected: Set<String> = [
            "air.pm25.concentration 37 微克/立方米", "air.good-days.ratio 75 %",
            "water.surface.class-iii-or-better.ratio 69.2 %", "water.urban-black-odorous.ratio 全部消除",
            "water.drinking-source.class-iii-or-better.ratio 100 %", "water.groundwater.class-v.ratio 达到国家要求",
            "water.rural-sewage.task-completion-rate 100 %",
            "pollutant.nox.reduction 4000 吨", "pollutant.vocs.reduction 2300 吨", "pollutant.cod.reduction 11300 吨",
            "pollutant.ammonia-nitrogen.reduction 460 吨",
            "climate.energy-intensity.reduction 17 % >= cumulative", "climate.co2-intensity.reduction 完成省定任务 cumulative",
            "climate.non-fossil-energy.share 15.1 %",
            "soil.contaminated-farmland.control-coverage 100 %", "soil.construction-land.remediation-coverage 100 %",
            "ecology.red-line.area 不减少", "ecology.forest.coverage 33 %",
            "water.groundwater.extraction-reduction 2.83 亿立方米 cumulative",
        ]
        #expect(expected.subtracting(lines).isEmpty, "missing: \(expected.subtracting(lines).sorted())")
        let pm25 = try #require(goals.first { $0.concept == "air.pm25.concentration" })
        #expect(pm25.si == Quantity.SIValue(value: 37, unit: "μg/m³") && pm25.subject == "PM2.5浓度")
        #expect(goals.first { $0.concept == "ecology.forest.coverage" }?.direction == .hold)
        #expect(goals.first { $0.concept == "climate.energy-intensity.reduction" }?.direction == .decrease)
        // “…优良天数比率达到80%左右” under 力争 is an aspiration, kept apart.
        #expect(graph.targets.contains { $0.aspiration && $0.concept == "air.good-days.ratio" })
    }

    @Test func pressReleaseReportsEveryMeasuredValue() throws {
        let graph = try Self.graph("Corpus/text/hengshui-2025-press-release.txt")
        #expect(graph.targets.isEmpty)
        let lines = graph.observations.map { observation in
            let what = observation.kind == .task ? "task \(observation.value ?? 0) \(observation.unit ?? "")" : Self.line(observation)
            return "\(observation.year ?? 0) \(what)\(observation.asOf.map { " as of \($0)" } ?? "")"
        }
        // Lines 6–14 of the text: the work done (累计完成1000余个…治理项目, 完成4家砖瓦…炉窑治理, 目前累计完成3281个村庄
        // …, 建成“无废细胞”733个) is reported for the release's year, as are the counts of A级/B级/引领性企业, named by
        // their phrase (no catalog concept counts them); 治理率 alone names too little.
        #expect(lines == [
            "2025 task 1000 个", "2025 task 4 家",
            "2024 air.quality-composite-index 4.22", "2024 air.quality-composite-index 19.2 % since 2020",
            "2024 air.pm25.concentration 41 微克/立方米", "2024 air.pm25.concentration 19.6 % since 2020",
            "2024 air.pm10.concentration 69 微克/立方米", "2024 air.pm10.concentration 16.9 % since 2020",
            "2025 air.pm25.concentration 34 微克/立方米 as of 11月17日",
            "2025 water.drinking-source.class-iii-or-better.ratio 100 %",
            "2025 soil.construction-land.safe-use-rate 100 %", "2025 task 3281 个", "2025 治理率 65.7 %",
            "2025 phrase:a级企业 38 家", "2025 phrase:b级企业 152 家", "2025 phrase:引领性企业 30 家", "2025 task 733 个",
        ])
        #expect(graph.observations.filter { $0.baseYear != nil }.allSatisfy { $0.direction == .decrease })
    }

    @Test func handanGoalsRestateItsTableAndItsReviewReports2020() throws {
        let graph = try Self.graph("Corpus/text/handan-2023-plan.txt")
        let goals = graph.targets.filter { $0.section.flatMap { id in graph.sections.first { $0.id == id }?.title } == "主要目标" }
        // Lines 111–121: “单位地区生产总值能源消耗和碳排放强度持续降低”, “主要污染物排放总量持续下降”, then the
        // table's indicators restated, with “全部消除劣 V 类水体和黑臭水体” verb first.
        #expect(goals.map(Self.line) == ["climate.energy-intensity.reduction 持续降低", "climate.co2-intensity.reduction 持续降低",
                                         "pollutant.major.total-emission 持续下降",
                                         "air.pm25.concentration 42 微克/立方米", "air.good-days.ratio 70 %",
                                         "water.surface.class-iii-or-better.ratio 达到省定目标",
                                         "water.surface.worse-than-class-v.ratio 全部消除", "water.urban-black-odorous.ratio 全部消除",
                                         "soil.contaminated-farmland.control-coverage 100 %",
                                         "soil.construction-land.remediation-coverage 100 %"])
        // Restated, not counted twice: each points at its table row (rows 1–5, 12, 13, 15, 16).
        #expect(goals.map(\.indicator) == ["i13", "i12", nil, "i1", "i2", "i3", "i4", "i5", "i15", "i16"])
        let observed = graph.observations.filter { $0.year == 2020 }.map(Self.line)
        #expect(observed.prefix(8) == ["air.pm25.concentration 57 微克/立方米", "air.pm25.concentration 37.4 % since 2015",
                                       "air.good-days.ratio 60.4 %", "air.good-days.ratio 18.5 个百分点 since 2015",
                                       "air.heavy-pollution.days 17 天", "air.heavy-pollution.days 16 天 since 2015",
                                       "pollutant.so2.total-emission 45.1 % since 2015", "pollutant.nox.total-emission 34.5 % since 2015"])
    }

    /// “（二）主要目标”, lines 79–83: only directions and one qualitative target, no numbers.
    @Test func langfangGoalsAreDirectionsAndOneQualitativeTarget() throws {
        let graph = try Self.graph("Corpus/text/langfang-plan.txt")
        let goals = graph.targets.filter { $0.section.flatMap { id in graph.sections.first { $0.id == id }?.title } == "主要目标" }
        #expect(goals.map(Self.line) == ["pollutant.major.total-emission 持续减少", "air.heavy-pollution.days 持续减少",
                                         "water.urban-black-odorous.ratio 动态清零"])
        #expect(goals.map(\.direction) == [.decrease, .decrease, nil])
        #expect(goals.allSatisfy { $0.year == 2025 && !$0.aspiration })
    }

    @Test func langfangQualitativeGoal() throws {
        let graph = try Self.graph("Corpus/text/langfang-plan.txt")
        let blackWater = try #require(graph.targets.first { $0.concept == "water.urban-black-odorous.ratio" })
        #expect(blackWater.qualitative == "动态清零" && blackWater.value == nil && blackWater.year == 2025 && blackWater.indicator == "i5")
    }

    @Test(arguments: ["共有5826家工业企业纳入清单。", "“十四五”时期，生态文明建设机遇与挑战并存。", "— 20 —", "2023 年 6 月 29 日"])
    func sentencesWithoutCommitmentsGiveNothing(text: String) {
        let graph = PlanGraph(building: SourceDocument(path: "snippet.txt", text: "（二）主要目标\n" + text))
        #expect(graph.targets.isEmpty && graph.observations.isEmpty)
    }

    static func entries(_ paragraph: String, kind: String = "plan") -> PlanGraph {
        PlanGraph(building: SourceDocument(path: "snippet.txt", text: "某市生态环境保护“十四五”规划\n一、总体要求\n" + paragraph))
    }

    @Test(arguments: [
        ("到2025年，PM2.5浓度确保达到37微克/立方米。", "2025 air.pm25.concentration 37 微克/立方米 firm"),
        ("到 2025 年，单位GDP能耗累计下降17%以上。", "2025 climate.energy-intensity.reduction 17 % >= cumulative decrease firm"),
        ("到2025年，森林覆盖率保持在33%。", "2025 ecology.forest.coverage 33 % hold firm"),
        ("到2025年，地下水压采量五年累计为2.83亿立方米。", "2025 water.groundwater.extraction-reduction 2.83 亿立方米 cumulative firm"),
        ("到2025年，单位地区生产总值二氧化碳排放量降低完成省下达任务。", "2025 climate.co2-intensity.reduction 完成省下达任务 decrease firm"),
        ("到2025年，空气质量优良天数比率力争达到80%。", "2025 air.good-days.ratio 80 % aspiration"),
        ("到“十四五”末，农村生活污水治理率达到60%。", "2025 water.rural-sewage.treatment-rate 60 % firm"),
        ("展望二〇三五年，森林覆盖率达到36%。", "2035 ecology.forest.coverage 36 % firm"),
        ("2023年底前，受污染耕地安全利用率达到95%。", "2023 soil.contaminated-farmland.safe-use-rate 95 % firm"),
        // A direction without a value, firm or hoped for.
        ("到2025年，O3浓度力争持续下降。", "2025 air.o3.concentration 持续下降 decrease aspiration"),
        ("到2025年，重污染天数持续减少。", "2025 air.heavy-pollution.days 持续减少 decrease firm"),
        // 和 inside one indicator's name does not split it.
        ("到2025年，受污染耕地治理和管控措施覆盖率持续提高。", "2025 soil.contaminated-farmland.control-coverage 持续提高 increase firm"),
    ])
    func targetPhrases(paragraph: String, expected: String) throws {
        let graph = Self.entries(paragraph)
        let target = try #require(graph.targets.first, "no target in \(paragraph)")
        var parts = ["\(target.year ?? 0)", Self.line(target)]
        if let direction = target.direction { parts.append(direction.rawValue) }
        parts.append(target.aspiration ? "aspiration" : "firm")
        #expect(parts.joined(separator: " ") == expected)
    }

    /// A clause that is only a direction (持续下降), or has one scalar before it, looked back past the
    /// start of the clause for 力争/确保 (a trap before the bounds check).
    @Test(arguments: [
        "到2025年，全市PM2.5浓度下降到35微克/立方米，持续下降。",
        "到2025年，全市PM2.5浓度下降到35微克/立方米，稳步下降。",
        "到2025年，全市PM2.5浓度下降到35微克/立方米，再持续下降。",
    ])
    func directionClauseAtTheStartOfASegmentIsRead(paragraph: String) throws {
        let graph = Self.entries(paragraph)
        let target = try #require(graph.targets.first { $0.value != nil })
        #expect(target.year == 2025 && target.concept == "air.pm25.concentration")
        #expect(target.value == 35 && target.si == Quantity.SIValue(value: 35, unit: "μg/m³"))
    }

    @Test(arguments: [
        ("2020年，全市细颗粒物（PM2.5）平均浓度52微克/立方米，较2015年下降19.6%。",
         ["2020 air.pm25.concentration 52 微克/立方米", "2020 air.pm25.concentration 19.6 % since 2015"]),
        ("2024年，全市PM2.5平均浓度41微克/立方米。", ["2024 air.pm25.concentration 41 微克/立方米"]),
        // Days are a count: the same words with 天 are not the ratio.
        ("2020年全年空气质量优良天数比率为68.9%，优良天数252天，较2015年增加67天。",
         ["2020 air.good-days.ratio 68.9 %", "2020 air.good-days.count 252 天", "2020 air.good-days.count 67 天 since 2015"]),
    ])
    func observationPhrases(paragraph: String, expected: [String]) {
        let graph = Self.entries(paragraph)
        #expect(graph.observations.map { "\($0.year ?? 0) \(Self.line($0))" } == expected)
    }

    @Test(arguments: [
        // Two scopes of one indicator, paired with their values in order.
        ("到2025年，城市和县城再生水利用率分别达到40%、30%以上。",
         ["2025 water.reclaimed.utilization-rate 40 %", "2025 phrase:县城再生水利用率 30 % >="]),
        // 均: both indicators take the value.
        ("到2025年，主要粮食作物化肥利用率和主要农作物农药利用率均达到43%。",
         ["2025 agriculture.fertilizer.utilization-rate 43 %", "2025 agriculture.pesticide.utilization-rate 43 %"]),
        // The subject before 指标为, not the one of the clause before.
        ("到2025年，用水总量控制在153200万立方米，其中地下水开采量红线控制指标为48299万立方米。",
         ["2025 water.use.total 153200 万立方米 <=", "2025 phrase:地下水开采量红线控制指标 48299 万立方米"]),
        // Verb first: each object of 全部消除 is a commitment.
        ("到2025年，全部消除劣 V 类水体和黑臭水体。",
         ["2025 water.surface.worse-than-class-v.ratio 全部消除", "2025 water.urban-black-odorous.ratio 全部消除"]),
        // One direction for two indicators.
        ("到2025年，单位地区生产总值能源消耗和碳排放强度持续降低。",
         ["2025 climate.energy-intensity.reduction 持续降低", "2025 climate.co2-intensity.reduction 持续降低"]),
        // A direction for what is no indicator is no target.
        ("到2025年，生物多样性保护水平稳步提升。", []),
        // 人均 is not 均.
        ("到2025年，城市人均公园绿地面积达到12平方米。", ["2025 urban.park-green-space.per-capita 12 平方米"]),
    ])
    func phrasesWithSeveralTargets(paragraph: String, expected: [String]) {
        let graph = Self.entries(paragraph)
        #expect(graph.targets.map { "\($0.year ?? 0) \(Self.line($0))" } == expected)
    }

    /// 二氧化硫 is a name written with a numeral, not a phrase that holds another number; the list's head
    /// (排放) completes the earlier item.
    @Test func pollutantsListedBeforeOneValueEachTakeIt() throws {
        let graph = Self.entries("到2025年，化学需氧量、二氧化硫排放分别减少8%。")
        #expect(graph.targets.map { "\($0.subject) \($0.concept ?? "-") \($0.value ?? 0)" } == [
            "化学需氧量排放 pollutant.cod.total-emission 8", "二氧化硫排放 pollutant.so2.total-emission 8",
        ])
    }

    /// One value after subjects joined by 和 and 分别 or 各 is each subject's.
    @Test func oneValueForSubjectsJoinedBeforeEachOrRespectively() throws {
        for paragraph in ["到2025年，城镇居民人均可支配收入和农村居民人均纯收入分别年均增长7%以上。",
                          "到2025年，城镇居民人均可支配收入和农村居民人均纯收入各增长7%以上。"] {
            let graph = Self.entries(paragraph)
            #expect(graph.targets.map { "\($0.subject) \($0.value ?? 0) \($0.comparator?.rawValue ?? "")" } == [
                "城镇居民人均可支配收入 7 >=", "农村居民人均纯收入 7 >=",
            ], "\(paragraph)")
        }
    }

    /// A ratio of the three sectors is their three shares; a colon between digits does not end a clause.
    @Test func aSectorRatioIsThreeShares() throws {
        for ratio in ["8.4:40.9:50.7", "8.4∶40.9∶50.7", "8.4：40.9：50.7"] {
            let text = "某市2023年国民经济和社会发展统计公报\n2023年，全市三次产业结构为\(ratio)，对经济增长贡献率分别为4.8%、28.4%和66.8%。\n"
            let graph = PlanGraph(building: SourceDocument(path: "bulletin.txt", text: text))
            let shares = graph.observations.filter { $0.subject.hasSuffix("产业比重") }
            #expect(shares.map { "\($0.year ?? 0) \($0.subject) \($0.value ?? 0)" } == [
                "2023 第一产业比重 8.4", "2023 第二产业比重 40.9", "2023 第三产业比重 50.7",
            ], "\(ratio)")
        }
        // Not a ratio of shares: a time, or three numbers that do not make a hundred.
        let graph = PlanGraph(building: SourceDocument(path: "bulletin.txt", text: "某市统计公报\n2023年，全市产业结构为1:2:3。\n"))
        #expect(graph.observations.isEmpty)
    }

    /// A news report of results: the plan period it names is the period reported on.
    @Test func aPressReleasesPlanPeriodIsReportedOn() throws {
        let text = "某市“十四五”发展报告：多项指标超额完成\n日前，某市人民政府新闻办公室举行了高质量完成“十四五”规划系列主题新闻发布会。“十四五”期间，某市农村人均可支配收入年均增长6.1%。\n"
        let graph = PlanGraph(building: SourceDocument(path: "news.txt", text: text))
        #expect(graph.document.kind == .pressRelease)
        #expect(graph.targets.isEmpty)
        #expect(graph.observations.map { "\($0.year ?? 0) \($0.value ?? 0)" } == ["2025 6.1"])
    }

    /// The clauses after a from–to in its sentence speak of its later year.
    @Test func clausesAfterAFromToTakeItsLaterYear() throws {
        let text = "某市科技创新工作硕果累累\n全社会研发经费投入由2021年的310.4亿元增加至2024年的414.37亿元，占全省比重达32.5%，年均增长10%。\n"
        let graph = PlanGraph(building: SourceDocument(path: "news.txt", text: text))
        #expect(graph.observations.map { "\($0.year ?? 0) \($0.value ?? 0)" } == ["2021 310.4", "2024 414.37", "2024 32.5", "2024 10"])
    }

    /// A count of the indicators or targets a statement is about is no value of the ones it names.
    @Test func aCountOfIndicatorsMetIsNoValue() throws {
        let text = "某市“十四五”规划中期评估报告\n一、主要指标进展\n人均地区生产总值、常住人口城镇化率等6项达到时序进度，外贸进出口总额等20项目标已经提前完成，提前实现的有20项。\n"
        let graph = PlanGraph(building: SourceDocument(path: "review.txt", text: text))
        #expect(graph.targets.isEmpty && graph.observations.isEmpty, "\(graph.observations.map(\.text))")
    }

    @Test func tenThousandIsNeverFourteen() {
        let graph = Self.entries("“十四五”时期，全市共有5826家工业企业纳入清单。")
        #expect(graph.targets.isEmpty && graph.observations.isEmpty)
    }
}
