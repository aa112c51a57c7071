/// Reusable per-node arrays for breadth-first searches, so a query costs what it explores rather
/// than O(V) to set up. A node's entries are valid only when its stamp equals the current generation.
final class SearchScratch {
    private(set) var generation: UInt32 = 0
    var forwardStamp: [UInt32]
    var backwardStamp: [UInt32]
    var forwardDepth: [Int32]
    var backwardDepth: [Int32]
    var forwardParent: [Int32]
    var backwardParent: [Int32]

    init(nodeCount: Int) {
        forwardStamp = [UInt32](repeating: 0, count: nodeCount)
        backwardStamp = forwardStamp
        forwardDepth = [Int32](repeating: 0, count: nodeCount)
        backwardDepth = forwardDepth
        forwardParent = forwardDepth
        backwardParent = forwardDepth
    }

    var nodeCount: Int { forwardStamp.count }

    /// Starts a new search: every node becomes unseen.
    func reset() {
        if generation == UInt32.max {
            generation = 0
            for index in forwardStamp.indices {
                forwardStamp[index] = 0
                backwardStamp[index] = 0
            }
        }
        generation += 1
    }
}
