/// China's administrative divisions to county level (Schemas/regions.tsv: code, name, level, parent),
/// to name the region a document is about with its level, code and parent.
///
/// A name is found where it is written in full (邯郸市, 四川省, 广西壮族自治区, 肥乡区); when several
/// divisions share it (朝阳区 in Beijing and in Changchun), the one under a region named before it in
/// the same text wins, and with no such region the name keeps no code.
struct Gazetteer: Sendable {
    struct Entry: Sendable, Equatable {
        var code: String
        var name: String
        var level: DocumentInfo.Region.Level
        var parentCode: String?
    }

    static let shared = Gazetteer(tsv: Gazetteer.tsv)

    private(set) var entries: [String: Entry] = [:]
    /// Names by first scalar, longest first.
    private var namesByFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
    /// Divisions by name, keyed by the name's scalars: hashing a Han String normalises it first, which
    /// made building this table a tenth of a small document's run.
    private var byName: [[Unicode.Scalar]: [Entry]] = [:]

    init(tsv: String) {
        // Split as UTF-8 bytes: splitting the String itself would find grapheme clusters, 10 ms at start-up.
        let lines = tsv.utf8.split(separator: UInt8(ascii: "\n"))
        entries.reserveCapacity(lines.count)
        byName.reserveCapacity(lines.count)
        for line in lines where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count == 4, let level = DocumentInfo.Region.Level(utf8: fields[2]) else { continue }
            let name = String(decoding: fields[1], as: UTF8.self)
            let scalars = Array(name.unicodeScalars)
            // 城区, 郊区, 矿区 are names of districts and words of every text.
            guard scalars.count > 2 || scalars.last != "区" else { continue }
            let entry = Entry(code: String(decoding: fields[0], as: UTF8.self), name: name, level: level,
                              parentCode: fields[3].isEmpty ? nil : String(decoding: fields[3], as: UTF8.self))
            entries[entry.code] = entry
            if byName[scalars]?.append(entry) == nil {
                byName[scalars] = [entry]
                namesByFirst[scalars[0], default: []].append(scalars)
            }
        }
        for key in namesByFirst.keys {
            namesByFirst[key]!.sort { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) { $0.value < $1.value } }
        }
    }

    /// Whether `name` is the whole name of a division (枣强县).
    func isDivision(_ name: String) -> Bool { byName[Array(name.unicodeScalars)] != nil }

    /// A division named in a text: where, and every division of that name.
    struct Mention {
        var range: Range<Int>
        var candidates: [Entry]
    }

    /// The divisions named in `text`, in order, each the longest name at its place.
    func mentions(in text: String) -> [Mention] {
        let s = Array(text.unicodeScalars)
        var found: [Mention] = []
        var index = 0
        while index < s.count {
            if let names = namesByFirst[s[index]], let name = names.first(where: { s.has($0, at: index) }) {
                found.append(Mention(range: index..<(index + name.count), candidates: byName[name]!))
                index += name.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// The first division `text` names, narrowed by the divisions written right after it inside it
    /// (河北省邯郸市 → 邯郸市, 长春市朝阳区 → the district of Changchun). A name several divisions share,
    /// with nothing to narrow it, keeps its name and level but no code. Nil when the text names none.
    func firstRegion(in text: String) -> DocumentInfo.Region? {
        let found = mentions(in: text)
        guard let first = found.first else { return nil }
        guard first.candidates.count == 1 else {
            let level = first.candidates[0].level
            return first.candidates.allSatisfy { $0.level == level } ? DocumentInfo.Region(name: first.candidates[0].name, level: level) : nil
        }
        var current = first.candidates[0]
        var end = first.range.upperBound
        for next in found.dropFirst() where next.range.lowerBound == end {
            guard let inside = next.candidates.first(where: { isAncestor(current, of: $0) }) else { break }
            current = inside
            end = next.range.upperBound
        }
        return region(of: current)
    }

    func region(of entry: Entry) -> DocumentInfo.Region {
        DocumentInfo.Region(name: entry.name, level: entry.level, code: entry.code,
                            parent: entry.parentCode.flatMap { entries[$0]?.name })
    }

    private func isAncestor(_ ancestor: Entry, of entry: Entry) -> Bool {
        var parent = entry.parentCode
        while let code = parent {
            if code == ancestor.code { return true }
            parent = entries[code]?.parentCode
        }
        return false
    }
}

private extension DocumentInfo.Region.Level {
    /// The level spelled by `bytes` (a field of regions.tsv), without making a String of it.
    init?(utf8 bytes: some Collection<UInt8>) {
        guard let level = Self.allCases.first(where: { $0.rawValue.utf8.elementsEqual(bytes) }) else { return nil }
        self = level
    }
}
