/// Every relation between two actors, in both directions, taken together: the unit a diagram
/// draws as one edge (see `KnowledgeGraph.pairEdges()`).
public struct PairEdge: Sendable, Hashable {
    /// The pair's two actors, `first < second`.
    public var first: NodeID
    public var second: NodeID
    /// The graph's edges between the two, in edge id order.
    public var edges: [EdgeID]
    /// Statements from `first` to `second`, and from `second` to `first` (self-loops count forward).
    public var forward: Int
    public var backward: Int

    /// Every statement between the two actors.
    public var count: Int { forward + backward }

    public init(first: NodeID, second: NodeID, edges: [EdgeID], forward: Int, backward: Int) {
        self.first = first
        self.second = second
        self.edges = edges
        self.forward = forward
        self.backward = backward
    }
}
