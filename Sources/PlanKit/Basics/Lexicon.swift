import Foundation

/// The words of Chinese official writing the readers recognise (`Schemas/lexicon.json`), by their role
/// in a phrase: heads of indicator phrases, verbs between a subject and its value, words of scope,
/// administrative suffixes, words of direction and of comparison.
///
/// Data, like the units and concepts: a new spelling is an edit of the JSON file, not of a reader.
struct Lexicon: Sendable {
    struct Words: Decodable, Sendable { var words: [String] }

    struct AdministrativeNames: Decodable, Sendable {
        struct Suffix: Decodable, Sendable {
            var suffix: String
            var minimumName: Int
        }
        var suffixes: [Suffix]
        var notFirst: [String]
        var notAfterSuffix: [String]
        var notEndingWith: [String]
        /// Provinces by the short names news and reports use without a suffix (浙江服务业增加值).
        var provinces: [String]
    }

    struct Directions: Decodable, Sendable {
        var decrease: [String]
        var increase: [String]
        var hold: [String]
        var holdQualitative: [String]
    }

    struct DirectionOnly: Decodable, Sendable {
        var adverbs: [String]
        var verbs: [String]
    }

    struct Comparator: Decodable, Sendable {
        var words: String
        var comparator: String?
        /// 等于: the value is exactly the number, an interval of one point.
        var exact: Bool?
        var approximate: Bool?
    }

    struct Comparators: Decodable, Sendable {
        var before: [Comparator]
        var after: [Comparator]
    }

    /// Words that tell a commitment from a result when the time of a clause does not (`TimeFrame`).
    struct TimeCues: Decodable, Sendable {
        var target: [String]
        var observation: [String]
        /// 今年 0, 去年 −1: years counted from the document's own year.
        var relativeYears: [String: Int]
        /// 五年来, 过去五年: the years up to the one before the document's own, by their number (5).
        var pastPeriods: [String: Int]
        /// 目前, 当前: the latest figure at the time of writing.
        var now: [String]
        /// 上半年, 前三季度: part of a year.
        var partialYear: [String]
        /// 今后五年, 规划期内: the document's own plan period.
        var planPeriod: [String]
        /// 落实, 制定: verbs after which a year names a thing (落实2030年…目标), not the time of what follows.
        var verbsNamingAYear: [String]
        /// 价格, 不变价 after a year: the year of the prices a value is counted in (按2000年价格计算).
        var priceBases: [String]
        /// 目标, 任务: a heading of goals; 回顾, 成效: a heading of results.
        var goalHeadings: [String]
        var reviewHeadings: [String]
    }

    /// Words that decide whether a number is a value of an indicator (`ClauseValues`).
    struct ValueShapes: Decodable, Sendable {
        var workVerbs: [String]
        var workAdverbs: [String]
        var scopeNouns: [String]
        var universal: [String]
        var notValueHeads: [String]
        var reference: [String]
        /// 提高到, 控制在: verbs of a level, after which a bound (75%以上) is a value, whatever follows.
        var levelVerbs: [String]
        /// 占比, 比例: a share named without its subject, of the indicator before it.
        var bareShares: [String]
        /// 次, 篇: units of a tally of activities, which measures no indicator.
        var activityUnits: [String]
    }

    var indicatorHeads: Words
    var qualitativePhrases: Words
    var trailingVerbs: Words
    var leadingWords: Words
    var administrativeNames: AdministrativeNames
    var directions: Directions
    var directionOnly: DirectionOnly
    var scopes: Words
    var comparators: Comparators
    var timeCues: TimeCues
    var valueShapes: ValueShapes
    var frontMatter: FrontMatterWords
    var phraseConcepts: PhraseConceptWords

    /// Words of the rule that names a value's concept by its phrase when the catalog has none (`PhraseConcept`).
    struct PhraseConceptWords: Decodable, Sendable {
        /// 投资, 余额: heads of a measure's name that, unlike `indicatorHeads`, do not license a value.
        var measureHeads: [String]
        var notStarting: [String]
        var notEnding: [String]
        var notContaining: [String]
    }

    /// Words of a document's opening that say who speaks and for where (`FrontMatter`).
    struct FrontMatterWords: Decodable, Sendable {
        var regionLines: [String]
        var nationalBodies: [String]
        var workReportOpenings: [String]
        var outlineSelfReferences: [String]
    }

    static let shared = try! JSONDecoder().decode(Lexicon.self, from: Data(json.utf8))
}

extension Lexicon: Decodable {}
