import Foundation
@preconcurrency import CGraphviz
import Extraction
import Graph

/// Parses DOT with agmemread and rebuilds a KnowledgeGraph. Callers hold the lock.
enum DOTReader {
    /// The relation given to edges of foreign DOT that have no label.
    static let defaultRelation = "related to"

    /// The parsed graph; the caller must agclose it. Graphviz's own message on failure.
    static func parse(_ text: String) throws -> UnsafeMutablePointer<Agraph_t> {
        if text.utf8.contains(0) {
            throw GraphvizError.malformedDOT("the text contains a NUL byte")
        }
        // The lexer's line counter is global and survives earlier parses; restart it so
        // messages name the right line.
        agreadline(1)
        // The lexer joins backslash-LF continuations (which agwrite emits in long values) but
        // not backslash-CRLF, so Windows line endings are read as Unix ones.
        let parsed = agmemread(text.contains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
        let message = GraphvizMessages.summary(or: "no graph found in the text")
        GraphvizMessages.reset()
        let extra = parsed == nil ? 0 : countLeftoverGraphs()
        let trailing = GraphvizMessages.messages().first { $0.hasPrefix("Error") }
        resetLexer()
        guard let agraph = parsed else {
            throw GraphvizError.malformedDOT(message)
        }
        if extra > 0 || trailing != nil {
            agclose(agraph)
            throw GraphvizError.malformedDOT(trailing.map { "after the graph: \($0)" }
                                             ?? "the text holds \(extra + 1) graphs; NewsGraph reads one")
        }
        return agraph
    }

    /// How many further graphs follow the one just read.
    ///
    /// agmemread stops after the first graph but leaves the rest of the text in flex's global
    /// buffer, where the next agmemread (from any caller) would read it first: measured on
    /// 2.43, `digraph{x} digraph{y}` followed by `digraph{z}` returns graph y. Parsing empty
    /// input reads those leftovers.
    private static func countLeftoverGraphs() -> Int {
        var extra = 0
        while let leftover = agmemread("") {
            agclose(leftover)
            extra += 1
        }
        return extra
    }

    /// Returns the lexer to a clean state. Without this, measured on 2.43, a text that ends
    /// inside a quoted string, a comment or an HTML string (`digraph { a "`) makes every
    /// later parse in the process fail or misread.
    private static func resetLexer() {
        _ = aaglex_destroy()
    }

    /// The KnowledgeGraph an Agraph describes. NewsGraph's own DOT (graph attribute
    /// `newsgraph`) is read through its data attributes exactly; other DOT by its labels.
    /// - Complexity: O((n + e) log(n + e)) for n nodes and e edges.
    static func knowledgeGraph(from agraph: UnsafeMutablePointer<Agraph_t>) throws -> KnowledgeGraph {
        let root = UnsafeMutableRawPointer(agraph)
        let version = CGraphAccess.get(root, CGraphAccess.symbol(agraph, .graph, DOTWriter.marker)) ?? ""
        let ours = !version.isEmpty
        if ours, !DOTWriter.readableVersions.contains(version) {
            throw GraphvizError.malformedDOT("the DOT was written in NewsGraph DOT format \(version); "
                                             + "this version reads format \(DOTWriter.formatVersion)")
        }
        let nodes = NodeReader(agraph, ours: ours)
        let edges = EdgeReader(agraph, ours: ours)

        var agnodes: [UnsafeMutablePointer<Agnode_t>] = []
        var cursor = agfstnode(agraph)
        while let agnode = cursor {
            agnodes.append(agnode)
            cursor = agnxtnode(agraph, agnode)
        }
        agnodes = ordered(agnodes, prefix: "n", ours: ours)

        // Names first, aliases after: an alias equal to a later node's name must not
        // swallow that node while the graph is rebuilt.
        var graph = KnowledgeGraph()
        var ids: [UnsafeMutablePointer<Agnode_t>: NodeID] = [:]
        var read: [(name: String, type: EntityType, aliases: [String])] = []
        for agnode in agnodes {
            let node = try nodes.read(agnode)
            if let key = node.key {
                // NewsGraph's own DOT names each actor's identity: it is kept as written, never re-derived.
                ids[agnode] = graph.insert(KnowledgeGraph.Node(
                    id: NodeID(rawValue: 0), key: key, name: node.name, type: node.type, aliases: node.aliases, attributes: node.attributes,
                    records: node.records.isEmpty
                        ? [ActorRecord(document: "", name: node.name, type: node.type, aliases: node.aliases, attributes: node.attributes)]
                        : node.records))
                continue
            }
            ids[agnode] = graph.addNode(name: node.name, type: node.type, attributes: node.attributes)
            read.append((node.name, node.type, node.aliases))
        }
        for node in read where !node.aliases.isEmpty {
            graph.addNode(name: node.name, type: node.type, aliases: node.aliases)
        }

        if ours, let table = CGraphAccess.get(root, CGraphAccess.symbol(agraph, .graph, "documents")), !table.isEmpty {
            graph.documents = try decodeJSON([String: String].self, from: table, what: "the document table")
        }

        var agedges: [UnsafeMutablePointer<Agedge_t>] = []
        for agnode in agnodes {
            var edgeCursor = agfstout(agraph, agnode)
            while let agedge = edgeCursor {
                agedges.append(agedge)
                edgeCursor = agnxtout(agraph, agedge)
            }
        }
        for agedge in ordered(agedges, prefix: "e", ours: ours) {
            guard let tail = ng_tail(agedge), let head = ng_head(agedge),
                  let source = ids[tail], let target = ids[head] else {
                throw GraphvizError.internalError("an edge joins a node that was not read")
            }
            let edge = try edges.read(agedge)
            graph.addEdge(from: source, to: target, relation: edge.relation, evidence: edge.evidence,
                          count: edge.count, negated: edge.negated)
        }
        return graph
    }

    /// Objects in NewsGraph order (`n<index>` / `e<index>` names) when every name has that
    /// form, otherwise in creation order, which is the order of the DOT text.
    private static func ordered<Object>(_ objects: [UnsafeMutablePointer<Object>], prefix: Character,
                                        ours: Bool) -> [UnsafeMutablePointer<Object>] {
        let keyed = objects.map { object -> (key: Int?, seq: UInt, object: UnsafeMutablePointer<Object>) in
            let raw = UnsafeMutableRawPointer(object)
            let name = CGraphAccess.name(raw)
            let index = name.first == prefix ? Int(name.dropFirst()) : nil
            return (ours ? index : nil, UInt(ng_seq(raw)), object)
        }
        if ours, keyed.allSatisfy({ $0.key != nil }) {
            return keyed.sorted { ($0.key ?? 0) < ($1.key ?? 0) }.map(\.object)
        }
        return keyed.sorted { $0.seq < $1.seq }.map(\.object)
    }

    /// Decodes a JSON data attribute, naming the object and attribute when it is broken.
    static func decodeJSON<Value: Decodable>(_ type: Value.Type, from value: String, what: String) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(DOTEscaping.unescape(value).utf8))
        } catch {
            throw GraphvizError.malformedDOT("\(what) is not valid JSON")
        }
    }
}
