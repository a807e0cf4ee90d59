import ArgumentParser
import Foundation
import PlanKit
import PlanKitExport

struct View: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "Write one HTML page that shows a PDF's pages with every extracted value outlined where it is printed.",
        discussion: """
            FILE is a PDF, or a graph JSON file whose PDF is at the path the graph names (or beside the JSON). \
            The page is self-contained: the pages are inline images rendered by poppler; clicking a value \
            scrolls to its box, and its tooltip gives concept, year, role, unit and the value in the base unit.
            """
    )

    @Argument(help: "A PDF, or a graph JSON file ingest wrote from one.") var file: String
    @Option(name: .shortAndLong, help: "The HTML file to write.") var output: String
    @Option(help: "Pixels per PDF point of the page images.") var scale: Double = 1.5
    @OptionGroup var reading: ReadingOptions

    func validate() throws {
        guard (0.25...4).contains(scale) else { throw ValidationError("--scale must be between 0.25 and 4") }
    }

    func run() throws {
        let (graphs, failed) = try reading.loadGraphs([file])
        guard !failed, let graph = graphs.first else { throw ExitCode.failure }
        guard graph.document.source.format == .pdf else {
            Report.error(file, "view shows PDF pages; this graph was made from a text file", id: "not-a-pdf")
            throw ExitCode.failure
        }
        let pdf = try pdfPath(of: graph)
        let numbers = Set(([graph.sections.map(\.span), graph.blocks.map(\.span)].flatMap { $0 }).compactMap(\.page))
        let pages: [PageImage]
        do throws(ReadError) {
            pages = try PageRenderer.render(path: pdf, password: reading.password, pages: numbers.sorted(), scale: scale)
        } catch {
            Report.error(pdf, error.message, id: error.id)
            throw ExitCode.failure
        }
        let html = PageViewer(graph: graph, pages: pages).html
        do throws(AtomicFile.WriteError) {
            try AtomicFile.write(Data(html.utf8), to: output)
        } catch {
            Report.error(output, error.message, id: "write-failed")
            throw ExitCode.failure
        }
    }

    /// The PDF itself, or for a graph JSON the file its `source.path` names, else that name beside the JSON;
    /// one whose checksum differs from the graph's is refused (its boxes would be another document's).
    private func pdfPath(of graph: PlanGraph) throws -> String {
        guard BatchInputs.hasExtension(file, ["json"]) else { return file }
        let named = graph.document.source.path
        let beside = (URL(fileURLWithPath: file).deletingLastPathComponent().path as NSString)
            .appendingPathComponent((named as NSString).lastPathComponent)
        guard let found = [named, beside].first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            Report.error(file, "the PDF this graph was made from is not at \(named) nor beside the graph; give the PDF", id: "pdf-not-found")
            throw ExitCode.failure
        }
        if !graph.document.source.isSameFile(as: found) {
            Report.error(found, "this PDF is not the one the graph was made from (its SHA-256 differs)", id: "pdf-changed")
            throw ExitCode.failure
        }
        return found
    }
}
