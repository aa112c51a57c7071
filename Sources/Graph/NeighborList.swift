/// Every neighbour of each node in both directions, outgoing first, as one compressed row per node:
/// an undirected search then scans one contiguous range per node instead of two.
struct NeighborList: Sendable {
    /// `offsets[n] ..< offsets[n + 1]` indexes the neighbours of node `n`.
    let offsets: [Int32]
    let neighbors: [NodeID]

    /// - Complexity: O(V + E).
    init(outgoing: Adjacency, incoming: Adjacency) {
        let nodeCount = outgoing.offsets.count - 1
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        var neighbors: [NodeID] = []
        neighbors.reserveCapacity(outgoing.neighbors.count + incoming.neighbors.count)
        for node in 0..<max(0, nodeCount) {
            let id = NodeID(node)
            neighbors.append(contentsOf: outgoing.neighbors[outgoing.range(of: id)])
            neighbors.append(contentsOf: incoming.neighbors[incoming.range(of: id)])
            offsets[node + 1] = Int32(truncatingIfNeeded: neighbors.count)
        }
        self.offsets = offsets
        self.neighbors = neighbors
    }
}
