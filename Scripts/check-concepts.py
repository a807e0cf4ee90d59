#!/usr/bin/env python3
"""Checks the indicator concept catalog (Schemas/indicators.json) without building the Swift code.

It mirrors ConceptCatalog.swift: a name is normalised (width folded as Scalar.widthFolded does, lower case,
PM_{2.5} → pm2.5, Ⅲ/Ⅴ → iii/v, spaces removed, bracketed Latin like （VOCs） dropped) and gets the first
concept in file order with a matching pattern, no matching exclusion, and a dimension whose base unit fits
the value's base unit (% and pp fit any). Python's `re` stands in for NSRegularExpression.

Checks, in order:
  1. the file: unique ids, every field present, a known domain and direction, a dimension of
     Schemas/units.json (or "index"), every pattern compiling;
  2. the cases of Tests/PlanKitTests/Indicators/ConceptCatalogTests.swift;
  3. the corpus goldens (Corpus/expected/*/*.json): every indicator name, target and observation keeps
     the concept it has there (a target's concept as TargetReader finds it: the phrase before the value,
     else the subject, with the value's base unit); a golden null that now gets a concept is listed,
     since the golden must then be regenerated;
  4. indicator phrases of the real documents in Corpus/wild (each with the concept it must get, or None
     for phrases no concept may take) and, when ../shared/excerpts-dev/gold.jsonl is there, the
     annotated indicators of the development excerpts (Traditional ones converted with ICU's uconv,
     as ScriptConversion does); a phrase given a wrong concept fails, one given none is a gap, listed.

Exit status: 1 when any check fails (a regression of a golden's concept, a wrong concept, a bad entry);
0 otherwise. `--strict` also fails on goldens whose null concept becomes one. `-v` prints every phrase.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOMAINS = {"environment", "climate", "energy", "economy", "society", "agriculture", "urban", "transport", "innovation"}
DIRECTIONS = {"decrease", "increase", "hold"}
# A name ending in one of these is a share, whatever it is a share of (蔬菜产量占比 is no output).
SHARE_ENDS = ("占比", "比重", "份额", "比例")
FIELDS = ["id", "name", "domain", "dimension", "unit", "direction", "patterns", "excludes"]


def width_folded(ch):
    v = ord(ch)
    if 0xFF10 <= v <= 0xFF19 or 0xFF21 <= v <= 0xFF3A or 0xFF41 <= v <= 0xFF5A or v in (
            0xFF05, 0xFF0B, 0xFF0D, 0xFF0E, 0xFF0F, 0xFF1C, 0xFF1D, 0xFF1E, 0xFF5E):
        return chr(v - 0xFEE0)
    return " " if v == 0x3000 else ch


BRACKETED_LATIN = re.compile(r"[（(][a-z]+[）)]")


def normalized(name):
    text = "".join(width_folded(c) for c in name).lower().replace("pm_{2.5}", "pm2.5")
    for a, b in (("Ⅲ", "iii"), ("ⅲ", "iii"), ("Ⅴ", "v"), ("ⅴ", "v")):
        text = text.replace(a, b)
    text = "".join(c for c in text if not c.isspace())
    return BRACKETED_LATIN.sub("", text)


class Catalog:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.concepts = json.load(f)["concepts"]
        with open(os.path.join(ROOT, "Schemas", "units.json"), encoding="utf-8") as f:
            self.bases = json.load(f)["bases"]
        self.errors = []
        self.compiled = []
        for c in self.concepts:
            pats, excl = [], []
            for key, into in (("patterns", pats), ("excludes", excl)):
                for p in c.get(key, []):
                    try:
                        into.append(re.compile(p))
                    except re.error as e:
                        self.errors.append(f"{c.get('id')}: {key} {p!r} does not compile: {e}")
            self.compiled.append((pats, excl))

    def validate(self):
        errors = list(self.errors)
        seen = set()
        for c in self.concepts:
            cid = c.get("id")
            missing = [k for k in FIELDS if k not in c]
            if missing:
                errors.append(f"{cid}: missing {missing}")
            if cid in seen:
                errors.append(f"{cid}: duplicate id")
            seen.add(cid)
            if c.get("domain") not in DOMAINS:
                errors.append(f"{cid}: domain {c.get('domain')!r} is not one of {sorted(DOMAINS)}")
            if c.get("direction") not in DIRECTIONS:
                errors.append(f"{cid}: direction {c.get('direction')!r}")
            if self.base_of(c.get("dimension") or "") is None and c.get("dimension") != "index":
                errors.append(f"{cid}: dimension {c.get('dimension')!r} is not in Schemas/units.json")
            if not c.get("patterns"):
                errors.append(f"{cid}: no patterns")
        return errors

    def base_of(self, dimension):
        """The base unit of a dimension; of a compound one (mass/area) its parts' (t/km²), as ConceptCatalog.base(of:)."""
        parts = dimension.split("/")
        if len(parts) != 2:
            return self.bases.get(dimension)
        top = self.bases.get(parts[0])
        return None if top is None else top + "/" + self.bases.get(parts[1], parts[1])

    def concept(self, name, base=None):
        key = normalized(name)
        for c, (pats, excl) in zip(self.concepts, self.compiled):
            if any(p.search(key) for p in pats) and not any(e.search(key) for e in excl):
                if key.endswith(SHARE_ENDS) and c["dimension"] not in ("share", "index"):
                    continue
                if base is None or base in ("%", "pp") or self.base_of(c["dimension"]) in (base, base.split("/")[0]):
                    return c["id"]
        return None


# The cases of ConceptCatalogTests.swift.
TEST_MAPS = [
    ("细颗粒物（PM2.5）浓度", "air.pm25.concentration"), ("市区城市 PM2.5 年均浓度", "air.pm25.concentration"),
    ("廊坊市建成区细颗粒物（PM2.5）浓度", "air.pm25.concentration"), ("PM2.5浓度", "air.pm25.concentration"),
    ("PM_{2.5}浓度", "air.pm25.concentration"),
    ("单位地区生产总值能源消耗降低", "climate.energy-intensity.reduction"), ("单位GDP能耗累计下降", "climate.energy-intensity.reduction"),
    ("单位GDP二氧化碳排放降低", "climate.co2-intensity.reduction"),
    ("森林覆盖率", "ecology.forest.coverage"), ("林木覆盖率", "ecology.tree.coverage"),
    ("空气质量优良天数比率", "air.good-days.ratio"), ("县城环境空气优良天数比例", "air.good-days.ratio.county-town"),
    ("挥发性有机物（VOCS）重点工程减排量", "pollutant.vocs.reduction"), ("地下水国控点位 V类水比例", "water.groundwater.class-v.ratio"),
    ("受污染耕地安全利用率", "soil.contaminated-farmland.safe-use-rate"),
    ("声环境功能区夜间达标率", "noise.night-compliance.ratio"), ("PM10平均浓度", "air.pm10.concentration"),
    ("重污染天数", "air.heavy-pollution.days"), ("重度及以上污染天数", "air.heavy-pollution.days"),
    ("空气质量综合指数", "air.quality-composite-index"), ("中水利用率", "water.reclaimed.utilization-rate"),
    ("城市再生水利用率", "water.reclaimed.utilization-rate"), ("万元 GDP 用水量", "water.use-intensity.reduction"),
    ("万元生产总值用水量", "water.use-intensity.reduction"), ("湿地保护率", "ecology.wetland.protection-rate"),
    ("湿地保护面积", "ecology.wetland.protected-area"), ("地表水优良断面比例", "water.surface.class-iii-or-better.ratio"),
    ("国省考断面水质优良比例", "water.surface.class-iii-or-better.ratio"),
    ("畜禽粪污综合利用率", "agriculture.livestock-manure.utilization-rate"),
    ("二氧化硫排放总量下降", "pollutant.so2.total-emission"), ("氮氧化物排放总量", "pollutant.nox.total-emission"),
    ("氮氧化物重点工程减排量", "pollutant.nox.reduction"), ("碳排放强度", "climate.co2-intensity.reduction"),
]
TEST_UNKNOWN = ["噪声功能区达标率", "县城再生水利用率", "规模化养殖粪污综合资源化利用率", "县城建成区绿地率", "县城PM10浓度"]
TEST_UNITS = [("优良天数", "d", "air.good-days.count"), ("优良天数", "%", "air.good-days.ratio"),
              ("PM2.5浓度", "%", "air.pm25.concentration"), ("PM2.5浓度", "d", None)]

# Indicator phrases of Corpus/wild/*.txt: (phrase as the text words it before its value, the value's base
# unit or None, the concept it must get or None when no concept may take it, the document).
PHRASES = [
    ("地区生产总值", "CNY", "economy.gdp.total", "gansu-2026"),
    ("一般公共预算收入", "CNY", "economy.public-budget-revenue.total", "gansu-2026"),
    ("兰州新区经济总量", "CNY", "economy.gdp.total", "gansu-2026"),
    ("新能源总装机", "kW", "energy.new-energy.capacity", "gansu-2026"),
    ("外贸进出口总值", "CNY", "economy.foreign-trade.total", "gansu-2026"),
    ("全体居民人均可支配收入", "%", "society.income.per-capita-disposable.growth", "gansu-2026"),
    ("技术合同成交额", "%", "innovation.technology-contract.turnover", "gansu-2026"),
    ("天然气产量", "%", "energy.natural-gas.production", "gansu-2026"),
    ("新增铁路运营里程", "km", "transport.rail.length", "gansu-2026"),
    ("农村自来水普及率", "%", "agriculture.rural-tap-water.coverage", "gansu-2026"),
    ("规模化供水人口比例", "%", "agriculture.rural-scale-water-supply.coverage", "gansu-2026"),
    ("建成5G基站", "1", "innovation.5g.base-stations", "gansu-2026"),
    ("粮食总产量", "t", "agriculture.grain.output", "gansu-2026"),
    ("常住人口城镇化率", "%", "urban.urbanization.resident", "gansu-2026"),
    ("城市空气质量优良天数比率", "%", "air.good-days.ratio", "gansu-2026"),
    ("地表水国控断面水质优良比例", "%", "water.surface.class-iii-or-better.ratio", "gansu-2026"),
    ("受污染耕地安全利用率", "%", "soil.contaminated-farmland.safe-use-rate", "gansu-2026"),
    ("森林覆盖率", "pp", "ecology.forest.coverage", "gansu-2026"),
    ("水土保持率", "%", "ecology.soil-water-conservation.rate", "gansu-2026"),
    ("民生支出占一般公共预算支出比例", "%", "society.livelihood-spending.share", "gansu-2026"),
    ("年均新增城镇就业", "1", "society.employment.urban-new-jobs", "gansu-2026"),
    ("基本医疗保险参保率均", "%", "society.medical-insurance.basic-coverage", "gansu-2026"),
    ("改造棚户区", "1", "urban.shantytown-renovation.units", "gansu-2026"),
    ("城镇老旧小区", "1", "urban.old-residential-renovation.count", "gansu-2026"),
    ("地区生产总值", "%", "economy.gdp.growth", "gansu-2026"),
    ("规模以上工业增加值", "%", "economy.industry.value-added.growth", "gansu-2026"),
    ("一般公共预算收入", "%", "economy.public-budget-revenue.growth", "gansu-2026"),
    ("固定资产投资", "%", "economy.fixed-asset-investment.growth", "gansu-2026"),
    ("社会消费品零售总额", "%", "economy.retail-sales.growth", "gansu-2026"),
    ("城镇新增就业", "1", "society.employment.urban-new-jobs", "gansu-2026"),
    ("全员劳动生产率", "%", "economy.labour-productivity", "gansu-2026"),
    ("全社会研发经费投入", "%", "innovation.rd.expenditure.growth", "gansu-2026"),
    ("城镇调查失业率", "%", "society.unemployment.surveyed", "gansu-2026"),
    ("劳动年龄人口平均受教育年限", "d", "society.education.working-age-years", "gansu-2026"),
    ("养老机构护理型床位占", "%", "society.elderly-care.nursing-bed-share", "gansu-2026"),
    ("人均预期寿命", None, "society.life-expectancy", "gansu-2026"),
    ("林草覆盖率", "%", "ecology.forest-grass.coverage", "gansu-2026"),
    ("一产增加值", "%", "economy.primary-industry.value-added.growth", "gansu-2026"),
    ("二产增加值", "%", "economy.secondary-industry.value-added.growth", "gansu-2026"),
    ("三产增加值", "%", "economy.tertiary-industry.value-added.growth", "gansu-2026"),
    ("外贸进出口总值", "%", "economy.foreign-trade.growth", "gansu-2026"),
    ("一般公共预算收入同口径", "%", "economy.public-budget-revenue.growth", "gansu-2026"),
    ("城乡居民人均可支配收入", "%", "society.income.per-capita-disposable.growth", "gansu-2026"),
    ("居民消费价格涨幅", "%", "economy.cpi.change", "gansu-2026"),
    ("粮食产量", "t", "agriculture.grain.output", "gansu-2026"),
    ("改造城镇老旧小区", "1", "urban.old-residential-renovation.count", "gansu-2026"),
    ("高新技术企业", "1", "innovation.high-tech-enterprises.count", "gansu-2026"),
    ("地方一般公共预算收入", "%", "economy.public-budget-revenue.growth", "guangdong-2026"),
    ("货物进出口总额", "CNY", "economy.foreign-trade.total", "guangdong-2026"),
    ("实际使用外资", "CNY", "economy.fdi.actual-use", "guangdong-2026"),
    ("新能源汽车产量", "%", "economy.nev.output", "guangdong-2026"),
    ("社会消费品零售总额", "CNY", "economy.retail-sales.total", "guangdong-2026"),
    ("高铁运营总里程", "km", "transport.high-speed-rail.length", "guangdong-2026"),
    ("新增地铁运营里程", "km", "transport.urban-rail.length", "guangdong-2026"),
    ("研发投入强度", "%", "innovation.rd.intensity", "guangdong-2026"),
    ("社会物流总费用与地区生产总值的比率", "%", "economy.logistics-cost.ratio-to-gdp", "guangdong-2026"),
    ("农业科技进步贡献率超", "%", "agriculture.tech-progress.contribution", "guangdong-2026"),
    ("居民人均可支配收入", "CNY", "society.income.per-capita-disposable", "guangdong-2026"),
    ("城镇调查失业率平均值", "%", "society.unemployment.surveyed", "guangdong-2026"),
    ("人均地区生产总值", "CNY", "economy.gdp.per-capita", "guangdong-2026"),
    ("高技术制造业增加值占规模以上工业增加值比重", "%", "innovation.high-tech-manufacturing.share", "guangdong-2026"),
    ("地方一般公共预算收入", "CNY", "economy.public-budget-revenue.total", "guangdong-2026"),
    ("进出口总额接连", "CNY", "economy.foreign-trade.total", "guangdong-2026"),
    ("预计大湾区经济总量", "CNY", "economy.gdp.total", "guangdong-2026"),
    ("每万人口发明专利拥有量", "1", "innovation.invention-patents.per-10k", "guangdong-2026"),
    ("农村规模化供水工程覆盖人口比例", "%", "agriculture.rural-scale-water-supply.coverage", "guangdong-2026"),
    ("卫生户厕普及率", "%", "agriculture.rural-sanitary-toilet.coverage", "guangdong-2026"),
    ("城市建成区绿地率", "%", "urban.built-up-green-space.ratio", "guangdong-2026"),
    ("国考断面水质优良率", "%", "water.surface.class-iii-or-better.ratio", "guangdong-2026"),
    ("城市天然气普及率", "%", "urban.gas.penetration-rate", "guangdong-2026"),
    ("可再生能源装机占", "%", "energy.renewable.capacity-share", "guangdong-2026"),
    ("居民人均可支配收入五年", "%", "society.income.per-capita-disposable.growth", "guangdong-2026"),
    ("城镇累计新增就业超", "1", "society.employment.urban-new-jobs", "guangdong-2026"),
    ("高等教育毛入学率", "%", "society.education.higher-gross-enrollment", "guangdong-2026"),
    ("建设筹集保障性住房", "1", "urban.affordable-housing.units", "guangdong-2026"),
    ("开工改造城镇老旧小区", "1", "urban.old-residential-renovation.count", "guangdong-2026"),
    ("规上工业增加值", "%", "economy.industry.value-added.growth", "guangdong-2026"),
    ("汽车充电设施", "1", "transport.charging-facilities.count", "guangdong-2026"),
    ("进出口总额", "%", "economy.foreign-trade.growth", "guangdong-2026"),
    ("新建新能源汽车充电设施超", "1", "transport.charging-facilities.count", "guangdong-2026"),
    ("工业增加值占地区生产总值比重", "%", "economy.industry.share-of-gdp", "guizhou-2026"),
    ("服务业增加值占地区生产总值比重", "%", "economy.tertiary-industry.share-of-gdp", "guizhou-2026"),
    ("城镇和农村常住居民人均可支配收入", "%", "society.income.per-capita-disposable.growth", "guizhou-2026"),
    ("居民人均可支配收入", "%", "society.income.per-capita-disposable.growth", "guizhou-2026"),
    ("累计完成棚户区改造", "1", "urban.shantytown-renovation.units", "guizhou-2026"),
    ("老旧小区改造", "1", "urban.old-residential-renovation.count", "guizhou-2026"),
    ("货物进出口总额", "%", "economy.foreign-trade.growth", "guizhou-2026"),
    ("高速公路通车里程", "km", "transport.expressway.length", "guizhou-2026"),
    ("高铁营业里程", "km", "transport.high-speed-rail.length", "guizhou-2026"),
    ("每年城镇新增就业", "1", "society.employment.urban-new-jobs", "guizhou-2026"),
    ("高中阶段毛入学率分别提", "%", "society.education.high-school-gross-enrollment", "guizhou-2026"),
    ("中心城市环境空气质量平均优良天数比例", "%", "air.good-days.ratio", "guizhou-2026"),
    ("数字经济核心产业增加值占地区生产总值比重", "%", "innovation.digital-economy.core-share", "guizhou-2026"),
    ("全社会研发经费投入强度", "%", "innovation.rd.intensity", "guizhou-2026"),
    ("每万人口高价值发明专利拥有量", "1", "innovation.high-value-invention-patents.per-10k", "guizhou-2026"),
    ("民间投资占固定资产投资比重", "%", "economy.private-investment.share", "guizhou-2026"),
    ("粮食综合生产能力每年", "t", "agriculture.grain.production-capacity", "guizhou-2026"),
    ("工业投资", "%", "economy.industrial-investment.growth", "guizhou-2026"),
    ("新建5G基站", "1", "innovation.5g.base-stations", "guizhou-2026"),
    ("非常规天然气产量", "m³", "energy.natural-gas.production", "guizhou-2026"),
    ("社会物流总费用与地区生产总值的比率下", "%", "economy.logistics-cost.ratio-to-gdp", "guizhou-2026"),
    ("农村生活污水治理率", "%", "water.rural-sewage.treatment-rate", "guizhou-2026"),
    ("规模化供水工程覆盖农村人口比例", "%", "agriculture.rural-scale-water-supply.coverage", "guizhou-2026"),
    ("基本医保参保率", "%", "society.medical-insurance.basic-coverage", "guizhou-2026"),
    ("项目县耕种收综合机械化率", "pp", "agriculture.mechanization.rate", "guizhou-2026"),
    ("服务进出口总额", "%", "economy.services-trade.total", "hainan-2026"),
    ("CPI微降", "%", "economy.cpi.change", "hainan-2026"),
    ("农村居民人均可支配收入", "%", "society.income.rural.per-capita-disposable.growth", "hainan-2026"),
    ("规上高技术制造业增加值", "%", "innovation.high-tech-manufacturing.growth", "hainan-2026"),
    ("空气质量优良天数比例", "%", "air.good-days.ratio", "hainan-2026"),
    ("近岸海域水质优良比例", "%", "water.coastal.good-quality.ratio", "hainan-2026"),
    ("一般公共预算支出", "%", "economy.public-budget-expenditure.total", "hainan-2026"),
    ("服务贸易", "%", "economy.services-trade.total", "hainan-2026"),
    ("全社会研发经费投入增速年均超", "%", "innovation.rd.expenditure.growth", "hainan-2026"),
    ("经济总量年均增长", "%", "economy.gdp.growth", "hainan-2026"),
    ("自然岸线保有率", "pp", "ecology.natural-shoreline.retention-rate", "hainan-2026"),
    ("清洁能源装机占", "%", "energy.clean.capacity-share", "hainan-2026"),
    ("装配式建筑面积占新建建筑比重超", "%", "buildings.prefabricated.new-share", "hainan-2026"),
    ("基本医疗保险参保率", "%", "society.medical-insurance.basic-coverage", "hainan-2026"),
    ("生产总值", "%", "economy.gdp.growth", "hainan-2026"),
    ("居民消费价格", "%", "economy.cpi.change", "hainan-2026"),
    ("研发投入强度提", "%", "innovation.rd.intensity", "hainan-2026"),
    ("力争人均预期寿命", None, "society.life-expectancy", "hainan-2026"),
    ("民间投资逆势", "%", "economy.private-investment.growth", "jiangxi-2026"),
    ("外贸进出口", "%", "economy.foreign-trade.growth", "jiangxi-2026"),
    ("登记技术合同成交额", "%", "innovation.technology-contract.turnover", "jiangxi-2026"),
    ("高技术制造业增加值", "%", "innovation.high-tech-manufacturing.growth", "jiangxi-2026"),
    ("粮食总产", None, "agriculture.grain.output", "jiangxi-2026"),
    ("扣除自然因素影响后空气优良天数比率", "%", "air.good-days.ratio", "jiangxi-2026"),
    ("地表水国考断面水质优良比例", "%", "water.surface.class-iii-or-better.ratio", "jiangxi-2026"),
    ("民间投资占全部投资比重", "%", "economy.private-investment.share", "jiangxi-2026"),
    ("全社会研发投入强度", "%", "innovation.rd.intensity", "jiangxi-2026"),
    ("有效期内高新技术企业", "1", "innovation.high-tech-enterprises.count", "jiangxi-2026"),
    ("干支线铁路营业里程超", "km", "transport.rail.length", "jiangxi-2026"),
    ("内河高等级航道里程", "km", "transport.inland-waterway.high-grade-length", "jiangxi-2026"),
    ("民生支出占一般公共预算支出比重", "%", "society.livelihood-spending.share", "jiangxi-2026"),
    ("农村卫生厕所普及率", "%", "agriculture.rural-sanitary-toilet.coverage", "jiangxi-2026"),
    ("每千人口托位数", "1", "society.childcare.places-per-1000", "jiangxi-2026"),
    ("人均预期寿命预计", None, "society.life-expectancy", "jiangxi-2026"),
    ("全口径发电装机容量", "kW", "energy.power.capacity", "jiangxi-2026"),
    ("单位GDP能耗", "%", "climate.energy-intensity.reduction", "jiangxi-2026"),
    ("力争数字经济核心产业增加值占GDP比重", "%", "innovation.digital-economy.core-share", "jiangxi-2026"),
    ("力争全社会研发投入强度", "%", "innovation.rd.intensity", "jiangxi-2026"),
    ("城镇和农村居民人均可支配收入", "%", "society.income.per-capita-disposable.growth", "liaoning-2026"),
    ("外贸出口总额", "%", "economy.export.growth", "liaoning-2026"),
    ("改造老旧小区", "1", "urban.old-residential-renovation.count", "liaoning-2026"),
    ("PM2.5浓度", "%", "air.pm25.concentration", "liaoning-2026"),
    ("优良天数比例", "pp", "air.good-days.ratio", "liaoning-2026"),
    ("地表水国考断面优良水质比例", "pp", "water.surface.class-iii-or-better.ratio", "liaoning-2026"),
    ("城镇新增就业人数", "1", "society.employment.urban-new-jobs", "liaoning-2026"),
    ("非化石能源占能源消费总量比重", "%", "climate.non-fossil-energy.share", "liaoning-2026"),
    ("粮食综合生产能力", None, "agriculture.grain.production-capacity", "liaoning-2026"),
    ("近岸海域优良水质比例", "%", "water.coastal.good-quality.ratio", "liaoning-2026"),
    ("新增风电光伏装机", "kW", "energy.new-energy.capacity", "liaoning-2026"),
    ("国内生产总值", "%", "economy.gdp.growth", "national-2001-10th"),
    ("经济增长速度预期", "%", "economy.gdp.growth", "national-2001-10th"),
    ("人均国内生产总值", "CNY", "economy.gdp.per-capita", "national-2001-10th"),
    ("城镇登记失业率", "%", "society.unemployment.registered", "national-2001-10th"),
    ("人口自然增长率", "%", "society.population.natural-growth-rate", "national-2001-10th"),
    ("城市建成区绿化覆盖率", "%", "urban.built-up-green.coverage", "national-2001-10th"),
    ("城镇居民人均可支配收入和农村居民人均纯收入", "%", "society.income.per-capita-disposable.growth", "national-2001-10th"),
    ("研究与试验发展经费支出占国内生产总值比重增加到", "%", "innovation.rd.intensity", "national-2006-11th"),
    ("单位国内生产总值能源消耗", "%", "climate.energy-intensity.reduction", "national-2006-11th"),
    ("单位工业增加值用水量", "%", "water.industrial-use-intensity.reduction", "national-2006-11th"),
    ("工业固体废物综合利用率", "%", "waste.industrial-solid.utilization-rate", "national-2006-11th"),
    ("城镇化率", "%", "urban.urbanization.resident", "national-2006-11th"),
    ("国民平均受教育年限增加到", "d", "society.education.average-years", "national-2006-11th"),
    ("婴儿死亡率", "%", "society.infant-mortality", "national-2006-11th"),
    ("服务业增加值占国内生产总值比重", "pp", "economy.tertiary-industry.share-of-gdp", "national-2011-12th"),
    ("九年义务教育巩固率", "%", "society.education.compulsory-retention", "national-2011-12th"),
    ("高中阶段教育毛入学率", "%", "society.education.high-school-gross-enrollment", "national-2011-12th"),
    ("研究与试验发展经费支出占国内生产总值比重", "%", "innovation.rd.intensity", "national-2011-12th"),
    ("非化石能源占一次能源消费比重", "%", "climate.non-fossil-energy.share", "national-2011-12th"),
    ("单位国内生产总值二氧化碳排放", "%", "climate.co2-intensity.reduction", "national-2011-12th"),
    ("森林蓄积量", "m³", "ecology.forest.stock-volume", "national-2011-12th"),
    ("城乡三项基本医疗保险参保率", "pp", "society.medical-insurance.basic-coverage", "national-2011-12th"),
    ("城镇保障性安居工程建设", "1", "urban.affordable-housing.units", "national-2011-12th"),
    ("耕种收综合机械化水平", "%", "agriculture.mechanization.rate", "national-2011-12th"),
    ("战略性新兴产业增加值占国内生产总值比重", "%", "innovation.strategic-emerging-industries.share", "national-2011-12th"),
    ("单位国内生产总值建设用地", "%", "urban.construction-land-per-gdp.reduction", "national-2011-12th"),
    ("婴儿死亡率降到", "%", "society.infant-mortality", "national-2011-12th"),
    ("每万人口全科医师数", "1", "society.general-practitioners.per-10k", "national-2011-12th"),
    ("单位国内生产总值生产安全事故死亡率", "%", "society.work-safety.deaths-per-100m-gdp", "national-2011-12th"),
    ("全国城镇调查失业率降到", "%", "society.unemployment.surveyed", "national-2021"),
    ("居民消费价格上涨", "%", "economy.cpi.change", "national-2021"),
    ("国内生产总值从不到", "CNY", "economy.gdp.total", "national-2021"),
    ("城镇棚户区住房改造", "1", "urban.shantytown-renovation.units", "national-2021"),
    ("人均预期寿命再", None, "society.life-expectancy", "national-2021"),
    ("基本养老保险参保率", "%", "society.pension.basic-insurance-coverage", "national-2021"),
    ("单位国内生产总值能耗", "%", "climate.energy-intensity.reduction", "national-2021"),
    ("赤字率拟按", "%", "economy.deficit.ratio", "national-2021"),
    ("新开工改造城镇老旧小区", "1", "urban.old-residential-renovation.count", "national-2021"),
    ("北方地区清洁取暖率", "%", "air.clean-heating.rate", "national-2021"),
    ("国内生产总值", "CNY", "economy.gdp.total", "national-2024"),
    ("城镇调查失业率平均", "%", "society.unemployment.surveyed", "national-2024"),
    ("5G用户普及率", "%", "innovation.5g.user-penetration", "national-2024"),
    ("经济增长预期目标", "%", "economy.gdp.growth", "national-2024"),
    ("一般公共预算支出规模", "CNY", "economy.public-budget-expenditure.total", "national-2024"),
    ("居民人均可支配收入实际", "%", "society.income.per-capita-disposable.growth", "national-2025"),
    ("优良天数比例上", "%", "air.good-days.ratio", "national-2025"),
    ("地表水优良水质断面比例", "%", "water.surface.class-iii-or-better.ratio", "national-2025"),
    ("制造业投资", "%", "economy.manufacturing-investment.growth", "national-2025"),
    ("数字经济核心产业增加值占国内生产总值比重", "%", "innovation.digital-economy.core-share", "national-2025"),
    ("生产总值", "CNY", "economy.gdp.total", "shanghai-2026"),
    ("全社会研发经费支出相当于全市生产总值的比例", "%", "innovation.rd.intensity", "shanghai-2026"),
    ("外贸进出口总额", "CNY", "economy.foreign-trade.total", "shanghai-2026"),
    ("出口", "%", "economy.export.growth", "shanghai-2026"),
    ("全社会固定资产投资", "%", "economy.fixed-asset-investment.growth", "shanghai-2026"),
    ("建设筹措保障性租赁住房", "1", "urban.affordable-rental-housing.units", "shanghai-2026"),
    ("单位生产总值能耗", "%", "climate.energy-intensity.reduction", "shanghai-2026"),
    ("实现地区生产总值", "CNY", "economy.gdp.total", "sichuan-2026"),
    ("泸州经济总量", "CNY", "economy.gdp.total", "sichuan-2026"),
    ("遂宁经济总量", "CNY", "economy.gdp.total", "sichuan-2026"),
    ("民间投资", "%", "economy.private-investment.growth", "sichuan-2026"),
    ("进出口总额", "CNY", "economy.foreign-trade.total", "sichuan-2026"),
    ("粮食年产量", None, "agriculture.grain.output", "sichuan-2026"),
    ("经济总量超", "CNY", "economy.gdp.total", "sichuan-2026"),
    ("成都平原经济区经济总量", "CNY", "economy.gdp.total", "sichuan-2026"),
    ("川东北经济区经济总量", "CNY", "economy.gdp.total", "sichuan-2026"),
    ("铁路运营里程", "km", "transport.rail.length", "sichuan-2026"),
    ("建成5G基站超", "1", "innovation.5g.base-stations", "sichuan-2026"),
    ("空气优良天数率", "%", "air.good-days.ratio", "sichuan-2026"),
    ("建设统筹各类保障性住房", "1", "urban.affordable-housing.units", "sichuan-2026"),
    ("普惠性幼儿园覆盖率", "%", "society.education.inclusive-kindergarten.coverage", "sichuan-2026"),
    ("人均体育场地面积", "%", "society.sports-ground.per-capita", "sichuan-2026"),
    ("新增铁路里程", "km", "transport.rail.length", "yunnan-2026"),
    ("全社会研发投入", "%", "innovation.rd.expenditure.growth", "yunnan-2026"),
    ("社会物流总费用与GDP的比率", "pp", "economy.logistics-cost.ratio-to-gdp", "yunnan-2026"),
    ("实现进出口总额", "CNY", "economy.foreign-trade.total", "yunnan-2026"),
    ("居民人均可支配收入超", "CNY", "society.income.per-capita-disposable", "yunnan-2026"),
    ("基本养老保险参保率超", "%", "society.pension.basic-insurance-coverage", "yunnan-2026"),
    ("基本医保参保率超", "%", "society.medical-insurance.basic-coverage", "yunnan-2026"),
    ("完成地区生产总值", "CNY", "economy.gdp.total", "yunnan-2026"),
    ("第三产业增加值", "%", "economy.tertiary-industry.value-added.growth", "yunnan-2026"),
    ("货物贸易进出口总额", "%", "economy.foreign-trade.growth", "yunnan-2026"),
    ("城镇调查失业率均值", "%", "society.unemployment.surveyed", "yunnan-2026"),
    ("新增高新技术企业超", "1", "innovation.high-tech-enterprises.count", "zhejiang-2026"),
    ("高新技术产业增加值", "%", "innovation.high-tech-industry.growth", "zhejiang-2026"),
    ("服务业增加值", "%", "economy.tertiary-industry.value-added.growth", "zhejiang-2026"),
    ("外贸出口", "%", "economy.export.growth", "zhejiang-2026"),
    ("民间项目投资", "%", "economy.private-investment.growth", "zhejiang-2026"),
    ("研发经费投入", "%", "innovation.rd.expenditure.growth", "zhejiang-2026"),
    ("筹集建设保障性租赁住房", "1", "urban.affordable-rental-housing.units", "zhejiang-2026"),
    ("地表水国控断面Ⅰ—Ⅲ类水质比例", "%", "water.surface.class-iii-or-better.ratio", "zhejiang-2026"),
    ("新增电力装机", "kW", "energy.power.capacity", "zhejiang-2026"),
    ("可再生能源装机", "kW", "energy.renewable.capacity", "zhejiang-2026"),
    ("每万人高价值发明专利拥有量", "1", "innovation.high-value-invention-patents.per-10k", "zhejiang-2026"),
    ("全体居民人均可支配收入", "CNY", "society.income.per-capita-disposable", "zhejiang-2026"),
    ("城镇和农村居民人均可支配收入", "CNY", "society.income.per-capita-disposable", "zhejiang-2026"),
    ("数字经济核心产业增加值", "%", "innovation.digital-economy.core.growth", "zhejiang-2026"),
    ("确保城镇新增就业", "1", "society.employment.urban-new-jobs", "zhejiang-2026"),
    ("交付保障性租赁住房", "1", "urban.affordable-rental-housing.units", "zhejiang-2026"),
    ("城镇常住居民人均可支配收入", "%", "society.income.urban.per-capita-disposable.growth", "guizhou-2026 (城镇和农村常住居民… split by scope)"),
    ("农村常住居民人均可支配收入", "%", "society.income.rural.per-capita-disposable.growth", "guizhou-2026 (split by scope)"),
    ("城镇居民人均可支配收入", "CNY", "society.income.urban.per-capita-disposable", "national-2006 (split)"),
    ("农村居民人均纯收入", "%", "society.income.rural.per-capita-disposable.growth", "national-2006 (split)"),
    ("每千人拥有3岁以下婴幼儿托位数", "1", "society.childcare.places-per-1000", "gansu-2026"),
    ("每千人口拥有3岁以下婴幼儿托位数", "1", "society.childcare.places-per-1000", "guizhou-2026"),
    ("新能源装机规模", "kW", "energy.new-energy.capacity", "gansu-2026"),
    ("清洁能源装机占比", "%", "energy.clean.capacity-share", "liaoning-2026"),
    ("可再生能源装机占比", "%", "energy.renewable.capacity-share", "jiangxi-2026"),
    ("耕地保有量", "km²", "agriculture.farmland.retention", "national-2011"),
    ("确保耕地保有量不少于", "km²", "agriculture.farmland.retention", "guizhou-2026"),
    ("永久基本农田保护面积不少于", "km²", "agriculture.permanent-basic-farmland.area", "guizhou-2026"),
    ("新建高标准农田", "km²", "agriculture.high-standard-farmland.area", "gansu-2026"),
    ("新能源汽车产量", "1", "economy.nev.output", "guizhou-2026"),
    ("粮食播种面积", "km²", "agriculture.grain.sown-area", "guangdong-2026"),
    ("粮食产量", "t", "agriculture.grain.output", "yunnan-2026"),
    ("粮食总产量", "t", "agriculture.grain.output", "yunnan-2026"),
    ("城镇居民人均可支配收入和农村居民人均纯收入", "%", "society.income.per-capita-disposable.growth", "national-2011"),
    ("城乡居民收入", "%", "society.income.per-capita-disposable.growth", "national-2001"),
    ("居民收入增长和经济增长同步", None, "society.income.per-capita-disposable.growth", "national-2024"),
    ("居民人均可支配收入增长与经济增长同步", None, "society.income.per-capita-disposable.growth", "zhejiang-2026"),
    ("单位地区生产总值二氧化碳排放降低任务", None, "climate.co2-intensity.reduction", "liaoning-2026"),
    ("单位生产总值二氧化碳排放量进一步下降", None, "climate.co2-intensity.reduction", "shanghai-2026"),
    ("单位地区生产总值二氧化碳排放降低", None, "climate.co2-intensity.reduction", "yunnan-2026"),
    ("碳排放强度", None, "climate.co2-intensity.reduction", "gansu-2026"),
    ("全省生产总值年均增长", "%", "economy.gdp.growth", "hainan-2026"),
    ("全市生产总值增长", "%", "economy.gdp.growth", "shanghai-2026"),
    ("全省生产总值增长", "%", "economy.gdp.growth", "zhejiang-2026"),
    ("地区生产总值年均增长", "%", "economy.gdp.growth", "jiangxi-2026"),
    ("国内生产总值增长", "%", "economy.gdp.growth", "national-2021"),
    ("经济增速", "%", "economy.gdp.growth", "guangdong-2026"),
    ("人均地区生产总值比2020年翻一番", None, "economy.gdp.per-capita", "shanghai-2026"),
    ("地方一般公共预算收入增长", "%", "economy.public-budget-revenue.growth", "shanghai-2026"),
    ("城镇调查失业率控制在", "%", "society.unemployment.surveyed", "hainan-2026"),
    ("居民消费价格涨幅", "%", "economy.cpi.change", "national-2025"),
    ("一二三产增加值分别增长", "%", None, "guizhou-2026 (a list: no one concept)"),
    ("常住人口城镇化率达", "%", "urban.urbanization.resident", "guizhou-2026"),
    ("全员劳动生产率", "CNY", "economy.labour-productivity", "zhejiang-2026"),
    ("全社会研发投入强度", "%", "innovation.rd.intensity", "zhejiang-2026"),
    ("高速公路通车里程", "km", "transport.expressway.length", "guizhou-2026"),
    ("工业对全省经济增长的贡献率", "%", "economy.industries.growth-contribution", "wild"),
    ("工业对经济增长贡献率", "%", "economy.industries.growth-contribution", "wild"),
    ("四大主导产业占地区生产总值比重", None, None, "wild (negative)"),
    ("旅游及相关产业增加值占地区生产总值比重", None, None, "wild (negative)"),
    ("对共建“一带一路”国家进出口", None, None, "wild (negative)"),
    ("跨境电商进出口", None, "economy.cross-border-ecommerce.trade", "wild"),
    ("净增有进出口实绩企业", None, None, "wild (negative)"),
    ("锂电池出口", None, None, "wild (negative)"),
    ("“新三样”产品出口", None, None, "wild (negative)"),
    ("软件和信息服务业增加值", None, None, "wild (negative)"),
    ("租赁和商务服务业增加值", None, None, "wild (negative)"),
    ("现代服务业增加值占服务业增加值比重", None, None, "wild (negative)"),
    ("生物质发电装机", None, None, "wild (negative)"),
    ("新增光伏装机", None, None, "wild (negative)"),
    ("脱贫地区农村居民人均可支配收入", None, "society.income.poverty-alleviated-rural.growth", "wild"),
    ("城乡居民收入比值", None, "society.income.urban-rural-ratio", "wild"),
    ("海洋生产总值", None, None, "wild (negative)"),
    ("海洋生产总值占GDP比重", None, None, "wild (negative)"),
    ("三亚经济圈经济总量占全省比重", None, None, "wild (negative)"),
    ("税收占一般公共预算收入比重超", None, None, "wild (negative)"),
    ("产业民间投资占民间投资比重", None, None, "wild (negative)"),
    ("全社会固定资产投资率调控", None, None, "wild (negative)"),
    ("省属国有企业研发投入增速高于全省平均", None, None, "wild (negative)"),
    ("基础研究支出占全社会研发投入比重", None, None, "wild (negative)"),
    ("力争规模以上工业企业研发经费支出占营业收入比重", None, None, "wild (negative)"),
    ("工业投资占固定资产投资比重", None, None, "wild (negative)"),
    ("国际收支基本平衡", None, None, "wild (negative)"),
    ("对全球经济增长的贡献率", None, None, "wild (negative)"),
    ("新能源汽车产销量占全球比重", None, None, "wild (negative)"),
    ("危险废物利用处置能力", None, None, "wild (negative)"),
    ("生活垃圾总处理能力", "t/d", "waste.household.treatment-capacity", "wild"),
    ("行政村生活污水治理率", None, "water.rural-sewage.treatment-rate", "wild"),
    ("县城建成区面积", None, None, "wild (negative)"),
    ("高新技术企业营业收入", None, None, "wild (negative)"),
    ("数字经济核心产业营业收入", None, "innovation.digital-economy.core-revenue", "wild"),
    ("非烟非能工业增加值", None, None, "wild (negative)"),
    # Row names as indicator tables of 五年规划纲要 print them (a unit in brackets), not from one document.
    ("地区生产总值增长（%）", None, "economy.gdp.growth", "table row name"),
    ("地区生产总值（亿元）", None, "economy.gdp.total", "table row name"),
    ("人均地区生产总值（元）", None, "economy.gdp.per-capita", "table row name"),
    ("社会消费品零售总额（亿元）", None, "economy.retail-sales.total", "table row name"),
    ("城镇居民人均可支配收入（元）", None, "society.income.urban.per-capita-disposable", "table row name"),
    ("居民人均可支配收入增长（%）", None, "society.income.per-capita-disposable.growth", "table row name"),
    ("研究与试验发展（R&D）经费投入强度（%）", None, "innovation.rd.intensity", "table row name"),
    ("每千人口执业（助理）医师数（人）", None, "society.doctors.per-1000", "table row name"),
    ("每千人口拥有3岁以下婴幼儿托位数（个）", None, "society.childcare.places-per-1000", "table row name"),
    ("户籍人口城镇化率（%）", None, "urban.urbanization.registered", "table row name"),
    ("数字经济核心产业增加值占GDP比重（%）", None, "innovation.digital-economy.core-share", "table row name"),
    ("规模以上工业单位增加值能耗降低（%）", None, "energy.industrial-energy-intensity.reduction", "table row name"),
    ("单位工业增加值二氧化碳排放降低（%）", None, "climate.industrial-co2-intensity.reduction", "table row name"),
    ("一般工业固体废物综合利用率（%）", None, "waste.industrial-solid.utilization-rate", "table row name"),
    ("城市生活污水集中收集率（%）", None, "water.urban-sewage.collection-rate", "table row name"),
    ("城市生活垃圾回收利用率（%）", None, "waste.household.recycling-rate", "table row name"),
    ("草原综合植被盖度（%）", None, "ecology.grassland.vegetation-coverage", "table row name"),
    ("森林蓄积量（亿立方米）", None, "ecology.forest.stock-volume", "table row name"),
    ("城市建成区达到海绵城市建设要求的面积比例（%）", None, "urban.sponge-city.built-up-share", "table row name"),
    ("能源消费总量（万吨标准煤）", None, "energy.consumption.total", "table row name"),
    ("煤炭消费占能源消费总量比重（%）", None, "energy.coal.share", "table row name"),
    ("每万人口高价值发明专利拥有量（件）", None, "innovation.high-value-invention-patents.per-10k", "table row name"),
    ("城镇调查失业率（%）", None, "society.unemployment.surveyed", "table row name"),
    ("城镇新增就业（万人）", None, "society.employment.urban-new-jobs", "table row name"),
    ("常住人口城镇化率（%）", None, "urban.urbanization.resident", "table row name"),
    ("人均预期寿命（岁）", None, "society.life-expectancy", "table row name"),
    ("劳动年龄人口平均受教育年限（年）", None, "society.education.working-age-years", "table row name"),
    ("基本养老保险参保率（%）", None, "society.pension.basic-insurance-coverage", "table row name"),
    ("粮食综合生产能力（亿吨）", None, "agriculture.grain.production-capacity", "table row name"),
    ("耕地保有量（亿亩）", None, "agriculture.farmland.retention", "table row name"),
    ("区域环境噪声平均等效声级（分贝）", None, "noise.regional.equivalent-level", "table row name"),
    ("近岸海域水质优良（一、二类）比例（%）", None, "water.coastal.good-quality.ratio", "table row name"),
]

# The concept keys of the development excerpts' gold (a set of their own) → catalog ids (a tuple where the
# catalog splits the gold's concept by scope); None where the catalog has no such concept, so that any
# concept given is wrong.
GOLD_CONCEPTS = {
    "pm25_concentration": "air.pm25.concentration", "pm10_concentration": "air.pm10.concentration",
    "o3_concentration": "air.o3.concentration", "good_air_days_ratio": "air.good-days.ratio",
    "good_air_days_count": "air.good-days.count", "heavy_pollution_days": "air.heavy-pollution.days",
    "air_quality_composite_index": "air.quality-composite-index", "clean_heating_coverage": "air.clean-heating.rate",
    "surface_water_class_iii_or_better_ratio": "water.surface.class-iii-or-better.ratio",
    "surface_water_worse_than_v_ratio": "water.surface.worse-than-class-v.ratio",
    "black_odorous_water_ratio": "water.urban-black-odorous.ratio", "coastal_water_good_ratio": "water.coastal.good-quality.ratio",
    "water_function_zone_compliance_rate": "water.function-zone.compliance-rate",
    "water_use_intensity_reduction": "water.use-intensity.reduction",
    "industrial_water_use_intensity_reduction": "water.industrial-use-intensity.reduction",
    "sewage_treatment_rate": ("water.sewage.treatment-rate", "water.sewage.treatment-rate.county-town",
                              "water.sewage.treatment-rate.township"), "urban_sewage_collection_rate": "water.urban-sewage.collection-rate",
    "contaminated_farmland_safe_use_rate": "soil.contaminated-farmland.safe-use-rate",
    "contaminated_land_safe_use_rate": "soil.contaminated-plot.safe-use-rate",
    "so2_emissions": "pollutant.so2.total-emission", "nox_emissions": "pollutant.nox.total-emission",
    "cod_emissions": "pollutant.cod.total-emission", "ammonia_nitrogen_emissions": "pollutant.ammonia-nitrogen.total-emission",
    "cod_reduction": "pollutant.cod.reduction", "ammonia_nitrogen_reduction": "pollutant.ammonia-nitrogen.reduction",
    "nox_reduction": "pollutant.nox.reduction", "vocs_reduction": "pollutant.vocs.reduction",
    "forest_coverage": "ecology.forest.coverage", "wetland_protection_rate": "ecology.wetland.protection-rate",
    "soil_erosion_treated_share": "ecology.soil-erosion.treated-share", "regional_noise_level": "noise.regional.equivalent-level",
    "hazardous_waste_safe_disposal_rate": "waste.hazardous.safe-disposal-rate",
    "co2_intensity_reduction": "climate.co2-intensity.reduction",
    "industrial_co2_intensity_reduction": "climate.industrial-co2-intensity.reduction",
    "energy_intensity_reduction": "climate.energy-intensity.reduction",
    "industrial_energy_intensity_reduction": "energy.industrial-energy-intensity.reduction",
    "non_fossil_energy_share": "climate.non-fossil-energy.share", "energy_consumption_total": "energy.consumption.total",
    "coal_consumption": "energy.coal.consumption-total", "natural_gas_consumption": "energy.natural-gas.consumption",
    "renewable_power_capacity": "energy.renewable.capacity", "sponge_city_area": "urban.sponge-city.area",
    "heavy_pollution_days_ratio": "air.heavy-pollution.ratio",
    "surface_water_assessed_sections_compliance": "water.surface.assessed-sections.compliance-rate",
    "groundwater_quality": "water.groundwater.quality", "major_pollutant_emissions": "pollutant.major.total-emission",
    "sewage_outfall_remediation_rate": "water.outfall.remediation-rate", "sewage_pipeline_length": "water.sewage.pipeline-length",
    "sewage_plant_influent_bod": "water.sewage-plant.influent-bod", "sewage_treatment_capacity": "water.sewage.treatment-capacity",
    "rural_sewage_treated_villages": "water.rural-sewage.treated-villages",
    "rural_sewage_facility_villages": "water.rural-sewage.treated-villages",
    "vocs_managed_enterprises": "pollutant.vocs.managed-enterprises", "zero_waste_city": "waste.zero-waste-city",
    "clean_park_share": "environment.clean-parks.share", "green_low_carbon_factories": "environment.green-factories",
    "green_low_carbon_industrial_parks": "environment.green-industrial-parks",
    "energy_efficiency_benchmark_capacity_share": "energy.efficiency-benchmark.capacity-share",
    "regional_energy_assessment_coverage": "energy.regional-assessment.coverage",
    # No concept in the catalog.
    "air_quality_city_ranking": None, "pm25_good_days_count": None, "pm25_good_days_ratio": None,
    "surface_water_quality_improvement": None, "sewage_direct_discharge": None, "ship_pollutant_collection": None,
    "co2_peak": None,
}
GOLD_UNITS = {"days": "d"}


def simplified(texts):
    """Traditional → Simplified with ICU's Hant-Hans transform (what ScriptConversion applies)."""
    if not texts or not shutil.which("uconv"):
        return None
    out = subprocess.run(["uconv", "-x", "Hant-Hans"], input="\n".join(texts), capture_output=True, text=True, check=True).stdout
    return out.split("\n")[:len(texts)]


def gold_phrases():
    for base in (os.path.join(ROOT, "..", "shared"), "/work/shared"):
        gold = os.path.join(base, "excerpts-dev", "gold.jsonl")
        if os.path.exists(gold):
            break
    else:
        return None, "no shared/excerpts-dev/gold.jsonl"
    scripts = {}
    with open(os.path.join(os.path.dirname(gold), "excerpts.jsonl"), encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            scripts[record["id"]] = record.get("script")
    seen, rows = set(), []
    with open(gold, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            for r in record["targets"] + record["observations"]:
                # A bare number (空气质量综合指数4.22) has no unit in the reader, whatever the gold's base unit.
                base_unit = None if r["unit"] in (None, "index") else GOLD_UNITS.get(r["unit_si"], r["unit_si"])
                key = (r["indicator"], base_unit, r["concept"])
                if key not in seen:
                    seen.add(key)
                    rows.append([r["indicator"], base_unit, r["concept"], record["id"], scripts.get(record["id"]) == "traditional"])
    traditional = [i for i, row in enumerate(rows) if row[4]]
    converted = simplified([rows[i][0] for i in traditional])
    note = ""
    if converted is None and traditional:
        note = "uconv not found: Traditional names matched as written"
    else:
        for i, text in zip(traditional, converted or []):
            rows[i][0] = text
    return rows, note


def target_phrase(target):
    """The phrase before the value (TargetReader's conceptPhrase): the subject and what follows it up to a digit."""
    text, subject = target.get("text") or "", target.get("subject") or ""
    at = text.find(subject)
    tail = text[at + len(subject):] if at >= 0 else ""
    digit = re.search(r"[0-9０-９]", tail)
    return subject + (tail[:digit.start()] if digit else tail)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--catalog", default=os.path.join(ROOT, "Schemas", "indicators.json"))
    parser.add_argument("--strict", action="store_true", help="fail when a golden's null concept becomes one")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    catalog = Catalog(args.catalog)
    failures = []

    # 1. The file.
    errors = catalog.validate()
    failures += errors
    domains = {}
    for c in catalog.concepts:
        domains[c.get("domain")] = domains.get(c.get("domain"), 0) + 1
    print(f"catalog: {len(catalog.concepts)} concepts; domains: " + ", ".join(f"{d} {n}" for d, n in sorted(domains.items(), key=str)))
    for e in errors:
        print("  ERROR", e)

    # 2. The unit tests' cases.
    test_fail = []
    for name, expected in TEST_MAPS:
        got = catalog.concept(name)
        if got != expected:
            test_fail.append(f"{name}: {got}, expected {expected}")
    for name in TEST_UNKNOWN:
        got = catalog.concept(name)
        if got is not None:
            test_fail.append(f"{name}: {got}, expected none")
    for name, base, expected in TEST_UNITS:
        got = catalog.concept(name, base)
        if got != expected:
            test_fail.append(f"{name} [{base}]: {got}, expected {expected}")
    print(f"ConceptCatalogTests cases: {len(TEST_MAPS) + len(TEST_UNKNOWN) + len(TEST_UNITS) - len(test_fail)} of "
          f"{len(TEST_MAPS) + len(TEST_UNKNOWN) + len(TEST_UNITS)} pass")
    for t in test_fail:
        print("  FAIL", t)
    failures += test_fail

    # 3. The corpus goldens.
    regressions, now_known, checked = [], [], 0
    for path in sorted(glob.glob(os.path.join(ROOT, "Corpus", "expected", "*", "*.json"))):
        with open(path, encoding="utf-8") as f:
            golden = json.load(f)
        where = os.path.relpath(path, ROOT)
        for indicator in golden.get("indicators", []):
            checked += 1
            got = catalog.concept(indicator["name"])
            if got != indicator["concept"]:
                (now_known if indicator["concept"] is None else regressions).append(
                    f"{where} indicator {indicator['name']}: {indicator['concept']} → {got}")
        for kind in ("targets", "observations"):
            for target in golden.get(kind, []):
                checked += 1
                base = (target.get("si") or {}).get("unit")
                got = catalog.concept(target_phrase(target), base) or catalog.concept(target.get("subject") or "", base)
                if got != target["concept"]:
                    (now_known if target["concept"] is None else regressions).append(
                        f"{where} {kind[:-1]} {target['subject']} ({target['text'][:30]}): {target['concept']} → {got}")
    print(f"goldens: {checked} names, {len(regressions)} regressions, {len(now_known)} nulls that now get a concept")
    for r in regressions:
        print("  REGRESSION", r)
    for r in now_known:
        print("  NOW KNOWN (regenerate the golden)", r)
    failures += regressions
    if args.strict:
        failures += now_known

    # 4. Phrases of the real documents and of the excerpts' gold.
    def run(rows, label):
        wrong, gaps, hits = [], [], 0
        for phrase, base, expected, source in rows:
            got = catalog.concept(phrase, base)
            hits += got is not None
            # A tuple: the gold's one concept that the catalog splits by scope (县城, 乡镇): any of them is right.
            if got != expected and not (isinstance(expected, tuple) and got in expected):
                (gaps if got is None else wrong).append(f"{phrase} [{base}] ({source}): {got}, expected {expected}")
            if args.verbose:
                print(f"    {phrase} [{base}] → {got}")
        positives = sum(e is not None for _, _, e, _ in rows)
        print(f"{label}: {len(rows)} phrases ({positives} with a concept to find, {len(rows) - positives} that must get none); "
              f"{hits} got a concept; {len(wrong)} wrong, {len(gaps)} without one")
        for w in wrong:
            print("  WRONG", w)
        for g in gaps:
            print("  GAP", g)
        return wrong, gaps

    wrong, _ = run(PHRASES, "wild documents and table row names")
    failures += wrong
    gold, note = gold_phrases()
    if gold is None:
        print(f"excerpt gold: skipped ({note})")
    else:
        unmapped = sorted({row[2] for row in gold if row[2] not in GOLD_CONCEPTS})
        rows = [(name, base, GOLD_CONCEPTS.get(key), f"{record} {key}") for name, base, key, record, _ in gold if key in GOLD_CONCEPTS]
        if note:
            print("excerpt gold:", note)
        if unmapped:
            print("excerpt gold: concept keys with no mapping here (not checked):", ", ".join(unmapped))
        wrong, _ = run(rows, "excerpt gold indicators")
        failures += wrong

    print("FAILED" if failures else "OK", f"({len(failures)} failures)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
