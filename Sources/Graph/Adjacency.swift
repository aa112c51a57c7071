/// Compressed sparse row adjacency: for node `n`, its edges are `edges[offsets[n] ..< offsets[n + 1]]`.
///
/// Built once from the edge list; a query walks contiguous arrays instead of hashing.
public struct Adjacency: Sendable, Equatable {
    /// `offsets[n] ..< offsets[n + 1]` indexes the edges of node `n`; count is nodes + 1.
    public let offsets: [Int32]
    /// Edge ids grouped by node, each group ordered by (neighbour, edge id) for deterministic walks.
    public let edges: [EdgeID]
    /// The node at the other end of each entry of `edges`.
    public let neighbors: [NodeID]

    /// Groups `graphEdges` by `key` (the source for outgoing, the target for incoming lists).
    /// - Complexity: O(V + E log E) — a counting sort by node, then a sort within each group.
    init(nodeCount: Int, edges graphEdges: [KnowledgeGraph.Edge], outgoing: Bool) {
        var counts = [Int32](repeating: 0, count: nodeCount + 1)
        for edge in graphEdges {
            let key = outgoing ? edge.source.index : edge.target.index
            counts[key + 1] += 1
        }
        for index in 0..<nodeCount { counts[index + 1] += counts[index] }
        var cursor = counts
        var slots = [(neighbor: NodeID, edge: EdgeID)](repeating: (NodeID(0), EdgeID(0)), count: graphEdges.count)
        for edge in graphEdges {
            let key = outgoing ? edge.source.index : edge.target.index
            let other = outgoing ? edge.target : edge.source
            slots[Int(cursor[key])] = (other, edge.id)
            cursor[key] += 1
        }
        for node in 0..<nodeCount {
            let range = Int(counts[node])..<Int(counts[node + 1])
            if range.count > 1 {
                slots[range].sort { ($0.neighbor, $0.edge) < ($1.neighbor, $1.edge) }
            }
        }
        offsets = counts
        edges = slots.map(\.edge)
        neighbors = slots.map(\.neighbor)
    }

    /// Lists stored as they live in memory (a native file's CSR section); the caller has checked them.
    init(offsets: [Int32], edges: [EdgeID], neighbors: [NodeID]) {
        self.offsets = offsets
        self.edges = edges
        self.neighbors = neighbors
    }

    /// The positions in `edges`/`neighbors` that belong to `node`.
    public func range(of node: NodeID) -> Range<Int> {
        Int(offsets[node.index])..<Int(offsets[node.index + 1])
    }

    /// How many edges `node` has in this direction.
    public func degree(of node: NodeID) -> Int { range(of: node).count }

    /// Runs `body` with the three arrays borrowed as buffers, for tight loops without bounds checks.
    func withBuffers<Result>(_ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<NodeID>, UnsafeBufferPointer<EdgeID>) -> Result) -> Result {
        offsets.withUnsafeBufferPointer { offsets in
            neighbors.withUnsafeBufferPointer { neighbors in
                edges.withUnsafeBufferPointer { edges in body(offsets, neighbors, edges) }
            }
        }
    }
}
