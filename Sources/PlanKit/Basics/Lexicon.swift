import Foundation

/// The words of Chinese official writing the readers recognise (`Schemas/lexicon.json`), by their role
/// in a phrase: heads of indicator phrases, verbs between a subject and its value, words of scope,
/// administrative suffixes, words of direction and of comparison.
///
/// Data, like the units and concepts: a new spelling is an edit of the JSON file, not of a reader.
struct Lexicon: Sendable {
    struct Words: Decodable, Sendable { var words: [String] }

    struct AdministrativeNames: Decodable, Sendable {
        struct Suffix: Decodable, Sendable {
            var suffix: String
            var minimumName: Int
        }
        var suffixes: [Suffix]
        var notFirst: [String]
        var notAfterSuffix: [String]
        var notEndingWith: [String]
    }

    struct Directions: Decodable, Sendable {
        var decrease: [String]
        var increase: [String]
        var hold: [String]
        var holdQualitative: [String]
    }

    struct DirectionOnly: Decodable, Sendable {
        var adverbs: [String]
        var verbs: [String]
    }

    struct Comparator: Decodable, Sendable {
        var words: String
        var comparator: String?
        var approximate: Bool?
    }

    struct Comparators: Decodable, Sendable {
        var before: [Comparator]
        var after: [Comparator]
    }

    var indicatorHeads: Words
    var qualitativePhrases: Words
    var trailingVerbs: Words
    var leadingWords: Words
    var administrativeNames: AdministrativeNames
    var directions: Directions
    var directionOnly: DirectionOnly
    var scopes: Words
    var comparators: Comparators

    static let shared = try! JSONDecoder().decode(Lexicon.self, from: Data(json.utf8))
}

extension Lexicon: Decodable {}
