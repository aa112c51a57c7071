import Extraction

/// An actor graph: one node per actor, one edge per distinct (subject, relation, object),
/// each edge keeping every piece of evidence that stated it.
public struct KnowledgeGraph: Sendable, Equatable {
    /// An actor in the graph.
    public struct Node: Sendable, Hashable {
        public var id: NodeID
        /// The actor's identity key, unique in the graph and kept by every view ("gaz:country:NER",
        /// "name:tony blair", or a key of one document for descriptions and bare surnames).
        public var key: String
        public var name: String
        public var type: EntityType
        /// Other names that articles used for this node, sorted: provenance for lookups, never merge keys.
        public var aliases: [String]
        public var attributes: [String: String]
        /// Each document's view of the actor, sorted; see `ActorRecord`.
        public var records: [ActorRecord]

        public init(id: NodeID, key: String, name: String, type: EntityType, aliases: [String],
                    attributes: [String: String], records: [ActorRecord]) {
            self.id = id
            self.key = key
            self.name = name
            self.type = type
            self.aliases = aliases
            self.attributes = attributes
            self.records = records
        }
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
    /// Lower-cased name → nodes of that name (several only for actors of different documents).
    private var nameLookup: [String: [NodeID]] = [:]
    /// Lower-cased alias → nodes that carry it; used for queries only when it names one node.
    private var aliasLookup: [String: [NodeID]] = [:]
    /// Identity key → node; the only index that merges actors.
    private var keyLookup: [String: NodeID] = [:]
    /// (node, record) pairs already added, so repeated triples add no record. Built from the nodes on
    /// the first merge that needs it (`recordSetIsBuilt`): a canonical rebuild or a loaded graph
    /// holds millions of records that nothing may ever be merged into.
    private var recordSet: Set<RecordSlot> = []
    private var recordSetIsBuilt = false
    /// The rules that turn records into identity keys.
    public var identity: IdentityRules = .standard { didSet { keyMemo = IdentityMemo() } }
    /// Primary keys already worked out for the actor shapes `addNode` has met (under `identity`).
    private var keyMemo = IdentityMemo()
    /// Documents whose statements the graph holds, with a hash of their content when known.
    public var documents: [String: String] = [:]
    /// Edge ids by (source, relation id, target), open addressing, -1 for free; see `findEdge`.
    var edgeSlots: [Int32] = []
    /// Every distinct relation, by interned id; equal relation strings share one id.
    public private(set) var relationNames: [String] = []
    private var relationLookup: [String: Int32] = [:]
    /// The interned relation id of each edge, by edge index (filters compare ids, not strings).
    private(set) var edgeRelations: [Int32] = []

    /// The native file whose evidence this graph left on disk (see `NativeGraph.Loading.structure`);
    /// `evidence(of:)` reads from it. Views rebuild the graph, so they never carry another graph's file.
    var provenance: NativeGraph?

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
        lhs.nodes == rhs.nodes && lhs.edges == rhs.edges && lhs.documents == rhs.documents
    }

    /// The node named `name` (ignoring case), or failing that the one node that carries it as an
    /// alias; nil when there is none or several (see `nodes(named:)`).
    /// - Complexity: O(1) on average.
    public func node(named name: String) -> NodeID? {
        let key = name.lowercased()
        if let named = nameLookup[key] { return named.count == 1 ? named[0] : nil }
        if let aliased = aliasLookup[key], aliased.count == 1 { return aliased[0] }
        return nil
    }

    /// Every node named `name`, or failing that every node that carries it as an alias.
    /// - Complexity: O(1) on average.
    public func nodes(named name: String) -> [NodeID] {
        let key = name.lowercased()
        return nameLookup[key] ?? aliasLookup[key] ?? []
    }

    /// The node whose identity key is `key`.
    public func node(key: String) -> NodeID? { keyLookup[key] }

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
    /// `relationKeys`, when given, holds one small key per edge such that equal keys mean equal
    /// relations (a native file's string ids): each relation is then interned once, not once an edge.
    /// `indexEdges` false leaves the edge index (and the check for repeated edges) to the first mutation.
    init(storedNodes: [Node], storedEdges: [Edge], relationKeys: [UInt32]? = nil, indexEdges: Bool = true) throws(StoredGraphProblem) {
        // Sized once: growing them node by node rehashes every key a dozen times on a large graph.
        keyLookup.reserveCapacity(storedNodes.count)
        nameLookup.reserveCapacity(storedNodes.count)
        for (index, node) in storedNodes.enumerated() {
            guard node.id.index == index else { throw StoredGraphProblem("node \(index) has id \(node.id.rawValue)") }
            guard keyLookup[node.key] == nil else { throw StoredGraphProblem("two nodes have the key '\(node.key)'") }
            register(node)
        }
        edges = storedEdges
        // Without the index a read-only query skips E random probes; the first `addEdge` builds it whole.
        if indexEdges { reserveEdgeSlots(storedEdges.count) }
        guard relationKeys.map({ $0.count == storedEdges.count }) ?? true else { throw StoredGraphProblem("relation keys do not match the edges") }
        var internedKeys: [Int32] = []
        edgeRelations.reserveCapacity(storedEdges.count)
        for (index, edge) in storedEdges.enumerated() {
            guard edge.id.index == index else { throw StoredGraphProblem("edge \(index) has id \(edge.id.rawValue)") }
            let sourceKnown = storedNodes.indices.contains(edge.source.index)
            if !sourceKnown || !storedNodes.indices.contains(edge.target.index) {
                let end = sourceKnown ? edge.target : edge.source
                throw StoredGraphProblem("edge \(index) refers to node \(end.rawValue), but there are \(storedNodes.count) nodes")
            }
            guard edge.count >= 1 else { throw StoredGraphProblem("edge \(index) has count \(edge.count)") }
            let relation: Int32
            if let relationKeys {
                let key = Int(relationKeys[index])
                if key >= internedKeys.count { internedKeys += repeatElement(-1, count: key + 1 - internedKeys.count) }
                if internedKeys[key] < 0 { internedKeys[key] = intern(edge.relation) }
                relation = internedKeys[key]
            } else {
                relation = intern(edge.relation)
            }
            edgeRelations.append(relation)
            guard indexEdges else { continue }
            let found = findEdge(source: edge.source, relation: relation, target: edge.target)
            if let earlier = found.edge { throw StoredGraphProblem("edge \(index) repeats edge \(earlier.rawValue)") }
            edgeSlots[found.slot] = edge.id.rawValue
        }
        nodes = storedNodes
    }

    /// Fills in provenance read after the structure (a native file's evidence and records); the
    /// structure is untouched, so built adjacency stays valid.
    mutating func attachProvenance(evidence: [EdgeID: [Evidence]], records: [NodeID: [ActorRecord]]) {
        for (id, items) in evidence { edges[id.index].evidence = items }
        for (id, items) in records {
            nodes[id.index].records = items
            if recordSetIsBuilt { for record in items { recordSet.insert(RecordSlot(node: id, record: record)) } }
        }
    }

    /// Installs adjacency lists read from a native file, so the first query need not build them.
    mutating func seedAdjacency(outgoing: Adjacency, incoming: Adjacency) {
        adjacencyCache = AdjacencyCache()
        _ = adjacencyCache.value { (outgoing, incoming) }
    }

    /// Adds an actor read in no particular document (a DOT file, a hand-made graph), or merges it
    /// into the node with the same identity key; see `addNode(_:)`.
    @discardableResult
    public mutating func addNode(name: String, type: EntityType, aliases: [String] = [], attributes: [String: String] = [:]) -> NodeID {
        addNode(ActorRecord(document: "", name: name, type: type, aliases: aliases, attributes: attributes))
    }

    /// Adds one document's view of an actor, or merges it into the node that already has its primary
    /// identity key. Aliases are kept as provenance, never used to merge. `canonicalized()` then
    /// applies every identity rule across the whole graph.
    /// - Complexity: O(1) on average, plus the record's names.
    @discardableResult
    public mutating func addNode(_ record: ActorRecord) -> NodeID {
        addNode(record, key: keyMemo.primaryKey(for: record, rules: identity).value)
    }

    /// Adds `node` under its own key with the next id, or, when a node has that key already, adds
    /// its records there. Readers of stored graphs use it so that actors keep their identities.
    @discardableResult
    public mutating func insert(_ node: Node) -> NodeID {
        guard keyLookup[node.key] != nil else { return appendVerbatim(node) }
        var id: NodeID?
        let records = node.records.isEmpty
            ? [ActorRecord(document: "", name: node.name, type: node.type, aliases: node.aliases, attributes: node.attributes)]
            : node.records
        for record in records { id = addNode(record, key: node.key) }
        return id ?? appendVerbatim(node)
    }

    private mutating func addNode(_ record: ActorRecord, key: String) -> NodeID {
        invalidateAdjacency()
        if let existing = keyLookup[key] {
            // Articles repeat an actor triple after triple: the same record as last time adds nothing.
            if nodes[existing.index].records.last == record { return existing }
            buildRecordSet()
            guard recordSet.insert(RecordSlot(node: existing, record: record)).inserted else { return existing }
            // Changed in place: a copy of the node would copy its whole record list on every append.
            nodes[existing.index].records.append(record)
            let name = nodes[existing.index].name, known = nodes[existing.index].aliases
            // Most records repeat the node's name and add no alias: no sets to build then.
            let fresh = record.aliases.isEmpty && record.name == name
                ? [] : Set(record.aliases + [record.name]).subtracting(known).subtracting([name])
            if !fresh.isEmpty {
                nodes[existing.index].aliases = (known + fresh).sorted()
                for alias in fresh where aliasLookup[alias.lowercased()]?.contains(existing) != true {
                    aliasLookup[alias.lowercased(), default: []].append(existing)
                }
            }
            if !record.attributes.isEmpty { nodes[existing.index].attributes.merge(record.attributes) { old, _ in old } }
            if nodes[existing.index].type == .other, record.type != .other { nodes[existing.index].type = record.type }
            return existing
        }
        let id = NodeID(nodes.count)
        let node = Node(id: id, key: key, name: record.name, type: record.type, aliases: record.aliases,
                        attributes: record.attributes, records: [record])
        nodes.append(node)
        register(node)
        if recordSetIsBuilt { recordSet.insert(RecordSlot(node: id, record: record)) }
        return id
    }

    /// Frees the duplicate-record set (rebuilt by the next merge that needs it): `build` drops it before
    /// the canonical rebuild, which needs none, so the two graphs never hold it at once.
    public mutating func dropRecordIndex() {
        recordSet = []
        recordSetIsBuilt = false
    }

    /// Fills the duplicate-record set from the nodes, once, before the first merge that consults it.
    private mutating func buildRecordSet() {
        guard !recordSetIsBuilt else { return }
        recordSetIsBuilt = true
        recordSet.reserveCapacity(nodes.reduce(0) { $0 + $1.records.count })
        for node in nodes {
            for record in node.records { recordSet.insert(RecordSlot(node: node.id, record: record)) }
        }
    }

    /// Appends `node` as it is, with the next id: views and canonical rebuilds copy nodes this way so
    /// that nothing re-merges. The caller guarantees the key is new.
    @discardableResult
    mutating func appendVerbatim(_ node: Node) -> NodeID {
        invalidateAdjacency()
        var copy = node
        copy.id = NodeID(nodes.count)
        nodes.append(copy)
        register(copy)
        if recordSetIsBuilt { for record in copy.records { recordSet.insert(RecordSlot(node: copy.id, record: record)) } }
        return copy.id
    }

    /// Enters a node's key, name and aliases into the look-up tables.
    private mutating func register(_ node: Node) {
        keyLookup[node.key] = node.id
        nameLookup[node.name.lowercased(), default: []].append(node.id)
        for alias in node.aliases where aliasLookup[alias.lowercased()]?.last != node.id {
            aliasLookup[alias.lowercased(), default: []].append(node.id)
        }
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

    /// Room for `count` actor records in all, so the duplicate-record set is not rehashed as it grows.
    mutating func reserveCapacity(records count: Int) {
        buildRecordSet()
        recordSet.reserveCapacity(count)
    }

    /// Merges a triple: both actors become (or join) nodes, and the relation an edge.
    public mutating func add(_ triple: Triple) {
        let document = triple.evidence.document
        let s = addNode(ActorRecord(triple.subject, document: document))
        let o = addNode(ActorRecord(triple.object, document: document))
        if !document.isEmpty, documents[document] == nil { documents[document] = "" }
        addEdge(from: s, to: o, relation: triple.relation, evidence: [triple.evidence], count: 1, negated: triple.negated)
    }

    /// Merges every triple in order.
    /// - Complexity: O(n) for n triples.
    public mutating func add(_ triples: some Sequence<Triple>) {
        for triple in triples { add(triple) }
    }
}
