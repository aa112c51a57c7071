import Extraction

/// Summary figures of a graph.
public struct GraphStats: Sendable, Equatable {
    /// An actor and how many distinct edges touch it.
    public struct RankedActor: Sendable, Equatable {
        public var name: String
        public var type: EntityType
        public var degree: Int
    }

    public var nodeCount: Int
    public var edgeCount: Int
    /// Total statements behind the edges (the sum of their counts).
    public var statementCount: Int
    /// Weakly connected components (edge direction ignored).
    public var componentCount: Int
    /// How many nodes have each type; types with no node are left out.
    public var nodesByType: [EntityType: Int]
    /// Actors by degree (incoming + outgoing edges), highest first, ties by name.
    public var topActors: [RankedActor]
}
