import Extraction
import Graph

/// What the listing commands print of an actor, whether the graph is loaded or read in place from a
/// native file; one printing path serves both, so their output cannot drift apart.
protocol ActorNaming {
    func actorKey(_ node: NodeID) -> String
    func actorName(_ node: NodeID) -> String
    func actorType(_ node: NodeID) -> EntityType
}

extension KnowledgeGraph: ActorNaming {
    func actorKey(_ node: NodeID) -> String { nodes[node.index].key }
    func actorName(_ node: NodeID) -> String { nodes[node.index].name }
    func actorType(_ node: NodeID) -> EntityType { nodes[node.index].type }
}

extension MappedGraph: ActorNaming {
    func actorKey(_ node: NodeID) -> String { nodeKey(node) }
    func actorName(_ node: NodeID) -> String { nodeName(node) }
    func actorType(_ node: NodeID) -> EntityType { nodeType(node) }
}
