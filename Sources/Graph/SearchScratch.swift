/// Reusable per-node state for bidirectional breadth-first searches, so a query costs what it
/// explores rather than O(V) to set up. A side's fields of a node are valid only while its stamp
/// equals the current generation. Both sides share one record per node, so a visit touches one
/// cache line.
final class SearchScratch {
    /// One node's state on the forward (source) and backward (target) side.
    struct NodeState {
        var forwardStamp: UInt32 = 0
        var backwardStamp: UInt32 = 0
        var forwardDepth: Int32 = 0
        var backwardDepth: Int32 = 0
        var forwardParent: Int32 = 0
        var backwardParent: Int32 = 0
    }

    private(set) var generation: UInt32 = 0
    let nodeCount: Int
    /// `nodeCount` records, owned by this object.
    let states: UnsafeMutablePointer<NodeState>

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        states = UnsafeMutablePointer<NodeState>.allocate(capacity: max(1, nodeCount))
        states.initialize(repeating: NodeState(), count: max(1, nodeCount))
    }

    deinit {
        states.deinitialize(count: max(1, nodeCount))
        states.deallocate()
    }

    /// Starts a new search: every node becomes unseen.
    func reset() {
        if generation == UInt32.max {
            generation = 0
            states.update(repeating: NodeState(), count: max(1, nodeCount))
        }
        generation += 1
    }
}
