// Text normaliser: any bytes through decoding (UTF-8/UTF-16/GB18030 detection), then line joining,
// furniture removal and script conversion. Checks that every normalised line maps back into the source.
import FuzzDriver
@testable import PlanKit

fuzzMain { data in
    let bytes = Array(data)
    guard let source = try? TextReader.read(path: "fuzz.txt", bytes: bytes, encoding: nil) else { return }
    let text = NormalizedText(normalizing: source)
    let scalarCount = text.text.unicodeScalars.count
    let sourceCount = source.text.unicodeScalars.count
    for line in text.lines {
        precondition(line.range.lowerBound >= 0 && line.range.upperBound <= scalarCount, "line outside the text")
        let span = text.sourceSpan(of: line.range)
        precondition(span.start >= 0 && span.end <= sourceCount && span.start <= span.end, "span outside the source")
    }
}
