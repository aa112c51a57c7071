extension KnowledgeGraph {
    /// One shortest path from `source` to `target`, or nil when none exists within `maxHops`
    /// using only what `filter` allows.
    ///
    /// Bidirectional breadth-first search: each round grows whichever frontier is smaller by one
    /// whole level, so only about two balls of half the distance are explored. Per-node state lives
    /// in reusable stamped arrays, so a query costs what it explores. Ties break by discovery order
    /// and node id, and each hop takes the strongest allowed edge (highest count, then lowest id), so
    /// the answer is the same on every run (it may differ from `allShortestPaths(…).first` when
    /// several paths are equally short).
    /// - Complexity: O(V + E) worst case; typically far less on sparse graphs.
    public func shortestPath(from source: NodeID, to target: NodeID, directed: Bool = false, maxHops: Int? = nil,
                             filter: PathFilter = .none) -> GraphPath? {
        guard nodes.indices.contains(source.index), nodes.indices.contains(target.index) else { return nil }
        if source == target { return GraphPath(hops: []) }
        let gate = PathGate(filter, graph: self, endpoints: [source, target])
        let lists = (out: outgoing, into: incoming)
        let hopLimit = maxHops ?? Int.max
        let chain: [NodeID]? = withScratch { scratch in
            let generation = scratch.generation
            scratch.forwardStamp[source.index] = generation
            scratch.forwardDepth[source.index] = 0
            scratch.backwardStamp[target.index] = generation
            scratch.backwardDepth[target.index] = 0
            var forward = [source], backward = [target]
            var forwardDepth = 0, backwardDepth = 0
            while !forward.isEmpty, !backward.isEmpty, forwardDepth + backwardDepth < hopLimit {
                let growForward = forward.count <= backward.count
                let meeting: (node: Int, total: Int)?
                if growForward {
                    forwardDepth += 1
                    meeting = Self.grow(&forward, depth: forwardDepth, scratch: scratch, isForwardSide: true,
                                        lists: lists, directed: directed, gate: gate)
                } else {
                    backwardDepth += 1
                    meeting = Self.grow(&backward, depth: backwardDepth, scratch: scratch, isForwardSide: false,
                                        lists: lists, directed: directed, gate: gate)
                }
                guard let meeting else { continue }
                guard meeting.total <= hopLimit else { return nil }
                var head: [NodeID] = [], node = meeting.node
                while node != source.index {
                    head.append(NodeID(node))
                    node = Int(scratch.forwardParent[node])
                }
                head.append(source)
                var tail: [NodeID] = []
                node = meeting.node
                while node != target.index {
                    node = Int(scratch.backwardParent[node])
                    tail.append(NodeID(node))
                }
                return head.reversed() + tail
            }
            return nil
        }
        guard let chain else { return nil }
        var hops: [GraphPath.Hop] = []
        for (from, to) in zip(chain, chain.dropFirst()) {
            guard let hop = strongestHop(from: from, to: to, directed: directed, gate: gate, lists: lists) else { return nil }
            hops.append(hop)
        }
        return GraphPath(hops: hops)
    }

    /// Expands one side by a level, in frontier order; returns the best meeting with the other side
    /// among the nodes touched (smallest total distance, then node id).
    private static func grow(_ frontier: inout [NodeID], depth: Int, scratch: SearchScratch, isForwardSide: Bool,
                             lists: (out: Adjacency, into: Adjacency), directed: Bool, gate: PathGate) -> (node: Int, total: Int)? {
        let generation = scratch.generation
        var next: [NodeID] = []
        var best: (node: Int, total: Int)?
        // The forward side walks edges along their direction, the backward side against it.
        let primary = isForwardSide ? lists.out : lists.into, secondary = isForwardSide ? lists.into : lists.out
        func visit(_ from: NodeID, _ list: Adjacency) {
            for slot in list.range(of: from) {
                let neighbor = list.neighbors[slot]
                guard gate.allows(edge: list.edges[slot]), gate.allows(node: neighbor) else { continue }
                let index = neighbor.index
                if isForwardSide {
                    if scratch.forwardStamp[index] != generation {
                        scratch.forwardStamp[index] = generation
                        scratch.forwardDepth[index] = Int32(depth)
                        scratch.forwardParent[index] = from.rawValue
                        next.append(neighbor)
                    }
                } else if scratch.backwardStamp[index] != generation {
                    scratch.backwardStamp[index] = generation
                    scratch.backwardDepth[index] = Int32(depth)
                    scratch.backwardParent[index] = from.rawValue
                    next.append(neighbor)
                }
                guard scratch.forwardStamp[index] == generation, scratch.backwardStamp[index] == generation else { continue }
                let total = Int(scratch.forwardDepth[index]) + Int(scratch.backwardDepth[index])
                if best.map({ (total, index) < ($0.total, $0.node) }) ?? true { best = (index, total) }
            }
        }
        for node in frontier {
            visit(node, primary)
            if !directed { visit(node, secondary) }
        }
        frontier = next
        return best
    }

    /// The strongest allowed edge joining `from` to `to`: along it, or (undirected) against it.
    /// - Complexity: O(degree of `from`).
    func strongestHop(from: NodeID, to: NodeID, directed: Bool, gate: PathGate,
                      lists: (out: Adjacency, into: Adjacency)) -> GraphPath.Hop? {
        var best: GraphPath.Hop?
        func consider(_ list: Adjacency, forward: Bool) {
            for slot in list.range(of: from) where list.neighbors[slot] == to && gate.allows(edge: list.edges[slot]) {
                let edge = list.edges[slot]
                if let current = best, (-edges[current.edge.index].count, current.edge) <= (-edges[edge.index].count, edge) { continue }
                best = GraphPath.Hop(from: from, to: to, edge: edge, forward: forward)
            }
        }
        consider(lists.out, forward: true)
        if !directed { consider(lists.into, forward: false) }
        return best
    }
}

extension GraphPath.Hop {
    /// The same hop walked the other way.
    var reversedHop: GraphPath.Hop { GraphPath.Hop(from: to, to: from, edge: edge, forward: !forward) }
}
