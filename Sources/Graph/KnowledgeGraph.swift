import Extraction

/// An actor graph: one node per actor, one edge per distinct (subject, relation, object),
/// each edge keeping every piece of evidence that stated it.
public struct KnowledgeGraph: Sendable, Equatable {
    /// An actor in the graph.
    public struct Node: Sendable, Hashable, Codable {
        public var id: NodeID
        public var name: String
        public var type: EntityType
        /// Other names that resolve to this node, sorted.
        public var aliases: [String]
        public var attributes: [String: String]
    }

    /// A merged relation between two actors.
    public struct Edge: Sendable, Hashable, Codable {
        public var id: EdgeID
        public var source: NodeID
        public var target: NodeID
        public var relation: String
        /// How many times the relation was stated.
        public var count: Int
        /// Every statement of it, in the order they were added.
        public var evidence: [Evidence]
        /// True when every statement of it was negated.
        public var negated: Bool
    }

    public private(set) var nodes: [Node] = []
    public private(set) var edges: [Edge] = []
    /// Lower-cased name or alias → node.
    private var lookup: [String: NodeID] = [:]
    /// (source, relation, target) → edge.
    private var edgeIndex: [EdgeKey: EdgeID] = [:]

    private struct EdgeKey: Hashable, Sendable {
        var source: NodeID
        var relation: String
        var target: NodeID
    }

    public init() {}

    public static func == (lhs: KnowledgeGraph, rhs: KnowledgeGraph) -> Bool {
        lhs.nodes == rhs.nodes && lhs.edges == rhs.edges
    }

    /// The node whose name or alias equals `name`, ignoring case.
    /// - Complexity: O(1) on average.
    public func node(named name: String) -> NodeID? { lookup[name.lowercased()] }

    /// Adds an actor, or merges its aliases and attributes into the node it already names.
    @discardableResult
    public mutating func addNode(name: String, type: EntityType, aliases: [String] = [], attributes: [String: String] = [:]) -> NodeID {
        if let existing = lookup[name.lowercased()] {
            var node = nodes[existing.index]
            let merged = Set(node.aliases).union(aliases).subtracting([node.name])
            node.aliases = merged.sorted()
            node.attributes.merge(attributes) { old, _ in old }
            if node.type == .other, type != .other { node.type = type }
            nodes[existing.index] = node
            for alias in aliases where lookup[alias.lowercased()] == nil { lookup[alias.lowercased()] = existing }
            return existing
        }
        let id = NodeID(nodes.count)
        nodes.append(Node(id: id, name: name, type: type,
                          aliases: Set(aliases).subtracting([name]).sorted(), attributes: attributes))
        lookup[name.lowercased()] = id
        for alias in aliases where lookup[alias.lowercased()] == nil { lookup[alias.lowercased()] = id }
        return id
    }

    /// Adds one statement of `relation` from `source` to `target`, merging with an equal edge.
    @discardableResult
    public mutating func addEdge(from source: NodeID, to target: NodeID, relation: String,
                                 evidence: [Evidence], count: Int? = nil, negated: Bool = false) -> EdgeID {
        let key = EdgeKey(source: source, relation: relation, target: target)
        if let existing = edgeIndex[key] {
            edges[existing.index].count += count ?? max(1, evidence.count)
            edges[existing.index].evidence.append(contentsOf: evidence)
            edges[existing.index].negated = edges[existing.index].negated && negated
            return existing
        }
        let id = EdgeID(edges.count)
        edges.append(Edge(id: id, source: source, target: target, relation: relation,
                          count: count ?? max(1, evidence.count), evidence: evidence, negated: negated))
        edgeIndex[key] = id
        return id
    }

    /// Merges a triple: both actors become (or join) nodes, and the relation an edge.
    public mutating func add(_ triple: Triple) {
        let s = addNode(name: triple.subject.name, type: triple.subject.type,
                        aliases: triple.subject.aliases, attributes: triple.subject.attributes)
        let o = addNode(name: triple.object.name, type: triple.object.type,
                        aliases: triple.object.aliases, attributes: triple.object.attributes)
        addEdge(from: s, to: o, relation: triple.relation, evidence: [triple.evidence], count: 1, negated: triple.negated)
    }

    /// Merges every triple in order.
    /// - Complexity: O(n) for n triples.
    public mutating func add(_ triples: some Sequence<Triple>) {
        for triple in triples { add(triple) }
    }
}
