// Quantity recogniser: numbers (Arabic, Chinese, mixed), units and comparators in any UTF-8 line.
// Checks that each quantity lies inside the line and its text is the line's text there.
import FuzzDriver
@testable import PlanKit

fuzzMain { bytes in
    let line = String(decoding: bytes, as: UTF8.self)
    let scalars = Array(line.unicodeScalars)
    for quantity in Quantity.all(in: line) {
        precondition(quantity.start >= 0 && quantity.start < quantity.end && quantity.end <= scalars.count,
                     "quantity outside the line")
        precondition(quantity.text == String(String.UnicodeScalarView(scalars[quantity.start..<quantity.end])),
                     "quantity text differs from the line")
        if let value = quantity.value { precondition(!value.isNaN, "value is NaN") }
    }
}
