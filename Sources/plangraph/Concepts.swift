import ArgumentParser
import Foundation
import PlanKit

/// `plangraph --version`: the tool's version and the graph schema version it writes.
enum PlanGraphVersion {
    static let number = "0.10.0"
    static var text: String { "plangraph \(number) (plan-graph schemaVersion \(PlanGraph.schemaVersion))" }
}

struct Concepts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concepts",
        abstract: "List the indicator concepts of the catalog (Schemas/indicators.json): id, domain, unit, direction, name.",
        discussion: "The ids are what --concept takes and what graphs, exports and comparisons name; 'phrase:' concepts are not listed (they name a phrase of one document)."
    )

    @Option(help: "table, json, csv or md.") var format: Diff.Format = .table
    @OptionGroup var filters: FilterOptions

    struct Listing: TabularComparison {
        var concepts: [IndicatorConcept]
        var header: [String] { ["concept", "domain", "dimension", "unit", "improves", "name"] }
        var tableRows: [[String]] {
            concepts.map { [$0.id, $0.domain, $0.dimension, $0.unit ?? "", $0.direction.rawValue, $0.name] }
        }
        func encode(to encoder: any Encoder) throws { try concepts.encode(to: encoder) }
    }

    func run() throws {
        let filter = filters.filter
        let listed = IndicatorConcept.all.filter { filter.keeps(concept: $0.id) }
        StandardStreams.writeOutput(try format.render(Listing(concepts: listed)))
    }
}
