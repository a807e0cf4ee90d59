/// What the graph says about the document as a whole: its id and where it came from.
///
/// Title, region, kind, issuer, date, 文号 and period come from the front matter, which the structure
/// stage reads; until then they are null.
public struct DocumentInfo: Codable, Sendable, Equatable {
    /// A slug of the file name: `Corpus/pdf/handan-2023-plan.pdf` → `handan-2023-plan`.
    public var id: String
    public var title: String?
    public var kind: String?
    public var issuer: String?
    public var issued: String?
    public var docNumber: String?
    public var source: Source

    /// The input file: its path as given, format, SHA-256 of its bytes, page count (PDF) and encoding (text).
    public struct Source: Codable, Sendable, Equatable {
        public var path: String
        public var format: SourceDocument.Format
        public var sha256: String
        public var pages: Int?
        public var encoding: TextEncoding?

        enum CodingKeys: String, CodingKey { case path, format, sha256, pages, encoding }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(format, forKey: .format)
            try container.encode(sha256, forKey: .sha256)
            try container.encode(pages, forKey: .pages)
            try container.encode(encoding, forKey: .encoding)
        }
    }

    enum CodingKeys: String, CodingKey { case id, title, kind, issuer, issued, docNumber, source }

    /// Unknown facts are written as explicit nulls so every graph has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encode(issuer, forKey: .issuer)
        try container.encode(issued, forKey: .issued)
        try container.encode(docNumber, forKey: .docNumber)
        try container.encode(source, forKey: .source)
    }
}

extension DocumentInfo {
    init(describing source: SourceDocument) {
        self.init(
            id: Self.slug(ofPath: source.path), title: nil, kind: nil, issuer: nil, issued: nil, docNumber: nil,
            source: Source(path: source.path, format: source.format, sha256: source.sha256,
                           pages: source.format == .pdf ? source.pages.count : nil, encoding: source.encoding))
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
