/// An arc-hybrid parser configuration over one sentence, with the root as an extra token at the
/// end of the buffer (index `count`), so that a single root can be enforced cheaply.
///
/// Moves: SHIFT pushes b0; LEFT-l pops s0 and attaches it to b0; RIGHT-l pops s0 and attaches it to s1.
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
    /// Leftmost and second-leftmost children, rightmost and second-rightmost children (-1 when none).
    private(set) var leftmost: [Int], leftmost2: [Int], rightmost: [Int], rightmost2: [Int]
    /// Number of left and right children.
    private(set) var leftCount: [Int], rightCount: [Int]
    /// Bit sets of the labels of the left and right children.
    private(set) var leftLabels: [UInt64], rightLabels: [UInt64]

    init(count: Int) {
        self.count = count
        let size = count + 1
        heads = [Int](repeating: -1, count: size)
        labels = heads
        leftmost = heads; leftmost2 = heads; rightmost = heads; rightmost2 = heads
        leftCount = [Int](repeating: 0, count: size)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: size)
        rightLabels = leftLabels
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
        let bit: UInt64 = 1 << UInt64(label & 63)
        if dependent < head {
            leftCount[head] += 1
            leftLabels[head] |= bit
            if leftmost[head] < 0 || dependent < leftmost[head] {
                leftmost2[head] = leftmost[head]
                leftmost[head] = dependent
            } else if leftmost2[head] < 0 || dependent < leftmost2[head] {
                leftmost2[head] = dependent
            }
        } else {
            rightCount[head] += 1
            rightLabels[head] |= bit
            if dependent > rightmost[head] {
                rightmost2[head] = rightmost[head]
                rightmost[head] = dependent
            } else if dependent > rightmost2[head] {
                rightmost2[head] = dependent
            }
        }
    }
}
