/// A walk through the graph: consecutive hops, each along one edge.
public struct GraphPath: Sendable, Hashable {
    /// One hop from `from` to `to` along `edge`.
    public struct Hop: Sendable, Hashable {
        public var from: NodeID
        public var to: NodeID
        /// The edge taken; the strongest one (highest count, then lowest id) when several join the two nodes.
        public var edge: EdgeID
        /// False when the hop walks the edge against its direction (only in undirected queries).
        public var forward: Bool

        public init(from: NodeID, to: NodeID, edge: EdgeID, forward: Bool) {
            self.from = from
            self.to = to
            self.edge = edge
            self.forward = forward
        }
    }

    public var hops: [Hop]

    public init(hops: [Hop]) { self.hops = hops }

    /// The nodes visited, start and end included.
    public var nodes: [NodeID] {
        guard let first = hops.first else { return [] }
        return [first.from] + hops.map(\.to)
    }
}
