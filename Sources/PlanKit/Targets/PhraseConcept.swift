/// Names a value's concept by its own phrase when no concept of the catalog takes it: `phrase:工业技改投资`.
///
/// Work reports and outlines report hundreds of indicators no catalog lists (工业技改投资, 口岸出入境人员,
/// 省级中试平台); without a concept such a value drops out of every comparison and filter. A phrase that
/// a general rule shows to be an indicator's name (`Schemas/lexicon.json` `phraseConcepts`) becomes the
/// concept, normalised as the catalog normalises names, so the same phrase in two documents lines up;
/// the `phrase:` prefix keeps these apart from the catalog's curated ids. Naming never licenses a value:
/// it runs after the reader has kept or dropped each one.
enum PhraseConcept {
    static let prefix = "phrase:"

    private static let words = Lexicon.shared.phraseConcepts
    /// Longest first, so 排放总量 is taken before 总量.
    private static let heads = (Lexicon.shared.indicatorHeads.words + words.measureHeads).sorted { $0.count > $1.count }
    private static let workVerbs = Lexicon.shared.valueShapes.workVerbs.sorted { $0.count > $1.count }
    private static let workAdverbs = Lexicon.shared.valueShapes.workAdverbs.sorted { $0.count > $1.count }
    private static let quotes: Set<Unicode.Scalar> = ["“", "”", "\"", "‘", "’", "'", "《", "》", "「", "」"]

    /// The concept a value's phrase names, or nil when the phrase is a piece of a clause rather than a name.
    ///
    /// - Parameters:
    ///   - countsThings: the value is a count in a classifier (50个, 11家), so the phrase names what is counted.
    ///   - isWork: a work amount (新建县域医疗次中心50个): named by its object, without the work verb.
    static func concept(of subject: String, countsThings: Bool, isWork: Bool) -> String? {
        var name = Substring(withoutBrackets(ConceptCatalog.normalized(subject)))
        if isWork {
            // 累计建成, 新建: adverbs only before a work verb (新型储能 keeps its 新), then as many verbs as open it.
            var rest = name
            while let adverb = workAdverbs.first(where: { rest.startsWith($0) }) { rest = rest.dropFirst(adverb.count) }
            if workVerbs.contains(where: { rest.startsWith($0) }) { name = rest }
            while let verb = workVerbs.first(where: { name.startsWith($0) && name.count > $0.count }) { name = name.dropFirst(verb.count) }
        }
        let phrase = SubjectPhrase.withoutTrailingVerbs(String(name))
        // A place (枣强县) names where, not what; a work's object that is itself a work (深度治理) names no thing.
        guard isName(phrase), !Gazetteer.shared.isDivision(phrase),
              !(isWork && workVerbs.contains(where: { phrase.endsWith($0) })) else { return nil }
        if let head = heads.first(where: { phrase.endsWith($0) }) {
            // 增加值 or 年均增速 alone is a head whose subject the clause left behind; 治理率 says too little.
            return phrase.count >= max(head.count + 2, 4) ? prefix + phrase : nil
        }
        return countsThings || isWork ? prefix + phrase : nil
    }

    /// Three to twenty letters of Han or Latin script and digits, not a year or a clause's opening or end.
    private static func isName(_ phrase: String) -> Bool {
        let scalars = Array(phrase.unicodeScalars)
        guard (3...20).contains(scalars.count),
              scalars.allSatisfy({ $0.isHan || $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == ".") }),
              !words.notStarting.contains(where: { phrase.startsWith($0) }),
              !words.notEnding.contains(where: { phrase.endsWith($0) }),
              !words.notContaining.contains(where: { phrase.containsBytes(of: $0) }) else { return false }
        // A run of three digits is a year or a figure (2025年目标), never part of a name.
        var digits = 0
        for scalar in scalars {
            digits = ("0"..."9").contains(scalar) ? digits + 1 : 0
            if digits >= 3 { return false }
        }
        return true
    }

    /// 创建生活垃圾分类示范居住小区（村） → 创建生活垃圾分类示范居住小区; quotation marks dropped.
    private static func withoutBrackets(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        var depth = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "（", "(": depth += 1
            case "）", ")": depth = max(0, depth - 1)
            default:
                if depth == 0, !quotes.contains(scalar) { kept.append(scalar) }
            }
        }
        return String(kept)
    }
}

extension [Target] {
    /// Gives each value the catalog does not name the concept its phrase names (`PhraseConcept`).
    mutating func nameByPhrase() {
        for index in indices where self[index].concept == nil && self[index].value != nil {
            let target = self[index]
            let countsThings = target.si?.unit == "1" && target.unit != nil
            self[index].concept = PhraseConcept.concept(of: target.subject, countsThings: countsThings, isWork: target.kind == .task)
        }
    }
}
