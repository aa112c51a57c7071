/// An arc-hybrid parser configuration over one sentence, with the root as an extra token at the
/// end of the buffer (index `count`), so that a single root can be enforced cheaply.
///
/// Moves: SHIFT pushes b0; LEFT-l pops s0 and attaches it to b0; RIGHT-l pops s0 and attaches it to s1.
/// Greedy decoding and training mutate one of these in place; the beam uses `ParserBeam`'s
/// shared stack nodes instead, so that its items never copy per-token arrays.
struct ParserState {
    /// The number of words; also the index of the artificial root.
    let count: Int
    private(set) var stack: [Int] = []
    /// The first buffer position (b0); `count` when only the root is left.
    private(set) var front = 0
    /// Head of each word (`count` for the root), -1 while unattached.
    private(set) var heads: [Int]
    /// Label id of each word, -1 while unattached.
    private(set) var labels: [Int]
    /// The dependents of each token that the features read.
    private(set) var children: [ParserChildren]

    init(count: Int) {
        self.count = count
        heads = [Int](repeating: -1, count: count + 1)
        labels = heads
        children = [ParserChildren](repeating: .none, count: count + 1)
        stack.reserveCapacity(count)
    }

    /// True when every word is attached.
    var isTerminal: Bool { front == count && stack.isEmpty }

    /// The stack item `depth` from the top, or -1.
    @inline(__always)
    func stackItem(_ depth: Int) -> Int { depth < stack.count ? stack[stack.count - 1 - depth] : -1 }

    /// The buffer item `offset` from the front (the root counts), or -1.
    @inline(__always)
    func bufferItem(_ offset: Int) -> Int { front + offset <= count ? front + offset : -1 }

    var canShift: Bool { front < count }
    /// Attaching to the root is allowed only for the last word on the stack, so each tree has one root.
    var canLeft: Bool { !stack.isEmpty && (front < count || stack.count == 1) }
    var canRight: Bool { stack.count >= 2 }

    /// What the feature templates read.
    var window: ParserWindow {
        let s0 = stackItem(0), s1 = stackItem(1)
        return ParserWindow(s0: s0, s1: s1, s2: stackItem(2), front: front, count: count,
                            s0Children: s0 < 0 ? .none : children[s0], s1Children: s1 < 0 ? .none : children[s1],
                            b0Children: children[front])
    }

    mutating func shift() {
        stack.append(front)
        front += 1
    }

    mutating func left(label: Int) {
        let dependent = stack.removeLast()
        attach(dependent, to: front, label: label)
    }

    mutating func right(label: Int) {
        let dependent = stack.removeLast()
        attach(dependent, to: stack[stack.count - 1], label: label)
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        children[head].attach(dependent, label: label, head: head)
    }
}
