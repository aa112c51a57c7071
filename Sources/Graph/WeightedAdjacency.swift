/// An undirected, weighted compressed sparse row graph: node `n`'s neighbours are
/// `neighbors[offsets[n] ..< offsets[n + 1]]` with the matching `weights`.
public struct WeightedAdjacency: Sendable, Equatable {
    /// `offsets[n] ..< offsets[n + 1]` indexes node `n`'s entries; count is nodes + 1.
    public let offsets: [Int]
    /// Neighbours grouped by node, each group in node id order.
    public let neighbors: [NodeID]
    /// The weight of each entry of `neighbors`.
    public let weights: [Double]

    /// Both directions of every pair except self-loops.
    /// - Complexity: O(V + P) for P pairs sorted by (first, second).
    init(nodeCount: Int, pairs: [PairEdge]) {
        var counts = [Int](repeating: 0, count: nodeCount + 1)
        for pair in pairs where pair.first != pair.second {
            counts[pair.first.index + 1] += 1
            counts[pair.second.index + 1] += 1
        }
        for index in 0..<nodeCount { counts[index + 1] += counts[index] }
        var cursor = counts
        var neighbors = [NodeID](repeating: NodeID(0), count: counts[nodeCount])
        var weights = [Double](repeating: 0, count: counts[nodeCount])
        // Pairs sorted by (first, second) fill each group in neighbour order: a node's lower
        // neighbours arrive (as `second`) before its higher ones (as `first`).
        for pair in pairs where pair.first != pair.second {
            for (from, to) in [(pair.first, pair.second), (pair.second, pair.first)] {
                neighbors[cursor[from.index]] = to
                weights[cursor[from.index]] = Double(pair.count)
                cursor[from.index] += 1
            }
        }
        offsets = counts
        self.neighbors = neighbors
        self.weights = weights
    }

    /// The same lists from a graph's outgoing and incoming CSR lists (each node's entries in neighbour
    /// order): a node's two lists are merged, so every pair is summed without hashing or sorting.
    /// - Complexity: O(V + E).
    init(out: CSRView, into: CSRView, count: (EdgeID) -> Int) {
        let nodeCount = out.offsets.count - 1
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var neighbors: [NodeID] = [], weights: [Double] = []
        neighbors.reserveCapacity(out.edges.count * 2)
        weights.reserveCapacity(out.edges.count * 2)
        for node in 0..<nodeCount {
            var outSlot = Int(out.offsets[node]), inSlot = Int(into.offsets[node])
            let outEnd = Int(out.offsets[node + 1]), inEnd = Int(into.offsets[node + 1])
            while outSlot < outEnd || inSlot < inEnd {
                // The lower neighbour of the two lists' heads; all its entries in both lists make one pair.
                let next: NodeID
                if outSlot == outEnd { next = into.neighbors[inSlot] } else if inSlot == inEnd { next = out.neighbors[outSlot] } else {
                    next = min(out.neighbors[outSlot], into.neighbors[inSlot])
                }
                var total = 0
                while outSlot < outEnd, out.neighbors[outSlot] == next { total += count(out.edges[outSlot]); outSlot += 1 }
                while inSlot < inEnd, into.neighbors[inSlot] == next { total += count(into.edges[inSlot]); inSlot += 1 }
                guard next.index != node else { continue }
                neighbors.append(next)
                weights.append(Double(total))
            }
            offsets[node + 1] = neighbors.count
        }
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
    }

    /// How many nodes the adjacency covers.
    public var nodeCount: Int { offsets.count - 1 }

    /// The positions of `node`'s entries.
    public func range(of node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }

    /// The sum of `node`'s entry weights.
    /// - Complexity: O(degree).
    public func strength(of node: Int) -> Double { range(of: node).reduce(0) { $0 + weights[$1] } }
}
