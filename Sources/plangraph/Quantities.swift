import ArgumentParser
import Foundation
import PlanKit

struct Quantities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quantities",
        abstract: "Print the numbers, percents, ranges and quantities in TEXT (or standard input) as JSON.",
        discussion: """
            Each match: {"text", "start", "end", "kind", "value", "unit", "si": {"value", "unit"}, \
            "comparator", "approximate"} with start/end in Unicode scalars, end exclusive; ranges add \
            "range": {"min", "max", "minInclusive", "maxInclusive"}, and so do bounds (以上 is [x, ∞)). \
            --numbers and --ranges give the views of a number and a number-range recogniser.
            """
    )

    @Argument(help: "The text to read; standard input when omitted.")
    var text: String?

    @Flag(help: "One JSON array per input line, offsets within the line.")
    var lines = false

    @Flag(help: "Only bare numbers and percents, without unit or comparator (what a number recogniser reports).")
    var numbers = false

    @Flag(help: "Only bounds and ranges, with their words and interval, without the unit after them (what a number-range recogniser reports).")
    var ranges = false

    func validate() throws {
        if numbers && ranges { throw ValidationError("--numbers and --ranges are two views; give one") }
    }

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
        if ranges { return try JSONOutput.data(NumberRangeView(recognizing: line).ranges.map(BareRange.init), pretty: pretty) }
        return try JSONOutput.data(Quantity.all(in: line), pretty: pretty)
    }

    /// A number range in the `quantities` shape: kind `range`, no unit or si.
    private struct BareRange: Encodable {
        var text: String
        var start: Int
        var end: Int
        var kind = "range"
        var range: Quantity.Bounds

        init(_ number: NumberRangeView.NumberRange) {
            text = number.text
            start = number.start
            end = number.end
            range = number.range
        }
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
