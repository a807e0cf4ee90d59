import Foundation

/// Finds targets and observations in the paragraphs of a document.
///
/// A sentence is read when it says when: “到2025年” (a target), “2020年，…” or “截至…” (an
/// observation), or when it sits in a goal section (主要目标), whose targets are for the end of the plan
/// period. Each number with a unit in it, and each qualitative commitment (全部消除, 不减少), becomes an
/// entry whose subject is the indicator phrase before it; entries whose subject is not an indicator
/// (neither a known concept nor a phrase ending in 浓度, 比例, 率, 面积, 量, 指数…) are left out, so a
/// count such as “完成4家砖瓦企业治理” is neither target nor observation.
struct TargetReader {
    let document: DocumentInfo
    let sections: [String: Section]
    let catalog = ConceptCatalog.shared
    private let subjects: SubjectPhrase

    init(document: DocumentInfo, sections: [Section]) {
        self.document = document
        subjects = SubjectPhrase(region: document.region)
        self.sections = Dictionary(uniqueKeysWithValues: sections.map { ($0.id, $0) })
    }

    private static let lexicon = Lexicon.shared
    /// Heads of indicator phrases.
    private static let indicatorHeads = lexicon.indicatorHeads.words
    private static let qualitativePhrases = lexicon.qualitativePhrases.words

    static func withoutTrailingVerbs(_ text: String) -> String { SubjectPhrase.withoutTrailingVerbs(text) }

    private func withoutLeadingWords(_ text: String) -> String { subjects.withoutLeadingWords(text) }

    func read(_ tree: BlockTree, text: NormalizedText) -> (targets: [Target], observations: [Observation]) {
        var targets: [Target] = []
        var observations: [Observation] = []
        var goals: (section: String?, inGoals: Bool)?  // the last section asked about: blocks come in runs
        for (block, range) in zip(tree.blocks, tree.ranges) where block.kind == .paragraph {
            if goals == nil || goals!.section != block.section { goals = (block.section, isGoalSection(block.section)) }
            let inGoals = goals!.inGoals
            let scalars = block.text.scalarArray
            for sentence in Self.pieces(scalars, at: ["。", "！", "？"], from: 0, to: scalars.count) {
                // Without a digit a sentence can name neither a year nor a value (reading its clauses is the
                // costly part of the target reader, so skip early).
                guard inGoals || scalars[sentence].contains(where: NumeralCharacters.isArabicDigit) else { continue }
                let sentenceText = string(scalars, sentence)
                guard let context = timeContext(sentenceText, Array(scalars[sentence]), inGoals: inGoals) else { continue }
                var carried: String?
                var carriedConcept: String?
                var running = context
                let topic = topic(of: sentenceText)
                for clause in Self.pieces(scalars, at: ["，", ",", "；", ";"], from: sentence.lowerBound, to: sentence.upperBound) {
                    // A clause that opens with its own year (“2022年我市PM2.5浓度43微克/立方米”) or says 到2025年
                    // sets the time for itself and the clauses after it.
                    let clauseText = string(scalars, clause)
                    if clauseText.containsBytes(of: "年") {
                        let trimmed = Array(scalars[clause].trimmingSpaces())
                        if TimePhrase.observedYear(in: trimmed) != nil || TimePhrase.targetYear(in: trimmed) != nil,
                           let own = timeContext(clauseText.trimmingSpaces(), trimmed, inGoals: inGoals) {
                            running = own
                        }
                    }
                    let context = running
                    let entries = readClause(scalars, clause, context: context, topic: topic, carried: &carried,
                                             carriedConcept: &carriedConcept, block: block, range: range, text: text)
                    if context.isTarget { targets += entries } else { observations += entries }
                }
            }
        }
        targets = Self.deduplicated(targets)
        for index in targets.indices { targets[index].id = "g\(index + 1)" }
        for index in observations.indices { observations[index].id = "o\(index + 1)" }
        return (targets, observations)
    }

    private struct Context {
        var year: Int?
        var isTarget: Bool
        var asOf: String?
    }

    private func isGoalSection(_ id: String?) -> Bool {
        var current = id
        while let section = current.flatMap({ sections[$0] }) {
            if section.title.containsBytes(of: "目标") && !section.title.containsBytes(of: "完成情况") { return true }
            current = section.parent
        }
        return false
    }

    /// Years before this are in the past for the document: its issue year, else for a review the end of
    /// the plan period (it reports on the years before), else the plan period's start.
    private var pastBefore: Int {
        if let issued = document.issued.flatMap({ Int($0.prefix(4)) }) { return issued }
        if document.kind == .midtermReview, let end = document.period?.to { return end }
        return document.period?.from ?? 0
    }

    /// The time a sentence (or clause) speaks of; `text` and `scalars` are the same text.
    private func timeContext(_ text: String, _ scalars: [Unicode.Scalar], inGoals: Bool) -> Context? {
        let mentionsYear = text.containsBytes(of: "年")
        if mentionsYear, text.containsBytes(of: "到") || text.containsBytes(of: "至") || text.containsBytes(of: "展望"),
           let match = TimePhrase.targetYear(in: scalars) {
            // “到2020年” in a 十四五 plan, or “到2022年” in a 2023 review, reports results already reached.
            return Context(year: match.year, isTarget: match.year >= pastBefore)
        }
        if text.containsBytes(of: "五”末") || text.containsBytes(of: "五末"), let end = Self.planEnd(in: text) {
            // “到“十四五”末”: the last year of the plan named, a target unless that plan is already past.
            return Context(year: end, isTarget: end >= pastBefore)
        }
        if mentionsYear, text.containsBytes(of: "前"), let match = TimePhrase.deadline(in: scalars),
           match.range.lowerBound == 0 || inGoals {
            return Context(year: match.year, isTarget: true)
        }
        if mentionsYear, let (match, asOf) = TimePhrase.observedYear(in: scalars) {
            let planStart = document.period?.from ?? 0
            let isTarget = inGoals && document.kind == .plan && match.year > planStart
            return Context(year: match.year, isTarget: isTarget, asOf: asOf.map { String(scalars: $0) })
        }
        if inGoals && document.kind != .pressRelease { return Context(year: document.period?.to, isTarget: true) }
        if document.kind == .pressRelease || document.kind == .midtermReview,
           scalars.contains(where: { $0.properties.numericType != nil }), let issued = document.issued.flatMap({ Int($0.prefix(4)) }) {
            return Context(year: issued, isTarget: false)
        }
        return nil
    }

    /// The last year of the five-year plan whose end a text names: ““十四五”末” → 2025, “十五五末” → 2030.
    static func planEnd(in text: String) -> Int? {
        for ending in ["”末", "末"] {
            guard let end = text.byteRange(of: "五" + ending) else { continue }
            let named = String(text[..<end.upperBound])
            // The plan named right before 末 (a text may name an earlier plan first).
            guard let start = named.lastIndex(of: "十") else { continue }
            if let period = DocumentInfo.Period(mentionedIn: String(named[start...])) { return period.to }
        }
        return nil
    }

    /// “重点工程减排量指标为…” or “重点工程减排量:…”: the head that short subjects (氮氧化物) take.
    private func topic(of sentence: String) -> String? {
        guard let range = sentence.byteRange(of: "指标为") else { return nil }
        var before = sentence[..<range.lowerBound]
        // From after the last comma or colon.
        if let cut = before.lastIndex(where: { "，,:：".contains($0) }) { before = before[before.index(after: cut)...] }
        let topic = withoutLeadingWords(String(before))
        return topic.isEmpty ? nil : topic
    }

    private func readClause(_ scalars: [Unicode.Scalar], _ clause: Range<Int>, context: Context, topic: String?,
                            carried: inout String?, carriedConcept: inout String?, block: Block, range: Range<Int>,
                            text: NormalizedText) -> [Target] {
        let clauseText = string(scalars, clause)
        let base = clauseText.containsBytes(of: "较") ? TimePhrase.comparedWithYear(in: Array(scalars[clause]))?.year : nil
        let aspiration = clauseText.containsBytes(of: "力争")
        var entries: [Target] = []
        // Segments at 、 — items of a list — unless a segment has no value of its own and a later one says 分别.
        let segments = Self.pieces(scalars, at: ["、"], from: clause.lowerBound, to: clause.upperBound)
        var waiting: [Range<Int>] = []
        var index = 0
        while index < segments.count {
            let segment = segments[index]
            index += 1
            let segmentText = string(scalars, segment)
            let segmentScalars = Array(scalars[segment])
            let quantities = Quantity.all(in: segmentScalars).filter { quantity in
                // Years, durations (五年累计) and qualifiers (3000吨以上的加油站) are not values of an indicator.
                guard quantity.kind != .year, quantity.unit != "年",
                      segmentScalars[safe: quantity.end] != "的" else { return false }
                return quantity.unit != nil || quantity.kind == .percent || quantity.kind == .range
                    || Self.hasIndicatorHead(String(scalars: segmentScalars[..<quantity.start]))
            }
            // “O3浓度力争持续下降”: a commitment to a direction, with no value.
            let directionOnly = quantities.isEmpty ? Self.directionOnly(segmentText) : nil
            let qualitative = Self.qualitativePhrases.first { segmentText.containsBytes(of: $0) } ?? directionOnly
            if quantities.isEmpty && qualitative == nil {
                waiting.append(segment)
                continue
            }
            func entry(_ raw: String, _ quantity: Quantity?, _ qualitative: String?, _ spanRange: Range<Int>) {
                if let made = makeEntry(raw: raw, quantity: quantity, qualitative: qualitative, context: context, topic: topic,
                                        base: base, aspiration: aspiration, carried: &carried,
                                        carriedConcept: &carriedConcept, block: block, blockScalars: scalars, range: range,
                                        spanRange: spanRange,
                                        text: text) {
                    entries.append(made)
                }
            }
            // “A、B达到100%” and “A、B分别较2015年下降45.1%、34.5%”: the listed subjects share the verb.
            if segmentText.containsBytes(of: "分别") || (!waiting.isEmpty && quantities.count <= 1) {
                // “A、B分别较2015年下降45.1%、34.5%”: subjects and values pair in order; one value serves all.
                var subjects = waiting.map { string(scalars, $0) }
                var subjectRanges = waiting
                let firstValue = quantities.first.map { $0.start } ?? segmentScalars.count
                let written = String(scalars: segmentScalars[..<firstValue])
                if waiting.isEmpty, let (first, second) = Self.pairedScopes(written) {
                    // “城市和县城再生水利用率分别达到40%、30%”: one indicator for two scopes.
                    subjects += [first, second]
                    subjectRanges += [segment, segment]
                } else {
                    subjects.append(written)
                    subjectRanges.append(segment)
                }
                var values: [Quantity?] = quantities.isEmpty ? [nil] : quantities
                while index < segments.count, values.count < subjects.count {
                    guard let value = Quantity.all(in: Array(scalars[segments[index]])).first, value.start <= 1 else { break }
                    values.append(value)
                    index += 1
                }
                // Earlier subjects take the head of the last one: 二氧化硫、氮氧化物排放总量 → 二氧化硫排放总量.
                let lastSubject = subjects.last!.byteRange(of: "分别").map { String(subjects.last![..<$0.lowerBound]) } ?? subjects.last!
                let head = Self.indicatorHeads.filter { lastSubject.endsWith($0) }.max { $0.count < $1.count }
                for (position, subject) in subjects.enumerated() {
                    var raw = subject
                    if position < subjects.count - 1, let head, !Self.indicatorHeads.contains(where: { raw.endsWith($0) }) {
                        raw += head
                    }
                    let value = values.count == subjects.count ? values[position] : values.first!
                    // Earlier subjects share the verb the last one is written with (分别较2015年下降).
                    let verb = lastSubject == subjects.last! ? "" : String(subjects.last![subjects.last!.byteRange(of: "分别")!.lowerBound...])
                    entry(position == subjects.count - 1 ? raw : raw + verb, value, value == nil ? qualitative : nil,
                          subjectRanges[position])
                }
                waiting = []
                continue
            }
            waiting = []
            var previousEnd = 0
            for quantity in quantities {
                let before = String(scalars: segmentScalars[previousEnd..<quantity.start])
                previousEnd = quantity.end
                for raw in Self.sharedValueSubjects(before) ?? [before] { entry(raw, quantity, nil, segment) }
            }
            if quantities.isEmpty, let qualitative {
                let opening = withoutLeadingWords(segmentText.trimmingSpaces())
                if qualitative == directionOnly {
                    // The verbs stay in the phrase: they give the direction and are trimmed from the subject.
                    for raw in jointDirectionSubjects(segmentText, qualitative) ?? [segmentText] {
                        entry(raw, nil, qualitative, segment)
                    }
                } else if opening.startsWith(qualitative) {
                    // Verb first: “全部消除劣 V 类水体和黑臭水体” commits to each object.
                    for object in opening.dropFirst(qualitative.count).components(separatedBy: "和") where !object.isEmpty {
                        entry(object, nil, qualitative, segment)
                    }
                } else {
                    entry(segmentText.replacing(qualitative, with: ""), nil, qualitative, segment)
                }
            }
        }
        return entries
    }

    private static let directionAdverbs = lexicon.directionOnly.adverbs.map { $0.scalarArray }
    private static let directionVerbs = lexicon.directionOnly.verbs

    /// “O3浓度力争持续下降” → 持续下降: an adverb and a verb of direction closing a segment (trailing
    /// spaces aside), after a subject — `(?:力争|确保)?((?:持续|稳步|继续|进一步|逐步)(?:下降|减少|降低|提高|提升|增加))\s*$`.
    static func directionOnly(_ segment: String) -> String? {
        guard directionVerbs.contains(where: segment.containsBytes) else { return nil }
        let s = segment.scalarArray
        var end = s.count
        while end > 0 && s[end - 1].properties.isWhitespace { end -= 1 }
        guard directionVerbs.contains(where: { s.has($0, at: end - 2) }),
              let adverb = directionAdverbs.first(where: { s.has($0, at: end - 2 - $0.count) }) else { return nil }
        let phraseStart = end - 2 - adverb.count
        let start = s.has("力争", at: phraseStart - 2) || s.has("确保", at: phraseStart - 2) ? phraseStart - 2 : phraseStart
        return start > 0 ? String(scalars: s[phraseStart..<end]) : nil
    }

    /// “单位地区生产总值能源消耗和碳排放强度持续降低” → each indicator with the verbs; nil unless every
    /// part joined by 和 is an indicator (“受污染耕地治理和管控措施覆盖率” is one).
    private func jointDirectionSubjects(_ segment: String, _ direction: String) -> [String]? {
        guard let verb = segment.byteRange(of: direction) else { return nil }
        return Self.subjectsJoined(segment, sharingFrom: verb.lowerBound) { part, tail in
            Self.hasIndicatorHead(part) || catalog.concept(of: withoutLeadingWords(part) + tail) != nil
        }
    }

    /// The parts of `phrase` before `shared` joined by 和, each with the words from `shared` on; nil
    /// unless there are two or more and `isIndicator(part, sharedWords)` holds for each.
    private static func subjectsJoined(_ phrase: String, sharingFrom shared: String.Index,
                                       isIndicator: (String, String) -> Bool) -> [String]? {
        let tail = String(phrase[shared...])
        let parts = phrase[..<shared].components(separatedBy: "和")
        guard parts.count >= 2, parts.allSatisfy({ isIndicator($0, tail) }) else { return nil }
        return parts.map { $0 + tail }
    }

    /// Scopes a plan measures one indicator for, side by side.
    private static let scopes = lexicon.scopes.words

    /// “城市和县城再生水利用率分别达到” → (城市再生水利用率, 县城再生水利用率分别达到); nil unless the
    /// phrase opens with two scopes joined by 和 or 及.
    static func pairedScopes(_ phrase: String) -> (String, String)? {
        for first in scopes where phrase.startsWith(first) {
            let rest = phrase.dropFirst(first.count)
            guard let joiner = ["和", "及", "与"].first(where: { rest.startsWith($0) }) else { continue }
            let second = rest.dropFirst(joiner.count)
            guard let scope = scopes.first(where: { second.startsWith($0) }), second.count > scope.count else { continue }
            // The indicator as the second scope has it, without the verb the two share.
            let indicator = String(second.dropFirst(scope.count))
            let bare = indicator.byteRange(of: "分别").map { String(indicator[..<$0.lowerBound]) } ?? withoutTrailingVerbs(indicator)
            return (first + bare, String(second))
        }
        return nil
    }

    /// “主要粮食作物化肥利用率和主要农作物农药利用率均达到” → each indicator with the verb they share;
    /// nil unless every part joined by 和 is an indicator.
    static func sharedValueSubjects(_ phrase: String) -> [String]? {
        guard let both = phrase.byteRange(of: "均") else { return nil }
        return subjectsJoined(phrase, sharingFrom: both.lowerBound) { part, _ in hasIndicatorHead(part) }
    }

    private static func hasIndicatorHead(_ text: String) -> Bool {
        let trimmed = withoutTrailingVerbs(text.trimmingSpaces()).trimmingSpaces()
        return indicatorHeads.contains { trimmed.endsWith($0) }
    }

    private func makeEntry(raw: String, quantity: Quantity?, qualitative: String?, context: Context, topic: String?, base: Int?,
                           aspiration: Bool, carried: inout String?, carriedConcept: inout String?,
                           block: Block, blockScalars: [Unicode.Scalar], range: Range<Int>, spanRange: Range<Int>,
                           text: NormalizedText) -> Target? {
        // 累计 and 五年累计 make a total over the period; 年累计 is the year so far.
        let cumulative = raw.containsBytes(of: "累计") && (!raw.containsBytes(of: "年累计") || raw.containsBytes(of: "五年累计"))
        // The phrase before the value: drop the time words, a base year, leading place words.
        var phrase = raw
        if phrase.containsBytes(of: "年") { phrase = TimePhrase.removingTimeWords(phrase) }
        if phrase.containsBytes(of: "%") {
            for brackets in ["（%）", "(%)", "（%)", "(%）"] { phrase = phrase.replacing(brackets, with: "") }
        }
        phrase = phrase.trimmingSpaces()
        while let first = phrase.first, "：:，,".contains(first) { phrase.removeFirst() }
        phrase = withoutLeadingWords(phrase)
        if var last = phrase.byteRange(of: "指标为") {
            while let next = phrase[last.upperBound...].byteRange(of: "指标为") { last = next }
            // “…指标为：化学需氧量2.1万吨” names the subject after the last 指标为; “其中地下水开采量红线控制指标为48299万
            // 立方米” before it (the subject of the clause before would be wrong).
            let after = phrase[last.upperBound...].trimmingSpaces()
            phrase = after.isEmpty ? String(phrase[..<last.upperBound].dropLast()) : String(phrase[last.upperBound...])
        }
        let conceptPhrase = phrase
        var subject = Self.withoutTrailingVerbs(phrase).trimmingSpaces()
        let baseUnit = quantity?.si?.unit
        var concept = catalog.concept(of: conceptPhrase, baseUnit: baseUnit)?.id ?? catalog.concept(of: subject, baseUnit: baseUnit)?.id
        // 氮氧化物 under “重点工程减排量指标为…” is 氮氧化物重点工程减排量.
        if let topic, !subject.isEmpty, subject.count <= 8, concept == nil || !Self.indicatorHeads.contains(where: { subject.endsWith($0) }),
           let withTopic = catalog.concept(of: subject + topic, baseUnit: baseUnit)?.id {
            subject += topic
            concept = withTopic
        }
        if subject.isEmpty || subject.count <= 1 {
            // “较2020年同比下降19.2%”: the subject of the clause before.
            guard let previous = carried else { return nil }
            subject = previous
            concept = carriedConcept
        }
        guard concept != nil || Self.indicatorHeads.contains(where: { subject.endsWith($0) }) else { return nil }
        // A bare number (no unit, no percent) counts only for an index: 空气质量综合指数4.22.
        if let quantity, quantity.unit == nil, quantity.kind == .number, !subject.endsWith("指数"), concept == nil { return nil }
        if base == nil {
            carried = subject
            carriedConcept = concept
        }
        let words = Self.lexicon.directions
        let direction: Direction? = switch true {
        case words.decrease.contains(where: raw.containsBytes): .decrease
        case words.increase.contains(where: raw.containsBytes): .increase
        case words.hold.contains(where: raw.containsBytes) || qualitative.map(words.holdQualitative.contains) == true: .hold
        default: nil
        }
        let span = text.sourceSpan(of: (range.lowerBound + spanRange.lowerBound)..<(range.lowerBound + spanRange.upperBound))
        return Target(id: "", section: block.section, concept: concept, subject: subject, year: context.year, baseYear: base,
                      value: quantity?.kind == .range ? nil : quantity?.value, unit: quantity?.unit, si: quantity?.si,
                      comparator: quantity?.comparator, direction: direction, cumulative: cumulative, qualitative: qualitative,
                      aspiration: aspiration, asOf: context.asOf, indicator: nil,
                      text: string(blockScalars, spanRange), span: span)
    }

    private func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// Ranges of `scalars[from..<to]` between separators (the separators left out), empty pieces dropped.
    /// (`separators` is a short list: comparing to each is cheaper than hashing every scalar into a set.)
    static func pieces(_ scalars: [Unicode.Scalar], at separators: [Unicode.Scalar], from: Int, to: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = from
        for index in from..<to where separators.contains(scalars[index]) {
            if index > start { pieces.append(start..<index) }
            start = index + 1
        }
        if to > start { pieces.append(start..<to) }
        return pieces
    }

    /// The same target stated twice in the prose (森林覆盖率保持在33% in two paragraphs) is kept once.
    private static func deduplicated(_ targets: [Target]) -> [Target] {
        var seen: Set<String> = []
        return targets.filter { target in
            let key = "\(target.concept ?? target.subject)|\(target.year ?? 0)|\(target.value.map { "\($0)" } ?? "")|\(target.qualitative ?? "")"
            return seen.insert(key).inserted
        }
    }
}

extension [Target] {
    /// A target that restates a table row (same concept, a target for the same year) points at it.
    mutating func link(to indicators: [Indicator]) {
        for index in indices {
            guard let concept = self[index].concept else { continue }
            self[index].indicator = indicators.first { indicator in
                indicator.concept == concept && indicator.values.contains { $0.role == .target && $0.year == self[index].year }
            }?.id
        }
    }
}
