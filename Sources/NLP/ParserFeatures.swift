/// Zhang & Nivre (2011)-style feature templates adapted to the arc-hybrid system.
///
/// Token values are hashed once per sentence; index `count` is the root, and absent positions
/// (-1) read 0. The 31 templates over a single token value are a function of the token index
/// alone, so their feature ids are computed once per sentence too.
///
/// The templates come in groups by what they read (tokens only, or a token with its dependents),
/// so that beam decoding can remember each group's score under that key (`ParserGroupScorer`);
/// `extract` writes every group, each feature at its template's index.
struct ParserFeatures {
    /// The number of features of every configuration.
    static let count = 105
    /// (template, value kind) of the single-value templates: 0 word, 1 tag, 2 word+tag.
    private static let singles: [(template: UInt64, kind: Int)] = [
        (1, 0), (2, 1), (3, 2), (4, 0), (5, 1), (6, 2), (7, 0), (8, 1), (9, 2), (10, 0), (11, 1), (12, 2),
        (13, 0), (14, 1), (15, 0), (16, 1), (64, 0), (65, 1), (67, 0), (68, 1), (70, 0), (71, 1), (73, 0),
        (74, 1), (76, 1), (78, 0), (79, 1), (81, 0), (82, 1), (84, 0), (85, 1), (102, 1),
    ]

    /// Values of positions -1…count at index position + 1.
    private let words: [UInt64]
    private let tags: [UInt64]
    private let coarse: [UInt64]
    private let wordTags: [UInt64]
    /// Feature id of single template k for position p at `k * stride + p + 1`.
    private let singleIDs: [UInt32]
    private let stride: Int

    /// Prepares the values of `words` tagged `xpos`/`upos`.
    /// - Complexity: O(n) hashes.
    init(words: [String], xpos: [String], upos: [String]) {
        let words = [0] + words.map { FeatureHash.string(WordForm.normalized($0).lowercased()) } + [3]
        let tags = [0] + xpos.map { FeatureHash.string($0) } + [3]
        let wordTags = zip(words, tags).map { FeatureHash.mix($0, $1) }
        self.words = words
        self.tags = tags
        self.wordTags = wordTags
        coarse = [0] + upos.map { FeatureHash.string($0) } + [3]
        stride = words.count
        var singleIDs: [UInt32] = []
        singleIDs.reserveCapacity(Self.singles.count * stride)
        for (template, kind) in Self.singles {
            let values = kind == 0 ? words : kind == 1 ? tags : wordTags
            singleIDs.append(contentsOf: values.map { FeatureHash.feature(template, $0) })
        }
        self.singleIDs = singleIDs
    }

    /// Writes the features of `state` into `features`.
    func extract(_ state: ParserState, into features: inout [UInt32]) { extract(state.window, into: &features) }

    /// Writes the features of the configuration seen through `window` into `features`.
    /// - Complexity: O(1); `count` features.
    func extract(_ window: ParserWindow, into features: inout [UInt32]) {
        if features.count != Self.count { features = [UInt32](repeating: 0, count: Self.count) }
        features.withUnsafeMutableBufferPointer { fill($0, window) }
    }

    @inline(__always)
    private func fill(_ out: UnsafeMutableBufferPointer<UInt32>, _ window: ParserWindow) {
        let put = { (template: Int, id: UInt32) in out[template] = id }
        front(window, put)
        stackPair(window, put)
        stackTriple(window, put)
        top(window, put)
        second(window, put)
        frontDependents(window, put)
        crossing(window, put)
    }

    @inline(__always)
    private func single(_ slot: Int, _ index: Int) -> UInt32 {
        singleIDs.withUnsafeBufferPointer { $0[slot * stride + index + 1] }
    }

    /// The bias and the templates that read only s0 and the buffer (b1–b3 follow from b0):
    /// a function of (s0, b0). `put` receives (template, feature id).
    /// - Complexity: O(1); 33 features.
    @inline(__always)
    func front(_ window: ParserWindow, _ put: (Int, UInt32) -> Void) {
        let s0 = window.s0, b0 = window.b0, b1 = window.b1
        let s0w = words[s0 + 1], s0t = tags[s0 + 1], b0w = words[b0 + 1], b0t = tags[b0 + 1]
        let b1w = words[b1 + 1], b1t = tags[b1 + 1], b2t = tags[window.b2 + 1]
        let s0wt = wordTags[s0 + 1], b0wt = wordTags[b0 + 1]
        let distance = UInt64(s0 >= 0 && b0 >= 0 ? min(b0 - s0, 12) : 0)
        put(0, FeatureHash.feature(0, 0))
        put(1, single(0, s0)); put(2, single(1, s0)); put(3, single(2, s0))
        put(7, single(6, b0)); put(8, single(7, b0)); put(9, single(8, b0))
        put(10, single(9, b1)); put(11, single(10, b1)); put(12, single(11, b1))
        put(13, single(12, window.b2)); put(14, single(13, window.b2)); put(102, single(31, window.b3))
        put(17, FeatureHash.feature(17, s0wt, b0wt)); put(18, FeatureHash.feature(18, s0wt, b0w))
        put(19, FeatureHash.feature(19, s0w, b0wt)); put(20, FeatureHash.feature(20, s0wt, b0t))
        put(21, FeatureHash.feature(21, s0t, b0wt)); put(22, FeatureHash.feature(22, s0w, b0w))
        put(23, FeatureHash.feature(23, s0t, b0t)); put(24, FeatureHash.feature(24, b0t, b1t))
        put(32, FeatureHash.feature(32, b0t, b1t, b2t)); put(33, FeatureHash.feature(33, s0t, b0t, b1t))
        put(46, FeatureHash.feature(46, s0w, distance)); put(47, FeatureHash.feature(47, s0t, distance))
        put(48, FeatureHash.feature(48, b0w, distance)); put(49, FeatureHash.feature(49, b0t, distance))
        put(50, FeatureHash.feature(50, s0w, b0w, distance)); put(51, FeatureHash.feature(51, s0t, b0t, distance))
        let s0u = coarse[s0 + 1], b0u = coarse[b0 + 1]
        put(99, FeatureHash.feature(99, s0u, b0u)); put(101, FeatureHash.feature(101, s0u, b0u, coarse[b1 + 1]))
        put(103, FeatureHash.feature(103, s0w, b0w, b1w)); put(104, FeatureHash.feature(104, s0t, b1w))
    }

    /// The templates that read only s1 and s0: a function of (s1, s0).
    /// - Complexity: O(1); 14 features.
    @inline(__always)
    func stackPair(_ window: ParserWindow, _ put: (Int, UInt32) -> Void) {
        let s0 = window.s0, s1 = window.s1
        let s0w = words[s0 + 1], s0t = tags[s0 + 1], s1w = words[s1 + 1], s1t = tags[s1 + 1]
        let s0wt = wordTags[s0 + 1], s1wt = wordTags[s1 + 1]
        let distance1 = UInt64(s0 >= 0 && s1 >= 0 ? min(s0 - s1, 12) : 0)
        put(4, single(3, s1)); put(5, single(4, s1)); put(6, single(5, s1))
        put(25, FeatureHash.feature(25, s1wt, s0wt)); put(26, FeatureHash.feature(26, s1wt, s0w))
        put(27, FeatureHash.feature(27, s1w, s0wt)); put(28, FeatureHash.feature(28, s1wt, s0t))
        put(29, FeatureHash.feature(29, s1t, s0wt)); put(30, FeatureHash.feature(30, s1w, s0w))
        put(31, FeatureHash.feature(31, s1t, s0t))
        put(52, FeatureHash.feature(52, s1t, s0t, distance1)); put(53, FeatureHash.feature(53, s1w, s0w, distance1))
        put(54, FeatureHash.feature(54, s1wt, distance1)); put(55, FeatureHash.feature(55, s0wt, distance1))
    }

    /// The templates over s2, s1, s0 and the buffer without dependents: a function of (s2, s1, s0, b0).
    /// - Complexity: O(1); 9 features.
    @inline(__always)
    func stackTriple(_ window: ParserWindow, _ put: (Int, UInt32) -> Void) {
        let s0 = window.s0, s1 = window.s1, b0 = window.b0
        let s0w = words[s0 + 1], s0t = tags[s0 + 1], s1w = words[s1 + 1], s1t = tags[s1 + 1]
        let b0w = words[b0 + 1], b0t = tags[b0 + 1], b1t = tags[window.b1 + 1], s2t = tags[window.s2 + 1]
        put(15, single(14, window.s2)); put(16, single(15, window.s2))
        put(34, FeatureHash.feature(34, s1t, s0t, b0t)); put(35, FeatureHash.feature(35, s2t, s1t, s0t))
        put(42, FeatureHash.feature(42, s1t, s0t, b1t)); put(43, FeatureHash.feature(43, s1w, s0t, b0t))
        put(44, FeatureHash.feature(44, s1t, s0w, b0t)); put(45, FeatureHash.feature(45, s1t, s0t, b0w))
        put(100, FeatureHash.feature(100, coarse[s1 + 1], coarse[s0 + 1], coarse[b0 + 1]))
    }

    /// The templates over s0 and its dependents: a function of the s0 node.
    /// - Complexity: O(1); 23 features.
    @inline(__always)
    func top(_ window: ParserWindow, _ put: (Int, UInt32) -> Void) {
        let s0 = window.s0, c = window.s0Children
        let l1 = Int(c.leftmost), l2 = Int(c.leftmost2), r1 = Int(c.rightmost), r2 = Int(c.rightmost2)
        let s0w = words[s0 + 1], s0t = tags[s0 + 1]
        let present = s0 >= 0
        put(56, FeatureHash.feature(56, s0w, Self.valency(present, c.rightCount)))
        put(57, FeatureHash.feature(57, s0t, Self.valency(present, c.rightCount)))
        put(58, FeatureHash.feature(58, s0w, Self.valency(present, c.leftCount)))
        put(59, FeatureHash.feature(59, s0t, Self.valency(present, c.leftCount)))
        put(64, single(16, l1)); put(65, single(17, l1)); put(67, single(18, r1)); put(68, single(19, r1))
        put(78, single(25, l2)); put(79, single(26, l2)); put(81, single(27, r2)); put(82, single(28, r2))
        let l1Label = Self.label(l1, c.leftmostLabel), r1Label = Self.label(r1, c.rightmostLabel)
        put(66, FeatureHash.feature(66, l1Label)); put(69, FeatureHash.feature(69, r1Label))
        put(80, FeatureHash.feature(80, Self.label(l2, c.leftmost2Label)))
        put(83, FeatureHash.feature(83, Self.label(r2, c.rightmost2Label)))
        put(87, FeatureHash.feature(87, s0t, tags[l1 + 1], tags[l2 + 1]))
        put(88, FeatureHash.feature(88, s0t, tags[r1 + 1], tags[r2 + 1]))
        put(90, FeatureHash.feature(90, s0t, l1Label, r1Label))
        put(92, FeatureHash.feature(92, s0w, Self.labels(present, c.rightLabels)))
        put(93, FeatureHash.feature(93, s0t, Self.labels(present, c.rightLabels)))
        put(94, FeatureHash.feature(94, s0w, Self.labels(present, c.leftLabels)))
        put(95, FeatureHash.feature(95, s0t, Self.labels(present, c.leftLabels)))
    }

    /// The templates over s1 and its dependents: a function of the s1 node.
    /// - Complexity: O(1); 9 features.
    @inline(__always)
    func second(_ window: ParserWindow, _ put: (Int, UInt32) -> Void) {
        let s1 = window.s1, c = window.s1Children, l1 = Int(c.leftmost), r1 = Int(c.rightmost)
        let s1w = words[s1 + 1], s1t = tags[s1 + 1], present = s1 >= 0
        let l1Label = Self.label(l1, c.leftmostLabel), r1Label = Self.label(r1, c.rightmostLabel)
        put(62, FeatureHash.feature(62, s1w, Self.valency(present, c.rightCount)))
        put(63, FeatureHash.feature(63, s1t, Self.valency(present, c.rightCount)))
        put(73, single(22, r1)); put(74, single(23, r1)); put(76, single(24, l1))
        put(75, FeatureHash.feature(75, r1Label)); put(77, FeatureHash.feature(77, l1Label))
        put(91, FeatureHash.feature(91, s1t, l1Label, r1Label))
        put(98, FeatureHash.feature(98, s1t, Self.labels(present, c.rightLabels)))
    }

    /// The templates over b0's dependents: a function of b0 and its dependents.
    /// - Complexity: O(1); 11 features.
    @inline(__always)
    func frontDependents(_ window: ParserWindow, _ put: (Int, UInt32) -> Void) {
        let b0 = window.b0, c = window.b0Children, l1 = Int(c.leftmost), l2 = Int(c.leftmost2)
        let b0w = words[b0 + 1], b0t = tags[b0 + 1], present = b0 >= 0
        put(60, FeatureHash.feature(60, b0w, Self.valency(present, c.leftCount)))
        put(61, FeatureHash.feature(61, b0t, Self.valency(present, c.leftCount)))
        put(70, single(20, l1)); put(71, single(21, l1)); put(84, single(29, l2)); put(85, single(30, l2))
        put(72, FeatureHash.feature(72, Self.label(l1, c.leftmostLabel)))
        put(86, FeatureHash.feature(86, Self.label(l2, c.leftmost2Label)))
        put(89, FeatureHash.feature(89, b0t, tags[l1 + 1], tags[l2 + 1]))
        put(96, FeatureHash.feature(96, b0w, Self.labels(present, c.leftLabels)))
        put(97, FeatureHash.feature(97, b0t, Self.labels(present, c.leftLabels)))
    }

    /// The templates that join a dependent of one item to another item: these are never remembered.
    /// - Complexity: O(1); 6 features.
    @inline(__always)
    func crossing(_ window: ParserWindow, _ put: (Int, UInt32) -> Void) {
        let s0t = tags[window.s0 + 1], s1t = tags[window.s1 + 1], b0t = tags[window.b0 + 1]
        let s0c = window.s0Children
        let s0l1t = tags[Int(s0c.leftmost) + 1], s0r1t = tags[Int(s0c.rightmost) + 1]
        put(36, FeatureHash.feature(36, s0t, s0l1t, b0t)); put(37, FeatureHash.feature(37, s0t, s0r1t, b0t))
        put(38, FeatureHash.feature(38, s0t, b0t, tags[Int(window.b0Children.leftmost) + 1]))
        put(39, FeatureHash.feature(39, s1t, s0t, s0l1t))
        put(40, FeatureHash.feature(40, s1t, tags[Int(window.s1Children.rightmost) + 1], s0t))
        put(41, FeatureHash.feature(41, s1t, s0t, s0r1t))
    }

    /// A dependent's label value: 0 when there is none.
    @inline(__always)
    private static func label(_ index: Int, _ label: Int16) -> UInt64 { index < 0 ? 0 : UInt64(Int(label) + 2) }

    /// A dependent count's value, capped at 6: 0 when the token is absent.
    @inline(__always)
    private static func valency(_ present: Bool, _ count: Int32) -> UInt64 { present ? UInt64(min(Int(count), 6) + 1) : 0 }

    /// A label set's value: 0 when the token is absent.
    @inline(__always)
    private static func labels(_ present: Bool, _ set: UInt64) -> UInt64 { present ? set &+ 1 : 0 }
}
