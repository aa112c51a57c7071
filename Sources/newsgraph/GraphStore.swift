import Foundation
import Graph
import Graphviz

/// Loads and saves graphs in every format the CLI speaks, always writing atomically.
enum GraphStore {
    /// Reads a .json (NewsGraph format) or .dot graph.
    static func load(_ path: String) throws -> KnowledgeGraph {
        let kind = try GraphFileKind(path: path, allowed: [.json, .dot])
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw CLIError("no such graph file: \(path)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("cannot read \(path): \(ArticleReader.reason(error))")
        }
        guard !data.isEmpty else { throw CLIError("graph file \(path) is empty") }
        switch kind {
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

    /// Writes `graph` to `path` in the format its extension names.
    static func save(_ graph: KnowledgeGraph, to path: String, layout: LayoutEngine = .dot) throws {
        let kind = try GraphFileKind(path: path)
        let bytes: Data
        switch kind {
        case .json: bytes = try graph.jsonData()
        case .dot: bytes = Data(try GraphvizEngine.shared.dot(for: graph).utf8)
        case .svg, .png, .pdf:
            guard let format = kind.renderFormat else { throw CLIError("cannot render \(path)") }
            let rendering = try GraphvizEngine.shared.rendering(of: graph, format: format, layout: layout)
            for notice in rendering.notices { Console.error("note: \(notice)") }
            bytes = Data(rendering.bytes)
        }
        try AtomicFile.write(bytes, to: path)
    }
}
