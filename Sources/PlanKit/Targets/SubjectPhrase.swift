/// Trims the phrase before a value down to the indicator it names: words of scope and place before it
/// (全市, 其中, 石家庄市, the document's own region), verbs and adverbs after it (确保达到, 累计下降).
struct SubjectPhrase: Sendable {
    /// The document's own region (“邯郸市”), and its name without the suffix (“邯郸”).
    private let regionNames: [String]
    private let lexicon = Lexicon.shared

    init(region: DocumentInfo.Region?) {
        guard let name = region?.name else {
            regionNames = []
            return
        }
        let suffix = Lexicon.shared.administrativeNames.suffixes.first { name.endsWith($0.suffix) && name.count > $0.suffix.count }
        let short = suffix.map { String(name.dropLast($0.suffix.count)) }
        regionNames = [name] + (short.map { $0.count >= 2 ? [$0] : [] } ?? [])
    }

    /// Longest first, so 下降至 goes whole rather than as 降至 with 下 left behind.
    static let trailingVerbs = Lexicon.shared.trailingVerbs.words.sorted { $0.count > $1.count }
    /// The last scalars of the verbs: most phrases end in a character no verb ends in, and one bit test
    /// is cheaper than a comparison per verb.
    private static let trailingVerbEnds = ScalarBits(trailingVerbs.map { $0.unicodeScalars.last! })

    /// “PM2.5浓度确保达到” → “PM2.5浓度”: verbs removed from the end, longest first, repeatedly.
    static func withoutTrailingVerbs(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.unicodeScalars.last, trailingVerbEnds.contains(last),
              let verb = trailingVerbs.first(where: { text.endsWith($0) }) {
            text = text.dropLast(verb.count)
        }
        return String(text)
    }

    /// “工业(yè)增加值” → “工业增加值”: a web copy's pinyin readings in brackets (lower-case letters, at
    /// least one with a tone mark, so that an abbreviation such as (BOD) or (VOCs) stays).
    static func withoutPinyin(_ text: String) -> String {
        guard text.containsBytes(of: "(") || text.containsBytes(of: "（") else { return text }
        return text.replacing(pinyinReading, with: "")
    }

    nonisolated(unsafe) private static let pinyinReading = /[（(][a-zü \/]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü \/]*[）)]/

    /// “全市石家庄市PM2.5浓度” → “PM2.5浓度”: words of scope, the document's region and place names
    /// removed from the start, repeatedly.
    func withoutLeadingWords(_ text: String) -> String {
        var text = Substring(text)
        while true {
            if let word = lexicon.leadingWords.words.first(where: { text.startsWith($0) }) ?? regionNames.first(where: { text.startsWith($0) }) {
                text = text.dropFirst(word.count)
            } else if let place = Self.placeName(at: text, lexicon.administrativeNames) {
                text = text.dropFirst(place)
            } else if let province = lexicon.administrativeNames.provinces.first(where: { text.startsWith($0) }),
                      text.count > province.count + 1, !"省市区".contains(text.dropFirst(province.count).first!) {
                text = text.dropFirst(province.count)
            } else {
                return String(text)
            }
        }
    }

    /// The length in characters of the administrative name `text` starts with (“石家庄市PM2.5浓度” → 4),
    /// by the general rule of `Schemas/lexicon.json`: one to four Han characters and a suffix, with
    /// something left after it.
    private static let workVerbs = Lexicon.shared.valueShapes.workVerbs

    static func placeName(at text: Substring, _ rule: Lexicon.AdministrativeNames) -> Int? {
        let characters = Array(text.prefix(8))
        // Most phrases have no suffix's first character second to fifth: no name, without building strings.
        guard characters.dropFirst().prefix(4).contains(where: { character in rule.suffixes.contains { $0.suffix.first == character } })
        else { return nil }
        guard let first = characters.first, !rule.notFirst.contains(String(first)) else { return nil }
        // 建成国省控…站: a verb of works opens no place name.
        if workVerbs.contains(where: text.startsWith) { return nil }
        for nameLength in 1...4 where nameLength < characters.count {
            guard characters[nameLength - 1].unicodeScalars.allSatisfy(\.isHan) else { return nil }
            let rest = String(characters[nameLength...])
            for suffix in rule.suffixes where nameLength >= suffix.minimumName && rest.startsWith(suffix.suffix) {
                let length = nameLength + suffix.suffix.count
                let place = String(characters[..<length])
                guard length < characters.count, !rule.notAfterSuffix.contains(String(characters[length])),
                      !rule.notEndingWith.contains(where: { place.endsWith($0) }) else { continue }
                return length
            }
        }
        return nil
    }
}
