import Foundation

/// Finds targets and observations in the paragraphs of a document.
///
/// Every clause is read in a time frame (`TimeFrame`): the document's own year and plan period, its
/// section headings, the times earlier clauses set (a time that opens its clause speaks for what
/// follows), and the clause's own time wherever it stands (`ClauseTime`). A year the document places
/// in its future makes targets, one in its past observations; otherwise the clause's words decide
/// (力争, 确保 / 已). Each number with a unit, each share and each qualitative commitment (全部消除,
/// 不减少) becomes an entry whose subject is the indicator phrase around it; a count or size of works
/// (建成120个示范村) is kept with `kind` task, while scope counts, ranks, dates and qualifiers are not values.
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
    /// Heads an earlier item of a list takes from the last (能源、旅游投资 → 能源投资): indicator heads and the
    /// heads that name a measure without licensing a value.
    private static let listHeads = indicatorHeads + lexicon.phraseConcepts.measureHeads
    private static let qualitativePhrases = lexicon.qualitativePhrases.words

    static func withoutTrailingVerbs(_ text: String) -> String { SubjectPhrase.withoutTrailingVerbs(text) }

    private func withoutLeadingWords(_ text: String) -> String { subjects.withoutLeadingWords(text) }

    func read(_ tree: BlockTree, text: NormalizedText) -> (targets: [Target], observations: [Observation]) {
        // Runs of paragraphs of one section share nothing with each other (each starts from its
        // section's frame), so they are read side by side and joined in document order.
        let parts = inParallel(Self.chunks(of: tree)) { chunk in readParagraphs(chunk, of: tree, text: text) }
        var targets = parts.flatMap(\.targets)
        var observations = parts.flatMap(\.observations)
        targets = Self.deduplicated(targets)
        observations = Self.deduplicated(observations)
        for index in targets.indices { targets[index].id = "g\(index + 1)" }
        for index in observations.indices { observations[index].id = "o\(index + 1)" }
        return (targets, observations)
    }

    /// The blocks cut into about eight pieces of similar length, each beginning where a paragraph's
    /// section differs from the paragraph before it: where the reading frame starts afresh.
    private static func chunks(of tree: BlockTree) -> [Range<Int>] {
        let total = tree.blocks.reduce(0) { $0 + ($1.kind == .paragraph ? $1.text.utf8.count : 0) }
        let size = max(total / 8, 16_384)
        var chunks: [Range<Int>] = []
        var start = 0
        var length = 0
        var previousSection: String?? = .none
        for (index, block) in tree.blocks.enumerated() where block.kind == .paragraph {
            if previousSection != .some(block.section), length >= size {
                chunks.append(start..<index)
                start = index
                length = 0
            }
            previousSection = .some(block.section)
            length += block.text.utf8.count
        }
        chunks.append(start..<tree.blocks.count)
        return chunks
    }

    /// The targets and observations of the paragraphs among `blocks`, in order. The first paragraph
    /// starts from its section's frame.
    private func readParagraphs(_ blocks: Range<Int>, of tree: BlockTree, text: NormalizedText)
        -> (targets: [Target], observations: [Observation]) {
        var targets: [Target] = []
        var observations: [Observation] = []
        let documentYear = document.year
        var sectionFrames: [String: TimeFrame] = [:]
        var running = TimeFrame()
        var runningSection: String?? = .none
        for (block, range) in zip(tree.blocks[blocks], tree.ranges[blocks]) where block.kind == .paragraph {
            // A block starts from its section's frame, or from where the block before it in the same section left off.
            if runningSection != .some(block.section) {
                if let id = block.section, let known = sectionFrames[id] { running = known } else {
                    running = sectionFrame(block.section, documentYear: documentYear)
                    if let id = block.section { sectionFrames[id] = running }
                }
                runningSection = .some(block.section)
            }
            let scalars = block.text.scalarArray
            for sentence in Self.pieces(scalars, at: ["。", "！", "？"], from: 0, to: scalars.count) {
                let hasDigit = scalars[sentence].contains(where: NumeralCharacters.isArabicDigit)
                // Without a digit a sentence gives no value, but it may still set the time (“十一五”时期要…：).
                guard hasDigit || running.mood == .target
                        || scalars[sentence].contains(where: { $0 == "年" || $0 == "五" || $0 == "期" }) else { continue }
                var carried: String?
                var carriedConcept: String?
                let sentenceText = string(scalars, sentence)
                let topic = topic(of: sentenceText)
                var sentenceCue: TimeFrame.Mood?
                // The later year of a from–to (由2021年的310.4亿元增加至2024年的414.37亿元) is the year of the clauses
                // after it in its sentence that name none (占全省比重达32.5%).
                var fromToFrame: TimeFrame?
                // 截至11月17日 speaks of its own sentence only.
                running.asOf = nil
                for clause in Self.pieces(scalars, at: ["，", ",", "；", ";", "：", ":"], from: sentence.lowerBound, to: sentence.upperBound) {
                    let clauseScalars = Array(scalars[clause])
                    let time = ClauseTime(reading: clauseScalars, documentYear: documentYear, planPeriod: document.period)
                    let ownCue = Self.cue(in: clauseScalars)
                    let cue = ownCue ?? sentenceCue
                    if let ownCue { sentenceCue = ownCue }
                    var timed: TimeFrame?
                    if let year = time.year {
                        var own = running
                        // 2021年以来: the latest results, of the year the document reports on.
                        own.year = time.kind == .since ? fallbackObservationYear(documentYear) : year
                        own.asOf = time.asOf
                        own.cumulative = time.kind == .period
                        own.startYear = time.startYear ?? running.startYear
                        // A year of its own (2022年…) takes only its own clause's words: “从与目标的差距看，2022年…” reports.
                        own.mood = time.asOf != nil ? .observation
                            : mood(of: year, kind: time.kind!, cue: time.kind == .point ? ownCue : cue,
                                   before: running.mood, documentYear: documentYear)
                        // A time that opens its clause speaks for what follows; one inside a phrase only for its clause.
                        if time.opensClause || Self.endsWithTime(clauseScalars) { running = own } else { timed = own }
                    } else if time.kind == .asOf {
                        running.asOf = time.asOf
                        running.mood = .observation
                    } else if document.kind == .workReport, let documentYear, Self.has(clauseScalars, "预期目标"),
                              Self.has(clauseScalars, "主要预期目标") || Self.has(clauseScalars, "预期目标是") || Self.has(clauseScalars, "预期目标为")
                                || scalars.scalar(at: clause.upperBound) == "：" || scalars.scalar(at: clause.upperBound) == ":" {
                        // A work report's 主要预期目标 are the targets of its own year (not 各年度视情提出经济增长预期目标,
                        // which speaks of the plan's years).
                        running = TimeFrame(year: documentYear, mood: .target)
                    }
                    let leadsIn = scalars.scalar(at: clause.upperBound) == "：" || scalars.scalar(at: clause.upperBound) == ":"
                    if let own = timed, leadsIn {
                        // “方案中明确了2025年空气质量的具体目标：…”: a lead-in's time, even inside its phrase, is
                        // the time of the list it opens.
                        running = own
                        timed = nil
                    }
                    var frame = timed ?? (time.year == nil && time.kind == nil ? fromToFrame : nil) ?? running
                    if time.year == nil, let cue, !isDecided(running, documentYear: documentYear) {
                        // 力争, 目标: the mood of the clause and the sentence; a lead-in that opens a list
                        // (主要目标是：) carries it on to the blocks after it.
                        frame.mood = cue
                        if ownCue != nil, leadsIn {
                            running.mood = cue
                        }
                    }
                    guard hasDigit || frame.mood == .target else { continue }
                    if frame.mood == nil { frame.mood = fallbackMood }
                    guard let mood = frame.mood else { continue }
                    if frame.year == nil { frame.year = mood == .target ? fallbackTargetYear(documentYear) : fallbackObservationYear(documentYear) }
                    let entries = readClause(scalars, clause, frame: frame, time: time, documentYear: documentYear, topic: topic,
                                             carried: &carried, carriedConcept: &carriedConcept, block: block, range: range, text: text)
                    for (entry, isTarget) in entries {
                        if isTarget { targets.append(entry) } else { observations.append(entry) }
                    }
                    if entries.count == 2, entries[0].0.span == entries[1].0.span, entries[0].isTarget == entries[1].isTarget,
                       let first = entries[0].0.year, let second = entries[1].0.year, second > first {
                        var later = frame
                        later.year = second
                        later.mood = entries[1].isTarget ? .target : .observation
                        later.cumulative = false
                        fromToFrame = later
                    }
                }
            }
        }
        return (targets, observations)
    }

    private static let targetCues = Lexicon.shared.timeCues.target.map { $0.scalarArray }
    private static let observationCues = Lexicon.shared.timeCues.observation.map { $0.scalarArray }
    private static let metVerbs = ["达到", "符合", "满足", "优于", "完成", "实现", "达成"]

    static func has(_ s: [Unicode.Scalar], _ word: String) -> Bool { s.indices.contains { s.has(word, at: $0) } }

    /// A clause that ends in its time (明确提出到2025年, “十四五”期间) leads in what follows.
    static func endsWithTime(_ s: [Unicode.Scalar]) -> Bool {
        var end = s.count
        while end > 0, s[end - 1].properties.isWhitespace { end -= 1 }
        return ["年", "末", "期间", "时期", "以来", "底", "前", "”"].contains { word in s.has(word, at: end - word.unicodeScalars.count) }
    }

    /// 力争, 确保, 目标 → target; 已, 取得 → observation; nil when the clause says neither.
    /// The first scalars of the cues: a position whose scalar opens none is passed over without asking each.
    private static let cueOpenings = ScalarBits((targetCues + observationCues).compactMap(\.first))

    static func cue(in s: [Unicode.Scalar]) -> TimeFrame.Mood? {
        for index in s.indices where cueOpenings.contains(s[index]) {
            if let cue = targetCues.first(where: { s.has($0, at: index) }) {
                // 达到…标准限值要求, 符合…要求, 完成…目标: a result that meets a requirement or a goal, not a commitment.
                if cue == "要求".scalarArray || cue == "目标".scalarArray,
                   metVerbs.contains(where: { word in (0..<index).contains { s.has(word, at: $0) } }) { continue }
                return .target
            }
            if observationCues.contains(where: { s.has($0, at: index) }) { return .observation }
        }
        return nil
    }

    /// Whether the frame's year settles target or observation by itself (a year before or after the document's own).
    private func isDecided(_ frame: TimeFrame, documentYear: Int?) -> Bool {
        guard let year = frame.year, let now = documentYear ?? reviewedUntil else { return false }
        return year != now
    }

    /// A year the document places in its future is a target's, in its past an observation's; the
    /// document's own year is a work report's targets (今年), else what the clause's words say.
    private func mood(of year: Int, kind: ClauseTime.Kind, cue: TimeFrame.Mood?, before: TimeFrame.Mood? = nil,
                      documentYear: Int?) -> TimeFrame.Mood {
        if kind == .asOf || kind == .since { return .observation }
        if let now = documentYear ?? reviewedUntil {
            if year > now { return .target }
            if year < now { return .observation }
            return cue ?? (document.kind == .workReport || kind == .deadline ? .target : .observation)
        }
        // Undated: a year before the document's plan period is past for it (到2020年 in a 十四五 plan).
        if let period = document.period, year < period.from { return .observation }
        if kind == .deadline { return .target }

        // A plan period named without 到 or 力争 (“十三五”期间) keeps the mood of the text around it; in a
        // news report or review of results it is the period reported on.
        let reports = document.kind == .pressRelease || document.kind == .midtermReview
        return cue ?? (kind == .period ? before ?? (reports ? .observation : .target) : .observation)
    }

    /// An undated review reports on the years of its plan before the last: they are past for it.
    private var reviewedUntil: Int? { document.kind == .midtermReview ? document.period?.to : nil }

    /// Targets without a year of their own are for the end of the plan period, or a work report's own year.
    private func fallbackTargetYear(_ documentYear: Int?) -> Int? {
        document.kind == .workReport ? documentYear : document.period?.to
    }

    /// A frame with no time at all: a plan speaks of its targets, a review or press release of results.
    private var fallbackMood: TimeFrame.Mood? {
        switch document.kind {
        case .plan, .planOutline: .target
        // A news report or bulletin reports; its commitments say so (将, 力争, 目标).
        case .pressRelease, .midtermReview, .bulletin, nil: .observation
        case .workReport: nil
        }
    }

    /// Results without a year of their own: a press release's or review's of its date's year, a work
    /// report's of the year it reviews (the one before its own).
    private func fallbackObservationYear(_ documentYear: Int?) -> Int? {
        switch document.kind {
        case .pressRelease: document.issued.flatMap { Int($0.prefix(4)) }
        // A mid-term review without its date is made in the plan's third year, on the two before.
        case .midtermReview: document.issued.flatMap { Int($0.prefix(4)) } ?? document.period.map { $0.from + 1 }
        case .workReport, .bulletin: document.reviewedYear
        default: nil
        }
    }

    /// The frame a section's headings give: 主要目标 and 2025年目标 are targets, 工作回顾 and 成效 results.
    private func sectionFrame(_ id: String?, documentYear: Int?) -> TimeFrame {
        var frame = TimeFrame()
        var current = id
        while let section = current.flatMap({ sections[$0] }) {
            var title = section.title
            let cue: TimeFrame.Mood? = Self.goalWords.contains(where: title.containsBytes) && !title.containsBytes(of: "完成情况") ? .target
                : Self.reviewWords.contains(where: title.containsBytes) ? .observation : nil
            if cue == .target, let goal = Self.goalWords.compactMap({ title.byteRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
               let joiner = title[..<goal.lowerBound].lastIndex(where: { "和与及，、".contains($0) }) {
                // ““十三五”时期发展成就和“十四五”时期主要目标任务”: the goals are those of the part they close.
                title = String(title[title.index(after: joiner)...])
            }
            let time = ClauseTime(reading: title.scalarArray, documentYear: documentYear)
            if frame.startYear == nil { frame.startYear = time.startYear }
            if frame.year == nil, let year = time.year {
                frame.year = year
                frame.cumulative = time.kind == .period
                if frame.mood == nil { frame.mood = mood(of: year, kind: time.kind!, cue: cue, documentYear: documentYear) }
            }
            if frame.mood == nil, let cue { frame.mood = cue }
            current = section.parent
        }
        if frame.mood == .target && frame.year == nil { frame.year = fallbackTargetYear(documentYear) }
        return frame
    }

    private static let goalWords = lexicon.timeCues.goalHeadings
    private static let reviewWords = lexicon.timeCues.reviewHeadings

    /// “重点工程减排量指标为…” or “重点工程减排量:…”: the head that short subjects (氮氧化物) take.
    private func topic(of sentence: String) -> String? {
        guard let range = sentence.byteRange(of: "指标为") else { return nil }
        var before = sentence[..<range.lowerBound]
        // From after the last comma or colon.
        if let cut = before.lastIndex(where: { "，,:：".contains($0) }) { before = before[before.index(after: cut)...] }
        let topic = withoutLeadingWords(String(before))
        return topic.isEmpty ? nil : topic
    }

    private func readClause(_ scalars: [Unicode.Scalar], _ clause: Range<Int>, frame: TimeFrame, time: ClauseTime,
                            documentYear: Int?, topic: String?,
                            carried: inout String?, carriedConcept: inout String?, block: Block, range: Range<Int>,
                            text: NormalizedText) -> [(Target, isTarget: Bool)] {
        let clauseText = string(scalars, clause)
        let base = time.baseYear ?? (time.baseIsYearBefore ? frame.year.map { $0 - 1 } : nil)
        let aspiration = clauseText.containsBytes(of: "力争")
        let clauseScalars = Array(scalars[clause])
        var entries: [(Target, isTarget: Bool)] = []
        var workVerb: String?  // the verb of the work amount before, for a list of them (建成500家工厂、50个园区)
        // Segments at 、 — items of a list — unless a segment has no value of its own and a later one says 分别.
        let segments = Self.pieces(scalars, at: ["、"], from: clause.lowerBound, to: clause.upperBound)
        var waiting: [Range<Int>] = []
        var index = 0
        while index < segments.count {
            let segment = segments[index]
            index += 1
            let segmentText = string(scalars, segment)
            let segmentScalars = Array(scalars[segment])
            let all = Quantity.all(in: segmentScalars, spans: .phrase)
            let quantities = all.enumerated().filter { position, quantity in
                Self.isValue(quantity, in: segmentScalars, previous: all[safe: position - 1], next: all[safe: position + 1],
                             clauseRest: Array(clauseScalars[(segment.lowerBound - clause.lowerBound + quantity.end)...]))
            }.map(\.element)
            // “O3浓度力争持续下降”: a commitment to a direction, with no value.
            let directionOnly = quantities.isEmpty ? Self.directionOnly(segmentText) : nil
            let qualitative = Self.qualitativePhrases.first { segmentText.containsBytes(of: $0) } ?? directionOnly
            let sectorShares = Self.sectorShares(segmentScalars, all)
            if quantities.isEmpty && qualitative == nil && sectorShares == nil {
                waiting.append(segment)
                continue
            }
            func entry(_ raw: String, _ quantity: Quantity?, _ qualitative: String?, _ spanRange: Range<Int>,
                       kind: Target.Kind = .indicator, byShape: Bool = false, valueSegment: Range<Int>? = nil) {
                // The segment the value is written in: this one, or a later one of a list (…分别下降9.1%、7.2%).
                let valueSegment = valueSegment ?? segment
                // A year bound to this value (由2018年的52…降至2022年的36, 目前的23.04%) is its own.
                let offset = quantity.map { valueSegment.lowerBound - clause.lowerBound + $0.start }
                let bound = offset.flatMap { offset in time.valueYears.last { $0.offset <= offset && offset - $0.offset <= 2 } }
                var own = frame
                if let bound {
                    own.year = bound.year
                    if bound.year == nil || bound.year! < (frame.year ?? documentYear ?? Int.max) { own.mood = .observation }
                } else if let quantity, Self.opensFromValue(scalars, before: valueSegment.lowerBound + quantity.start) {
                    // 从7248亿元提高到8865亿元 over “十四五”时期: the first value is where the period started (a
                    // plan's own period when the text names none).
                    own.year = frame.startYear ?? document.period.map { $0.from - 1 }
                    own.mood = .observation
                }
                if let made = makeEntry(raw: raw, quantity: quantity, qualitative: qualitative, frame: own, topic: topic,
                                        base: bound == nil ? base : nil, aspiration: aspiration, kind: kind, byShape: byShape,
                                        carried: &carried,
                                        carriedConcept: &carriedConcept, block: block, blockScalars: scalars, range: range,
                                        spanRange: spanRange,
                                        text: text) {
                    entries.append((made, own.mood == .target))
                }
            }
            if let sectorShares {
                // 三次产业结构为8.4:40.9:50.7: the shares of the first, second and third sectors, in order.
                for (sector, share) in zip(["第一产业比重", "第二产业比重", "第三产业比重"], sectorShares) {
                    entry(sector, share, nil, segment, byShape: true)
                }
                waiting = []
                continue
            }
            // “A、B达到100%” and “A、B分别较2015年下降45.1%、34.5%”: the listed subjects share the verb.
            if segmentText.containsBytes(of: "分别") || (!waiting.isEmpty && quantities.count <= 1)
                || quantities.count == 1 && Self.eachBeforeAVerb(in: segmentText) != nil {
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
                var valueSegments = Array(repeating: segment, count: values.count)
                let listed = segmentText.containsBytes(of: "分别")
                // The values after 、 (…13.5%、18%; …18%、13%和18.6%): segments that open with a value and
                // hold nothing else but values and joiners.
                while index < segments.count, values.count < subjects.count || listed {
                    let next = Array(scalars[segments[index]])
                    guard let more = Self.valueList(next) else { break }
                    values += more.map(Optional.some)
                    valueSegments += Array(repeating: segments[index], count: more.count)
                    index += 1
                }
                if let first = values.first ?? nil, first.comparator != nil, first.text.first?.isNumber == false {
                    // 分别突破1.5万亿元、1.4万亿元: the bound written before the first value is the shared verb's.
                    for position in values.indices.dropFirst() where values[position]?.comparator == nil {
                        values[position]?.bind(first.comparator!)
                    }
                }
                for position in values.indices {
                    // 分别提高15、22个百分点: a bare number in a list takes the unit written after the last value.
                    guard let bare = values[position], bare.kind == .number, bare.unit == nil, let number = bare.value,
                          let unitOwner = values[(position + 1)...].compactMap({ $0 }).first(where: { $0.unit != nil && $0.kind != .range }),
                          let ownerValue = unitOwner.value, ownerValue != 0 else { continue }
                    values[position]?.unit = unitOwner.unit
                    values[position]?.kind = unitOwner.kind
                    values[position]?.si = unitOwner.si.map { si in
                        Quantity.SIValue(value: si.value.map { $0 / ownerValue * number }, unit: si.unit)
                    }
                }
                if subjects.count == 1, values.count > 1,
                   let parts = Self.joinedSubjects(written), parts.count == values.count {
                    // “单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%”: one verb, two subjects.
                    subjects = parts
                    subjectRanges = Array(repeating: segment, count: parts.count)
                } else if subjects.count > 1, values.count > subjects.count, let parts = Self.joinedSubjects(subjects.last!),
                          subjects.count - 1 + parts.count == values.count {
                    // “化学需氧量、氨氮、二氧化硫和氮氧化物排放量分别削减…”: the last item joins two with 和.
                    subjects = subjects.dropLast() + parts
                    subjectRanges = subjectRanges.dropLast() + Array(repeating: subjectRanges.last!, count: parts.count)
                } else if subjects.count == 1, values.count == 1, let parts = Self.joinedSubjects(written), parts.count > 1 {
                    // “城镇居民人均可支配收入和农村居民人均纯收入分别年均增长7%以上”, “…和转移农业劳动力各达到4000万人”:
                    // one value for each of the subjects joined before 分别 or 各.
                    subjects = parts
                    subjectRanges = Array(repeating: segment, count: parts.count)
                } else if subjects.count == 1, values.count > 1 {
                    // “城乡居民人均可支配收入分别增长5%、6.5%”: one subject written for each value.
                    subjects = Array(repeating: subjects[0], count: values.count)
                    subjectRanges = Array(repeating: segment, count: values.count)
                }
                // Earlier subjects take the head of the last one: 二氧化硫、氮氧化物排放总量 → 二氧化硫排放总量.
                // (Without a base written before 分别: 排放总量比2020年分别下降 has the head 排放总量.)
                let lastSubject = subjects.last!.byteRange(of: "分别").map {
                    Self.withoutTrailingVerbs(Self.withoutComparisonWords(String(subjects.last![..<$0.lowerBound])).trimmingSpaces())
                } ?? subjects.last!
                var head = Self.listHeads.filter { lastSubject.endsWith($0) }.max { $0.count < $1.count }
                if subjects.count > 1, let scope = Self.scopes.filter({ lastSubject.startsWith($0) }).max(by: { $0.count < $1.count }),
                   lastSubject.count > scope.count + 1,
                   subjects.dropLast().allSatisfy({ earlier in Self.scopes.contains { earlier.trimmingSpaces().endsWith($0) } }) {
                    // 中心城区、郊区县城、乡镇污水处理率: scopes listed before the indicator they share.
                    head = String(lastSubject.dropFirst(scope.count))
                }
                // Earlier subjects share the verb the last one is written with (分别较2015年下降).
                let sharedVerb = subjects.last!.byteRange(of: "分别").map { String(subjects.last![$0.lowerBound...]) } ?? ""
                if subjects.count > 1, let head, let etc = Self.closingList(lastSubject, head: head) {
                    // 化学需氧量、…、氮氧化物等主要污染物排放总量: the last item is 氮氧化物, the class after 等 names them all.
                    subjects[subjects.count - 1] = etc + head + subjects.last!.dropFirst(lastSubject.count)
                }
                // Values and subjects pair in order, or one value serves all; any other count is not guessed.
                guard values.count == subjects.count || values.count == 1 else {
                    waiting = []
                    continue
                }
                for (position, subject) in subjects.enumerated() {
                    var raw = subject
                    if position < subjects.count - 1, let head {
                        let cut = raw.byteRange(of: "分别")?.lowerBound ?? raw.endIndex
                        let own = Self.withoutTrailingVerbs(raw[..<cut].trimmingSpaces())
                        if !Self.listHeads.contains(where: { own.endsWith($0) }), !own.containsBytes(of: head) {
                            // 高中阶段教育和高等教育毛入学率: the shortest end of the last subject that makes this one
                            // an indicator of the catalog (毛入学率, not 率), else the last subject's head.
                            raw = own + (sharedEnd(of: lastSubject, completing: own) ?? head) + raw[cut...]
                        }
                    }
                    let paired = values.count == subjects.count ? position : 0
                    let verb = raw.containsBytes(of: "分别") ? "" : sharedVerb
                    // The span runs from the subject to its value, so the text shows both.
                    let subjectRange = subjectRanges[position], valueSegment = valueSegments[paired]
                    let span = min(subjectRange.lowerBound, valueSegment.lowerBound)..<max(subjectRange.upperBound, valueSegment.upperBound)
                    entry(position == subjects.count - 1 ? raw : raw + verb, values[paired], values[paired] == nil ? qualitative : nil,
                          span, valueSegment: valueSegment)
                }
                waiting = []
                continue
            }
            waiting = []
            var previousEnd = 0
            let values = quantities.flatMap(Self.ends)
            // The subject of a from–to whose first value was just read (规上工业企业从4.7万家增加到6.1万家).
            var fromToSubject: String?
            for (position, quantity) in values.enumerated() {
                let before = String(scalars: segmentScalars[min(previousEnd, quantity.start)..<quantity.start])
                previousEnd = quantity.end
                if let subject = fromToSubject {
                    // The second value of a from–to: the level the subject reached.
                    entry(subject + before, quantity, nil, segment, byShape: true)
                    fromToSubject = nil
                    continue
                }
                if let next = values[safe: position + 1], Self.areFromTo(quantity, next, in: segmentScalars) {
                    // 全国重点实验室从15家跃升到38家, 收入倍差从1.96缩小至1.81: two levels of one subject, whatever
                    // it counts or measures.
                    let subject = Self.withoutComparisonWords(before).trimmingSpaces()
                    if subject.count >= 2 {
                        entry(before, quantity, nil, segment, byShape: true)
                        fromToSubject = subject
                        continue
                    }
                }
                if let (verb, object) = Self.workAmount(quantity, before: before, in: segmentScalars, listVerb: workVerb) {
                    // 建成120个美丽乡村示范村: a count of works, the verb and its object its subject.
                    workVerb = verb
                    entry(verb + object, quantity, nil, segment, kind: .task)
                    continue
                }
                // 件 counts cases handled (办结40件), not things a plan has; 专利拥有量12件 has its head.
                if quantity.kind == .quantity, let unit = quantity.si?.unit, unit != "%", unit != "pp", quantity.unit?.endsWith("件") != true,
                   let phrase = Self.countedThings(before, after: Array(segmentScalars[quantity.end...]), opening: withoutLeadingWords) {
                    // 新增国家级青年人才475名, 累计建成城镇生活污水管网约11.5万公里: works, the verb first;
                    // 科技型中小企业1.76万家: a count of things.
                    let opening = withoutLeadingWords(phrase)
                    let task = Self.workVerbs.contains { opening.startsWith($0) }
                    if task || unit == "1" {
                        entry(phrase, quantity, nil, segment, kind: task ? .task : .indicator, byShape: true)
                        continue
                    }
                }
                if quantity.kind != .percent, withoutLeadingWords(TimePhrase.removingTimeWords(before).trimmingSpaces()).isEmpty,
                   let subject = Self.subjectAfter(Array(segmentScalars[quantity.end...])) {
                    // 50平方公里以上建设用地面积达到…要求: the value before the indicator it is of.
                    entry(subject, quantity, nil, segment)
                    continue
                }
                if quantity.kind == .percent, segmentScalars[safe: quantity.end] == "的",
                   withoutLeadingWords(before.trimmingSpaces()).isEmpty {
                    // 60%的省级以上开发区建成清新园区: the value before its subject.
                    entry(String(scalars: segmentScalars[(quantity.end + 1)...]), quantity, nil, segment, byShape: true)
                    continue
                }
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
    /// A share named without its subject (占比73.2%): the subject is the clause's before.
    private static let bareShares = Set(lexicon.valueShapes.bareShares)

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

    /// The shortest end of `last` that, written after `subject`, names an indicator of the catalog.
    private func sharedEnd(of last: String, completing subject: String) -> String? {
        guard subject.count >= 2, last.count >= 2 else { return nil }
        for length in 1..<last.count {
            let end = String(last.suffix(length))
            if catalog.concept(of: subject + end) != nil { return end }
        }
        return nil
    }

    /// The last item of a list closed by 等 or by the items' count and a class (“氮氧化物等主要污染物排放总量”,
    /// “氮氧化物4项污染物的排放量” → “氮氧化物”): nil unless the class ends with the list's `head` and 等 is
    /// not part of a word (等级, 同等).
    static func closingList(_ subject: String, head: String) -> String? {
        let scalars = Array(subject.unicodeScalars)
        var item = 0, rest = 0
        if let etc = scalars.firstIndex(of: "等") {
            (item, rest) = (etc, etc + 1)
        } else if let digit = scalars.firstIndex(where: { $0.properties.numericType != nil }) {
            var end = digit
            while end < scalars.count, scalars[end].properties.numericType != nil || scalars[end] == " " { end += 1 }
            guard end < scalars.count, "项种类".unicodeScalars.contains(scalars[end]) else { return nil }
            (item, rest) = (digit, end + 1)
        } else {
            return nil
        }
        let items = String(scalars: scalars[..<item]).trimmingSpaces()
        var named = String(scalars: scalars[rest...]).trimmingSpaces()
        guard items.count >= 2, !named.startsWith("级"), !named.startsWith("于"), !items.endsWith("同"), !items.endsWith("平"),
              named.endsWith(head) else { return nil }
        named = String(named.dropLast(head.count))
        if named.endsWith("的") { named.removeLast() }
        // The class is a short noun (主要污染物), not a phrase of its own (公共领域新增和更新车辆中新能源汽车比例).
        guard (1...7).contains(named.count), !named.contains(where: { "中的在".contains($0) }) else { return nil }
        return items
    }

    /// “主要粮食作物化肥利用率和主要农作物农药利用率均达到” → each indicator with the verb they share;
    /// nil unless every part joined by 和 is an indicator.
    static func sharedValueSubjects(_ phrase: String) -> [String]? {
        guard let both = phrase.byteRange(of: "均") else { return nil }
        return subjectsJoined(phrase, sharingFrom: both.lowerBound) { part, _ in hasIndicatorHead(part) }
    }

    /// The values of a list item (“18%”, “13%和18.6%”): nil unless the text opens with a value and holds
    /// only values and joiners (和, 及, 与) besides.
    static func valueList(_ s: [Unicode.Scalar]) -> [Quantity]? {
        let values = Quantity.all(in: s, spans: .phrase).filter { $0.kind != .year }
        guard let first = values.first, first.start <= 1 else { return nil }
        var end = first.end
        for value in values.dropFirst() {
            let gap = String(scalars: s[end..<value.start]).trimmingSpaces()
            guard ["", "和", "及", "与", "以及"].contains(gap) else { return nil }
            end = value.end
        }
        return String(scalars: s[end...]).trimmingSpaces().unicodeScalars.count <= 2 ? values : nil
    }

    /// “单位国内生产总值能耗和二氧化碳排放分别降低” → the two subjects, each with the words from 分别 on;
    /// nil unless the phrase joins two or more parts with 和, 及 or 与 before 分别.
    static func joinedSubjects(_ phrase: String) -> [String]? {
        guard let shared = phrase.byteRange(of: "分别") ?? eachBeforeAVerb(in: phrase) else { return nil }
        // 一二三产增加值分别增长…: the three sectors written as one.
        for sectors in ["第一、二、三产业", "第一二三产业", "一、二、三产业", "一二三产业", "一、二、三产", "一二三产"] {
            guard let range = phrase.byteRange(of: sectors), range.upperBound <= shared.lowerBound else { continue }
            return ["第一产业", "第二产业", "第三产业"].map { phrase[..<range.lowerBound] + $0 + phrase[range.upperBound...] }
        }
        // (各 goes: each part takes the verb after it.)
        let tail = String(phrase[(phrase[shared] == "各" ? shared.upperBound : shared.lowerBound)...])
        var parts = phrase[..<shared.lowerBound].split(whereSeparator: { "和及与".contains($0) }).map(String.init)
        guard parts.count >= 2, parts.allSatisfy({ $0.count >= 2 }) else { return nil }
        // 单位国内生产总值能耗和二氧化碳排放: the intensity's “单位…” is shared by the parts after it.
        if parts[0].startsWith("单位"), let base = ["生产总值", "GDP", "增加值"].compactMap({ parts[0].byteRange(of: $0) }).first {
            let prefix = String(parts[0][..<base.upperBound])
            for index in parts.indices.dropFirst() where !parts[index].startsWith("单位") { parts[index] = prefix + parts[index] }
        }
        return parts.map { $0 + tail }
    }

    private static let eachVerbs = ["达到", "达", "增长", "提高", "提升", "下降", "降低", "减少", "增加", "为", "超过", "突破", "降至", "增至", "控制在"]

    /// 各 right before a verb of level or change (城镇新增就业和转移农业劳动力各达到4000万人): one value for each part.
    static func eachBeforeAVerb(in phrase: String) -> Range<String.Index>? {
        var searchFrom = phrase.startIndex
        while let range = phrase[searchFrom...].range(of: "各") {
            if range.lowerBound > phrase.startIndex, eachVerbs.contains(where: { phrase[range.upperBound...].hasPrefix($0) }) { return range }
            searchFrom = range.upperBound
        }
        return nil
    }

    /// A range (增长5%—5.5%) as its two ends: the lower bound `>=`, the upper `<=`.
    static func ends(_ quantity: Quantity) -> [Quantity] {
        guard quantity.kind == .range, let range = quantity.range, let low = range.min, let high = range.max else { return [quantity] }
        var lower = quantity
        lower.kind = quantity.unit == "%" ? .percent : .quantity
        lower.range = nil
        var upper = lower
        lower.value = low
        lower.bind(.atLeast)
        lower.si = quantity.si.map { Quantity.SIValue(value: $0.min, unit: $0.unit) }
        upper.value = high
        upper.bind(.atMost)
        upper.si = quantity.si.map { Quantity.SIValue(value: $0.max, unit: $0.unit) }
        return [lower, upper]
    }

    /// The indicator phrase right after a value, up to its verb (…建设用地面积达到…): nil unless it ends in
    /// an indicator head.
    static func subjectAfter(_ s: [Unicode.Scalar]) -> String? {
        var end = 0
        while end < s.count, s[end].isHan || s[end].properties.isAlphabetic { end += 1 }
        var phrase = String(scalars: s[..<end])
        for verb in ["达到", "实现", "完成", "保持", "提高", "下降"] {
            if let range = phrase.byteRange(of: verb) { phrase = String(phrase[..<range.lowerBound]) }
        }
        return phrase.count >= 2 && hasIndicatorHead(phrase) ? phrase : nil
    }

    /// Whether the words between two values join the two levels of a from–to (增加到, 跃升至, 调整为,
    /// 提高到2025年的): a few Han characters ending in 到, 至 or 为.
    static func isFromToVerb(_ gap: [Unicode.Scalar]) -> Bool {
        var words = String(scalars: gap).trimmingSpaces()
        if words.last == "的" { words = String(words.replacing(/[0-9]{4}\s*年(末|底)?的$/, with: "")) }
        guard let last = words.last, "到至为".contains(last), (2...4).contains(words.count) else { return false }
        return words.unicodeScalars.allSatisfy(\.isHan)
    }

    /// Whether `first` and `second` are the two levels of a from–to: 从 or 由 before the first, a verb
    /// of reaching between them (从15家跃升到38家).
    static func areFromTo(_ first: Quantity, _ second: Quantity, in s: [Unicode.Scalar]) -> Bool {
        second.start >= first.end && opensFromValue(s, before: first.start) && isFromToVerb(Array(s[first.end..<second.start]))
    }

    /// Whether the value at `index` follows 从 or 由 (spaces aside): the start of a from–to.
    static func opensFromValue(_ s: [Unicode.Scalar], before index: Int) -> Bool {
        var position = index
        while position > 0, s[position - 1].properties.isWhitespace { position -= 1 }
        return s.scalar(at: position - 1) == "从" || s.scalar(at: position - 1) == "由"
    }

    /// The phrase of a count that closes its phrase (新增国家级青年人才475名, 省级中试平台11家): the words
    /// before it, place and scope words aside; nil unless at least two characters are left and nothing
    /// but a bound (以上, 左右) follows.
    /// (`opening` drops the place and scope words the verb of works may follow: 全市新增….)
    static func countedThings(_ before: String, after: [Unicode.Scalar], opening: (String) -> String = { $0 }) -> String? {
        let rest = String(scalars: after).trimmingSpaces()
        guard rest.isEmpty || ["以上", "左右", "多", "余"].contains(rest) else { return nil }
        var phrase = before.trimmingSpaces()
        var leveled = false
        for word in ["达到", "达", "超过", "超", "突破", "增至", "增加到", "增长到", "提高到", "累计", "共", "约", "近"] where phrase.endsWith(word) {
            phrase = String(phrase.dropLast(word.count))
            leveled = leveled || !["累计", "共", "约", "近"].contains(word)
        }
        guard phrase.count >= 2, !phrase.contains(where: { $0.isNumber }),
              !scopeNouns.contains(where: { phrase.endsWith(String(scalars: $0)) }) else { return nil }
        // Works (新增…475名), a count reached (高新技术企业达到1450家), a breakdown (其中A级企业38家) or a
        // short name (泵站21座); not the tally of an activity (共排查畜禽养殖场4213家).
        let opened = opening(phrase)
        let works = workVerbs.contains { opened.startsWith($0) }
        guard works || leveled || phrase.startsWith("其中") || phrase.count <= 6 else { return nil }
        return phrase
    }

    nonisolated(unsafe) private static let comparisonBase =
        /(较|比|与|同)\s*(基准年)?\s*(“?十[一二三四五六七八九]?五”?(末|时期|期间)?|[0-9]{4}\s*年(末|底)?|上年|去年|上一年|前年)(同期)?(相比)?/
    nonisolated(unsafe) private static let fromPhrase =
        /(从|由)\s*(“?十[一二三四五六七八九]?五”?末|[0-9]{4}\s*年(末|底)?|目前|当前|现在)?的?\s*$/
    nonisolated(unsafe) private static let toPhrase = /(至|到)\s*[0-9]{4}\s*年(末|底)?的\s*$/

    /// The phrase without the base of a change (较2020年, 比“十三五”, 与2015年相比) and without an open
    /// from or to (…从“十三五”末的, …提升至2025年的) before its value.
    static func withoutComparisonWords(_ phrase: String) -> String {
        // The expressions are the cost; most phrases hold none of their openings (比 is mostly 比例, 比重).
        let s = phrase.scalarArray
        func opens(_ markers: String, _ index: Int) -> Bool {
            guard markers.unicodeScalars.contains(s[index]) else { return false }
            // “规上工业企业从” before its first value: the open from at the end.
            guard let next = s.scalar(at: index + 1) else { return markers == "从由" }
            return NumeralCharacters.isArabicDigit(next) || "“十上去前目当现的基 ".unicodeScalars.contains(next)
        }
        var text = phrase
        if s.indices.contains(where: { opens("较比与同", $0) }) { text = text.replacing(comparisonBase, with: "") }
        if s.indices.contains(where: { opens("从由", $0) }) { text = text.replacing(fromPhrase, with: "") }
        if s.last == "的", s.indices.contains(where: { opens("至到", $0) }) { text = text.replacing(toPhrase, with: "") }
        return text
    }

    private static let referenceWords = lexicon.valueShapes.reference

    /// 高于全国, 比全国平均水平高, 快于全省: a value measured against the whole the place belongs to.
    static func isComparisonWithAWhole(_ subject: String) -> Bool {
        guard ["比", "较", "高于", "低于", "快于", "慢于", "超过", "超出"].contains(where: subject.startsWith) else { return false }
        var phrase = subject
        while let last = phrase.last, "高低快慢多少出".contains(last) { phrase.removeLast() }
        return ["全国", "全省", "全市", "全区"].contains { phrase.endsWith($0) } || referenceWords.contains { phrase.endsWith($0) }
    }
    /// (VOCS), （BOD）: an abbreviation after a name.
    nonisolated(unsafe) private static let bracketedLatin = /[（(][A-Za-z0-9.]+[）)]/

    private static let shapes = lexicon.valueShapes
    private static let notValueHeads = shapes.notValueHeads
    private static let workVerbs = shapes.workVerbs.sorted { $0.count > $1.count }
    private static let workAdverbs = shapes.workAdverbs.sorted { $0.count > $1.count }
    private static let scopeNouns = shapes.scopeNouns.map { $0.scalarArray }
    private static let universalWords = shapes.universal.map { $0.scalarArray }
    private static let activityUnits = Set(lexicon.valueShapes.activityUnits)
    private static let levelVerbs = lexicon.valueShapes.levelVerbs

    /// Scalars after a number that make it a date, an age or a session, not a value.
    private static let notValueAfter: Set<Unicode.Scalar> = ["月", "日", "号", "时", "岁", "届", "倍"]
    /// Words after a count of items that say the items met something (6项达到时序进度, 20项目标已经提前完成).
    private static let metCountWords = ["达到", "达标", "完成", "实现", "提前", "已", "均", "全部", "基本", "目标", "指标", "好于", "优于"]

    /// Whether a number in a segment can be a value of an indicator or a work amount: not a year, a
    /// duration, a date, a rank (第3位, 前20名), a qualifier (3000吨以上的加油站) or a scope count
    /// (12个断面水质全部达标, 74个断面优良比例66.2%, 19项指标).
    static func isValue(_ quantity: Quantity, in s: [Unicode.Scalar], previous: Quantity? = nil, next: Quantity?,
                        clauseRest: [Unicode.Scalar]) -> Bool {
        guard quantity.kind != .year else { return false }
        // Years and ages are durations and ages (五年累计, 60岁以上), unless the phrase measures one:
        // 平均受教育年限达到10.5年, 人均预期寿命达到78岁.
        let measuresTime = ["年限", "寿命", "年数"].contains { word in
            SubjectPhrase.withoutTrailingVerbs(String(scalars: s[..<quantity.start]).trimmingSpaces()).endsWith(word)
        }
        if quantity.unit == "年" && !measuresTime { return false }
        if quantity.unit == nil, let after = s.scalar(at: quantity.end), notValueAfter.contains(after),
           !(measuresTime && after == "岁") { return false }
        let before = s.scalar(at: quantity.start - 1)
        if before == "第" || before == "前" && quantity.kind != .percent { return false }
        if s.scalar(at: quantity.end) == "的" && quantity.kind != .percent { return false }
        // 100吨以下转炉, 未来7~10天区域污染过程: a bound or a range that qualifies the noun after it.
        // (Not after a verb of level: 清洁取暖率提高到75%以上城镇绿色建筑… is a value, the source unpunctuated.)
        if quantity.kind == .range || quantity.text.hasSuffix("以下") || quantity.text.hasSuffix("以上"),
           let after = s.scalar(at: quantity.end), after.isHan, !"并和及或且、再还将".unicodeScalars.contains(after),
           !levelVerbs.contains(where: { String(scalars: s[..<quantity.start]).endsWith($0) }) { return false }
        // 年销售汽油量大于3000吨加油站: a comparison right before a noun picks out the things named.
        if ["大于", "小于"].contains(where: quantity.text.hasPrefix), let after = s.scalar(at: quantity.end), after.isHan,
           !"并和及或且、再还将".unicodeScalars.contains(after) { return false }
        // 2.6万吨二氧化碳当量及以上的重点行业企业: a threshold that picks out the things after it.
        if ["以上的", "以下的"].contains(where: { word in (quantity.end..<Swift.min(s.count, quantity.end + 10)).contains { s.has(word, at: $0) } }) {
            return false
        }
        // A tally of activities (联动380次, 发布稿件1039篇, 问题5条) measures no indicator.
        if let unit = quantity.unit, activityUnits.contains(unit) { return false }
        // 1-5万吨标准煤项目4个: a size that qualifies the things counted after it.
        if let next, next.si?.unit == "1", next.start >= quantity.end, next.start - quantity.end <= 4,
           s[quantity.end..<next.start].allSatisfy(\.isHan),
           !areFromTo(quantity, next, in: s) { return false }
        if quantity.unit == "项" {
            // …等12项达到或基本达到时序进度, 20项目标已经提前完成, 提前实现的有20项: a count of the indicators
            // or targets a statement is about, not a value of one.
            let after = String(scalars: s[quantity.end..<Swift.min(s.count, quantity.end + 4)])
            if Self.metCountWords.contains(where: after.hasPrefix) || String(scalars: s[..<quantity.start]).hasSuffix("的有") { return false }
        }
        if quantity.si?.unit == "1" {
            // A count of the things a statement covers, not a value of it.
            if scopeNouns.contains(where: { noun in (0...6).contains { s.has(noun, at: quantity.end + $0) } }) { return false }
            if universalWords.contains(where: { word in clauseRest.indices.contains { clauseRest.has(word, at: $0) } }) { return false }
            if let next, next.kind == .percent || next.unit != nil, next.si?.unit != "1" { return false }
        }
        // A level of a from–to is a value even as a bare number (收入倍差从1.96缩小至1.81).
        let fromTo = next.map { areFromTo(quantity, $0, in: s) } == true || previous.map { areFromTo($0, quantity, in: s) } == true
        return quantity.unit != nil || quantity.kind == .percent || quantity.kind == .range || fromTo
            || Self.hasIndicatorHead(String(scalars: s[..<quantity.start]))
    }

    /// A work amount: a count or a size of works right after a verb of doing (建成120个示范村, 新增造林
    /// 15.2万亩), after the verb of the amount before it in a list (…、50个园区), or before its object and
    /// verb (1.39万家企业纳入精细化管理); the verb and the object after the number.
    static func workAmount(_ quantity: Quantity, before: String, in s: [Unicode.Scalar], listVerb: String?) -> (String, String)? {
        guard quantity.kind == .quantity, let unit = quantity.si?.unit, unit != "%", unit != "pp" else { return nil }
        var phrase = Substring(before.trimmingSpaces())
        while let adverb = workAdverbs.first(where: { phrase.endsWith($0) }) { phrase = phrase.dropLast(adverb.count) }
        var object = String(scalars: s[quantity.end...])
        if object.contains(where: { $0 == "(" || $0 == "（" }) { object = object.replacing(bracketedLatin, with: "") }
        // The object ends at a comma, at the next number, or at 、/和 before another number or verb
        // (完成300个村庄的生活污水治理和覆盖剩余3055个…); 砖瓦、耐火材料行业工业炉窑治理 is one object.
        if let cut = object.indices.first(where: { index in
            let character = object[index]
            if "，,；;并".contains(character) || character.isNumber { return true }
            guard "、和及".contains(character) else { return false }
            let rest = object[object.index(after: index)...]
            return rest.first?.isNumber == true || workVerbs.contains { rest.startsWith($0) }
        }) { object = String(object[..<cut]) }
        guard !object.isEmpty else { return nil }
        if let verb = workVerbs.first(where: { phrase.endsWith($0) }) { return (verb, object) }
        if let listVerb, phrase.isEmpty || ["和", "及", "以及", "与"].contains(where: { phrase.endsWith($0) }) && phrase.count <= 24 {
            return (listVerb, object)
        }
        if phrase.isEmpty, unit == "1", let verb = workVerbs.first(where: { object.containsBytes(of: $0) }), !object.startsWith(verb) {
            return ("", object)
        }
        return nil
    }

    private static func hasIndicatorHead(_ text: String) -> Bool {
        // 生态质量指数(EQI)为: the head before an abbreviation in brackets.
        var trimmed = withoutTrailingVerbs(text.trimmingSpaces()).trimmingSpaces()
        if trimmed.last == ")" || trimmed.last == "）" { trimmed = trimmed.replacing(bracketedLatin, with: "") }
        return indicatorHeads.contains { trimmed.endsWith($0) }
    }

    private func makeEntry(raw: String, quantity: Quantity?, qualitative: String?, frame: TimeFrame, topic: String?, base: Int?,
                           aspiration: Bool, kind: Target.Kind, byShape: Bool, carried: inout String?, carriedConcept: inout String?,
                           block: Block, blockScalars: [Unicode.Scalar], range: Range<Int>, spanRange: Range<Int>,
                           text: NormalizedText) -> Target? {
        // 累计 and 五年累计 make a total over the period; 年累计 is the year so far.
        let cumulative = raw.containsBytes(of: "累计") && (!raw.containsBytes(of: "年累计") || raw.containsBytes(of: "五年累计"))
            || frame.cumulative && base == nil && quantity.map { $0.unit == "%" || $0.unit == "个百分点" } == true
                && (Self.lexicon.directions.decrease + Self.lexicon.directions.increase).contains(where: raw.containsBytes)
        // The phrase before the value: drop the time words, a base year, leading place words.
        var phrase = Self.withoutComparisonWords(SubjectPhrase.withoutPinyin(raw))
        if phrase.containsBytes(of: "年") { phrase = TimePhrase.removingTimeWords(phrase) }
        if phrase.containsBytes(of: "%") {
            for brackets in ["（%）", "(%)", "（%)", "(%）"] { phrase = phrase.replacing(brackets, with: "") }
        }
        phrase = Self.withoutComparisonWords(phrase).trimmingSpaces()
        for dangling in ["截至底", "截止底", "截至末", "截至"] where phrase.startsWith(dangling) { phrase = String(phrase.dropFirst(dangling.count)) }
        // “…达到67%（2020年为66.8%）”: an aside after a value opens the phrase of the value in it.
        while let first = phrase.first, "：:，,（(".contains(first) { phrase.removeFirst() }
        // “森林覆盖率（2020年为66.8%）达到67%”: an aside still open before the value is not the subject's.
        if let open = phrase.lastIndex(where: { $0 == "（" || $0 == "(" }), !phrase[open...].contains(where: { $0 == "）" || $0 == ")" }),
           phrase[..<open].count >= 2, phrase[open...].unicodeScalars.filter(NumeralCharacters.isArabicDigit).count == 4 {
            phrase = String(phrase[..<open])
        }
        phrase = withoutLeadingWords(phrase)
        // 我市2014年万元GDP能耗: a year after the place words.
        if phrase.containsBytes(of: "年"), phrase.unicodeScalars.first.map(NumeralCharacters.isArabicDigit) == true {
            phrase = withoutLeadingWords(TimePhrase.removingTimeWords(phrase))
        }
        if var last = phrase.byteRange(of: "指标为") {
            while let next = phrase[last.upperBound...].byteRange(of: "指标为") { last = next }
            // “…指标为：化学需氧量2.1万吨” names the subject after the last 指标为; “其中地下水开采量红线控制指标为48299万
            // 立方米” before it (the subject of the clause before would be wrong).
            let after = phrase[last.upperBound...].trimmingSpaces()
            phrase = after.isEmpty ? String(phrase[..<last.upperBound].dropLast()) : String(phrase[last.upperBound...])
        }
        // “210个地表水国考断面水质…比例”: the count of what is measured scopes the indicator, it is not part of it.
        if let first = phrase.unicodeScalars.first, NumeralCharacters.isArabicDigit(first) {
            let digits = phrase.unicodeScalars.prefix { NumeralCharacters.isArabicDigit($0) || $0 == "." }.count
            let rest = phrase.dropFirst(digits)
            if let classifier = rest.first, "个项家座条所处件".contains(classifier), rest.count > 3 { phrase = String(rest.dropFirst()) }
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
        // 全市完成GDP2917.85亿元, 全年实现社会消费品零售总额…: the indicator after the verb of a result.
        if concept == nil {
            for verb in ["完成", "实现"] {
                guard var last = subject.byteRange(of: verb) else { continue }
                while let next = subject[last.upperBound...].byteRange(of: verb) { last = next }
                let rest = String(subject[last.upperBound...])
                if rest.count >= 2, let found = catalog.concept(of: rest, baseUnit: baseUnit)?.id {
                    subject = rest
                    concept = found
                    break
                }
            }
        }
        var keepsCarried = false
        if let previous = carried, carriedConcept != nil, Self.bareShares.contains(subject)
            || subject.startsWith("占") && (subject.endsWith("比重") || subject.endsWith("比例")) {
            // “优良天数268天，占比73.2%”, “…增加值增长15.9%，占规上工业比重达到12.3%”: a share of the indicator
            // before (one of the catalog: a clause between that gave no value may be what the share is of);
            // that subject still speaks for the clauses after (同比增加20天).
            subject = previous + (subject.startsWith("占") ? subject : "比例")
            concept = catalog.concept(of: subject, baseUnit: baseUnit)?.id
            keepsCarried = true
        }
        if Self.referenceWords.contains(where: subject.endsWith) || Self.isComparisonWithAWhole(subject) {
            // 超过全国平均水平3.07个百分点: measured against a reference, a value of the subject before.
            subject = ""
        }
        if subject.isEmpty || subject.count <= 1 {
            // “较2020年同比下降19.2%”: the subject of the clause before.
            guard let previous = carried else { return nil }
            subject = previous
            // The subject's concept for this value's unit (万元GDP能耗1.0吨标准煤, then 下降5.55%: the level, then the fall).
            concept = catalog.concept(of: previous, baseUnit: baseUnit)?.id ?? carriedConcept
        }
        // A concept licenses a value, except a count whose phrase is an object or holds another number
        // (对涉VOCs企业针对…储罐10个, 6条市级河长制河流和…公园2个): the count belongs to another noun.
        let strayCount = quantity?.si?.unit == "1" && concept.flatMap(catalog.concept(id:))?.dimension == "count"
            && (subject.startsWith("对") || !subject.startsWith("每") && Self.holdsNumber(subject))
        // A measure (not a count) after a verb of change or level — 旅游总花费增长13.8%, 铁路货运量达10042万吨 —
        // is a value of the phrase before the verb, named in the catalog or not.
        // (The verb may be the bound written into the quantity: 电量超过8100亿千瓦时.)
        let boundBefore = quantity?.comparator != nil
            && quantity?.text.unicodeScalars.first.map { !NumeralCharacters.isNumeralStart($0) && $0.isHan } == true
        let measured = quantity.map { $0.si?.unit != nil && $0.si?.unit != "1" } == true
            && (subject != phrase.trimmingSpaces() || boundBefore)
            && (2...16).contains(subject.count) && !Self.holdsNumber(subject)
            && !subject.unicodeScalars.contains(where: NumeralCharacters.isArabicDigit)  // (PM2.5: a catalog name's)
        guard kind == .task || byShape || measured || concept != nil && !strayCount || Self.indicatorHeads.contains(where: { subject.endsWith($0) })
        else { return nil }
        // 标准25微克/立方米: a reference the text compares with, not a value.
        if Self.notValueHeads.contains(where: subject.endsWith) { return nil }
        // A bare number (no unit, no percent) counts only for an index: 空气质量综合指数4.22.
        // (And for the levels of a from–to, whose shape shows them values: 收入倍差从1.96缩小至1.81.)
        if let quantity, quantity.unit == nil, quantity.kind == .number, !subject.endsWith("指数"), concept == nil, !byShape { return nil }
        if !keepsCarried {
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
        let (value, unit, si) = Self.asWritten(quantity)
        return Target(id: "", section: block.section, concept: concept, subject: subject, year: frame.year,
                      baseYear: direction == .increase || direction == .decrease ? base : nil,
                      value: value, unit: unit, si: si,
                      comparator: quantity?.planningComparator, direction: direction, cumulative: cumulative, qualitative: qualitative,
                      aspiration: aspiration, asOf: frame.asOf, indicator: nil, kind: kind,
                      text: string(blockScalars, spanRange), span: span)
    }

    /// A value as written: 技能人才总量超696万 is 696 with the unit 万 (a count of 6960000), as 1.65万吨 is
    /// 1.65 万吨; a range has no single value.
    static func asWritten(_ quantity: Quantity?) -> (Decimal?, String?, Quantity.SIValue?) {
        guard let quantity, quantity.kind != .range else { return (nil, quantity?.unit, quantity?.si) }
        guard quantity.kind == .number, quantity.unit == nil, let value = quantity.value else { return (quantity.value, quantity.unit, quantity.si) }
        for (scale, factor) in [("万亿", Decimal(1_000_000_000_000)), ("亿", 100_000_000), ("万", 10_000)] where quantity.text.hasSuffix(scale) {
            return (value / factor, scale, Quantity.SIValue(value: value, unit: "1"))
        }
        return (value, nil, quantity.si)
    }

    private func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// Ranges of `scalars[from..<to]` between separators (the separators left out), empty pieces dropped.
    /// (`separators` is a short list: comparing to each is cheaper than hashing every scalar into a set.)
    /// A short aside in brackets is not cut: “1.4万亿元（人民币，下同）”, “（一、二类）比例”.
    static func pieces(_ scalars: [Unicode.Scalar], at separators: [Unicode.Scalar], from: Int, to: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = from
        var closesAt = -1
        for index in from..<to {
            let scalar = scalars[index]
            if index > closesAt, scalar == "（" || scalar == "(" {
                let limit = min(to, index + 24)
                closesAt = (index + 1..<limit).first { scalars[$0] == "）" || scalars[$0] == ")" } ?? -1
                continue
            }
            guard index > closesAt, separators.contains(scalar) else { continue }
            // 8.4:40.9:50.7, 10:30: a colon between digits is a ratio or a time, not the end of a clause.
            if scalar == ":" || scalar == "：", scalars.scalar(at: index - 1).map(NumeralCharacters.isArabicDigit) == true,
               scalars.scalar(at: index + 1).map(NumeralCharacters.isArabicDigit) == true { continue }
            if index > start { pieces.append(start..<index) }
            start = index + 1
        }
        if to > start { pieces.append(start..<to) }
        return pieces
    }

    private static let sectorWords = ["三次产业", "三大产业", "一二三产业", "一、二、三产业", "产业结构"]
    private static let ratioMarks: Set<Unicode.Scalar> = [":", "：", "∶"]

    /// 三次产业结构为8.4:40.9:50.7, 三次产业比重为4.0∶37.7∶58.3: three shares written as a ratio after the
    /// words of the three sectors, summing to a hundred; nil for any other segment (a from–to of two
    /// ratios is not read).
    static func sectorShares(_ s: [Unicode.Scalar], _ all: [Quantity]) -> [Quantity]? {
        // (三次 in 三次产业 reads as a count: the shares are the bare numbers.)
        let numbers = all.filter { $0.kind == .number && $0.unit == nil }
        guard numbers.count == 3, numbers.allSatisfy({ $0.comparator == nil && $0.value != nil }),
              zip(numbers, numbers.dropFirst()).allSatisfy({ a, b in
                  b.start == a.end + 1 && ratioMarks.contains(s[a.end])
              }) else { return nil }
        let before = String(scalars: s[..<numbers[0].start])
        guard sectorWords.contains(where: before.containsBytes), !before.containsBytes(of: "由"), !before.containsBytes(of: "从")
        else { return nil }
        let sum = numbers.reduce(Decimal(0)) { $0 + $1.value! }
        guard sum >= 99, sum <= 101 else { return nil }
        return numbers
    }

    /// Whether a phrase holds a number of its own (…公园2个, 6条河流): words written with numerals
    /// (二氧化硫, 一体化) do not count.
    static func holdsNumber(_ phrase: String) -> Bool {
        phrase.contains(where: \.isNumber) && !NumberView(recognizing: phrase).numbers.isEmpty
    }

    /// The same target stated twice in the prose (森林覆盖率保持在33% in two paragraphs) is kept once; one
    /// concept measured for two scopes (设区市 and 县级城市 PM2.5) or at two dates of the year is two values.
    private static func deduplicated(_ targets: [Target]) -> [Target] {
        var seen: Set<String> = []
        return targets.filter { target in
            let scope = scopes.filter { target.subject.startsWith($0) }.max { $0.count < $1.count } ?? ""
            let key = "\(target.concept ?? target.subject)|\(scope)|\(target.year ?? 0)|\(target.asOf ?? "")|"
                + "\(target.value.map { "\($0)" } ?? "")|\(target.qualitative ?? "")"
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
