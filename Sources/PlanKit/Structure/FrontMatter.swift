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

    /// Reads the front matter of `blocks`; `sections` tells which headings the document has.
    init(blocks: [Block], sections: [Section]) {
        let firstHeading = blocks.firstIndex { $0.kind == .heading } ?? blocks.count
        // The front matter is short: a document without headings does not make all of itself front matter.
        let front = blocks[..<firstHeading].filter { $0.kind == .paragraph }.prefix(40).map(\.text)
        let allText = blocks.lazy.filter { $0.kind != .furniture }.map(\.text)

        docNumber = front.lazy.compactMap(Self.docNumber(in:)).first
        issuer = Self.issuer(in: front)
        let headingTitles = sections.map(\.title)
        kind = Self.kind(front: front, headings: headingTitles)
        title = Self.title(in: front, kind: kind)
        issued = Self.issued(in: front, allText: Array(allText))
        region = Self.region(title: title, issuer: issuer, front: front)
        period = ([title].compactMap { $0 } + front.prefix(1)).lazy.compactMap(DocumentInfo.Period.init(mentionedIn:)).first
    }

    /// Words that end a plan document's title.
    private static let documentTypes = ["规划", "方案", "计划", "纲要", "意见", "办法", "报告"]

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

    private static func kind(front: [String], headings: [String]) -> DocumentKind? {
        let opening = front.prefix(6).joined()
        func squeezed(_ text: String) -> String { text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(String.init).joined() }
        // The report's title may open the text or follow a web page's furniture (下载, 打印, 【字号…】).
        if squeezed(opening).containsBytes(of: "政府工作报告")
            || front.prefix(40).contains(where: { $0.count <= 40 && !$0.containsBytes(of: "。") && squeezed($0).endsWith("政府工作报告") }) {
            return .workReport
        }
        if opening.containsBytes(of: "中期评估") || headings.contains(where: { $0.containsBytes(of: "中期评估") }) { return .midtermReview }
        if opening.containsBytes(of: "新闻发布会") || opening.containsBytes(of: "新闻办") { return .pressRelease }
        if let title = front.first(where: isPlanTitle), title.endsWith("规划") || title.endsWith("纲要") { return .plan }
        // Without a title of its own, a text that reports how a plan's targets are being met
        // (“主要目标完成情况”) against a cited plan is a review of it.
        if headings.contains(where: { $0.containsBytes(of: "完成情况") }) && front.contains(where: { $0.containsBytes(of: "规划》") }) {
            return .midtermReview
        }
        return nil
    }

    private static func isPlanTitle(_ line: String) -> Bool {
        line.unicodeScalars.count <= 40 && !line.containsBytes(of: "。") && documentTypes.contains(where: line.endsWith)
            && !line.startsWith("关于")
    }

    /// News headlines announce a plan as “X印发!”.
    nonisolated(unsafe) private static let announced = /^(.+(规划|方案|计划|纲要|意见|办法))(正式)?印发[!！]?$/

    private static func title(in front: [String], kind: DocumentKind?) -> String? {
        if let title = front.first(where: isPlanTitle) { return title }
        if let headline = front.lazy.filter({ $0.unicodeScalars.count <= 80 }).compactMap({ $0.wholeMatch(of: announced) }).first {
            return String(headline.output.1)
        }
        // A press release's headline is its first line.
        if kind == .pressRelease, let first = front.first, !first.containsBytes(of: "。"), first.unicodeScalars.count <= 80 {
            return first
        }
        return nil
    }

    /// A government body named in the opening lines: “衡水市政府新闻办”, “邯郸市人民政府”.
    nonisolated(unsafe) private static let governmentBody = /[\u{4E00}-\u{9FFF}]{2,5}?(省|市|县|区)(人民政府|政府|生态环境局|生态环境厅)/
    nonisolated(unsafe) private static let citedPlan = /《([^》]+(规划|方案|计划|纲要))》/

    /// The region of the title, else of the issuer, else of the plan a review cites, else of the first
    /// government body the opening lines name.
    private static func region(title: String?, issuer: String?, front: [String]) -> DocumentInfo.Region? {
        if let region = [title, issuer].compactMap({ $0 }).lazy.compactMap(DocumentInfo.Region.init(prefixOf:)).first {
            return region
        }
        let opening = front.prefix(3)
        if let cited = opening.lazy.compactMap({ $0.firstMatch(of: citedPlan) }).first,
           let region = DocumentInfo.Region(prefixOf: String(cited.output.1)) {
            return region
        }
        guard let body = opening.lazy.compactMap({ $0.firstMatch(of: governmentBody) }).first else { return nil }
        return DocumentInfo.Region(prefixOf: String(body.output.0))
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
