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
    /// Edge ids by (source, relation id, target), open addressing, -1 for free; see `findEdge`.
    var edgeSlots: [Int32] = []
    /// Every distinct relation, by interned id; equal relation strings share one id.
    public private(set) var relationNames: [String] = []
    private var relationLookup: [String: Int32] = [:]
    /// The interned relation id of each edge, by edge index (filters compare ids, not strings).
    private(set) var edgeRelations: [Int32] = []

    /// Outgoing and incoming CSR lists, built lazily and replaced on mutation.
    private var adjacencyCache = AdjacencyCache()

    /// The interned id of `relation`, if any edge carries it.
    public func relationID(_ relation: String) -> Int32? { relationLookup[relation] }

    /// The id of `relation`, interning it on first sight.
    private mutating func intern(_ relation: String) -> Int32 {
        if let id = relationLookup[relation] { return id }
        let id = Int32(truncatingIfNeeded: relationNames.count)
        relationNames.append(relation)
        relationLookup[relation] = id
        return id
    }

    public init() {}

    public static func == (lhs: KnowledgeGraph, rhs: KnowledgeGraph) -> Bool {
        lhs.nodes == rhs.nodes && lhs.edges == rhs.edges
    }

    /// The node whose name or alias equals `name`, ignoring case.
    /// - Complexity: O(1) on average.
    public func node(named name: String) -> NodeID? { lookup[name.lowercased()] }

    /// Outgoing edges of every node, grouped by source.
    /// - Complexity: O(V + E log E) the first time after a mutation, O(1) after that.
    public var outgoing: Adjacency { adjacencyLists.outgoing }

    /// Incoming edges of every node, grouped by target.
    /// - Complexity: O(V + E log E) the first time after a mutation, O(1) after that.
    public var incoming: Adjacency { adjacencyLists.incoming }

    private var adjacencyLists: (outgoing: Adjacency, incoming: Adjacency) {
        adjacencyCache.value { [nodes, edges] in
            (Adjacency(nodeCount: nodes.count, edges: edges, outgoing: true),
             Adjacency(nodeCount: nodes.count, edges: edges, outgoing: false))
        }
    }

    /// Both directions' neighbours in one list, for undirected searches; built on first use.
    var neighborList: NeighborList {
        let lists = adjacencyLists
        return adjacencyCache.neighbors { NeighborList(outgoing: lists.outgoing, incoming: lists.incoming) }
    }

    /// Runs `body` with search scratch sized for this graph, reused across queries.
    func withScratch<Result>(_ body: (SearchScratch) -> Result) -> Result {
        let scratch = adjacencyCache.takeScratch(nodeCount: nodes.count)
        defer { adjacencyCache.giveBack(scratch) }
        scratch.reset()
        return body(scratch)
    }

    /// Drops built adjacency before a mutation; a fresh box keeps copies that share the old one intact.
    private mutating func invalidateAdjacency() {
        if adjacencyCache.isBuilt { adjacencyCache = AdjacencyCache() }
    }

    /// Rebuilds a graph from stored nodes and edges whose ids equal their positions.
    ///
    /// Names are indexed before aliases, as `addNode` would have left them; returns the
    /// reason the lists cannot form a graph, if any.
    init(storedNodes: [Node], storedEdges: [Edge]) throws(StoredGraphProblem) {
        for (index, node) in storedNodes.enumerated() {
            guard node.id.index == index else { throw StoredGraphProblem("node \(index) has id \(node.id.rawValue)") }
            let key = node.name.lowercased()
            guard lookup[key] == nil else { throw StoredGraphProblem("two nodes are named '\(node.name)'") }
            lookup[key] = node.id
        }
        for node in storedNodes {
            for alias in node.aliases where lookup[alias.lowercased()] == nil { lookup[alias.lowercased()] = node.id }
        }
        edges = storedEdges
        reserveEdgeSlots(storedEdges.count)
        for (index, edge) in storedEdges.enumerated() {
            guard edge.id.index == index else { throw StoredGraphProblem("edge \(index) has id \(edge.id.rawValue)") }
            for end in [edge.source, edge.target] where !storedNodes.indices.contains(end.index) {
                throw StoredGraphProblem("edge \(index) refers to node \(end.rawValue), but there are \(storedNodes.count) nodes")
            }
            guard edge.count >= 1 else { throw StoredGraphProblem("edge \(index) has count \(edge.count)") }
            let relation = intern(edge.relation)
            let found = findEdge(source: edge.source, relation: relation, target: edge.target)
            if let earlier = found.edge { throw StoredGraphProblem("edge \(index) repeats edge \(earlier.rawValue)") }
            edgeSlots[found.slot] = edge.id.rawValue
            edgeRelations.append(relation)
        }
        nodes = storedNodes
    }

    /// Adds an actor, or merges it into the node that already has its name or one of its aliases.
    @discardableResult
    public mutating func addNode(name: String, type: EntityType, aliases: [String] = [], attributes: [String: String] = [:]) -> NodeID {
        invalidateAdjacency()
        if let existing = existingNode(name: name, aliases: aliases) {
            if adds(nothingTo: existing, name: name, type: type, aliases: aliases, attributes: attributes) { return existing }
            var node = nodes[existing.index]
            let merged = Set(node.aliases).union(aliases).union([name]).subtracting([node.name])
            node.aliases = merged.sorted()
            node.attributes.merge(attributes) { old, _ in old }
            if node.type == .other, type != .other { node.type = type }
            nodes[existing.index] = node
            for alias in aliases + [name] where lookup[alias.lowercased()] == nil { lookup[alias.lowercased()] = existing }
            return existing
        }
        let id = NodeID(nodes.count)
        nodes.append(Node(id: id, name: name, type: type,
                          aliases: Set(aliases).subtracting([name]).sorted(), attributes: attributes))
        lookup[name.lowercased()] = id
        for alias in aliases where lookup[alias.lowercased()] == nil { lookup[alias.lowercased()] = id }
        return id
    }

    /// True when merging these names, type and attributes into `node` would change nothing: the
    /// common case in large builds, answered without allocating.
    private func adds(nothingTo id: NodeID, name: String, type: EntityType, aliases: [String], attributes: [String: String]) -> Bool {
        // Fields are read in place: copying the node would retain and release its strings and collections.
        let index = id.index
        if nodes[index].type == .other, type != .other { return false }
        if !attributes.isEmpty, attributes.keys.contains(where: { nodes[index].attributes[$0] == nil }) { return false }
        // Every alias of a node is indexed already, so a known name adds no lookup entry either.
        func known(_ candidate: String) -> Bool { candidate == nodes[index].name || nodes[index].aliases.contains(candidate) }
        return known(name) && aliases.allSatisfy(known)
    }

    /// The node that already carries `name`, or failing that one of `aliases`.
    private func existingNode(name: String, aliases: [String]) -> NodeID? {
        if let id = lookup[name.lowercased()] { return id }
        for alias in aliases {
            if let id = lookup[alias.lowercased()] { return id }
        }
        return nil
    }

    /// Adds one statement of `relation` from `source` to `target`, merging with an equal edge.
    @discardableResult
    public mutating func addEdge(from source: NodeID, to target: NodeID, relation: String,
                                 evidence: [Evidence], count: Int? = nil, negated: Bool = false) -> EdgeID {
        invalidateAdjacency()
        let relationID = intern(relation)
        reserveEdgeSlots(edges.count + 1)
        let found = findEdge(source: source, relation: relationID, target: target)
        if let existing = found.edge {
            edges[existing.index].count += count ?? max(1, evidence.count)
            edges[existing.index].evidence.append(contentsOf: evidence)
            edges[existing.index].negated = edges[existing.index].negated && negated
            return existing
        }
        let id = EdgeID(edges.count)
        edges.append(Edge(id: id, source: source, target: target, relation: relation,
                          count: count ?? max(1, evidence.count), evidence: evidence, negated: negated))
        edgeSlots[found.slot] = id.rawValue
        edgeRelations.append(relationID)
        return id
    }

    /// Makes room for `edges` edges in total, so a bulk load neither copies the edge list nor rehashes
    /// its index as it grows (which would briefly hold both copies).
    public mutating func reserveCapacity(edges count: Int) {
        edges.reserveCapacity(count)
        edgeRelations.reserveCapacity(count)
        reserveEdgeSlots(count)
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
