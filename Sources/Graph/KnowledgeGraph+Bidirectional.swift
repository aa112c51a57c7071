extension KnowledgeGraph {
    /// One shortest path from `source` to `target`, or nil when none exists within `maxHops`
    /// using only what `filter` allows.
    ///
    /// Bidirectional breadth-first search: each round grows by one level whichever frontier has fewer
    /// edges to scan, so only about two balls of half the distance are explored. Every meeting found while
    /// growing a level has the same total length, so the search stops at the first one. Per-node
    /// state lives in reusable stamped records, so a query costs what it explores. The answer is the
    /// same on every run: ties break by discovery order (frontier order, then neighbour id), and each
    /// hop takes the strongest allowed edge (highest count, then lowest id). It may differ from
    /// `allShortestPaths(…).first` when several paths are equally short.
    /// - Complexity: O(V + E) worst case; typically far less on sparse graphs.
    public func shortestPath(from source: NodeID, to target: NodeID, directed: Bool = false, maxHops: Int? = nil,
                             filter: PathFilter = .none) -> GraphPath? {
        guard nodes.indices.contains(source.index), nodes.indices.contains(target.index) else { return nil }
        if source == target { return GraphPath(hops: []) }
        let gate = PathGate(filter, graph: self, endpoints: [source, target])
        let lists = (out: outgoing, into: incoming)
        let hopLimit = maxHops ?? Int.max
        // Unfiltered undirected queries scan one merged row per node; the others both lists, checking each edge.
        let merged = !directed && gate.isOpen ? neighborList : nil
        let chain: [NodeID]? = withScratch { scratch in
            lists.out.withBuffers { outOffsets, outNeighbors, outEdges in
                lists.into.withBuffers { inOffsets, inNeighbors, inEdges in
                    (merged?.offsets ?? []).withUnsafeBufferPointer { bothOffsets in
                        (merged?.neighbors ?? []).withUnsafeBufferPointer { bothNeighbors in
                            var search = BidirectionalSearch(
                                states: scratch.states, generation: scratch.generation, gate: gate, directed: directed,
                                out: CSRView(offsets: outOffsets, neighbors: outNeighbors, edges: outEdges),
                                into: CSRView(offsets: inOffsets, neighbors: inNeighbors, edges: inEdges),
                                both: merged == nil ? nil : CSRView(offsets: bothOffsets, neighbors: bothNeighbors, edges: UnsafeBufferPointer(start: nil, count: 0)))
                            return search.run(from: source, to: target, hopLimit: hopLimit)
                        }
                    }
                }
            }
        }
        guard let chain else { return nil }
        var hops: [GraphPath.Hop] = []
        for (from, to) in zip(chain, chain.dropFirst()) {
            guard let hop = strongestHop(from: from, to: to, directed: directed, gate: gate, lists: lists) else { return nil }
            hops.append(hop)
        }
        return GraphPath(hops: hops)
    }

    /// The strongest allowed edge joining `from` to `to`: along it, or (undirected) against it.
    /// - Complexity: O(degree of `from`).
    func strongestHop(from: NodeID, to: NodeID, directed: Bool, gate: PathGate,
                      lists: (out: Adjacency, into: Adjacency)) -> GraphPath.Hop? {
        lists.out.withBuffers { outOffsets, outNeighbors, outEdges in
            lists.into.withBuffers { inOffsets, inNeighbors, inEdges in
                Self.strongestHop(from: from, to: to, directed: directed, gate: gate,
                                  out: CSRView(offsets: outOffsets, neighbors: outNeighbors, edges: outEdges),
                                  into: CSRView(offsets: inOffsets, neighbors: inNeighbors, edges: inEdges),
                                  count: { edges[$0.index].count })
            }
        }
    }

    /// The strongest allowed edge joining `from` to `to` in borrowed lists; `count` gives an edge's statements.
    /// - Complexity: O(degree of `from`).
    static func strongestHop(from: NodeID, to: NodeID, directed: Bool, gate: PathGate, out: CSRView, into: CSRView,
                             count: (EdgeID) -> Int) -> GraphPath.Hop? {
        var best: GraphPath.Hop?
        func consider(_ list: CSRView, forward: Bool) {
            for slot in Int(list.offsets[from.index])..<Int(list.offsets[from.index + 1])
            where list.neighbors[slot] == to && gate.allows(edge: list.edges[slot]) {
                let edge = list.edges[slot]
                if let current = best, (-count(current.edge), current.edge) <= (-count(edge), edge) { continue }
                best = GraphPath.Hop(from: from, to: to, edge: edge, forward: forward)
            }
        }
        consider(out, forward: true)
        if !directed { consider(into, forward: false) }
        return best
    }
}

/// A borrowed view of one adjacency list's arrays, valid inside `Adjacency.withBuffers`.
struct CSRView {
    let offsets: UnsafeBufferPointer<Int32>
    let neighbors: UnsafeBufferPointer<NodeID>
    let edges: UnsafeBufferPointer<EdgeID>
}

/// The two frontiers of one bidirectional search over borrowed buffers.
struct BidirectionalSearch {
    let states: UnsafeMutablePointer<SearchScratch.NodeState>
    let generation: UInt32
    let gate: PathGate
    let directed: Bool
    let out: CSRView
    let into: CSRView
    /// Both directions merged (no edge ids), when the search is undirected and unfiltered.
    let both: CSRView?
    /// Scan outgoing before incoming on both sides, as `both` would, without having built it: a native
    /// file read in place then finds the very path the in-memory graph finds.
    let outFirst: Bool

    init(states: UnsafeMutablePointer<SearchScratch.NodeState>, generation: UInt32, gate: PathGate, directed: Bool,
         out: CSRView, into: CSRView, both: CSRView?, outFirst: Bool = false) {
        self.outFirst = outFirst
        self.states = states
        self.generation = generation
        self.gate = gate
        self.directed = directed
        self.out = out
        self.into = into
        self.both = both
    }

    /// The node chain of a shortest path, source first, or nil.
    mutating func run(from source: NodeID, to target: NodeID, hopLimit: Int) -> [NodeID]? {
        states[source.index].forwardStamp = generation
        states[source.index].forwardDepth = 0
        states[target.index].backwardStamp = generation
        states[target.index].backwardDepth = 0
        var forward = [source], backward = [target]
        var forwardDepth = 0, backwardDepth = 0
        // The side whose frontier has fewer edges to scan grows next: that is the work a level costs.
        var forwardWork = work(of: source, forwardSide: true), backwardWork = work(of: target, forwardSide: false)
        while !forward.isEmpty, !backward.isEmpty, forwardDepth + backwardDepth < hopLimit {
            let meeting: (node: Int, total: Int)?
            if forwardWork <= backwardWork {
                forwardDepth += 1
                (meeting, forwardWork) = grow(&forward, depth: forwardDepth, forwardSide: true)
            } else {
                backwardDepth += 1
                (meeting, backwardWork) = grow(&backward, depth: backwardDepth, forwardSide: false)
            }
            guard let meeting else { continue }
            guard meeting.total <= hopLimit else { return nil }
            var head: [NodeID] = [], node = meeting.node
            while node != source.index {
                head.append(NodeID(rawValue: Int32(node)))
                node = Int(states[node].forwardParent)
            }
            head.append(source)
            var chain = Array(head.reversed())
            node = meeting.node
            while node != target.index {
                node = Int(states[node].backwardParent)
                chain.append(NodeID(rawValue: Int32(node)))
            }
            return chain
        }
        return nil
    }

    /// How many adjacency entries growing `node` on this side scans.
    private func work(of node: NodeID, forwardSide: Bool) -> Int {
        if let both { return Int(both.offsets[node.index + 1] - both.offsets[node.index]) }
        let primary = forwardSide ? out : into, secondary = forwardSide ? into : out
        var total = Int(primary.offsets[node.index + 1] - primary.offsets[node.index])
        if !directed { total += Int(secondary.offsets[node.index + 1] - secondary.offsets[node.index]) }
        return total
    }

    /// Grows one side by a level, in frontier order; returns the first node both sides have reached,
    /// or nil and the work the new frontier will cost.
    private func grow(_ frontier: inout [NodeID], depth: Int, forwardSide: Bool) -> (meeting: (node: Int, total: Int)?, work: Int) {
        var next: [NodeID] = [], nextWork = 0
        next.reserveCapacity(frontier.count * 4)
        // The forward side walks edges along their direction, the backward side against it.
        let outwards = forwardSide || outFirst
        let primary = both ?? (outwards ? out : into), secondary = outwards ? into : out
        let passes = both != nil || directed ? 1 : 2
        for node in frontier {
            for pass in 0..<passes {
                let list = pass == 0 ? primary : secondary
                let start = Int(list.offsets[node.index]), end = Int(list.offsets[node.index + 1])
                for slot in start..<end {
                    let neighbor = list.neighbors[slot]
                    guard gate.isOpen || (gate.allows(edge: list.edges[slot]) && gate.allows(node: neighbor)) else { continue }
                    let state = states + neighbor.index
                    if forwardSide {
                        if state.pointee.forwardStamp != generation {
                            state.pointee.forwardStamp = generation
                            state.pointee.forwardDepth = Int32(depth)
                            state.pointee.forwardParent = node.rawValue
                            next.append(neighbor)
                            nextWork += work(of: neighbor, forwardSide: true)
                        }
                    } else if state.pointee.backwardStamp != generation {
                        state.pointee.backwardStamp = generation
                        state.pointee.backwardDepth = Int32(depth)
                        state.pointee.backwardParent = node.rawValue
                        next.append(neighbor)
                        nextWork += work(of: neighbor, forwardSide: false)
                    }
                    if state.pointee.forwardStamp == generation, state.pointee.backwardStamp == generation {
                        return ((neighbor.index, Int(state.pointee.forwardDepth) + Int(state.pointee.backwardDepth)), 0)
                    }
                }
            }
        }
        frontier = next
        return (nil, nextWork)
    }
}

extension GraphPath.Hop {
    /// The same hop walked the other way.
    var reversedHop: GraphPath.Hop { GraphPath.Hop(from: to, to: from, edge: edge, forward: !forward) }
}
