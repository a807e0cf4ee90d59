import Testing
@testable import PlanKit

/// The hand-written time-phrase matchers, each against what its pattern means (leftmost match; the
/// whole phrase including 力争/确保; years 1900–2099 only).
@Suite struct TimePhraseTests {
    /// The matched text and year, or nil.
    static func show(_ text: String, _ matcher: ([Unicode.Scalar]) -> TimePhrase.Match?) -> String? {
        let scalars = text.scalarArray
        return matcher(scalars).map { "\(String(scalars: scalars[$0.range])) \($0.year)" }
    }

    @Test(arguments: [
        ("到2025年，PM2.5浓度达到37", "到2025年 2025"),
        ("力争到2025年，", "力争到2025年 2025"),
        ("全市到 2025 年，", "到 2025 年 2025"),
        ("展望二〇三五年，", "展望二〇三五年 2035"),
        ("截至2022年底", "至2022年 2022"),
        ("到2125年", nil),
        ("到20251年", nil),
        ("到2025", nil),
    ] as [(String, String?)])
    func targetYears(text: String, expected: String?) {
        #expect(Self.show(text) { TimePhrase.targetYear(in: $0) } == expected)
    }

    @Test(arguments: [
        ("2023年底前，受污染耕地", "2023年底前 2023"),
        ("力争2025 年 前完成", "2025 年 前 2025"),
        ("2025年完成", nil),
    ] as [(String, String?)])
    func deadlines(text: String, expected: String?) {
        #expect(Self.show(text) { TimePhrase.deadline(in: $0) } == expected)
    }

    @Test func observedYearOnlyOpensAText() throws {
        let scalars = "2022年截至11月底，PM2.5浓度43".scalarArray
        let (match, asOf) = try #require(TimePhrase.observedYear(in: scalars))
        #expect(match.year == 2022 && asOf.map { String(scalars: $0) } == "11月底")
        #expect(String(scalars: scalars[match.range]) == "2022年截至11月底")
        #expect(TimePhrase.observedYear(in: "2024年 全市".scalarArray)?.match.range == 0..<6)
        #expect(TimePhrase.observedYear(in: "全市2022年".scalarArray) == nil)
    }

    @Test func baseAndSinceYears() {
        #expect(Self.show("PM2.5浓度较 2015 年下降") { TimePhrase.comparedWithYear(in: $0) } == "较 2015 年 2015")
        #expect(Self.show("比例由2020年的") { TimePhrase.sinceYear(in: $0) } == "由2020年的 2020")
        // Only closing the phrase.
        #expect(Self.show("比例由2020年的31%") { TimePhrase.sinceYear(in: $0) } == nil)
    }

    @Test func timeWordsAreRemovedWherePatternsWouldReplaceThem() {
        #expect(TimePhrase.removingTimeWords("到2025年单位GDP能耗较2020年累计下降") == "单位GDP能耗累计下降")
        #expect(TimePhrase.removingTimeWords("2023年底前受污染耕地安全利用率") == "受污染耕地安全利用率")
        #expect(TimePhrase.removingTimeWords("2022年全市PM2.5浓度较2021年、较2020年") == "全市PM2.5浓度、")
        #expect(TimePhrase.removingTimeWords("森林覆盖率") == "森林覆盖率")
    }

    @Test(arguments: [
        ("O3浓度力争持续下降", "持续下降"),
        ("水质进一步提高 ", "进一步提高"),
        ("力争持续下降", nil),  // no subject before it
        ("持续下降的趋势", nil),
        ("O3浓度下降", nil),  // no adverb
    ] as [(String, String?)])
    func directionsCloseASegment(segment: String, expected: String?) {
        #expect(TargetReader.directionOnly(segment) == expected)
    }

    /// Lookups before the start or past the end of the scalars are false, never a trap.
    @Test func lookupsOutsideTheScalarsAreFalse() {
        let s = "持续下降".scalarArray
        #expect(!s.has("力争", at: -2) && !s.has("力争".scalarArray, at: -2))
        #expect(!s.has("下降", at: 3) && !s.has("下降".scalarArray, at: 3))
        #expect(s.has("下降", at: 2) && s.has("持续", at: 0))
        #expect(s.skippingSpaces(from: -3) == 0 && s.skippingSpaces(from: 9) == 9)
        #expect(s.year(at: -1) == nil && s.chineseYear(at: -1) == nil)
    }
}
