import Foundation
import Testing
@testable import PlanKit

@Suite struct ConceptCatalogTests {
    @Test func embeddedCatalogIsSchemasIndicatorsJSON() throws {
        let file = try String(contentsOf: CorpusFiles.url("Schemas/indicators.json"), encoding: .utf8)
        #expect(ConceptCatalog.json + "\n" == file, "run Scripts/embed-catalogs after editing Schemas/indicators.json")
    }

    @Test(arguments: [
        ("细颗粒物（PM2.5）浓度", "air.pm25.concentration"), ("市区城市 PM2.5 年均浓度", "air.pm25.concentration"),
        ("廊坊市建成区细颗粒物（PM2.5）浓度", "air.pm25.concentration"), ("PM2.5浓度", "air.pm25.concentration"),
        ("PM_{2.5}浓度", "air.pm25.concentration"),
        ("单位地区生产总值能源消耗降低", "climate.energy-intensity.reduction"), ("单位GDP能耗累计下降", "climate.energy-intensity.reduction"),
        ("单位GDP二氧化碳排放降低", "climate.co2-intensity.reduction"),
        ("森林覆盖率", "ecology.forest.coverage"), ("林木覆盖率", "ecology.tree.coverage"),
        ("空气质量优良天数比率", "air.good-days.ratio"), ("县城环境空气优良天数比例", "air.good-days.ratio.county-town"),
        ("挥发性有机物（VOCS）重点工程减排量", "pollutant.vocs.reduction"), ("地下水国控点位 V类水比例", "water.groundwater.class-v.ratio"),
        ("受污染耕地安全利用率", "soil.contaminated-farmland.safe-use-rate"),
        // Prose-only indicators of the corpus.
        ("声环境功能区夜间达标率", "noise.night-compliance.ratio"), ("PM10平均浓度", "air.pm10.concentration"),
        ("重污染天数", "air.heavy-pollution.days"), ("重度及以上污染天数", "air.heavy-pollution.days"),
        ("空气质量综合指数", "air.quality-composite-index"), ("中水利用率", "water.reclaimed.utilization-rate"),
        ("城市再生水利用率", "water.reclaimed.utilization-rate"), ("万元 GDP 用水量", "water.use-intensity.reduction"),
        ("万元生产总值用水量", "water.use-intensity.reduction"), ("湿地保护率", "ecology.wetland.protection-rate"),
        ("湿地保护面积", "ecology.wetland.protected-area"), ("地表水优良断面比例", "water.surface.class-iii-or-better.ratio"),
        ("国省考断面水质优良比例", "water.surface.class-iii-or-better.ratio"),
        ("畜禽粪污综合利用率", "agriculture.livestock-manure.utilization-rate"),
        // A total-emission change is its own concept, not the key-project reduction.
        ("二氧化硫排放总量下降", "pollutant.so2.total-emission"), ("氮氧化物排放总量", "pollutant.nox.total-emission"),
        ("氮氧化物重点工程减排量", "pollutant.nox.reduction"), ("碳排放强度", "climate.co2-intensity.reduction"),
        // The year's emission (排放量) is the quantity the total (排放总量) caps.
        ("二氧化硫排放量", "pollutant.so2.total-emission"),
        // A web copy's pinyin readings are not part of the name.
        ("规上工业(yè)单位增加值能耗", "energy.industrial-energy-intensity.reduction"),
    ])
    func mapsWordingVariantsToOneConcept(name: String, concept: String) {
        #expect(ConceptCatalog.shared.concept(of: name)?.id == concept)
    }

    // County towns, scale farms and a county's green-space ratio are not the city-wide indicators.
    @Test(arguments: ["噪声功能区达标率", "县城再生水利用率", "规模化养殖粪污综合资源化利用率",
                      "县城建成区绿地率", "县城PM10浓度"])
    func unknownIndicatorsHaveNoConcept(name: String) {
        #expect(ConceptCatalog.shared.concept(of: name) == nil)
    }

    /// 优良天数 with a number of days is the count, with a percent the ratio; a fall in percent fits any concept.
    @Test func valueUnitPicksBetweenConceptsOfOneName() {
        #expect(ConceptCatalog.shared.concept(of: "优良天数", baseUnit: "d")?.id == "air.good-days.count")
        #expect(ConceptCatalog.shared.concept(of: "优良天数", baseUnit: "%")?.id == "air.good-days.ratio")
        #expect(ConceptCatalog.shared.concept(of: "PM2.5浓度", baseUnit: "%")?.id == "air.pm25.concentration")
        #expect(ConceptCatalog.shared.concept(of: "PM2.5浓度", baseUnit: "d") == nil)
    }

    /// A unit per person or per unit of output measures its numerator (14平方米/人 is an area per person;
    /// 0.5吨标准煤/万元 an energy per output); a compound dimension has its own base (公斤/亩: t/km²).
    @Test func compoundUnitsFitTheirConcepts() throws {
        let catalog = ConceptCatalog.shared
        let perCapita = try #require(Quantity.all(in: "14平方米/人").first?.si?.unit)
        #expect(catalog.concept(of: "人均公园绿地面积", baseUnit: perCapita)?.id == "urban.park-green-space.per-capita")
        let intensity = try #require(Quantity.all(in: "0.5吨标准煤/万元").first?.si?.unit)
        #expect(catalog.concept(of: "单位地区生产总值能耗", baseUnit: intensity)?.id == "climate.energy-intensity.level")
        let yield = try #require(Quantity.all(in: "378公斤/亩").first?.si?.unit)
        #expect(yield == "t/km²" && catalog.concept(of: "粮食作物平均单产", baseUnit: yield)?.id == "agriculture.grain.yield")
        #expect(catalog.concept(of: "粮食作物平均单产", baseUnit: "t") == nil)
    }

    /// Across the three tables of the corpus: every indicator has a concept, no table has two rows on one
    /// concept, and counterparts line up (the PM2.5 rows of Handan, Langfang and Hengshui are one concept).
    @Test func corpusTablesAlignOnConcepts() throws {
        var byDocument: [String: [String: String]] = [:]
        for id in ["handan-2023-plan", "langfang-plan", "hengshui-2023-midterm-review"] {
            let indicators = PlanGraph(building: try CorpusFiles.read("Corpus/pdf/\(id).pdf")).indicators
            #expect(indicators.allSatisfy { $0.concept != nil }, "\(id): \(indicators.filter { $0.concept == nil }.map(\.name))")
            let concepts = indicators.compactMap(\.concept)
            #expect(Set(concepts).count == concepts.count, "\(id) has two rows on one concept")
            byDocument[id] = Dictionary(uniqueKeysWithValues: indicators.compactMap { indicator in
                indicator.concept.map { ($0, indicator.name) }
            })
        }
        let shared = ["air.pm25.concentration", "air.good-days.ratio", "pollutant.cod.reduction", "climate.co2-intensity.reduction",
                      "climate.energy-intensity.reduction", "climate.non-fossil-energy.share", "ecology.red-line.area"]
        for concept in shared {
            #expect(byDocument.values.allSatisfy { $0[concept] != nil }, "\(concept) missing somewhere")
        }
        #expect(byDocument["handan-2023-plan"]?["ecology.forest.coverage"] == "森林覆盖率")
        #expect(byDocument["langfang-plan"]?["ecology.forest.coverage"] == nil)
        #expect(byDocument["langfang-plan"]?["ecology.tree.coverage"] == "林木覆盖率")
    }
}
