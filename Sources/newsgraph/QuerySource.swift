import Extraction
import Graph

/// What the query commands print of a graph, whether it is loaded or read in place from a native
/// file; one printing path serves both, so their output cannot drift apart.
protocol QuerySource {
    func actorKey(_ node: NodeID) -> String
    func actorName(_ node: NodeID) -> String
    func actorType(_ node: NodeID) -> EntityType
    /// An edge's relation, statement count and negation.
    func edgeFacts(_ edge: EdgeID) -> (relation: String, count: Int, negated: Bool)
    /// The first statement behind `edge`.
    func firstEvidence(of edge: EdgeID) throws -> Evidence?
    /// Every node within `depth` hops of `center`, with its distance.
    func reach(from center: NodeID, depth: Int, directed: Bool) -> [NodeID: Int]
}

extension KnowledgeGraph: QuerySource {
    func actorKey(_ node: NodeID) -> String { nodes[node.index].key }
    func actorName(_ node: NodeID) -> String { nodes[node.index].name }
    func actorType(_ node: NodeID) -> EntityType { nodes[node.index].type }
    func edgeFacts(_ edge: EdgeID) -> (relation: String, count: Int, negated: Bool) {
        (edges[edge.index].relation, edges[edge.index].count, edges[edge.index].negated)
    }
    func firstEvidence(of edge: EdgeID) throws -> Evidence? { try evidence(of: edge).first }
    func reach(from center: NodeID, depth: Int, directed: Bool) -> [NodeID: Int] { neighborhood(of: center, depth: depth, directed: directed) }
}

extension MappedGraph: QuerySource {
    func actorKey(_ node: NodeID) -> String { nodeKey(node) }
    func actorName(_ node: NodeID) -> String { nodeName(node) }
    func actorType(_ node: NodeID) -> EntityType { nodeType(node) }
    func edgeFacts(_ edge: EdgeID) -> (relation: String, count: Int, negated: Bool) {
        (edgeRelation(edge), edgeStatements(edge), edgeNegated(edge))
    }
    func firstEvidence(of edge: EdgeID) throws -> Evidence? { try evidence(of: edge).first }
    func reach(from center: NodeID, depth: Int, directed: Bool) -> [NodeID: Int] { neighborhood(of: center, depth: depth, directed: directed) }
}
