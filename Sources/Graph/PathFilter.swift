import Extraction

/// Restricts which edges and nodes a path may use.
///
/// Relations limit the edges; types and avoided actors limit the nodes a path passes *through* —
/// its two ends are always allowed, so "avoid X" never hides a query about X itself.
public struct PathFilter: Sendable, Equatable {
    /// Only edges with one of these relations, or any relation when nil.
    public var relations: Set<String>?
    /// Only intermediate actors of these types, or any type when nil.
    public var types: Set<EntityType>?
    /// Actors no path may pass through.
    public var avoid: Set<NodeID>

    public init(relations: Set<String>? = nil, types: Set<EntityType>? = nil, avoid: Set<NodeID> = []) {
        self.relations = relations
        self.types = types
        self.avoid = avoid
    }

    /// No restriction.
    public static let none = PathFilter()
}

/// A `PathFilter` resolved against one graph and one query's endpoints, as flat lookups.
struct PathGate {
    /// Allowed relation ids, by id; nil allows all.
    private let relationAllowed: [Bool]?
    /// Blocked nodes, by index; nil blocks none.
    private let nodeBlocked: [Bool]?
    private let edgeRelations: [Int32]

    /// A gate that lets everything through, for graphs read in place (no relation ids to consult).
    init() {
        relationAllowed = nil
        nodeBlocked = nil
        edgeRelations = []
    }

    /// - Complexity: O(R) for a relation filter, plus O(V) for a node filter.
    init(_ filter: PathFilter, graph: KnowledgeGraph, endpoints: [NodeID]) {
        edgeRelations = graph.edgeRelations
        if let relations = filter.relations {
            relationAllowed = graph.relationNames.map { relations.contains($0) }
        } else {
            relationAllowed = nil
        }
        if filter.types != nil || !filter.avoid.isEmpty {
            var blocked = graph.nodes.map { node in filter.types.map { !$0.contains(node.type) } ?? false }
            for node in filter.avoid where blocked.indices.contains(node.index) { blocked[node.index] = true }
            for end in endpoints where blocked.indices.contains(end.index) { blocked[end.index] = false }
            nodeBlocked = blocked
        } else {
            nodeBlocked = nil
        }
    }

    /// True when no edge or node is excluded.
    var isOpen: Bool { relationAllowed == nil && nodeBlocked == nil }

    @inline(__always) func allows(edge: EdgeID) -> Bool {
        guard let relationAllowed else { return true }
        return relationAllowed[Int(edgeRelations[edge.index])]
    }

    @inline(__always) func allows(node: NodeID) -> Bool {
        guard let nodeBlocked else { return true }
        return !nodeBlocked[node.index]
    }
}
