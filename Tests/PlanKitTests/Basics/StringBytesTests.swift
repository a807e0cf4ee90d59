import Foundation
import Testing
@testable import PlanKit

/// The hand-written UTF-8 code in `StringBytes.swift` against the standard library's own answers: the
/// scalar view for decoding and encoding, the UTF-8 view's `firstRange(of:)` and `starts(with:)` for the
/// byte searches, Foundation's `trimmingCharacters(in: .whitespaces)` for trimming.
@Suite struct StringBytesTests {
    /// One to four UTF-8 bytes per scalar, full-width punctuation (EF BC 8C), U+FFFD (EF BF BD), the
    /// largest scalar, and texts that are not NFC or whose Characters hold several scalars.
    static let samples = [
        "", "a", "PM2.5", "tab\there", "Ünïcödé", "Ωμέγα", "化学需氧量减排1.65万吨以上",
        "（一）主要目标，到2025年；", "　全角空格　", "～％．", "\u{FFFD}", "a\u{FFFD}b", "𠀀", "𠀀𠀁中𪚥",
        "😀", "👨‍👩‍👧", "🇨🇳", "e\u{301}", "cafe\u{301}", "\u{F900}", "\r\n", "\u{10FFFF}",
        "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
    ]

    @Test(arguments: samples)
    func scalarArrayMatchesTheScalarView(text: String) {
        #expect(text.scalarArray == Array(text.unicodeScalars))
    }

    @Test(arguments: samples)
    func stringFromScalarsEncodesAsTheStandardLibraryDoes(text: String) {
        let scalars = Array(text.unicodeScalars)
        let built = String(scalars: scalars)
        #expect(Array(built.utf8) == Array(text.utf8))
        #expect(String(scalars: scalars[...]).utf8.count == text.utf8.count)
        #expect(String(scalars: text.unicodeScalars) == String(String.UnicodeScalarView(scalars)))
    }

    @Test(arguments: samples)
    func scalarCountMatchesTheScalarView(text: String) {
        #expect(text.scalarCount == text.unicodeScalars.count)
    }

    @Test(arguments: samples)
    func forEachScalarVisitsEveryScalarInOrder(text: String) {
        var visited: [Unicode.Scalar] = []
        text.forEachScalar { visited.append($0) }
        #expect(visited == Array(text.unicodeScalars))
    }

    @Test func decodesEachUTF8LengthAtItsBoundaries() {
        let text = "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"
        #expect(text.scalarArray.map(\.value) == [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF])
        #expect(Array(String(scalars: text.scalarArray).utf8) == [0x7F, 0xC2, 0x80, 0xDF, 0xBF, 0xE0, 0xA0, 0x80,
                                                                  0xEF, 0xBF, 0xBF, 0xF0, 0x90, 0x80, 0x80, 0xF4, 0x8F, 0xBF, 0xBF])
        #expect(text.scalarCount == 7)
    }

    @Test func searchesBytesNotCharacters() {
        // A decomposed é is two scalars; the byte search finds its e, a Character search would not.
        #expect("cafe\u{301}".containsBytes(of: "e"))
        #expect("cafe\u{301}".firstUTF8Offset(of: "e") == 3)
        let text = "cafe\u{301}"
        #expect(text.byteRange(of: "e").map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } == 3)
        #expect(text.byteRange(of: "\u{301}").map { String(text[$0]) } == "\u{301}")
        // Canonically equivalent but different bytes: the compatibility ideograph U+F900 is U+8C48 to `==`.
        #expect("\u{F900}" == "\u{8C48}")
        #expect(!"\u{F900}".containsBytes(of: "\u{8C48}"))
        #expect("e\u{301}".startsWith("e") && !"e\u{301}".hasPrefix("e"))
        #expect("\u{E9}".hasPrefix("e\u{301}") && !"\u{E9}".startsWith("e\u{301}"))
    }

    @Test func findsFullWidthPunctuationSharingALeadByte() {
        // （ ， ） ～ and U+FFFD all start with EF: each candidate after memchr must be compared in full.
        let text = "（一）主要目标～到2025年，\u{FFFD}"
        #expect(text.firstUTF8Offset(of: "，") == Array(text.utf8).count - 6)
        #expect(text.firstUTF8Offset(of: "）") == 6)
        #expect(text.firstUTF8Offset(of: "\u{FFFD}") == Array(text.utf8).count - 3)
        #expect(!text.containsBytes(of: "，，"))
        #expect(text.byteRange(of: "～到").map { String(text[$0]) } == "～到")
    }

    @Test func findsAMatchThatStartsInsideAFailedCandidate() {
        #expect("aab".firstUTF8Offset(of: "ab") == 1)
        #expect("中中国".byteRange(of: "中国").map { "中中国".utf8.distance(from: "中中国".startIndex, to: $0.lowerBound) } == 3)
        #expect("十四十四五".containsBytes(of: "十四五"))
        #expect(!"十四十四".containsBytes(of: "十四五"))
    }

    @Test func emptyNeedlesAndEmptyTexts() {
        #expect("abc".containsBytes(of: ""))
        #expect("".containsBytes(of: ""))
        #expect("abc".byteRange(of: "") == nil)
        #expect("".byteRange(of: "") == nil)
        #expect("abc".firstUTF8Offset(of: "") == 0)
        #expect("".firstUTF8Offset(of: "") == 0)
        #expect(!"".containsBytes(of: "a"))
        #expect("".firstUTF8Offset(of: "中") == nil)
        #expect("abc".startsWith("") && "abc".endsWith("") && "".startsWith("") && "".endsWith(""))
        #expect(!"".startsWith("a") && !"".endsWith("a"))
        #expect(!"中".startsWith("中国") && !"国".endsWith("中国"))
    }

    @Test func substringsSearchOnlyTheirOwnBytes() {
        let text = "邯郸市邯郸市廊坊"
        let tail = text.dropFirst(3)  // 邯郸市廊坊
        #expect(tail.byteRange(of: "邯郸").map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 3)
        #expect(tail.firstUTF8Offset(of: "廊坊") == 9)
        let head = text.prefix(4)  // 邯郸市邯
        #expect(!head.containsBytes(of: "廊"))
        #expect(!head.containsBytes(of: "邯郸市邯郸"))
        #expect(head.endsWith("市邯") && !head.endsWith("廊坊"))
        #expect(tail.startsWith("邯郸市廊") && !tail.startsWith("邯郸市邯"))
    }

    @Test(arguments: samples + [" ", "\t a \t", "\u{3000}（一）\u{3000}", "\u{A0}x\u{2003}", "\n x \n", " \u{301}", "e\u{301} "])
    func trimmingSpacesMatchesFoundationWhitespaces(text: String) {
        let expected = text.trimmingCharacters(in: .whitespaces)
        #expect(text.trimmingSpaces() == expected)
        #expect(text[...].trimmingSpaces() == expected)
        #expect(String(String.UnicodeScalarView(Array(text.unicodeScalars)[...].trimmingSpaces())) == expected)
    }

    /// Random texts over ASCII (with spaces and tabs), two-byte letters, CJK and full-width forms, and
    /// astral ideographs and emoji — all NFC, one scalar per Character — and needles cut from them or
    /// made up, each answer checked against the standard library's.
    @Test func randomTextsAgreeWithTheStandardLibrary() {
        var random = SeededGenerator(seed: 14)
        for _ in 0..<3000 {
            let scalars = (0..<Int.random(in: 0...24, using: &random)).map { _ in Self.scalar(using: &random) }
            let text = String(String.UnicodeScalarView(scalars))
            #expect(text.scalarArray == scalars)
            #expect(text.scalarCount == scalars.count)
            #expect(String(scalars: scalars) == text)
            var visited: [Unicode.Scalar] = []
            text.forEachScalar { visited.append($0) }
            #expect(visited == scalars)
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))

            let needle: String
            if !scalars.isEmpty, Bool.random(using: &random) {
                let start = Int.random(in: 0..<scalars.count, using: &random)
                let end = Int.random(in: start...min(scalars.count, start + 4), using: &random)
                needle = String(String.UnicodeScalarView(scalars[start..<end]))
            } else {
                needle = String(String.UnicodeScalarView((0..<Int.random(in: 1...2, using: &random)).map { _ in
                    Self.scalar(using: &random)
                }))
            }
            let expected = needle.isEmpty ? nil : text.utf8.firstRange(of: needle.utf8)
            #expect(text.byteRange(of: needle) == expected, "\(text.debugDescription) range(of: \(needle.debugDescription))")
            #expect(text.containsBytes(of: needle) == (needle.isEmpty || expected != nil))
            #expect(text.firstUTF8Offset(of: needle)
                == (needle.isEmpty ? 0 : expected.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }))
            #expect(text.startsWith(needle) == text.utf8.starts(with: needle.utf8))
            #expect(text.startsWith(needle) == text.hasPrefix(needle))
            #expect(text.endsWith(needle) == text.utf8.reversed().starts(with: needle.utf8.reversed()))
            #expect(text.endsWith(needle) == text.hasSuffix(needle))

            // The same searches on a slice, which must not see the bytes around it.
            let lower = Int.random(in: 0...scalars.count, using: &random)
            let upper = Int.random(in: lower...scalars.count, using: &random)
            let slice = text.unicodeScalars[text.unicodeScalars.index(text.startIndex, offsetBy: lower)
                ..< text.unicodeScalars.index(text.startIndex, offsetBy: upper)]
            let sub = Substring(slice)
            let expectedInSlice = needle.isEmpty ? nil : sub.utf8.firstRange(of: needle.utf8)
            #expect(sub.byteRange(of: needle) == expectedInSlice, "\(sub.debugDescription) range(of: \(needle.debugDescription))")
            #expect(sub.startsWith(needle) == sub.utf8.starts(with: needle.utf8))
            #expect(sub.endsWith(needle) == sub.utf8.reversed().starts(with: needle.utf8.reversed()))
            #expect(sub.trimmingSpaces() == sub.trimmingCharacters(in: .whitespaces))
        }
    }

    /// A scalar from one of the ranges the documents use, each an NFC character of its own.
    static func scalar(using random: inout SeededGenerator) -> Unicode.Scalar {
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0x09...0x09, 0x20...0x20,  // ASCII, tab, space
            0xA0...0xFF, 0x410...0x44F,  // NBSP and Latin-1, Cyrillic: two bytes
            0x4E00...0x9FFF, 0x3000...0x3002, 0xFF01...0xFF5E, 0xFFFD...0xFFFD, 0x2003...0x2003,  // three bytes
            0x20000...0x2A6DF, 0x1F600...0x1F64F,  // four bytes
        ]
        let range = ranges[Int.random(in: 0..<ranges.count, using: &random)]
        return Unicode.Scalar(UInt32.random(in: range, using: &random))!
    }
}
