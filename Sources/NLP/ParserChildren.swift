/// What the parser's features read about one token's dependents: the two outermost on each side
/// with their labels, how many there are on each side, and the set of their labels.
struct ParserChildren: Sendable {
    /// Leftmost and second-leftmost, rightmost and second-rightmost children (-1 when none).
    private(set) var leftmost: Int32 = -1, leftmost2: Int32 = -1, rightmost: Int32 = -1, rightmost2: Int32 = -1
    /// Label ids of those children (-1 when none).
    private(set) var leftmostLabel: Int16 = -1, leftmost2Label: Int16 = -1
    private(set) var rightmostLabel: Int16 = -1, rightmost2Label: Int16 = -1
    /// Number of left and right children.
    private(set) var leftCount: Int32 = 0, rightCount: Int32 = 0
    /// Bit sets of the labels of the left and right children (label id mod 64).
    private(set) var leftLabels: UInt64 = 0, rightLabels: UInt64 = 0

    /// No children.
    static let none = ParserChildren()

    /// Records `dependent` with label `label` as a child of `head`.
    @inline(__always)
    mutating func attach(_ dependent: Int, label: Int, head: Int) {
        let child = Int32(dependent), tag = Int16(label)
        let bit: UInt64 = 1 << UInt64(label & 63)
        if dependent < head {
            leftCount += 1
            leftLabels |= bit
            if leftmost < 0 || child < leftmost {
                (leftmost2, leftmost2Label) = (leftmost, leftmostLabel)
                (leftmost, leftmostLabel) = (child, tag)
            } else if leftmost2 < 0 || child < leftmost2 {
                (leftmost2, leftmost2Label) = (child, tag)
            }
        } else {
            rightCount += 1
            rightLabels |= bit
            if child > rightmost {
                (rightmost2, rightmost2Label) = (rightmost, rightmostLabel)
                (rightmost, rightmostLabel) = (child, tag)
            } else if child > rightmost2 {
                (rightmost2, rightmost2Label) = (child, tag)
            }
        }
    }
}
