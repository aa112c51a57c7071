import Foundation
import Graph
import Graphviz

/// Loads and saves graphs in every format the CLI speaks, always writing atomically.
enum GraphStore {
    /// Reads a .ngraph, .json (NewsGraph format) or .dot graph; `lazily` reads only a native file's
    /// structure, leaving evidence in the (memory-mapped) file until a command shows it.
    static func load(_ path: String, lazily: Bool = false) throws -> KnowledgeGraph {
        try load(path, native: lazily ? .structure : .everything)
    }

    /// Reads a graph file, a native one as far as `native` says (other formats are read whole).
    static func load(_ path: String, native: NativeGraph.Loading) throws -> KnowledgeGraph {
        let (kind, data) = try read(path)
        switch kind {
        case .ngraph:
            return try NativeGraph(data: data, path: path).graph(loading: native)
        case .json:
            return try KnowledgeGraph(jsonData: data, path: path)
        default:
            guard let text = String(data: data, encoding: .utf8) else { throw CLIError("graph file \(path) is not UTF-8 text") }
            do {
                return try GraphvizEngine.shared.graph(fromDOT: text)
            } catch let error as GraphvizError {
                throw CLIError("\(path): \(error)")
            }
        }
    }

    /// The native file at `path`, opened (header and structure checksums checked) for a query that
    /// reads it in place; nil when `path` names another kind of graph file. Errors are `load`'s.
    static func openNative(_ path: String) throws -> NativeGraph? {
        guard try GraphFileKind(path: path, allowed: GraphFileKind.readable) == .ngraph else { return nil }
        return try NativeGraph(data: try read(path).data, path: path)
    }

    /// The kind and bytes of the graph file `path` (a native file memory-mapped).
    private static func read(_ path: String) throws -> (kind: GraphFileKind, data: Data) {
        let kind = try GraphFileKind(path: path, allowed: GraphFileKind.readable)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw CLIError("no such graph file: \(path)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: kind == .ngraph ? .alwaysMapped : [])
        } catch {
            throw CLIError("cannot read \(path): \(ArticleReader.reason(error))")
        }
        guard !data.isEmpty else { throw CLIError("graph file \(path) is empty") }
        return (kind, data)
    }

    /// Writes `graph` to `path` in the format its extension names; a `.csv` path writes the three
    /// Neo4j files beside it (see `neo4jFiles`).
    static func save(_ graph: KnowledgeGraph, to path: String, layout: LayoutEngine = .dot) throws {
        let kind = try GraphFileKind(path: path)
        let bytes: Data
        switch kind {
        case .ngraph: bytes = graph.nativeData()
        case .json: bytes = try graph.jsonData()
        case .dot: bytes = Data(try GraphvizEngine.shared.dot(for: graph).utf8)
        case .graphml: bytes = Data(graph.graphML().utf8)
        case .nt: bytes = Data(graph.nTriples().utf8)
        case .ttl: bytes = Data(graph.turtle().utf8)
        case .mmd: bytes = Data(graph.mermaid().utf8)
        case .jsonl: bytes = Data(graph.jsonLines().utf8)
        case .csv:
            try saveNeo4j(graph, files: neo4jFiles(for: path))
            return
        case .svg, .png, .pdf:
            guard let format = kind.renderFormat else { throw CLIError("cannot render \(path)") }
            let rendering = try GraphvizEngine.shared.rendering(of: graph, format: format, layout: layout, style: .diagram)
            for notice in rendering.notices { Console.error("note: \(notice)") }
            bytes = Data(rendering.bytes)
        }
        try AtomicFile.write(bytes, to: path)
    }

    /// Where a Neo4j export goes: into a folder (`DIR/` or an existing directory) as nodes.csv,
    /// relationships.csv and import.cypher, or for `NAME.csv` beside it as NAME.nodes.csv and so on.
    static func neo4jFiles(for path: String) -> (directory: String, prefix: String) {
        var isDirectory: ObjCBool = false
        if path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            return (path.hasSuffix("/") ? String(path.dropLast()) : path, "")
        }
        let url = URL(fileURLWithPath: path)
        let directory = (path as NSString).deletingLastPathComponent
        return (directory.isEmpty ? "." : directory, url.deletingPathExtension().lastPathComponent + ".")
    }

    /// Writes the three Neo4j files, each atomically; all paths are checked before the first is written.
    static func saveNeo4j(_ graph: KnowledgeGraph, files: (directory: String, prefix: String)) throws {
        let export = graph.neo4jCSV(prefix: files.prefix)
        let paths = Neo4jExport.fileNames(prefix: files.prefix).map { (files.directory as NSString).appendingPathComponent($0) }
        for path in paths { try AtomicFile.checkWritable(path) }
        for (path, text) in zip(paths, [export.nodes, export.relationships, export.script]) {
            try AtomicFile.write(Data(text.utf8), to: path)
        }
    }
}
