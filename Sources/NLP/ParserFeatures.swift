/// Zhang & Nivre (2011)-style feature templates adapted to the arc-hybrid system.
///
/// Token values are hashed once per sentence; index `count` is the root, and absent positions
/// (-1) read 0. The 31 templates over a single token value are a function of the token index
/// alone, so their feature ids are computed once per sentence too.
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

    // swiftlint:disable:next function_body_length
    @inline(__always)
    private func fill(_ out: UnsafeMutableBufferPointer<UInt32>, _ window: ParserWindow) {
        let s0 = window.s0, s1 = window.s1, s2 = window.s2, b0 = window.b0, b1 = window.b1, b2 = window.b2
        let s0c = window.s0Children, s1c = window.s1Children, b0c = window.b0Children
        let s0l1 = Int(s0c.leftmost), s0l2 = Int(s0c.leftmost2), s0r1 = Int(s0c.rightmost), s0r2 = Int(s0c.rightmost2)
        let s1l1 = Int(s1c.leftmost), s1r1 = Int(s1c.rightmost), b0l1 = Int(b0c.leftmost), b0l2 = Int(b0c.leftmost2)
        func word(_ index: Int) -> UInt64 { words[index + 1] }
        func tag(_ index: Int) -> UInt64 { tags[index + 1] }
        func upos(_ index: Int) -> UInt64 { coarse[index + 1] }
        func label(_ index: Int, _ label: Int16) -> UInt64 { index < 0 ? 0 : UInt64(Int(label) + 2) }
        func valency(_ index: Int, _ count: Int32) -> UInt64 { index < 0 ? 0 : UInt64(min(Int(count), 6) + 1) }
        func labels(_ index: Int, _ set: UInt64) -> UInt64 { index < 0 ? 0 : set &+ 1 }
        let s0w = word(s0), s0t = tag(s0), s1w = word(s1), s1t = tag(s1), b0w = word(b0), b0t = tag(b0)
        let b1w = word(b1), b1t = tag(b1), b2t = tag(b2), s2t = tag(s2)
        let s0wt = wordTags[s0 + 1], s1wt = wordTags[s1 + 1], b0wt = wordTags[b0 + 1]
        let distance = UInt64(s0 >= 0 && b0 >= 0 ? min(b0 - s0, 12) : 0)
        let distance1 = UInt64(s0 >= 0 && s1 >= 0 ? min(s0 - s1, 12) : 0)
        singleIDs.withUnsafeBufferPointer { ids in
            func single(_ slot: Int, _ index: Int) -> UInt32 { ids[slot * stride + index + 1] }
            out[0] = FeatureHash.feature(0, 0)
            // Single words.
            out[1] = single(0, s0); out[2] = single(1, s0); out[3] = single(2, s0)
            out[4] = single(3, s1); out[5] = single(4, s1); out[6] = single(5, s1)
            out[7] = single(6, b0); out[8] = single(7, b0); out[9] = single(8, b0)
            out[10] = single(9, b1); out[11] = single(10, b1); out[12] = single(11, b1)
            out[13] = single(12, b2); out[14] = single(13, b2); out[15] = single(14, s2); out[16] = single(15, s2)
            // Children (templates 64–86), at their template positions.
            out[64] = single(16, s0l1); out[65] = single(17, s0l1)
            out[67] = single(18, s0r1); out[68] = single(19, s0r1)
            out[70] = single(20, b0l1); out[71] = single(21, b0l1)
            out[73] = single(22, s1r1); out[74] = single(23, s1r1); out[76] = single(24, s1l1)
            out[78] = single(25, s0l2); out[79] = single(26, s0l2)
            out[81] = single(27, s0r2); out[82] = single(28, s0r2)
            out[84] = single(29, b0l2); out[85] = single(30, b0l2)
            out[102] = single(31, window.b3)
        }
        func add(_ template: UInt64, _ a: UInt64) { out[Int(template)] = FeatureHash.feature(template, a) }
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64) { out[Int(template)] = FeatureHash.feature(template, a, b) }
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) {
            out[Int(template)] = FeatureHash.feature(template, a, b, c)
        }
        // Pairs.
        add(17, s0wt, b0wt); add(18, s0wt, b0w); add(19, s0w, b0wt); add(20, s0wt, b0t); add(21, s0t, b0wt)
        add(22, s0w, b0w); add(23, s0t, b0t); add(24, b0t, b1t)
        add(25, s1wt, s0wt); add(26, s1wt, s0w); add(27, s1w, s0wt); add(28, s1wt, s0t); add(29, s1t, s0wt)
        add(30, s1w, s0w); add(31, s1t, s0t)
        // Triples of tags.
        add(32, b0t, b1t, b2t); add(33, s0t, b0t, b1t); add(34, s1t, s0t, b0t); add(35, s2t, s1t, s0t)
        add(36, s0t, tag(s0l1), b0t); add(37, s0t, tag(s0r1), b0t); add(38, s0t, b0t, tag(b0l1))
        add(39, s1t, s0t, tag(s0l1)); add(40, s1t, tag(s1r1), s0t); add(41, s1t, s0t, tag(s0r1))
        add(42, s1t, s0t, b1t); add(43, s1w, s0t, b0t); add(44, s1t, s0w, b0t); add(45, s1t, s0t, b0w)
        // Distance.
        add(46, s0w, distance); add(47, s0t, distance); add(48, b0w, distance); add(49, b0t, distance)
        add(50, s0w, b0w, distance); add(51, s0t, b0t, distance); add(52, s1t, s0t, distance1)
        add(53, s1w, s0w, distance1); add(54, s1wt, distance1); add(55, s0wt, distance1)
        // Valency.
        add(56, s0w, valency(s0, s0c.rightCount)); add(57, s0t, valency(s0, s0c.rightCount))
        add(58, s0w, valency(s0, s0c.leftCount)); add(59, s0t, valency(s0, s0c.leftCount))
        add(60, b0w, valency(b0, b0c.leftCount)); add(61, b0t, valency(b0, b0c.leftCount))
        add(62, s1w, valency(s1, s1c.rightCount)); add(63, s1t, valency(s1, s1c.rightCount))
        // Children's labels (their words and tags are single templates above).
        add(66, label(s0l1, s0c.leftmostLabel)); add(69, label(s0r1, s0c.rightmostLabel))
        add(72, label(b0l1, b0c.leftmostLabel)); add(75, label(s1r1, s1c.rightmostLabel))
        add(77, label(s1l1, s1c.leftmostLabel)); add(80, label(s0l2, s0c.leftmost2Label))
        add(83, label(s0r2, s0c.rightmost2Label)); add(86, label(b0l2, b0c.leftmost2Label))
        add(87, s0t, tag(s0l1), tag(s0l2)); add(88, s0t, tag(s0r1), tag(s0r2)); add(89, b0t, tag(b0l1), tag(b0l2))
        add(90, s0t, label(s0l1, s0c.leftmostLabel), label(s0r1, s0c.rightmostLabel))
        add(91, s1t, label(s1l1, s1c.leftmostLabel), label(s1r1, s1c.rightmostLabel))
        // Label sets.
        add(92, s0w, labels(s0, s0c.rightLabels)); add(93, s0t, labels(s0, s0c.rightLabels))
        add(94, s0w, labels(s0, s0c.leftLabels)); add(95, s0t, labels(s0, s0c.leftLabels))
        add(96, b0w, labels(b0, b0c.leftLabels)); add(97, b0t, labels(b0, b0c.leftLabels))
        add(98, s1t, labels(s1, s1c.rightLabels))
        // Coarse tags and further look-ahead.
        add(99, upos(s0), upos(b0)); add(100, upos(s1), upos(s0), upos(b0)); add(101, upos(s0), upos(b0), upos(b1))
        add(103, s0w, b0w, b1w); add(104, s0t, b1w)
    }
}
