/// What kind of document a text is, from its title and wording.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    /// A plan (规划, 纲要).
    case plan
    /// A mid-term review of a plan (中期评估).
    case midtermReview = "midterm-review"
    /// A press release on results (新闻发布会, 新闻办).
    case pressRelease = "press-release"
    /// A government work report (政府工作报告): a review of the year before and the targets of its own year.
    case workReport = "government-work-report"
    /// An outline of a national or regional five-year plan of economic and social development
    /// (国民经济和社会发展第X个五年规划纲要, 计划纲要), in 篇, 章 and 节.
    case planOutline = "plan-outline"
    /// A bulletin of results (统计公报, 环境状况公报): what a year brought.
    case bulletin

    /// A plan or a plan outline: a document of commitments.
    public var isPlan: Bool { self == .plan || self == .planOutline }
}

/// What the graph says about the document as a whole: its id and where it came from.
///
/// Title, region, kind, issuer, date, 文号 and period come from the front matter (see `FrontMatter`);
/// each is null when the document does not state it.
public struct DocumentInfo: Codable, Sendable, Equatable {
    /// A slug of the file name: `Corpus/pdf/handan-2023-plan.pdf` → `handan-2023-plan`.
    public var id: String
    public var title: String?
    public var kind: DocumentKind?
    public var issuer: String?
    public var issued: String?
    public var docNumber: String?
    public var region: Region?
    public var period: Period?
    /// The document's own year: a work report's (the year it sets targets for), else the year it was
    /// issued, else the year its opening lines date it to.
    public var year: Int?
    /// The year a work report reviews (the one before its own); null for other kinds.
    public var reviewedYear: Int?
    public var source: Source

    /// The administrative region a document is about, with its level.
    public struct Region: Codable, Sendable, Equatable {
        /// As printed: “邯郸市”.
        public var name: String
        /// `national`, `province`, `prefecture` or `county`.
        public var level: Level
        /// The six-digit administrative division code (邯郸市 130400), from the gazetteer; null for the
        /// country and for a name several divisions share.
        public var code: String?
        /// The enclosing division's name (邯郸市 → 河北省, 肥乡区 → 邯郸市); null for a province and the country.
        public var parent: String?

        public init(name: String, level: Level, code: String? = nil, parent: String? = nil) {
            self.name = name
            self.level = level
            self.code = code
            self.parent = parent
        }

        /// The country, for documents of the State Council and the National People's Congress.
        public static let national = Region(name: "全国", level: .national)

        /// Where the region sits among China's administrative divisions.
        public enum Level: String, Codable, Sendable, CaseIterable {
            /// The whole country (国务院, 全国人民代表大会).
            case national
            /// 省, 自治区, and the four 直辖市.
            case province
            /// 地级市, 自治州, 地区, 盟.
            case prefecture
            /// 县, 县级市, 市辖区, 旗.
            case county
        }
    }

    /// The plan period in years, both included: “十四五” → 2021–2025.
    public struct Period: Codable, Sendable, Equatable {
        public var from: Int
        public var to: Int
    }

    /// The input file: its path as given, format, SHA-256 of its bytes, page count (PDF) and encoding (text).
    public struct Source: Codable, Sendable, Equatable {
        public var path: String
        public var format: SourceDocument.Format
        public var sha256: String
        public var pages: Int?
        public var encoding: TextEncoding?
    }
}

extension DocumentInfo {
    init(describing source: SourceDocument, frontMatter: FrontMatter) {
        self.init(
            id: Self.slug(ofPath: source.path), title: frontMatter.title, kind: frontMatter.kind,
            issuer: frontMatter.issuer, issued: frontMatter.issued, docNumber: frontMatter.docNumber,
            region: frontMatter.region, period: frontMatter.period, year: frontMatter.year,
            reviewedYear: frontMatter.reviewedYear,
            source: Source(path: source.path, format: source.format, sha256: source.sha256,
                           pages: source.pages.isEmpty ? nil : source.pages.count, encoding: source.encoding))
    }

    /// The file name without directory and extension, lowercased, with every run of characters other
    /// than letters and digits (Han included) turned into one "-".
    static func slug(ofPath path: String) -> String {
        var name = Substring(path.split(separator: "/").last ?? Substring(path))
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        var slug = ""
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "document" : slug
    }
}

extension DocumentInfo.Region {
    /// First characters of “全市”, “本省”, “我县”, “各区”…, which name no place.
    private static let notPlaceNames: Set<Unicode.Scalar> = ["全", "本", "我", "各", "该", "市", "省", "县", "区"]
    nonisolated(unsafe) private static let regionPrefix = /^[\u{4E00}-\u{9FFF}]{1,6}?(省|自治区|市|自治州|地区|盟|县|区|旗)/
    private static let provinceLevelCities: Set<String> = ["北京市", "天津市", "上海市", "重庆市"]

    /// The first region of the gazetteer `text` names (“2026年四川省人民政府工作报告” → 四川省, province,
    /// 510000), else the region its first words name with a division's suffix (a division newer than
    /// the gazetteer).
    init?(namedIn text: String) {
        guard let region = Gazetteer.shared.firstRegion(in: text) ?? Self(prefixOf: text).flatMap({ $0.name.unicodeScalars.count > 2 ? $0 : nil })
        else { return nil }
        self = region
    }

    /// The region a title or name starts with: “邯郸市生态环境保护…” → 邯郸市 (prefecture), “河北省…” →
    /// province, “XX县…” → county; nil when it starts with none.
    init?(prefixOf text: String) {
        guard let match = text.prefixMatch(of: Self.regionPrefix),
              !Self.notPlaceNames.contains(match.output.0.unicodeScalars.first!) else { return nil }
        let name = String(match.output.0)
        let level: Level = switch match.output.1 {
        case "省", "自治区": .province
        case "市": Self.provinceLevelCities.contains(name) ? .province : .prefecture
        case "自治州", "地区", "盟": .prefecture
        default: .county
        }
        self.init(name: name, level: level)
    }
}

extension DocumentInfo.Period {
    /// The five-year plan whose years include `year` (2026 → 2026–2030): plans run 2001–2005, 2006–2010, ….
    init(containing year: Int) {
        let from = 2001 + 5 * Int(((Double(year) - 2001) / 5).rounded(.down))
        self.init(from: from, to: from + 4)
    }

    nonisolated(unsafe) private static let yearSpan = /([0-9]{4})\s*[—–\-~至到]\s*([0-9]{4})\s*年/

    /// The five-year plan a text names: “十四五” → 2021–2025 (十一五 2006 … 十五五 2030), or an explicit
    /// “2021—2025 年”. When a text names two plans (“十三五…十四五”), the first named counts.
    init?(mentionedIn text: String) {
        if let start = Self.firstPlanStart(in: text) {
            self.init(from: start, to: start + 4)
            return
        }
        guard let match = text.firstMatch(of: Self.yearSpan),
              let from = Int(match.output.1), let to = Int(match.output.2), from < to else { return nil }
        self.init(from: from, to: to)
    }

    private static let planDigits: [Unicode.Scalar] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The first year of the first plan the text names (“十X五”, the (10 + X)th plan, or a quoted
    /// “十五”, the tenth), by the numbering itself: the 3rd plan began in 1966 after the adjustment years
    /// 1963–1965, and each plan since runs five years, so plan n begins in 1966 + 5 (n − 3) — 十五 2001,
    /// 十一五 2006, 十四五 2021, 十五五 2026.
    static func firstPlanStart(in text: String) -> Int? {
        let scalars = text.scalarArray
        for index in scalars.indices where scalars[index] == "十" || scalars[index] == "第" {
            if let (period, _) = named(in: scalars, at: index) ?? spelledOut(in: scalars, at: index) { return period.from }
        }
        return nil
    }

    /// A plan named in full, “第十二个五年规划” (the 12th), at `index`: its period and the index after the name.
    static func spelledOut(in s: [Unicode.Scalar], at index: Int) -> (DocumentInfo.Period, Int)? {
        guard s[index] == "第" else { return nil }
        var end = index + 1
        while let scalar = s.scalar(at: end), ChineseNumeral.isDigit(scalar), end - index <= 3 { end += 1 }
        guard let number = ChineseNumeral.value(of: Array(s[(index + 1)..<end])), number >= 3,
              s.has("个五年", at: end) else { return nil }
        let start = 1966 + 5 * (number - 3)
        return (DocumentInfo.Period(from: start, to: start + 4), end + 3)
    }

    /// A plan named “十X五” (the (10 + X)th) or “十五” (the tenth) at `index`: its period and the index
    /// after the name and its closing quote. 十五 alone is a number unless quoted or followed by a word
    /// of time (期间, 时期, 末, 计划, 规划).
    static func named(in s: [Unicode.Scalar], at index: Int) -> (DocumentInfo.Period, Int)? {
        guard s[index] == "十" else { return nil }
        var number: Int
        var end: Int
        if let digit = s.scalar(at: index + 1), let x = planDigits.firstIndex(of: digit), s.scalar(at: index + 2) == "五" {
            number = 10 + x + 1
            end = index + 3
        } else if s.scalar(at: index + 1) == "五" {
            number = 10
            end = index + 2
        } else {
            return nil
        }
        let quoted = s.scalar(at: index - 1) == "“" || s.scalar(at: index - 1) == "\""
        if s.scalar(at: end) == "”" || s.scalar(at: end) == "\"" { end += 1 }
        let timeWord = ["期间", "时期", "末", "计划", "规划", "以来", "期", "开局", "收官"].contains { s.has($0, at: end) }
        if number == 10 && !(quoted || timeWord) { return nil }
        let start = 1966 + 5 * (number - 3)
        return (DocumentInfo.Period(from: start, to: start + 4), end)
    }
}
