/// The part of a parser configuration that the feature templates read: the top three stack
/// items, the first four buffer positions, and the dependents of s0, s1 and b0.
struct ParserWindow {
    /// Stack items from the top and buffer items from the front; -1 when absent.
    var s0: Int, s1: Int, s2: Int, b0: Int, b1: Int, b2: Int, b3: Int
    /// Dependents of s0, s1 and b0 (empty when the token is absent).
    var s0Children: ParserChildren, s1Children: ParserChildren, b0Children: ParserChildren
    /// Beam decoding only: ids of the dependent sets of s0, s1 and b0 within one sentence (equal
    /// ids, equal dependents for the same token), so that scores read from them can be
    /// remembered; -1 when a token has no dependents or outside the beam.
    var s0Set: Int = -1, s1Set: Int = -1, b0Set: Int = -1

    /// The window of the configuration with stack items `s0`, `s1`, `s2` and buffer front `front` of `count` words.
    @inline(__always)
    init(s0: Int, s1: Int, s2: Int, front: Int, count: Int,
         s0Children: ParserChildren, s1Children: ParserChildren, b0Children: ParserChildren) {
        self.s0 = s0
        self.s1 = s1
        self.s2 = s2
        b0 = front <= count ? front : -1
        b1 = front + 1 <= count ? front + 1 : -1
        b2 = front + 2 <= count ? front + 2 : -1
        b3 = front + 3 <= count ? front + 3 : -1
        self.s0Children = s0Children
        self.s1Children = s1Children
        self.b0Children = b0Children
    }
}
