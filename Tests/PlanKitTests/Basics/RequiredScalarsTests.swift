import Foundation
import Testing
@testable import PlanKit

@Suite struct RequiredScalarsTests {
    @Test(arguments: [
        ("细颗粒物.*(浓度|均值|平均值)", "细颗粒物"),
        ("空气(质量)?(指数)?优良率", "空气优良率"),
        ("达标天数比[例率]", "达标天数比"),
        ("(优良|达标)天数", "天数"),
        ("^pm2\\.5$", ""),
        ("饮用水.*(达到或优于|达到或好于|优于|好于)iii", "饮用水于"),
        ("臭氧(?!浓度)", "臭氧"),
        ("(?<!县城)绿地率", "绿地率"),
        ("(?:森林)+覆盖率", "森林覆盖率"),
        ("森林{0,2}覆盖率", "森覆盖率"),
        ("林{1,6}地", "林地"),
        ("化肥|农药", ""),
        ("[（(]万吨[）)]", "万吨"),
        ("\\（新增\\）", "（新增）"),
    ])
    func patternsNeedTheCharactersEveryMatchHolds(pattern: String, required: String) {
        #expect(RequiredScalars.of(pattern: pattern) == Set(required.unicodeScalars))
    }

    /// Syntax the reader does not know gives no filter rather than a wrong one.
    @Test(arguments: ["(优良", "优良)", "\\p{Han}率", "(?<name>率)", "率**", "[[a]率]", "(率)\\1"])
    func unknownSyntaxGivesNoFilter(pattern: String) {
        #expect(RequiredScalars.of(pattern: pattern) == nil)
    }

    private struct Catalog: Decodable {
        struct Concept: Decodable { var patterns: [String]; var excludes: [String] }
        var concepts: [Concept]
    }

    /// Every pattern of the catalog is read (so each is filtered), and wherever one matches a line of
    /// the corpus, the line holds all the characters the pattern is said to need.
    @Test func theCatalogsPatternsNeedOnlyWhatTheirMatchesHold() throws {
        let catalog = try JSONDecoder().decode(Catalog.self, from: Data(contentsOf: CorpusFiles.url("Schemas/indicators.json")))
        let patterns = catalog.concepts.flatMap { $0.patterns + $0.excludes }
        let unread = patterns.filter { RequiredScalars.of(pattern: $0) == nil }
        #expect(unread.isEmpty, "patterns without a filter: \(unread)")
        let expressions = try patterns.map { (try NSRegularExpression(pattern: $0), RequiredScalars.of(pattern: $0) ?? []) }
        var matched = 0
        for file in ["Corpus/text/hengshui-2022-plan.txt", "Corpus/text/hengshui-2025-press-release.txt"] {
            let text = try String(contentsOf: CorpusFiles.url(file), encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline) {
                let key = ConceptCatalog.normalized(String(line))
                let scalars = Set(key.unicodeScalars)
                let range = NSRange(key.startIndex..., in: key)
                for (expression, required) in expressions where expression.firstMatch(in: key, range: range) != nil {
                    matched += 1
                    #expect(required.isSubset(of: scalars), "\(expression.pattern) matches \(key)")
                }
            }
        }
        #expect(matched > 500)
    }
}
