/// The arc-hybrid dynamic oracle (Goldberg & Nivre 2013): how many gold arcs each move makes unreachable.
struct ParserOracle {
    /// Gold head of each word (the root index `count` for the sentence root).
    let goldHeads: [Int]
    /// Gold label id of each word.
    let goldLabels: [Int]

    /// Gold dependents of `node` still in the buffer.
    private func dependentsInBuffer(_ node: Int, _ state: ParserState) -> Int {
        var lost = 0
        var index = state.front
        while index < state.count {
            if goldHeads[index] == node { lost += 1 }
            index += 1
        }
        return lost
    }

    /// True if `node` is in the buffer (the root counts).
    @inline(__always)
    private func inBuffer(_ node: Int, _ state: ParserState) -> Bool { node >= state.front }

    /// Unlabelled cost of SHIFT.
    func shiftCost(_ state: ParserState) -> Int {
        let b0 = state.front
        var lost = 0
        let top = state.stackItem(0)
        for item in state.stack {
            if goldHeads[item] == b0 { lost += 1 }
            if item != top, goldHeads[b0] == item { lost += 1 }
        }
        return lost
    }

    /// Unlabelled cost of LEFT (s0 ← b0).
    func leftCost(_ state: ParserState) -> Int {
        let s0 = state.stackItem(0), s1 = state.stackItem(1), head = goldHeads[s0]
        var lost = dependentsInBuffer(s0, state)
        if head != state.front, head == s1 || (inBuffer(head, state) && head > state.front) { lost += 1 }
        return lost
    }

    /// Unlabelled cost of RIGHT (s1 → s0).
    func rightCost(_ state: ParserState) -> Int {
        let s0 = state.stackItem(0), s1 = state.stackItem(1), head = goldHeads[s0]
        var lost = dependentsInBuffer(s0, state)
        if head != s1, inBuffer(head, state) { lost += 1 }
        return lost
    }
}
