import Foundation

extension PlanGraph {
    /// The id a document gets, from its file name: `Corpus/pdf/handan-2023-plan.pdf` → `handan-2023-plan`.
    public static func documentID(forPath path: String) -> String { DocumentInfo.slug(ofPath: path) }

    /// A graph from a document, or from a graph JSON file that `ingest` wrote (`*.json`).
    public init(loading path: String, encoding: TextEncoding? = nil, password: String? = nil,
                limits: ReadLimits = ReadLimits()) throws(ReadError) {
        guard path.lowercased().endsWith(".json") else {
            try self.init(ingesting: path, encoding: encoding, password: password, limits: limits)
            return
        }
        let bytes = try FileBytes.read(path)
        struct Version: Decodable { var schemaVersion: String? }
        guard let version = try? JSONDecoder().decode(Version.self, from: Data(bytes)) else {
            throw .invalidGraph("the file is not JSON")
        }
        guard version.schemaVersion == Self.schemaVersion else { throw .unsupportedGraph(version: version.schemaVersion ?? "missing") }
        do {
            self = try JSONDecoder().decode(PlanGraph.self, from: Data(bytes))
        } catch {
            throw .invalidGraph("\(error)")
        }
    }

    /// Whether `output` holds the whole graph that ingesting `input` gives today: it parses as a graph
    /// of the current schema version, made from a file with `input`'s checksum. `ingest --resume` skips
    /// only such outputs; a truncated one, one of an older schema or of a changed input is made again.
    public static func isFinishedOutput(_ output: String, of input: String) -> Bool {
        guard let graph = try? PlanGraph(loading: output), let bytes = try? FileBytes.read(input) else { return false }
        return graph.document.source.sha256 == Checksum.sha256(bytes)
    }
}

extension DocumentInfo.Source {
    /// Whether the file at `path` has the bytes this graph was made from (same SHA-256); false when it
    /// cannot be read.
    public func isSameFile(as path: String) -> Bool {
        guard let bytes = try? FileBytes.read(path) else { return false }
        return Checksum.sha256(bytes) == sha256
    }
}
