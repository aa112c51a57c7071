/// Beam search over arc-hybrid moves, shared by decoding and by global (max-violation) training.
///
/// Every parse of an n-word sentence takes exactly 2n moves, so all items finish together.
/// Items share their stacks: each stack cell is an immutable node (token, the dependents its
/// features read, next cell) in one arena, so a move copies no per-token arrays; a RIGHT move
/// writes one new node for s1, a SHIFT one for b0. Move histories live in another arena of
/// (parent, move) pairs, from which `state(of:)` replays heads and labels at the end.
struct ParserBeam {
    /// One partial parse.
    struct Item {
        var score: Double
        /// The arena node of its last move, or -1 before the first.
        var node: Int32
        /// True while it has made exactly the gold moves (training only).
        var isGold: Bool
        /// The stack's top node, or -1 when the stack is empty.
        fileprivate var top: Int32
        fileprivate var depth: Int32
        /// b0, and its dependents (all to its left).
        fileprivate var front: Int32
        fileprivate var frontChildren: ParserChildren
        /// The id of `frontChildren` (see `dependentSets`), or -1 while b0 has none.
        fileprivate var frontSet: Int32
    }

    /// One stack cell.
    private struct StackNode {
        var token: Int32
        var next: Int32
        var children: ParserChildren
        /// The id of `children`, or -1 when there are none.
        var set: Int32
    }

    /// The number of words.
    let count: Int
    let width: Int
    let labelCount: Int
    /// Items scoring more than this below the best are dropped (decoding only: it rarely loses
    /// the eventual winner, and saves scoring hopeless items).
    let margin: Double
    /// The items, best first.
    private(set) var items: [Item]
    private var nodes: [StackNode] = []
    private var parents: [Int32] = []
    private var moves: [Int16] = []
    /// Ids of dependent sets, keyed by (the head's previous set, head, dependent, label): a set
    /// built by the same attachments in any item gets the same id, so scores that read a token's
    /// dependents can be remembered by (token, id).
    private var dependentSets: [UInt64: Int32] = [:]
    private var setCount: Int32 = 0
    /// Scratch space reused by every step.
    private var next: [Item] = []
    private var candidates: [(score: Double, item: Int32, move: Int32)] = []

    init(count: Int, width: Int, labelCount: Int, margin: Double = .infinity) {
        self.count = count
        self.width = max(1, width)
        self.labelCount = labelCount
        self.margin = margin
        items = [Item(score: 0, node: -1, isGold: true, top: -1, depth: 0, front: 0, frontChildren: .none, frontSet: -1)]
        items.reserveCapacity(self.width)
        next.reserveCapacity(self.width)
        candidates.reserveCapacity(self.width + 1)
        nodes.reserveCapacity(2 * count * self.width)
        parents.reserveCapacity(2 * count * self.width)
        moves.reserveCapacity(2 * count * self.width)
    }

    /// True once the items are complete parses.
    var isFinished: Bool { items[0].front == count && items[0].depth == 0 }

    /// What the features of `item` read.
    @inline(__always)
    private func window(_ item: Item) -> ParserWindow {
        let top = Int(item.top)
        let second = top < 0 ? -1 : Int(nodes[top].next)
        let third = second < 0 ? -1 : Int(nodes[second].next)
        var window = ParserWindow(s0: top < 0 ? -1 : Int(nodes[top].token), s1: second < 0 ? -1 : Int(nodes[second].token),
                                  s2: third < 0 ? -1 : Int(nodes[third].token), front: Int(item.front), count: count,
                                  s0Children: top < 0 ? .none : nodes[top].children,
                                  s1Children: second < 0 ? .none : nodes[second].children, b0Children: item.frontChildren)
        window.s0Set = top < 0 ? -1 : Int(nodes[top].set)
        window.s1Set = second < 0 ? -1 : Int(nodes[second].set)
        window.b0Set = Int(item.frontSet)
        return window
    }

    /// Extends every item by every allowed move and keeps the `width` best (earlier items and moves win ties).
    /// - Complexity: O(k · (f + c · k)) for k items, f features, c classes.
    mutating func advance<Scorer: MoveScorer>(context: ParserFeatures, scorer: Scorer, goldMove: Int?,
                                              features: inout [UInt32], scores: inout [Float]) {
        advance(goldMove: goldMove, scores: &scores) { window, scoreBuffer in
            context.extract(window, into: &features)
            features.withUnsafeBufferPointer { scorer.score($0, into: scoreBuffer) }
        }
    }

    /// Extends every item by every allowed move, scored by `score` (which sets every class's
    /// score for a configuration), and keeps the `width` best.
    /// - Complexity: O(k · (s + c · k)) for k items, s the cost of `score`, c classes.
    mutating func advance(goldMove: Int?, scores: inout [Float],
                          score: (ParserWindow, UnsafeMutableBufferPointer<Float>) -> Void) {
        candidates.removeAll(keepingCapacity: true)
        for itemIndex in items.indices {
            let item = items[itemIndex]
            let depth = Int(item.depth), front = Int(item.front)
            let canShift = front < count, canLeft = depth > 0 && (front < count || depth == 1), canRight = depth >= 2
            scores.withUnsafeMutableBufferPointer { scoreBuffer in
                score(window(item), scoreBuffer)
                if canShift { consider(0..<1, scoreBuffer, item: itemIndex) }
                if canLeft { consider(1..<labelCount + 1, scoreBuffer, item: itemIndex) }
                if canRight { consider(labelCount + 1..<2 * labelCount + 1, scoreBuffer, item: itemIndex) }
            }
        }
        next.removeAll(keepingCapacity: true)
        for candidate in candidates where candidates[0].score - candidate.score <= margin {
            let parent = items[Int(candidate.item)], move = Int(candidate.move)
            var child = parent
            apply(move, to: &child)
            parents.append(parent.node)
            moves.append(Int16(move))
            child.score = candidate.score
            child.node = Int32(moves.count - 1)
            child.isGold = parent.isGold && move == goldMove
            next.append(child)
        }
        swap(&items, &next)
    }

    /// Adds the moves `moves` of item `item`, scored `scores`, to the `width` best candidates so far.
    @inline(__always)
    private mutating func consider(_ moves: Range<Int>, _ scores: UnsafeMutableBufferPointer<Float>, item: Int) {
        let base = items[item].score
        // The score a move must beat: the last kept one's once `width` are kept (ties go to the earlier
        // item and move, so an equal score does not displace it).
        var worst = candidates.count == width ? candidates[width - 1].score : -Double.infinity
        for move in moves {
            let total = base + Double(scores[move])
            guard total > worst else { continue }
            if candidates.count == width {
                candidates[width - 1] = (total, Int32(item), Int32(move))
            } else {
                candidates.append((total, Int32(item), Int32(move)))
            }
            var position = candidates.count - 1
            while position > 0, candidates[position - 1].score < total {
                candidates.swapAt(position - 1, position)
                position -= 1
            }
            if candidates.count == width { worst = candidates[width - 1].score }
        }
    }

    /// Applies move class `move` (as in `ParserModel`) to `item`.
    private mutating func apply(_ move: Int, to item: inout Item) {
        if move == 0 {
            nodes.append(StackNode(token: item.front, next: item.top, children: item.frontChildren, set: item.frontSet))
            item.top = Int32(nodes.count - 1)
            item.depth += 1
            item.front += 1
            item.frontChildren = .none
            item.frontSet = -1
            return
        }
        let top = nodes[Int(item.top)]
        item.depth -= 1
        if move <= labelCount {
            item.frontChildren.attach(Int(top.token), label: move - 1, head: Int(item.front))
            item.frontSet = dependentSet(after: item.frontSet, head: item.front, dependent: top.token, label: move - 1)
            item.top = top.next
        } else {
            var head = nodes[Int(top.next)]
            head.children.attach(Int(top.token), label: move - 1 - labelCount, head: Int(head.token))
            head.set = dependentSet(after: head.set, head: head.token, dependent: top.token, label: move - 1 - labelCount)
            nodes.append(head)
            item.top = Int32(nodes.count - 1)
        }
    }

    /// The id of set `set` of `head`'s dependents with `dependent` attached as `label`.
    private mutating func dependentSet(after set: Int32, head: Int32, dependent: Int32, label: Int) -> Int32 {
        // A key that does not fit (huge sentences or label sets) gets a fresh id: it only loses sharing.
        guard set + 1 < 1 << 24, head < 1 << 15, dependent < 1 << 15, label < 1 << 10 else { return newSet() }
        let key = UInt64(set + 1) << 40 | UInt64(head) << 25 | UInt64(dependent) << 10 | UInt64(label)
        if let id = dependentSets[key] { return id }
        let id = newSet()
        dependentSets[key] = id
        return id
    }

    private mutating func newSet() -> Int32 {
        setCount += 1
        return setCount - 1
    }

    /// The moves leading to arena node `node`, first move first.
    /// - Complexity: O(length).
    func history(of node: Int32) -> [Int] {
        var result: [Int] = []
        var current = node
        while current >= 0 {
            result.append(Int(moves[Int(current)]))
            current = parents[Int(current)]
        }
        return result.reversed()
    }

    /// The configuration reached by `item`, with heads and labels, replayed from its history.
    /// - Complexity: O(n).
    func state(of item: Item) -> ParserState {
        var state = ParserState(count: count)
        for move in history(of: item.node) { ParserModel.apply(move, labelCount: labelCount, to: &state) }
        return state
    }
}
