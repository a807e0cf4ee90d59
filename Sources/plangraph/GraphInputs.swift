import ArgumentParser
import Foundation
import PlanKit

/// What `diff`, `compare` and `export` keep of what they read (`GraphFilter`).
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("concept"),
            help: "Keep values of this concept (an id, or a prefix ending in *: 'air.*', 'phrase:*'); repeat or separate by commas.")
    var concepts: [String] = []

    @Option(name: .customLong("domain"), help: "Keep values of concepts of this domain (\(Self.domains.joined(separator: ", "))).")
    var domains: [String] = []

    @Option(name: .customLong("region"),
            help: "Keep documents of this region: a name (邯郸市, 邯郸), a division code (130400) or an enclosing division (河北省).")
    var regions: [String] = []

    @Option(name: .customLong("kind"), help: "Keep documents of this kind (\(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))).")
    var kinds: [DocumentKind] = []

    static let domains = Array(Set(IndicatorConcept.all.map(\.domain))).sorted()

    var filter: GraphFilter {
        func split(_ values: [String]) -> [String] {
            values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
        }
        return GraphFilter(concepts: split(concepts), domains: split(domains), regions: split(regions), kinds: kinds)
    }

    func validate() throws {
        for domain in filter.domains where !Self.domains.contains(domain) {
            throw ValidationError("unknown domain '\(domain)'; use one of \(Self.domains.joined(separator: ", "))")
        }
    }
}

extension DocumentKind: ExpressibleByArgument {}

/// The inputs of `compare`, `export` and `track`: files as given; a directory stands for the graph JSON
/// files below it (what `ingest DIR -o OUT` wrote), or, when it holds none, for the PDFs and text files
/// below it — never both, so that a document and its graph are not counted twice.
enum GraphInputs {
    /// The files to load in order, and the directories given that hold nothing to load.
    static func expand(_ paths: [String]) -> (files: [String], emptyDirectories: [String]) {
        BatchInputs.expand(paths) { names in
            let graphs = names.filter { BatchInputs.hasExtension($0, ["json"]) }
            return graphs.isEmpty ? names.filter { BatchInputs.hasExtension($0, SourceDocument.readableExtensions) } : graphs
        }
    }
}

extension ReadingOptions {
    /// Loads documents or graph JSON files (directories expanded by `GraphInputs`), reporting each one
    /// that cannot be read on standard error, and keeps what `filter` keeps. Returns the graphs and
    /// whether any input failed.
    func loadGraphs(_ paths: [String], filter: GraphFilter = GraphFilter()) throws -> (graphs: [PlanGraph], failed: Bool) {
        let encoding = try validatedEncoding()
        let (files, empty) = GraphInputs.expand(paths)
        var graphs: [PlanGraph] = []
        var failed = false
        for directory in empty {
            Report.error(directory, "no graph JSON, PDF or text files under \(directory)", id: "no-inputs")
            failed = true
        }
        for path in files {
            do {
                graphs.append(try PlanGraph(loading: path, encoding: encoding, password: password, limits: limits))
            } catch {
                Report.error(path, error.message, id: error.id)
                failed = true
            }
        }
        return (filter.apply(graphs), failed)
    }
}
