import Testing
@testable import PlanKit

/// Front matter of the corpus, as each document prints it (read from the documents).
@Suite struct FrontMatterTests {
    static func document(_ path: String) throws -> DocumentInfo {
        PlanGraph(building: try CorpusFiles.read(path)).document
    }

    @Test(arguments: ["Corpus/pdf/handan-2023-plan.pdf", "Corpus/text/handan-2023-plan.txt"])
    func handanNoticeGivesIssuerDateAndDocNumber(path: String) throws {
        let document = try Self.document(path)
        #expect(document.title == "邯郸市生态环境保护“十四五”规划")
        #expect(document.kind == .plan)
        #expect(document.issuer == "邯郸市人民政府")
        #expect(document.issued == "2023-06-29")
        #expect(document.docNumber == "邯政字〔2023〕7号")
        #expect(document.region == DocumentInfo.Region(name: "邯郸市", level: .prefecture, code: "130400", parent: "河北省"))
        #expect(document.period == DocumentInfo.Period(from: 2021, to: 2025))
    }

    @Test(arguments: ["Corpus/pdf/langfang-plan.pdf", "Corpus/text/langfang-plan.txt"])
    func langfangStatesTitleButNoIssuerDateOrNumber(path: String) throws {
        let document = try Self.document(path)
        #expect(document.title == "廊坊市“十四五”生态环境保护规划")
        #expect(document.kind == .plan)
        #expect(document.issuer == nil && document.issued == nil && document.docNumber == nil)
        #expect(document.region?.name == "廊坊市")
        #expect(document.period == DocumentInfo.Period(from: 2021, to: 2025))
    }

    @Test func aBulletinOfAYearIsReleasedTheYearAfter() {
        // “8月18日,…发布《2021年…生态环境状况公报》”: the 2021 bulletin comes out in 2022, so 去年 is 2021.
        let text = "8月18日,某市政府新闻办召开新闻发布会,现场发布《2021年某市生态环境状况公报》。\n据悉,去年该市PM2.5平均浓度40微克/立方米。\n"
        let graph = PlanGraph(building: SourceDocument(path: "bulletin.txt", text: text))
        #expect(graph.document.issued == "2022-08-18")
        #expect(graph.observations.map(\.year) == [2021])
    }

    @Test func aReportOnAYearIsMadeTheYearAfter() {
        let text = "3月26日,省人大常委会听取了省政府关于2023年度全省环境状况和环境保护目标完成情况的报告。\n去年,全省PM2.5平均浓度33微克/立方米。\n"
        #expect(PlanGraph(building: SourceDocument(path: "report.txt", text: text)).document.issued == "2024-03-26")
    }

    @Test func aDateWithoutAYearTakesAYearTheTextReportsNotOneItLooksAheadTo() {
        // 到2030年 and 2030年前 are targets' years; the notice is of 2022 (its plan period has begun).
        let text = "12月19日,某省人民政府发布关于印发《某省碳达峰实施方案》的通知。\n2022年，全省单位生产总值能耗下降3%。到2030年，非化石能源消费比重达到55%左右，确保2030年前实现碳达峰。\n"
        #expect(PlanGraph(building: SourceDocument(path: "notice.txt", text: text)).document.issued == "2022-12-19")
    }

    @Test func aNewsAgencysDatelineDatesTheText() {
        let text = "某市推进中心城市建设\n中新网某市1月16日电 (记者 某某)正在召开的某市两会上，某市政府工作报告提出，“十五五”期间将加快发展。\n2026年，某市将聚焦重点领域。\n"
        #expect(PlanGraph(building: SourceDocument(path: "news.txt", text: text)).document.issued == "2026-01-16")
    }

    @Test func newsOfAPlansAdoptionIsOfThePlansFirstYear() {
        // The years it names (2015年愿景) are the plan's targets, not the year of the news.
        let text = "1月24日，某市十三届人大四次会议通过《某市国民经济和社会发展第十二个五年规划纲要》。\n2015年愿景：GDP突破7000亿元。\n"
        let document = PlanGraph(building: SourceDocument(path: "news.txt", text: text)).document
        #expect(document.issued == "2011-01-24")
        #expect(DocumentInfo.Period(mentionedIn: "第十二个五年规划纲要") == DocumentInfo.Period(from: 2011, to: 2015))
    }

    @Test func aPlanPeriodReportedCompletedEndsNoLaterThanTheNews() {
        // Only base years (较2020年) are written; the news reports 十四五 completed, so it is of 2025 at least.
        let text = "中新网某市10月29日电 某市政府新闻办举行高质量完成“十四五”规划系列主题新闻发布会。\n全市煤炭消费较2020年下降155万吨。\n"
        #expect(PlanGraph(building: SourceDocument(path: "news.txt", text: text)).document.issued == "2025-10-29")
    }

    @Test func aWorkReportsTitleAfterWebFurniture() {
        let text = "下载\n打印\n【字号：\n加大\n】\n2026年某省政府工作报告\n——二〇二六年一月二十七日在某省十四届人民代表大会第四次会议上\n各位代表：\n"
        #expect(PlanGraph(building: SourceDocument(path: "report.txt", text: text)).document.kind == .workReport)
    }

    @Test func pressReleaseDateTakesTheYearFromTheText() throws {
        // “11月20日,衡水市政府新闻办召开…”; the text's latest year is 2025 (“2025年截至11月17日”).
        let document = try Self.document("Corpus/text/hengshui-2025-press-release.txt")
        #expect(document.kind == .pressRelease)
        #expect(document.issued == "2025-11-20")
        #expect(document.title == "【奋进的衡水·“十四五”答卷】市生态环境局:生态环境质量持续改善多领域实现新突破")
        #expect(document.region?.name == "衡水市")
        #expect(document.issuer == nil && document.docNumber == nil)
    }

    @Test(arguments: ["Corpus/pdf/hengshui-2023-midterm-review.pdf", "Corpus/text/hengshui-2023-midterm-review.txt"])
    func midtermReviewHasNoTitleAndSaysNothingOfIssuerOrDate(path: String) throws {
        let document = try Self.document(path)
        #expect(document.kind == .midtermReview)
        #expect(document.title == nil && document.issuer == nil && document.issued == nil && document.docNumber == nil)
        // The plan it reviews is 《衡水市生态环境保护“十四五”规划》.
        #expect(document.region?.name == "衡水市")
    }

    @Test func webPageGivesItsPublicationTime() throws {
        let document = try Self.document("Corpus/text/hengshui-2022-plan.txt")
        #expect(document.title == "衡水市生态环境保护“十四五”规划")
        #expect(document.kind == .plan)
        #expect(document.issued == "2022-06-02")
    }

    @Test(arguments: [("邯政字〔2023〕7 号", "邯政字〔2023〕7号"), ("（冀政字〔2022〕2号）", "冀政字〔2022〕2号"),
                      ("河北省人民政府令〔2019〕第12号", "河北省人民政府令〔2019〕第12号"), ("2023 年 7 号", nil)])
    func docNumbers(text: String, expected: String?) {
        #expect(FrontMatter.docNumber(in: text) == expected)
    }

    @Test(arguments: [("河北省生态环境保护规划", "河北省", "province"), ("北京市规划", "北京市", "province"),
                      ("磁县人民政府", "磁县", "county"), ("邯郸市人民政府", "邯郸市", "prefecture")])
    func regionLevels(text: String, name: String, level: String) {
        #expect(DocumentInfo.Region(prefixOf: text) == DocumentInfo.Region(name: name, level: DocumentInfo.Region.Level(rawValue: level)!))
    }
}

@Suite struct GazetteerTests {
    @Test(arguments: [
        // The name anywhere in the line, with its code and parent (GB/T 2260 codes).
        ("2026年四川省人民政府工作报告", "四川省", "province", "510000", nil),
        ("——2026年1月26日在广东省第十四届", "广东省", "province", "440000", nil),
        ("现在，我代表北京市人民政府，向大会报告政府工作", "北京市", "province", "110000", nil),
        ("邯郸市生态环境保护“十四五”规划", "邯郸市", "prefecture", "130400", "河北省"),
        ("磁县人民政府", "磁县", "county", "130427", "邯郸市"),
        ("广西壮族自治区国民经济和社会发展第十五个五年规划纲要", "广西壮族自治区", "province", "450000", nil),
        ("延边朝鲜族自治州人民政府", "延边朝鲜族自治州", "prefecture", "222400", "吉林省"),
        // A division written right after its parent narrows it; a district of a 直辖市 has the city as parent.
        ("河北省邯郸市肥乡区人民政府", "肥乡区", "county", "130407", "邯郸市"),
        ("长春市朝阳区人民政府", "朝阳区", "county", "220104", "长春市"),
        ("北京市朝阳区“十四五”时期生态环境保护规划", "朝阳区", "county", "110105", "北京市"),
        // A name several divisions share, alone: its name and level, no code.
        ("朝阳区生态环境保护规划", "朝阳区", "county", nil, nil),
    ] as [(String, String, String, String?, String?)])
    func namedRegion(text: String, name: String, level: String, code: String?, parent: String?) {
        #expect(DocumentInfo.Region(namedIn: text)
                == DocumentInfo.Region(name: name, level: DocumentInfo.Region.Level(rawValue: level)!, code: code, parent: parent))
    }

    @Test func wordsOfEveryTextAreNoRegions() {
        // 城区, 郊区 and 矿区 are districts' names too; 开发区 and 新区 of the statistical codes are no divisions.
        #expect(DocumentInfo.Region(namedIn: "城区污水处理率达到95%") == nil)
        #expect(Gazetteer.shared.mentions(in: "郊区和矿区").isEmpty)
        #expect(Gazetteer.shared.mentions(in: "石家庄高新技术产业开发区").isEmpty)
    }

    @Test func everyDivisionHasItsParentInTheGazetteer() {
        let gazetteer = Gazetteer.shared
        #expect(gazetteer.entries.count > 3000)
        #expect(gazetteer.entries.values.filter { $0.level == .province }.count == 31)
        for entry in gazetteer.entries.values where entry.level != .province {
            #expect(entry.parentCode.flatMap { gazetteer.entries[$0] } != nil, "\(entry.name) \(entry.code)")
        }
    }

    @Test func embeddedGazetteerIsSchemasRegionsTSV() throws {
        let file = try String(contentsOf: CorpusFiles.url("Schemas/regions.tsv"), encoding: .utf8)
        #expect(Gazetteer.tsv + "\n" == file, "run Scripts/embed-catalogs after editing Schemas/regions.tsv")
    }
}

/// The kind, year, period and region of documents from outside the corpus, from their opening lines
/// (Corpus/wild; Scripts/score-structure scores all eighteen).
@Suite struct DocumentFactsTests {
    @Test(arguments: [
        // A work report: its year, the year it reviews, the plan period its year falls in.
        ("sichuan-2026-gwr.txt", DocumentKind.workReport, 2026, 2025, 2026, "四川省"),
        ("guangdong-2026-gwr.txt", .workReport, 2026, 2025, 2026, "广东省"),     // title 政府工作报告; byline over two lines
        ("gansu-2026-gwr.txt", .workReport, 2026, 2025, 2026, "甘肃省"),
        ("beijing-2024-gwr.pdf", .workReport, 2024, 2023, 2021, "北京市"),       // no title: 我代表北京市人民政府
        ("national-2025-gwr.txt", .workReport, 2025, 2024, 2021, "全国"),        // 我代表国务院
        // A plan outline: adopted in its period's first year.
        ("national-2001-10th-fyp.txt", .planOutline, 2001, nil, 2001, "全国"),  // no title: 本纲要根据《中共中央关于…》编制
        ("national-2011-12th-fyp.txt", .planOutline, 2011, nil, 2011, "全国"),
        ("yunnan-2001-10th-fyp.pdf", .planOutline, 2001, nil, 2001, "云南省"),   // title over two lines
    ] as [(String, DocumentKind, Int, Int?, Int, String)])
    func wildDocument(file: String, kind: DocumentKind, year: Int, reviewed: Int?, periodFrom: Int, region: String) throws {
        let document = PlanGraph(building: try CorpusFiles.read("Corpus/wild/" + file)).document
        #expect(document.kind == kind)
        #expect(document.year == year)
        #expect(document.reviewedYear == reviewed)
        #expect(document.period == DocumentInfo.Period(from: periodFrom, to: periodFrom + 4))
        #expect(document.region?.name == region)
        #expect(document.region?.level == (region == "全国" ? .national : .province))
    }

    /// A statistical bulletin reports the year its title names; its values are that year's results.
    @Test func aBulletinReportsTheYearItsTitleNames() {
        let text = "邯郸市2023年国民经济和社会发展统计公报\n邯郸市统计局\n2024年3月20日\n一、综合\n全年全市地区生产总值3980.2亿元，比上年增长5.1%。\n"
        let graph = PlanGraph(building: SourceDocument(path: "bulletin.txt", text: text))
        #expect(graph.document.kind == .bulletin)
        #expect(graph.document.year == 2024)
        #expect(graph.document.reviewedYear == 2023)
        #expect(graph.document.region == DocumentInfo.Region(name: "邯郸市", level: .prefecture, code: "130400", parent: "河北省"))
        #expect(graph.targets.isEmpty)
        #expect(graph.observations.map { "\($0.year.map(String.init) ?? "-") \($0.value.map { "\($0)" } ?? "-")" } == ["2023 3980.2", "2023 5.1"])
    }

    /// A WPS PDF: a title-only heading whose right edge meets the last line of the paragraph before by
    /// chance is not joined to the paragraph after it (北京 2024's （三）–（五）).
    @Test func aHeadingOfAWPSPDFStandsOnItsOwn() throws {
        let graph = PlanGraph(building: try CorpusFiles.read("Corpus/wild/beijing-2024-gwr.pdf"))
        let titles = graph.sections.filter { $0.level == 2 }.map { $0.label + $0.title }
        #expect(titles.contains("（三）做强做优做大数字经济，更好赋能首都高质量发展"))
        #expect(titles.contains("（四）全面提升“两区”建设水平，在更高起点上推进改革开放"))
        #expect(titles.contains("（五）统筹扩大内需和深化供给侧结构性改革，巩固和增强经济回升向好态势"))
    }

    /// A newspaper PDF exported by CNKI sets each digit in a cell of its own, and poppler puts a space
    /// between them (“4 8 %”, “2 9 0 0亿元”, “6 .5 %” in pdftotext); they print as one number.
    @Test func spacedDigitsOfANewspaperPDFAreOneNumber() throws {
        let graph = PlanGraph(building: try CorpusFiles.read("Corpus/wild/yunnan-2001-10th-fyp.pdf"))
        // (A space between a Han character and a digit stays, as in every text: “提高到 48%”.)
        let text = graph.blocks.map(\.text).joined(separator: "\n").filter { $0 != " " }
        for phrase in ["森林覆盖率提高到48%", "国内生产总值达到2900亿元左右", "人均国内生产总值年均增长6.5%左右", "调整为19∶43∶38"] {
            #expect(text.contains(phrase), "\(phrase)")
        }
        let forest = graph.targets.first { $0.subject.contains("森林覆盖率") }
        #expect(forest?.value == 48 && forest?.year == 2005 && forest?.unit == "%")
    }

    @Test func aYearFallsInTheFiveYearPlanThatHoldsIt() {
        #expect(DocumentInfo.Period(containing: 2026) == DocumentInfo.Period(from: 2026, to: 2030))
        #expect(DocumentInfo.Period(containing: 2025) == DocumentInfo.Period(from: 2021, to: 2025))
        #expect(DocumentInfo.Period(containing: 2001) == DocumentInfo.Period(from: 2001, to: 2005))
        #expect(DocumentInfo.Period(containing: 1999) == DocumentInfo.Period(from: 1996, to: 2000))
    }
}

@Suite struct MeasureTests {
    @Test func handanAssignsItsMeasuresToDepartments() throws {
        let graph = PlanGraph(building: try CorpusFiles.read("Corpus/text/handan-2023-plan.txt"))
        // 70 （责任单位：…） and 18 （…牵头负责） markers in the plan (counted with a regex over the text).
        #expect(graph.measures.count == 88)
        let first = graph.measures[0]
        #expect(first.responsible == ["市自然资源和规划局", "市生态环境局", "市农业农村局", "市行政审批局",
                                      "各县<市、区>政府", "邯郸经济技术开发区", "冀南新区管委会"])
        #expect(first.text.hasPrefix("加强“三线一单”在政策制定、环境准入、园区管理、执法监管等方面的应用。"))
        #expect(graph.sections.first { $0.id == first.section }?.title == "加强生态环境分区管控")
        let led = try #require(graph.measures.first { $0.text.hasSuffix("（市生态环境局牵头负责）") })
        #expect(led.responsible == ["市生态环境局"])
        let dated = try #require(graph.measures.first { $0.text.contains("2023 年底前，达到邯郸市水污染排放") })
        #expect(dated.deadline == "2023 年底前")
        #expect(graph.measures.first { $0.text.contains("落实 2030 年前实现碳达峰目标") }?.deadline == "2030 年前")
    }

    @Test(arguments: [
        ("责任单位：市发展改革委、市生态环境局", ["市发展改革委", "市生态环境局"]),
        ("市城管执法局牵头负责", ["市城管执法局"]),
        ("市生态环境局牵头，市公安局、市交通运输局配合", ["市生态环境局", "市公安局", "市交通运输局"]),
        ("责任单位：市发展改革委，市碳达峰碳中和工作领导小组成员单位", ["市发展改革委", "市碳达峰碳中和工作领导小组成员单位"]),
    ])
    func departments(inside: String, expected: [String]) {
        #expect(Measure.departments(in: inside) == expected)
    }

    @Test(arguments: ["PM2.5", "等", "万吨", "以下简称《规划》"])
    func otherParenthesesAreNotMarkers(inside: String) {
        #expect(Measure.departments(in: inside) == nil)
    }
}

@Suite struct ReferenceTests {
    @Test func citedDocumentsWithTheirNumbers() throws {
        let graph = PlanGraph(building: try CorpusFiles.read("Corpus/text/hengshui-2022-plan.txt"))
        let provincial = try #require(graph.references.first { $0.title == "关于印发河北省生态环境保护“十四五”规划" })
        #expect(provincial.docNumber == "冀政字〔2022〕2号")
        #expect(graph.references.first { $0.title == "衡水市生态环境损害赔偿制度改革实施方案" }?.docNumber == "衡办发〔2018〕21号")
        // Deduplicated: one entry per title, all its citations kept.
        #expect(Set(graph.references.map(\.title)).count == graph.references.count)
    }

    @Test func titlesBrokenAcrossLinesAreWhole() throws {
        let graph = PlanGraph(building: try CorpusFiles.read("Corpus/text/handan-2023-plan.txt"))
        #expect(graph.references.map(\.title) == ["邯郸市生态环境保护“十四五”规划", "生活垃圾焚烧大气污染控制标准",
                                                  "河北省扬尘污染防治办法", "邯郸市大气污染防治条例"])
    }

    @Test func shortFormsAreNotReferences() throws {
        let graph = PlanGraph(building: try CorpusFiles.read("Corpus/text/hengshui-2023-midterm-review.txt"))
        #expect(!graph.references.contains { $0.title == "规划" })
        #expect(graph.references.first?.title == "衡水市生态环境保护“十四五”规划")
    }

    @Test(arguments: CorpusFiles.all)
    func everyReferenceSpanPointsAtItsTitle(path: String) throws {
        let source = try CorpusFiles.read(path)
        let scalars = Array(source.text.unicodeScalars)
        for reference in PlanGraph(building: source).references {
            for span in reference.spans {
                // Folded like the normalised text; a title broken across pages also spans the page number.
                var cited = String(String.UnicodeScalarView(scalars[span.start..<span.end]
                    .filter { !$0.properties.isWhitespace }.map { $0.widthFolded ?? $0 }))
                cited.replace(/—[0-9]+—/, with: "")
                #expect(cited == "《" + reference.title.filter { !$0.isWhitespace } + "》", "\(reference.title) at L\(span.line)")
            }
        }
    }
}

/// A plan's years from its name, by the numbering of China's five-year plans (the 3rd began in 1966,
/// each one five years after the last), not from a table of names.
@Suite struct PlanPeriodNameTests {
    @Test(arguments: [
        ("国民经济和社会发展第十一个五年规划纲要（“十一五”）", 2006, 2010),
        ("“十二五”规划", 2011, 2015),
        ("“十三五”时期成就显著，“十四五”开局良好", 2016, 2020),
        ("邯郸市“十四五”生态环境保护规划", 2021, 2025),
        ("“十五五”规划建议", 2026, 2030),
        ("行动方案（2023—2027年）", 2023, 2027),
    ])
    func aPlanNameGivesItsYears(text: String, from: Int, to: Int) {
        #expect(DocumentInfo.Period(mentionedIn: text) == DocumentInfo.Period(from: from, to: to))
    }

    @Test(arguments: ["第十五届运动会", "十五个项目", "五年规划"])
    func wordsThatAreNoPlanNameGiveNoPeriod(text: String) {
        #expect(DocumentInfo.Period(mentionedIn: text) == nil)
    }
}
