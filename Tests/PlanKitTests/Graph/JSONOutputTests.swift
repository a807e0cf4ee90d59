import Foundation
import Testing
@testable import PlanKit

/// PlanKit's own JSON writer against Foundation's `JSONEncoder` as the oracle: the same bytes.
@Suite struct JSONOutputTests {
    struct Leaf: Codable { var text: String?; var count: Int?; var flag: Bool; var value: Decimal? }
    struct Sample: Codable {
        var B: Int
        var a: String
        var empty: [Int]
        var leaves: [Leaf]
        var nested: [[String]]
        var amount: Decimal
        var missing: String?
    }

    static let sample = Sample(
        B: -3, a: "x\u{01}\u{1F}\u{7F}\u{2028}\"\\/\n\r\t\u{08}\u{0C}é中𠀀",
        empty: [], leaves: [Leaf(text: nil, count: 2, flag: true, value: Decimal(string: "0.0360")),
                            Leaf(text: "PM2.5", count: nil, flag: false, value: nil)],
        nested: [[], ["一", "二"]], amount: Decimal(sign: .plus, exponent: -2, significand: 150), missing: nil)

    @Test(arguments: [true, false])
    func writerGivesFoundationsBytes(pretty: Bool) throws {
        let ours = try JSONOutput.data(Self.sample, pretty: pretty)
        let foundation = try JSONOutput.foundationData(Self.sample, pretty: pretty)
        #expect(String(decoding: ours, as: UTF8.self) == String(decoding: foundation, as: UTF8.self))
    }

    /// Blocks, spans, sections, measures and projects write their nodes by hand: a PDF (spans with pages)
    /// and a plan with measures and 专栏 projects check them against the synthesized encoding.
    @Test(arguments: ["Corpus/text/hengshui-2025-press-release.txt", "Corpus/pdf/handan-2023-plan.pdf",
                      "Corpus/text/langfang-plan.txt"])
    func corpusGraphsMatchFoundation(path: String) throws {
        let graph = PlanGraph(building: try CorpusFiles.read(path))
        #expect(!graph.blocks.isEmpty)
        for pretty in [true, false] {
            #expect(try JSONOutput.data(graph, pretty: pretty) == JSONOutput.foundationData(graph, pretty: pretty))
        }
    }

    /// A value JSONTree does not write (a Double) goes through Foundation, in the same form.
    @Test func otherLeavesFallBackToFoundation() throws {
        struct Measured: Codable { var ratio: Double; var name: String? }
        let data = try JSONOutput.data(Measured(ratio: 0.5, name: nil), pretty: false)
        #expect(String(decoding: data, as: UTF8.self) == "{\"name\":null,\"ratio\":0.5}\n")
    }
}

extension JSONOutputTests {
    /// A custom `encode(to:)` that writes a key twice: the last value stands, as in `JSONEncoder`.
    @Test func aKeyWrittenTwiceKeepsItsLastValue() throws {
        struct Twice: Encodable {
            enum Keys: String, CodingKey { case a, b }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(1, forKey: .b)
                try container.encode(2, forKey: .a)
                try container.encode(3, forKey: .b)
            }
        }
        #expect(String(decoding: try JSONOutput.data(Twice(), pretty: false), as: UTF8.self) == "{\"a\":2,\"b\":3}\n")
        #expect(try JSONOutput.data(Twice(), pretty: true) == JSONOutput.foundationData(Twice(), pretty: true))
    }
}
