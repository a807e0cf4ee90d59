import Foundation

/// The facts a reader looks for first — title, kind, issuer, date, 文号, region, plan period — read
/// from what the document prints before its first heading (its front matter).
///
/// Every fact is null when the document does not state it; nothing is inferred from the file name.
struct FrontMatter: Equatable, Sendable {
    var title: String?
    var kind: DocumentKind?
    var issuer: String?
    var issued: String?
    var docNumber: String?
    var region: DocumentInfo.Region?
    var period: DocumentInfo.Period?
    var year: Int?
    var reviewedYear: Int?

    /// Reads the front matter of `blocks`; `sections` tells which headings the document has.
    init(blocks: [Block], sections: [Section]) {
        let firstHeading = blocks.firstIndex { $0.kind == .heading } ?? blocks.count
        // The front matter is short: a document without headings does not make all of itself front matter.
        let front = blocks[..<firstHeading].filter { $0.kind == .paragraph }.prefix(40).map(\.text)
        let allText = blocks.lazy.filter { $0.kind != .furniture }.map(\.text)

        docNumber = front.lazy.compactMap(Self.docNumber(in:)).first
        issuer = Self.issuer(in: front)
        let headingTitles = sections.map(\.title)
        // The opening of a text without headings before its body (a plan outline's dump opening with 序言).
        let opening = Array(blocks.lazy.filter { $0.kind == .paragraph }.prefix(40).map(\.text))
        kind = Self.kind(front: front, opening: opening, headings: headingTitles)
        title = Self.title(in: front, kind: kind)
        issued = Self.issued(in: front, allText: Array(allText))
        region = Self.region(title: title, issuer: issuer, front: front.isEmpty ? Array(opening.prefix(6)) : front,
                             opening: Array(opening.prefix(30)))
        period = ([title].compactMap { $0 } + front.prefix(1)).lazy.compactMap(DocumentInfo.Period.init(mentionedIn:)).first
            ?? Self.periodOfOutline(kind: kind, opening: opening)
        year = Self.ownYear(kind: kind, title: title, issued: issued, blocks: blocks, sections: sections)
        // A five-year plan's outline is adopted by the people's congress in the plan's first year.
        if year == nil, kind == .planOutline { year = period?.from }
        switch kind {
        case .workReport:
            reviewedYear = year.map { $0 - 1 }
            // A work report's year falls in a five-year plan, whose targets it carries forward.
            if period == nil, let year { period = DocumentInfo.Period(containing: year) }
        case .bulletin:
            reviewedYear = title.flatMap { Self.firstYear(in: $0) } ?? year.map { $0 - 1 }
        default:
            break
        }
    }

    private static func firstYear(in text: String) -> Int? {
        let s = text.scalarArray
        return s.indices.lazy.compactMap { s.standaloneYear(at: $0)?.year }.first
    }

    /// A plan outline without a title that names its period says which plan it is where it speaks of
    /// itself: “本纲要根据《…第十个五年计划的建议》编制”.
    private static func periodOfOutline(kind: DocumentKind?, opening: [String]) -> DocumentInfo.Period? {
        guard kind?.isPlan == true else { return nil }
        return opening.lazy.filter { $0.containsBytes(of: "本纲要") || $0.containsBytes(of: "本规划") }
            .compactMap(DocumentInfo.Period.init(mentionedIn:)).first
    }

    /// The document's own year: when it was issued, else the first date in its opening blocks (a work
    /// report's “——2026年1月27日在…会议上”, a web page's 2020-10-21), else the year after a “2025年工作回顾”.
    private static func ownYear(kind: DocumentKind?, title: String?, issued: String?, blocks: [Block], sections: [Section]) -> Int? {
        if let issued = issued.flatMap({ Int($0.prefix(4)) }) { return issued }
        // “2026年浙江省政府工作报告”: a work report is of the year its title opens with.
        if kind == .workReport, let title = title?.scalarArray, let (year, _) = title.standaloneYear(at: 0),
           title.scalar(at: 4) == "年" { return year }
        for block in blocks.prefix(12) where block.kind != .furniture {
            let s = block.text.scalarArray
            for index in s.indices {
                guard let (year, _) = s.standaloneYear(at: index) else { continue }
                // A web page's 2020-10-21.
                if s.scalar(at: index + 4) == "-", let month = s.scalar(at: index + 5), NumeralCharacters.isArabicDigit(month),
                   s.scalar(at: index + 7) == "-" { return year }
                guard s.scalar(at: index + 4) == "年" else { continue }
                var position = index + 5
                while let digit = s.scalar(at: position), NumeralCharacters.isArabicDigit(digit) { position += 1 }
                if position > index + 5, s.scalar(at: position) == "月" { return year }
                // A work report's “2018年是…开局之年”: the year it speaks in.
                if kind == .workReport, s.scalar(at: index + 5) == "是" { return year }
            }
        }
        for section in sections.sorted(by: { $0.span.start < $1.span.start }) where section.title.containsBytes(of: "工作回顾") {
            if let year = firstYear(in: section.title) { return year + 1 }
        }
        return kind == .workReport ? reportYearFromItsYears(blocks) : nil
    }

    /// An undated work report (a news story of it): the year whose 主要预期目标 it gives, else the year
    /// after the latest one its opening blocks report on (“2024年浙江省生产总值增长5.5%左右” → 2025).
    private static func reportYearFromItsYears(_ blocks: [Block]) -> Int? {
        var reported: Int?
        for block in blocks.prefix(6) where block.kind != .furniture {
            let s = block.text.scalarArray
            for index in s.indices {
                guard let (year, _) = s.standaloneYear(at: index), s.scalar(at: index + 4) == "年" else { continue }
                let after = String(scalars: s[(index + 5)..<min(s.count, index + 16)])
                if after.containsBytes(of: "目标") || after.containsBytes(of: "预期") { return year }
                // 到2030年, 2030年前, 2023至2027年: years a text looks ahead to or spans.
                let previous = s.scalar(at: index - 1)
                guard previous != "到" && previous != "至" && previous != "于", !after.startsWith("前"), !after.startsWith("后"),
                      !after.startsWith("至"), !after.startsWith("到"), !after.startsWith("—"), !after.startsWith("-") else { continue }
                reported = max(reported ?? year, year)
            }
        }
        return reported.map { $0 + 1 }
    }

    /// Words that end a plan document's title.
    private static let documentTypes = ["规划", "方案", "计划", "纲要", "意见", "办法", "报告", "公报"]

    /// 文号 such as `邯政字〔2023〕7 号` or `河北省人民政府令〔2019〕第12号`, returned without spaces.
    nonisolated(unsafe) private static let docNumberPattern = /[\u{4E00}-\u{9FFF}]{1,10}[〔\[［][0-9]{4}[〕\]］]\s*第?\s*[0-9]{1,4}\s*号/

    static func docNumber(in line: String) -> String? {
        // 文号 lines are short; the pattern is costly on long paragraphs.
        guard line.unicodeScalars.count <= 80, line.contains(where: { "〔[［".contains($0) }),
              let match = line.firstMatch(of: docNumberPattern) else { return nil }
        return String(match.output).filter { !$0.isWhitespace }
    }

    /// An issuing body alone on a line: 版头 “邯郸市人民政府” or the signature above the date.
    nonisolated(unsafe) private static let issuerLine =
        /^[\u{4E00}-\u{9FFF}]{2,16}(人民政府办公室|人民政府办公厅|人民政府|生态环境局|生态环境厅|委员会|办公室|办公厅)$/

    private static func issuer(in front: [String]) -> String? {
        front.first { $0.wholeMatch(of: issuerLine) != nil }
    }

    private static func kind(front: [String], opening lines: [String], headings: [String]) -> DocumentKind? {
        let opening = front.prefix(6).joined()
        func squeezed(_ text: String) -> String { text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(String.init).joined() }
        // The report's title may open the text or follow a web page's furniture (下载, 打印, 【字号…】).
        if squeezed(opening).containsBytes(of: "政府工作报告") || words.workReportOpenings.contains(where: opening.containsBytes(of:))
            || front.prefix(40).contains(where: { $0.count <= 40 && !$0.containsBytes(of: "。") && squeezed($0).endsWith("政府工作报告") }) {
            return .workReport
        }
        if opening.containsBytes(of: "中期评估") || headings.contains(where: { $0.containsBytes(of: "中期评估") }) { return .midtermReview }
        // 国民经济和社会发展第十一个五年规划纲要, 云南省“十五”计划纲要; a dump without its title speaks of
        // itself (本纲要根据…编制).
        let titleLines = front.prefix(6).filter { !$0.containsBytes(of: "。") && $0.unicodeScalars.count <= 80 }
        let titleText = squeezed(titleLines.joined())
        if titleText.containsBytes(of: "纲要") && (titleLines.contains(where: { DocumentInfo.Period(mentionedIn: $0) != nil }) || titleText.containsBytes(of: "五年"))
            || lines.prefix(30).contains(where: isOutlineSpeakingOfItself) {
            return .planOutline
        }
        // 统计公报, 环境状况公报: a bulletin's title ends in 公报.
        if titleLines.contains(where: { squeezed($0).endsWith("公报") && !$0.startsWith("《") }) { return .bulletin }
        if opening.containsBytes(of: "新闻发布会") || opening.containsBytes(of: "新闻办") { return .pressRelease }
        if let title = front.first(where: isPlanTitle), title.endsWith("规划") || title.endsWith("纲要") { return .plan }
        // Without a title of its own, a text that reports how a plan's targets are being met
        // (“主要目标完成情况”) against a cited plan is a review of it.
        if headings.contains(where: { $0.containsBytes(of: "完成情况") }) && front.contains(where: { $0.containsBytes(of: "规划》") }) {
            return .midtermReview
        }
        return nil
    }

    /// “本纲要根据《…》编制”, “中华人民共和国国民经济和社会发展第十一个五年（2006—2010年）规划纲要根据《…》编制”.
    private static func isOutlineSpeakingOfItself(_ line: String) -> Bool {
        words.outlineSelfReferences.contains(where: line.containsBytes(of:))
    }

    private static func isPlanTitle(_ line: String) -> Bool {
        line.unicodeScalars.count <= 40 && !line.containsBytes(of: "。") && documentTypes.contains(where: line.endsWith)
            && !line.startsWith("关于")
    }

    /// A short line of Han script without punctuation or digits, that a title's second line may continue.
    private static func isTitleHead(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        return (4...30).contains(scalars.count) && scalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || $0 == "“" || $0 == "”" }
            && !documentTypes.contains(where: line.endsWith) && line.wholeMatch(of: issuerLine) == nil
    }

    /// News headlines announce a plan as “X印发!”.
    nonisolated(unsafe) private static let announced = /^(.+(规划|方案|计划|纲要|意见|办法))(正式)?印发[!！]?$/

    private static func title(in front: [String], kind: DocumentKind?) -> String? {
        if let index = front.firstIndex(where: isPlanTitle) {
            // A title set over two lines: “云南省国民经济和社会发展” / “第十个五年计划纲要”.
            if index > 0, isTitleHead(front[index - 1]), Gazetteer.shared.mentions(in: front[index]).isEmpty {
                return front[index - 1] + front[index]
            }
            return front[index]
        }
        if let headline = front.lazy.filter({ $0.unicodeScalars.count <= 80 }).compactMap({ $0.wholeMatch(of: announced) }).first {
            return String(headline.output.1)
        }
        // A press release's headline is its first line.
        if kind == .pressRelease, let first = front.first, !first.containsBytes(of: "。"), first.unicodeScalars.count <= 80 {
            return first
        }
        return nil
    }

    private static let words = Lexicon.shared.frontMatter
    nonisolated(unsafe) private static let citedPlan = /《([^》]+(规划|方案|计划|纲要))》/

    /// The region of the title, else of the issuer, else of the plan a review cites, else of the first
    /// government body or people's congress the opening lines name (“我代表北京市人民政府”, “在甘肃省十四届
    /// 人民代表大会…上”). The State Council (我代表国务院) and the National People's Congress (在第十四届
    /// 全国人民代表大会…上) speak for the country, as does a title opening with 中华人民共和国.
    private static func region(title: String?, issuer: String?, front: [String], opening: [String]) -> DocumentInfo.Region? {
        if title?.startsWith("中华人民共和国") == true { return .national }
        // An outline made on the Party Central Committee's proposal (根据《中共中央关于制定…的建议》) is the country's.
        if title == nil, let selfReference = opening.first(where: isOutlineSpeakingOfItself),
           selfReference.startsWith("中华人民共和国") || selfReference.containsBytes(of: "《中共中央关于") { return .national }
        var uncoded: DocumentInfo.Region?
        func named(_ text: String) -> DocumentInfo.Region? {
            guard let region = DocumentInfo.Region(namedIn: text) else { return nil }
            if region.code != nil { return region }
            if uncoded == nil { uncoded = region }
            return nil
        }
        if let region = [title, issuer].compactMap({ $0 }).lazy.compactMap(named).first { return region }
        let opening = front.prefix(3)
        if let cited = opening.lazy.compactMap({ $0.firstMatch(of: citedPlan) }).first, let region = named(String(cited.output.1)) {
            return region
        }
        for line in front.prefix(24) {
            if words.nationalBodies.contains(where: line.containsBytes(of:)) && !line.containsBytes(of: "常务委员会") { return .national }
            if words.regionLines.contains(where: line.containsBytes(of:)), let region = named(line) { return region }
        }
        return uncoded
    }

    nonisolated(unsafe) private static let fullDate = /^([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日$/
    nonisolated(unsafe) private static let datelineDate = /([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日$/
    nonisolated(unsafe) private static let webTime = /^(时间|发布时间|日期)[:：]\s*([0-9]{4})-([0-9]{2})-([0-9]{2})/
    nonisolated(unsafe) private static let monthDay = /^([0-9]{1,2})月([0-9]{1,2})日[,，]/
    /// A news agency's dateline: “中新网宜昌1月16日电”, “新华社北京3月5日电”.
    nonisolated(unsafe) private static let datelineMonthDay = /^[^，,。（(]{0,16}?([0-9]{1,2})月([0-9]{1,2})日电/
    /// A plan adopted or issued as the news: 通过《长春市国民经济和社会发展第十二个五年规划纲要》.
    nonisolated(unsafe) private static let planAdopted = /(通过|批准|印发|发布|公布)了?《([^》]{2,60})》/
    /// A plan period reported as completed: 高质量完成“十四五”规划, “十四五”圆满收官.
    nonisolated(unsafe) private static let periodCompleted = /完成“?(十[一二三四五六七八九]?五)”?|“?(十[一二三四五六七八九]?五)”?[^，。]{0,4}收官/
    nonisolated(unsafe) private static let year = /(到|至|力争)?\s*([0-9]{4})\s*年(前)?/
    nonisolated(unsafe) private static let yearBulletin = /《[^》]{0,20}?([0-9]{4})\s*年[^》]{0,30}(公报|年报|年鉴)》|([0-9]{4})\s*年度[^。，,]{0,30}(公报|报告|年报)/

    /// The issue date as ISO 8601: a date line in the front matter (“2023 年 6 月 29 日”), a web page's
    /// “时间:2022-06-02”, or a press release's “11月20日,” with the latest year the text mentions (a
    /// year's bulletin it releases counting as the year after).
    private static func issued(in front: [String], allText: [String]) -> String? {
        func iso(_ year: Substring, _ month: Substring, _ day: Substring) -> String? {
            guard let y = Int(year), let m = Int(month), let d = Int(day), (1...12).contains(m), (1...31).contains(d)
            else { return nil }
            return String(format: "%04d-%02d-%02d", y, m, d)
        }
        for line in front {
            // (“(2025年1月6日)” under a work report's title keeps its brackets.)
            let unbracketed = line.trimmingCharacters(in: CharacterSet(charactersIn: "()（）"))
            if let match = unbracketed.wholeMatch(of: fullDate) { return iso(match.output.1, match.output.2, match.output.3) }
            // A newspaper's dateline: “长江日报 2025年01月17日”.
            if line.count <= 24, let match = line.firstMatch(of: datelineDate) { return iso(match.output.1, match.output.2, match.output.3) }
            if let match = line.prefixMatch(of: webTime) { return iso(match.output.2, match.output.3, match.output.4) }
        }
        for line in front {
            guard let (month, day) = line.prefixMatch(of: monthDay).map({ ($0.output.1, $0.output.2) })
                    ?? line.prefixMatch(of: datelineMonthDay).map({ ($0.output.1, $0.output.2) }) else { continue }
            // News of a five-year plan's adoption comes in the plan's first year; its years are targets.
            if let adopted = line.firstMatch(of: planAdopted), let start = DocumentInfo.Period.firstPlanStart(in: String(adopted.output.2)) {
                return iso(Substring(String(start)), month, day)
            }
            // A bulletin or report of a year (《2021年…状况公报》, 关于2023年度…情况的报告) comes out in the year after.
            // The years it reports on, not those it looks ahead to (到2030年, 2030年前); a plan period it
            // reports completed (完成“十四五”规划) ends no later than the year of the news.
            let reported: [Int] = allText.flatMap { $0.matches(of: year).compactMap { $0.output.1 == nil && $0.output.3 == nil ? Int($0.output.2) : nil } }
            let bulletins: [Int] = allText.flatMap { $0.matches(of: yearBulletin).compactMap { Int($0.output.1 ?? $0.output.3 ?? "").map { $0 + 1 } } }
            let completed: [Int] = front.flatMap { line in
                line.matches(of: periodCompleted).compactMap { match -> Int? in
                    let name = String(match.output.1 ?? match.output.2 ?? "")
                    return DocumentInfo.Period(mentionedIn: "“\(name)”").map(\.to)
                }
            }
            guard let latest = (reported + bulletins + completed).max() else { return nil }
            return iso(Substring(String(latest)), month, day)
        }
        return nil
    }
}
