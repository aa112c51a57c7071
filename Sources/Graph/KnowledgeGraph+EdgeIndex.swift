extension KnowledgeGraph {
    /// A fixed, unseeded mix of (source, relation id, target): the table's layout never reaches
    /// any output, so it need not be randomised, and a fixed hash keeps runs reproducible.
    @inline(__always)
    static func edgeHash(source: NodeID, relation: Int32, target: NodeID) -> Int {
        var hash = UInt64(UInt32(bitPattern: source.rawValue)) &* 0x9E37_79B9_7F4A_7C15
        hash = (hash ^ UInt64(UInt32(bitPattern: relation))) &* 0xC2B2_AE3D_27D4_EB4F
        hash = (hash ^ UInt64(UInt32(bitPattern: target.rawValue))) &* 0x1656_67B1_9E37_79F9
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The edge joining `source` to `target` with `relation`, or the free slot where it belongs.
    /// Linear probing over edge ids; keys are read from the edges themselves, so the index costs
    /// four bytes a slot instead of a dictionary's key copies.
    /// - Complexity: O(1) on average at load ≤ 3/4.
    func findEdge(source: NodeID, relation: Int32, target: NodeID) -> (edge: EdgeID?, slot: Int) {
        let mask = edgeSlots.count - 1
        var slot = Self.edgeHash(source: source, relation: relation, target: target) & mask
        while true {
            let id = Int(edgeSlots[slot])
            if id < 0 { return (nil, slot) }
            if edgeRelations[id] == relation, edges[id].source == source, edges[id].target == target { return (EdgeID(id), slot) }
            slot = (slot + 1) & mask
        }
    }

    /// Makes the index hold `count` edges at load ≤ 3/4, re-inserting the indexed ids when it grows.
    /// - Complexity: O(E) when it grows, O(1) otherwise.
    mutating func reserveEdgeSlots(_ count: Int) {
        var capacity = max(16, edgeSlots.count)
        while count * 4 > capacity * 3 { capacity *= 2 }
        guard capacity > edgeSlots.count else { return }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for id in edgeRelations.indices {
            var slot = Self.edgeHash(source: edges[id].source, relation: edgeRelations[id], target: edges[id].target) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: id)
        }
        edgeSlots = slots
    }
}
