import Foundation

/// The on-disk shape of NewsGraph's own lossless graph format (JSON, versioned).
///
/// `{"format":"newsgraph","schemaVersion":1,"nodes":[…],"edges":[…]}`; node and edge ids
/// equal their positions, and edges refer to nodes by id.
struct GraphFile: Codable, Sendable {
    /// The value of `format` that marks a NewsGraph graph.
    static let formatName = "newsgraph"
    /// The schema version this build writes; version 1 (no actor records, no documents) is still read.
    static let schemaVersion = 2
    static let readableVersions = 1...2

    var format: String
    var schemaVersion: Int
    var nodes: [KnowledgeGraph.Node]
    var edges: [KnowledgeGraph.Edge]
    /// Document path → hash of its content ("" when unknown); absent in version 1.
    var documents: [String: String]?

    /// Just the header, decoded first so a wrong format or version is reported as such.
    struct Header: Decodable {
        var format: String?
        var schemaVersion: Int?
    }
}

extension KnowledgeGraph {
    /// The graph as NewsGraph JSON: pretty-printed, keys sorted, nodes and edges in id order,
    /// so equal graphs always give identical bytes.
    public func jsonData() throws(GraphError) -> Data {
        let file = GraphFile(format: GraphFile.formatName, schemaVersion: GraphFile.schemaVersion, nodes: nodes, edges: edges,
                             documents: documents)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(file)
            data.append(0x0A)
            return data
        } catch {
            throw GraphError.corruptGraph(path: "(in memory)", reason: "cannot be encoded as JSON: \(error)")
        }
    }

    /// Reads NewsGraph JSON, checking format, version, ids and edge endpoints; `path` names the source in errors.
    /// - Complexity: O(V + E) after parsing.
    public init(jsonData data: Data, path: String) throws(GraphError) {
        let decoder = JSONDecoder()
        let header: GraphFile.Header
        do {
            header = try decoder.decode(GraphFile.Header.self, from: data)
        } catch {
            throw GraphError.corruptGraph(path: path, reason: GraphFile.explain(error))
        }
        guard let format = header.format else {
            throw GraphError.corruptGraph(path: path, reason: "no \"format\" field (not a NewsGraph graph)")
        }
        guard format == GraphFile.formatName else { throw GraphError.unsupportedFormat(format) }
        guard let version = header.schemaVersion else {
            throw GraphError.corruptGraph(path: path, reason: "no \"schemaVersion\" field")
        }
        guard GraphFile.readableVersions.contains(version) else { throw GraphError.unsupportedSchemaVersion(version) }
        let file: GraphFile
        do {
            file = try decoder.decode(GraphFile.self, from: data)
        } catch {
            throw GraphError.corruptGraph(path: path, reason: GraphFile.explain(error))
        }
        do {
            self = try KnowledgeGraph(storedNodes: file.nodes, storedEdges: file.edges)
            documents = file.documents ?? [:]
        } catch {
            throw GraphError.corruptGraph(path: path, reason: error.reason)
        }
    }
}

extension GraphFile {
    /// A one-line reason for a decoding failure, naming where in the document it happened.
    static func explain(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "not valid JSON" }
        func place(_ path: [any CodingKey]) -> String {
            let text = path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
            return text.isEmpty ? "the top level" : String(text.drop { $0 == "." })
        }
        switch decoding {
        case let .keyNotFound(key, context):
            return "missing field \"\(key.stringValue)\" at \(place(context.codingPath))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return "wrong type at \(place(context.codingPath))"
        case let .dataCorrupted(context):
            return context.codingPath.isEmpty ? "not valid JSON" : "bad value at \(place(context.codingPath))"
        @unknown default:
            return "not valid JSON"
        }
    }
}
