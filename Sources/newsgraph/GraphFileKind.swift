import Foundation
import Graphviz

/// What a graph file holds, decided by its extension.
enum GraphFileKind: String, CaseIterable {
    /// NewsGraph's native binary graph (see docs/native-format.md).
    case ngraph
    case json, dot, svg, png, pdf
    /// GraphML, RDF N-Triples, Turtle, Neo4j admin-import CSV, Mermaid flowchart, JSON Lines triples.
    case graphml, nt, ttl, csv, mmd, jsonl

    /// The kinds a graph can be read from.
    static let readable: [GraphFileKind] = [.ngraph, .json, .dot]
    /// The kinds `export` writes (pictures go through `render`).
    static let exportable: [GraphFileKind] = [.ngraph, .json, .dot, .graphml, .nt, .ttl, .csv, .mmd, .jsonl]

    /// The kind for `path`'s extension, or an error naming the extension and the accepted ones.
    init(path: String, allowed: [GraphFileKind] = GraphFileKind.allCases) throws {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        let list = allowed.map { "." + $0.rawValue }
        let accepted = list.count > 1 ? list.dropLast().joined(separator: ", ") + " or " + (list.last ?? "") : list.joined()
        guard let kind = GraphFileKind(rawValue: ext == "gv" ? "dot" : ext), allowed.contains(kind) else {
            let shown = ext.isEmpty ? "no extension" : "unknown extension '.\(ext)'"
            throw CLIError("\(path) has \(shown); use \(accepted)", status: ExitStatus.usage)
        }
        self = kind
    }

    /// The rendered picture format, for image kinds.
    var renderFormat: RenderFormat? { RenderFormat(rawValue: rawValue) }
}
