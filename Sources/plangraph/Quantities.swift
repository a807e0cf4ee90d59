import ArgumentParser
import Foundation
import PlanKit

struct Quantities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the numbers, percents, ranges and quantities in TEXT (or standard input) as JSON.",
        discussion: """
            Each match: {"text", "start", "end", "kind", "value", "unit", "si": {"value", "unit"}, \
            "comparator", "approximate"} with start/end in Unicode scalars, end exclusive; ranges add \
            "range": {"min", "max", "minInclusive", "maxInclusive"}.
            """
    )

    @Argument(help: "The text to read; standard input when omitted.")
    var text: String?

    @Flag(help: "One JSON array per input line, offsets within the line.")
    var lines = false

    @Flag(help: "Only bare numbers and percents, without unit or comparator (what a number recogniser reports).")
    var numbers = false

    func run() throws {
        let input = text ?? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        var output = Data()
        if lines {
            var pieces = input.split(separator: "\n", omittingEmptySubsequences: false)
            if pieces.last == "" { pieces.removeLast() }
            for line in pieces { output += try encode(String(line), pretty: false) }
        } else {
            output = try encode(input, pretty: true)
        }
        StandardStreams.writeOutput(output)
    }

    private func encode(_ line: String, pretty: Bool) throws -> Data {
        if numbers { return try JSONOutput.data(NumberView(recognizing: line).numbers.map(BareNumber.init), pretty: pretty) }
        return try JSONOutput.data(Quantity.all(in: line), pretty: pretty)
    }

    /// A bare number in the `quantities` shape: no unit, comparator or si.
    private struct BareNumber: Encodable {
        var text: String
        var start: Int
        var end: Int
        var kind: String
        var value: Decimal

        init(_ number: NumberView.Number) {
            text = number.text
            start = number.start
            end = number.end
            kind = number.kind
            value = number.value
        }
    }
}
