import Foundation
import Testing

/// The stage folders of Sources/PlanKit use each other only forwards: Reading → Normalizing → Structure →
/// Tables → Indicators → Targets → Graph → Comparing/Exporting. Basics serves every stage, Quantities every
/// stage after Basics (and uses Basics only); the files directly in Sources/PlanKit (Ingest.swift) may use
/// anything, and nothing may use what they declare.
///
/// The scan is lexical, not the compiler's. Outside comments and string literals (interpolated code
/// counts), a whole-word token is a use of a later stage when every folder that declares the name comes
/// later: a type (struct, enum, class, protocol, typealias, actor, at any depth; a static call counts by
/// its type's name), a member that a folder adds in an extension of a type declared elsewhere
/// (`.widthFolded`), or a top-level function. There are no exceptions: a backward use is fixed by moving
/// the declaration to the stage that needs it first.
@Suite struct StageLayeringTests {
    /// Where each folder sits; a folder may use the folders of its rank and below (Quantities: Basics).
    static let ranks: [String: Double] = [
        "Basics": 0, "Quantities": 0.5, "Reading": 1, "Normalizing": 2, "Structure": 3, "Tables": 4,
        "Indicators": 5, "Targets": 6, "Graph": 7, "Comparing": 8, "Exporting": 8,
    ]

    /// The rank of what the files directly in Sources/PlanKit declare: after every stage.
    static let rootRank = 9.0

    @Test func stagesUseOnlyTheirOwnAndEarlierStages() throws {
        let files = try Self.sourceFiles()
        #expect(files.count > 50, "Sources/PlanKit not found at \(CorpusFiles.url("Sources/PlanKit").path)")
        let problems = Self.backwardUses(in: files).map(\.description)
        #expect(problems.isEmpty, "\n\(problems.joined(separator: "\n"))")
    }

    @Test func everyFolderHasARank() throws {
        let folders = Set(try Self.sourceFiles().compactMap { Self.folder(of: $0.path) })
        #expect(folders.subtracting(Self.ranks.keys).isEmpty, "give the new folder a place in StageLayeringTests.ranks")
    }

    @Test func theScanFindsWhatTheStagesDeclare() throws {
        let declarations = Declarations(try Self.sourceFiles())
        #expect(declarations.types["IndicatorCells"] == ["Tables"])
        #expect(declarations.types["DocumentInfo"] == ["Structure"])
        // nested: FlatTable.Cell (Reading), TableGrid.Cell (Tables), CorpusMatrix.Cell (Comparing)
        #expect(declarations.types["Cell"] == ["Reading", "Tables", "Comparing"])
        #expect(declarations.extensionMembers["widthFolded"] == ["Basics"])
        #expect(declarations.extensionMembers["partitioningIndex"] == ["Indicators"])
        #expect(declarations.topLevelFunctions["bothAtOnce"] == ["Basics"])
    }

    @Test func aBackwardUseIsReportedWithItsFileAndLine() {
        let files = [
            SourceFile(path: "Indicators/IndicatorReader.swift", text: """
                enum IndicatorReader { static func attribute(_ text: String) -> String? { nil } }
                extension String { var cellText: String { self } }
                func readIndicators() {}
                """),
            SourceFile(path: "Tables/TextTableReader.swift", text: """
                /* IndicatorReader /* nested */ IndicatorReader */
                enum TextTableReader {
                    // IndicatorReader in a comment
                    static let note = "IndicatorReader in a string \\(1 + 1) \\"IndicatorReader\\""
                    static let attribute = IndicatorReader.attribute("约束性")
                    static let name = "（%）".cellText + "\\(IndicatorReader.self)"
                    static let raw = #\"""
                        IndicatorReader "" \\(IndicatorReader)
                        \"""#
                    static func read() { readIndicators() }
                }
                """),
            SourceFile(path: "Reading/SourceLine.swift", text: "struct SourceLine { var value: Quantity? }\n"),
            SourceFile(path: "Reading/PDFReader.swift", text: "enum PDFReader { static let tables = TextTableReader.self }\n"),
            SourceFile(path: "Quantities/Quantity.swift", text: "struct Quantity { var line: SourceLine? }\n"),
            SourceFile(path: "Ingest.swift", text: "struct Pipeline { let x = IndicatorReader.attribute(\"\") }\n"),
            SourceFile(path: "Graph/PlanGraph.swift", text: "struct PlanGraph { let pipeline: Pipeline }\n"),
        ]
        #expect(Self.backwardUses(in: files).map(\.description) == [
            "Sources/PlanKit/Graph/PlanGraph.swift:1: uses Pipeline, declared in Sources/PlanKit itself, not a stage before Graph",
            "Sources/PlanKit/Quantities/Quantity.swift:1: uses SourceLine, declared in Reading, not a stage before Quantities",
            "Sources/PlanKit/Reading/PDFReader.swift:1: uses TextTableReader, declared in Tables, not a stage before Reading",
            "Sources/PlanKit/Tables/TextTableReader.swift:5: uses IndicatorReader, declared in Indicators, not a stage before Tables",
            "Sources/PlanKit/Tables/TextTableReader.swift:6: uses IndicatorReader, declared in Indicators, not a stage before Tables",
            "Sources/PlanKit/Tables/TextTableReader.swift:6: uses cellText, declared in Indicators, not a stage before Tables",
            "Sources/PlanKit/Tables/TextTableReader.swift:10: uses readIndicators, declared in Indicators, not a stage before Tables",
        ])
    }

    // MARK: - The scan

    struct SourceFile {
        /// Relative to Sources/PlanKit: `Tables/TextTableReader.swift`.
        var path: String
        var text: String
    }

    struct BackwardUse: CustomStringConvertible {
        var path: String
        var line: Int
        var name: String
        var folder: String
        var owners: Set<String>

        var description: String {
            let owners = self.owners.sorted().map { $0.isEmpty ? "Sources/PlanKit itself" : $0 }.joined(separator: ", ")
            return "Sources/PlanKit/\(path):\(line): uses \(name), declared in \(owners), not a stage before \(folder)"
        }
    }

    static func sourceFiles() throws -> [SourceFile] {
        let root = CorpusFiles.url("Sources/PlanKit")
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return try paths.filter { $0.hasSuffix(".swift") }.sorted().map { path in
            SourceFile(path: path, text: try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))
        }
    }

    /// The stage folder of a file; nil for the files directly in Sources/PlanKit.
    static func folder(of path: String) -> String? {
        let parts = path.split(separator: "/")
        return parts.count > 1 ? String(parts[0]) : nil
    }

    static func may(_ folder: String, use owner: String) -> Bool {
        if folder == owner { return true }
        if folder == "Quantities" { return owner == "Basics" }
        guard let rank = ranks[folder] else { return false }
        return (owner.isEmpty ? rootRank : ranks[owner] ?? rootRank) <= rank
    }

    /// Every use, in file order, of a name that only later stages declare.
    static func backwardUses(in files: [SourceFile]) -> [BackwardUse] {
        let declarations = Declarations(files)
        var uses: [BackwardUse] = []
        for file in files {
            guard let folder = folder(of: file.path) else { continue }
            func allowed(_ owners: Set<String>?) -> Bool { owners?.contains { may(folder, use: $0) } ?? true }
            for word in Scan(file.text).words {
                var owners: Set<String>?
                if !allowed(declarations.types[word.name]) {
                    owners = declarations.types[word.name]
                } else if word.afterDot, !allowed(declarations.extensionMembers[word.name]),
                          !allowed(declarations.members[word.name] ?? []) {
                    owners = declarations.extensionMembers[word.name]
                } else if !word.afterDot, word.beforeParenthesis, !allowed(declarations.topLevelFunctions[word.name]) {
                    owners = declarations.topLevelFunctions[word.name]
                }
                if let owners {
                    uses.append(BackwardUse(path: file.path, line: word.line, name: word.name, folder: folder,
                                            owners: owners))
                }
            }
        }
        return uses.sorted { ($0.path, $0.line, $0.name) < ($1.path, $1.line, $1.name) }
    }

    /// The names each folder declares ("" for the files directly in Sources/PlanKit).
    struct Declarations {
        static let typeKeywords: Set<String> = ["struct", "enum", "class", "protocol", "typealias", "actor"]
        static let memberKeywords: Set<String> = ["func", "var", "let"]
        static let keywords: Set<String> = typeKeywords.union(memberKeywords).union([
            "init", "subscript", "static", "final", "override", "private", "fileprivate", "internal", "public",
            "package", "open", "nonisolated", "mutating", "case",
        ])

        var types: [String: Set<String>] = [:]
        /// What an extension adds to a type that its own folder does not declare (`String`, `Unicode.Scalar`,
        /// or an earlier stage's type): called as `.name`, so counted by that name.
        var extensionMembers: [String: Set<String>] = [:]
        var topLevelFunctions: [String: Set<String>] = [:]
        /// Every func, var, let and enum case, at any depth: a member name an allowed folder declares too
        /// is not counted as a use of an extension member.
        var members: [String: Set<String>] = [:]

        init(_ files: [SourceFile]) {
            var extensions: [(folder: String, type: String, members: [String])] = []
            for file in files {
                let folder = StageLayeringTests.folder(of: file.path) ?? ""
                var depth = 0
                var bodies: [(depth: Int, type: String, members: [String])] = []
                var extended: String?
                var awaitingExtendedType = false
                var previous: Scan.Word?
                for piece in Scan(file.text).pieces {
                    switch piece {
                    case .open:
                        depth += 1
                        if let type = extended {
                            bodies.append((depth, type, []))
                            extended = nil
                        }
                        previous = nil
                    case .close:
                        if let body = bodies.last, body.depth == depth {
                            extensions.append((folder, body.type, body.members))
                            bodies.removeLast()
                        }
                        depth -= 1
                        previous = nil
                    case .word(let word):
                        defer { previous = word }
                        if awaitingExtendedType {
                            extended = word.name
                            awaitingExtendedType = false
                        }
                        if word.name == "extension" { awaitingExtendedType = true }
                        if word.name == "case" || Self.memberKeywords.contains(word.name) { continue }
                        guard let keyword = previous?.name, word.followsWord, !Self.keywords.contains(word.name) else {
                            continue
                        }
                        if Self.typeKeywords.contains(keyword) { types[word.name, default: []].insert(folder) }
                        if Self.memberKeywords.contains(keyword) || keyword == "case" {
                            members[word.name, default: []].insert(folder)
                            if keyword == "func" && depth == 0 {
                                topLevelFunctions[word.name, default: []].insert(folder)
                            }
                            if keyword != "case", let body = bodies.last, body.depth == depth {
                                bodies[bodies.count - 1].members.append(word.name)
                            }
                        }
                    }
                }
            }
            for (folder, type, names) in extensions where !(types[type]?.contains(folder) ?? false) {
                for name in names { extensionMembers[name, default: []].insert(folder) }
            }
        }
    }

    /// The code of a Swift file as words and braces, without its comments and string literals.
    struct Scan {
        struct Word {
            var name: String
            /// 1-based.
            var line: Int
            /// Only white space since the previous word (`struct Name`, not `protocol P: class`).
            var followsWord: Bool
            /// `.name`, `\.name`.
            var afterDot: Bool
            var beforeParenthesis: Bool
        }

        enum Piece {
            case word(Word), open, close
        }

        var pieces: [Piece] = []
        var words: [Word] {
            pieces.compactMap { if case .word(let word) = $0 { word } else { nil } }
        }

        init(_ text: String) {
            let code = Self.code(of: text)
            var line = 1
            var index = 0
            var afterWord = false
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
            func isWordByte(_ byte: UInt8) -> Bool {
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                    || byte == 0x5F
            }
            while index < code.count {
                let byte = code[index]
                if byte == 0x0A { line += 1 }
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") {
                    pieces.append(byte == UInt8(ascii: "{") ? .open : .close)
                    afterWord = false
                    index += 1
                    continue
                }
                guard isWordByte(byte) else {
                    if !isSpace(byte) { afterWord = false }
                    index += 1
                    continue
                }
                var end = index
                while end < code.count && isWordByte(code[end]) { end += 1 }
                if !(0x30...0x39).contains(byte) {
                    var before = index - 1
                    while before >= 0 && isSpace(code[before]) { before -= 1 }
                    var after = end
                    while after < code.count && isSpace(code[after]) { after += 1 }
                    pieces.append(.word(Word(
                        name: String(decoding: code[index..<end], as: UTF8.self), line: line,
                        followsWord: afterWord, afterDot: before >= 0 && code[before] == UInt8(ascii: "."),
                        beforeParenthesis: after < code.count && code[after] == UInt8(ascii: "("))))
                }
                afterWord = true
                index = end
            }
        }

        /// `text`'s UTF-8 with every comment and string literal blanked to spaces, except the code
        /// interpolated into strings; line breaks stay, so lines keep their numbers. Regex literals are
        /// left as code: they name no types.
        static func code(of text: String) -> [UInt8] {
            var bytes = Array(text.utf8)
            enum Context {
                /// Code; `parentheses` open since it began (an interpolation ends at its closing one).
                case code(parentheses: Int)
                case string(closing: String, hashes: Int)
            }
            var contexts: [Context] = [.code(parentheses: 0)]
            var index = 0
            func has(_ literal: String, at position: Int) -> Bool {
                let end = position + literal.utf8.count
                return end <= bytes.count && bytes[position..<end].elementsEqual(literal.utf8)
            }
            func blank(_ range: Range<Int>) {
                for position in range.clamped(to: 0..<bytes.count) where bytes[position] != 0x0A {
                    bytes[position] = 0x20
                }
            }
            while index < bytes.count {
                switch contexts[contexts.count - 1] {
                case .code(let parentheses):
                    if has("//", at: index) {
                        let end = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
                        blank(index..<end)
                        index = end
                    } else if has("/*", at: index) {
                        var depth = 0
                        var end = index
                        repeat {
                            if has("/*", at: end) {
                                depth += 1
                                end += 2
                            } else if has("*/", at: end) {
                                depth -= 1
                                end += 2
                            } else {
                                end += 1
                            }
                        } while depth > 0 && end < bytes.count
                        blank(index..<end)
                        index = end
                    } else if bytes[index] == UInt8(ascii: "#") || bytes[index] == UInt8(ascii: "\"") {
                        var quote = index
                        while quote < bytes.count && bytes[quote] == UInt8(ascii: "#") { quote += 1 }
                        guard quote < bytes.count, bytes[quote] == UInt8(ascii: "\"") else {
                            index = quote
                            continue
                        }
                        let hashes = quote - index
                        let delimiter = has("\"\"\"", at: quote) ? "\"\"\"" : "\""
                        blank(index..<(quote + delimiter.utf8.count))
                        index = quote + delimiter.utf8.count
                        let closing = delimiter + String(repeating: "#", count: hashes)
                        contexts.append(.string(closing: closing, hashes: hashes))
                    } else {
                        if bytes[index] == UInt8(ascii: "(") {
                            contexts[contexts.count - 1] = .code(parentheses: parentheses + 1)
                        } else if bytes[index] == UInt8(ascii: ")") {
                            if parentheses == 0 && contexts.count > 1 {
                                contexts.removeLast()
                                blank(index..<(index + 1))
                            } else {
                                contexts[contexts.count - 1] = .code(parentheses: parentheses - 1)
                            }
                        }
                        index += 1
                    }
                case .string(let closing, let hashes):
                    if bytes[index] == UInt8(ascii: "\\") && has(String(repeating: "#", count: hashes), at: index + 1) {
                        let after = index + 1 + hashes
                        if has("(", at: after) {
                            blank(index..<(after + 1))
                            index = after + 1
                            contexts.append(.code(parentheses: 0))
                            continue
                        }
                        if hashes == 0 {  // an escape: \" \\ \n …
                            blank(index..<(index + 2))
                            index += 2
                            continue
                        }
                    }
                    if has(closing, at: index) {
                        blank(index..<(index + closing.utf8.count))
                        index += closing.utf8.count
                        contexts.removeLast()
                        continue
                    }
                    blank(index..<(index + 1))
                    index += 1
                }
            }
            return bytes
        }
    }
}
