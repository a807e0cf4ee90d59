/// Reading a line of scalars by index, for the hand-written recognisers (numerals, numbers,
/// quantities, time phrases): they look around a position, so every access is bounds-checked and a
/// look outside the line sees nothing.
extension [Unicode.Scalar] {
    /// The scalar at `index`; nil outside the line, negative indices included.
    func scalar(at index: Int) -> Unicode.Scalar? { index >= 0 && index < count ? self[index] : nil }

    /// The index after the ASCII spaces from `index` on, skipping `atMost` of them.
    func skippingBlanks(from index: Int, atMost: Int = .max) -> Int {
        var index = index
        var skipped = 0
        while index < count && self[index] == " " && skipped < atMost {
            index += 1
            skipped += 1
        }
        return index
    }

    /// The index of the first non-whitespace scalar at or after `index` (a negative index counts as 0).
    func skippingSpaces(from index: Int) -> Int {
        var index = Swift.max(index, 0)
        while index < count && self[index].properties.isWhitespace { index += 1 }
        return index
    }

    /// Whether `word` is written at `index`.
    func has(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        index >= 0 && index + word.count <= count && self[index..<(index + word.count)].elementsEqual(word)
    }

    /// The first of `words` written at `index`.
    func word(from words: [[Unicode.Scalar]], at index: Int) -> [Unicode.Scalar]? {
        words.first { has($0, at: index) }
    }

    /// The first of `words` that ends right before `index`.
    func wordEnding(from words: [[Unicode.Scalar]], at index: Int) -> [Unicode.Scalar]? {
        words.first { has($0, at: index - $0.count) }
    }

    /// Whether `word` is written at `index`; false for an index outside the array, negative included
    /// (callers look back from a match: `s.has("力争", at: start - 2)`).
    func has(_ word: String, at index: Int) -> Bool {
        guard index >= 0 else { return false }
        var position = index
        for scalar in word.unicodeScalars {
            guard position < count, self[position] == scalar else { return false }
            position += 1
        }
        return true
    }
}

extension Array {
    /// The element at `index`; nil outside the array.
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }

    /// The elements in `range`; nil unless the whole range is inside the array.
    subscript(safe range: Range<Int>) -> ArraySlice<Element>? {
        range.lowerBound >= 0 && range.upperBound <= count ? self[range] : nil
    }
}
