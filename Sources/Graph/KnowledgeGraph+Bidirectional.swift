extension KnowledgeGraph {
    /// One shortest path from `source` to `target`, or nil when none exists within `maxHops`.
    ///
    /// Bidirectional breadth-first search: each round grows whichever frontier is smaller by one
    /// whole level, so only about two balls of half the distance are explored. Ties break by
    /// discovery order and node id, so the answer is the same on every run (it may differ from
    /// `allShortestPaths(…).first` when several paths are equally short).
    /// - Complexity: O(V + E) worst case; typically far less on sparse graphs.
    public func shortestPath(from source: NodeID, to target: NodeID, directed: Bool = false, maxHops: Int? = nil) -> GraphPath? {
        guard nodes.indices.contains(source.index), nodes.indices.contains(target.index) else { return nil }
        if source == target { return GraphPath(hops: []) }
        let hopLimit = maxHops ?? Int.max
        var forward = SearchSide(start: source), backward = SearchSide(start: target)
        while !forward.frontier.isEmpty, !backward.frontier.isEmpty, forward.depth + backward.depth < hopLimit {
            let growForward = forward.frontier.count <= backward.frontier.count
            let reached = growForward
                ? grow(&forward, alongEdges: true, directed: directed)
                : grow(&backward, alongEdges: false, directed: directed)
            let meetings = reached.compactMap { node -> (node: NodeID, total: Int)? in
                guard let ahead = forward.distance[node], let behind = backward.distance[node] else { return nil }
                return (node, ahead + behind)
            }
            guard let meeting = meetings.min(by: { ($0.total, $0.node) < ($1.total, $1.node) }) else { continue }
            guard meeting.total <= hopLimit else { return nil }
            // The source side stored its hops pointing back at the source; turn them around.
            let head = forward.hops(to: meeting.node).reversed().map(\.reversedHop)
            return GraphPath(hops: head + backward.hops(to: meeting.node))
        }
        return nil
    }

    /// Expands `side` by one level; returns every node touched, new or already seen by this side.
    private func grow(_ side: inout SearchSide, alongEdges: Bool, directed: Bool) -> [NodeID] {
        side.depth += 1
        var next: [NodeID] = [], touched: [NodeID] = []
        for node in side.frontier {
            for step in steps(from: node, forward: alongEdges, directed: directed) {
                touched.append(step.neighbor)
                guard side.distance[step.neighbor] == nil else { continue }
                side.distance[step.neighbor] = side.depth
                // Stored from the neighbour's point of view: which edge leads back towards the start.
                side.parent[step.neighbor] = GraphPath.Hop(from: step.neighbor, to: node, edge: step.edge, forward: !step.forward)
                next.append(step.neighbor)
            }
        }
        side.frontier = next
        return touched
    }
}

/// One half of a bidirectional search: distances from its start and how each node was reached.
private struct SearchSide {
    var distance: [NodeID: Int]
    var parent: [NodeID: GraphPath.Hop] = [:]
    var frontier: [NodeID]
    var depth = 0

    init(start: NodeID) {
        distance = [start: 0]
        frontier = [start]
    }

    /// The hops from `node` back to the start, nearest first.
    func hops(to node: NodeID) -> [GraphPath.Hop] {
        var result: [GraphPath.Hop] = []
        var current = node
        while let hop = parent[current] {
            result.append(hop)
            current = hop.to
        }
        return result
    }
}

extension GraphPath.Hop {
    /// The same hop walked the other way.
    var reversedHop: GraphPath.Hop { GraphPath.Hop(from: to, to: from, edge: edge, forward: !forward) }
}
