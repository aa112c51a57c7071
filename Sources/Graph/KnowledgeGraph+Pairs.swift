/// Pair edges: all relations between two actors as one undirected, weighted link. Diagrams,
/// `--top` selection and community detection work on these, so fifty parallel relations between
/// two politicians weigh as one strong tie, not fifty ties.
extension KnowledgeGraph {
    /// One `PairEdge` per pair of actors joined by at least one edge, ordered by (first, second).
    /// - Complexity: O(E log E).
    public func pairEdges() -> [PairEdge] {
        var slots: [Int64: Int] = [:]
        var pairs: [PairEdge] = []
        for edge in edges {
            let low = min(edge.source, edge.target), high = max(edge.source, edge.target)
            let key = Int64(low.index) << 32 | Int64(high.index)
            let slot: Int
            if let found = slots[key] {
                slot = found
            } else {
                slot = pairs.count
                slots[key] = slot
                pairs.append(PairEdge(first: low, second: high, edges: [], forward: 0, backward: 0))
            }
            pairs[slot].edges.append(edge.id)
            if edge.source == low { pairs[slot].forward += edge.count } else { pairs[slot].backward += edge.count }
        }
        // Edges are visited in id order, so each pair's edge list is already sorted.
        return pairs.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// The undirected CSR of the pair edges: each node's neighbours (self-loops left out) with
    /// the pair's statement count as weight, neighbours in id order.
    /// - Complexity: O(V + E) once the CSR lists are built.
    public func pairAdjacency() -> WeightedAdjacency {
        outgoing.withBuffers { outOffsets, outNeighbors, outEdges in
            incoming.withBuffers { inOffsets, inNeighbors, inEdges in
                WeightedAdjacency(out: CSRView(offsets: outOffsets, neighbors: outNeighbors, edges: outEdges),
                                  into: CSRView(offsets: inOffsets, neighbors: inNeighbors, edges: inEdges)) { edges[$0.index].count }
            }
        }
    }
}
