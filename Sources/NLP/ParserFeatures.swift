/// Zhang & Nivre (2011)-style feature templates adapted to the arc-hybrid system.
///
/// Token values are hashed once per sentence; index `count` is the root, and absent positions read 0.
struct ParserFeatures {
    private let words: [UInt64]
    private let tags: [UInt64]
    private let coarse: [UInt64]

    /// Prepares the values of `words` tagged `xpos`/`upos`.
    init(words: [String], xpos: [String], upos: [String]) {
        self.words = words.map { FeatureHash.string(WordForm.normalized($0).lowercased()) } + [3]
        self.tags = xpos.map { FeatureHash.string($0) } + [3]
        self.coarse = upos.map { FeatureHash.string($0) } + [3]
    }

    @inline(__always) private func word(_ index: Int) -> UInt64 { index < 0 ? 0 : words[index] }
    @inline(__always) private func tag(_ index: Int) -> UInt64 { index < 0 ? 0 : tags[index] }
    @inline(__always) private func upos(_ index: Int) -> UInt64 { index < 0 ? 0 : coarse[index] }

    /// Writes the features of `state` into `features`.
    /// - Complexity: O(1); about 100 features.
    func extract(_ state: ParserState, into features: inout [UInt32]) {
        features.removeAll(keepingCapacity: true)
        let s0 = state.stackItem(0), s1 = state.stackItem(1), s2 = state.stackItem(2)
        let b0 = state.bufferItem(0), b1 = state.bufferItem(1), b2 = state.bufferItem(2), b3 = state.bufferItem(3)
        func child(_ array: [Int], _ index: Int) -> Int { index < 0 ? -1 : array[index] }
        func label(_ index: Int) -> UInt64 { index < 0 ? 0 : UInt64(state.labels[index] + 2) }
        let s0l1 = child(state.leftmost, s0), s0l2 = child(state.leftmost2, s0)
        let s0r1 = child(state.rightmost, s0), s0r2 = child(state.rightmost2, s0)
        let s1l1 = child(state.leftmost, s1), s1r1 = child(state.rightmost, s1)
        let b0l1 = child(state.leftmost, b0), b0l2 = child(state.leftmost2, b0)
        let s0w = word(s0), s0t = tag(s0), s1w = word(s1), s1t = tag(s1), b0w = word(b0), b0t = tag(b0)
        let b1w = word(b1), b1t = tag(b1), b2t = tag(b2)
        let s0wt = FeatureHash.mix(s0w, s0t), s1wt = FeatureHash.mix(s1w, s1t), b0wt = FeatureHash.mix(b0w, b0t)
        let distance = UInt64(s0 >= 0 && b0 >= 0 ? min(b0 - s0, 12) : 0)
        let distance1 = UInt64(s0 >= 0 && s1 >= 0 ? min(s0 - s1, 12) : 0)
        func valency(_ array: [Int], _ index: Int) -> UInt64 { index < 0 ? 0 : UInt64(min(array[index], 6) + 1) }
        func labels(_ array: [UInt64], _ index: Int) -> UInt64 { index < 0 ? 0 : array[index] &+ 1 }
        func add(_ template: UInt64, _ a: UInt64) { features.append(FeatureHash.feature(template, a)) }
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64) { features.append(FeatureHash.feature(template, a, b)) }
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) {
            features.append(FeatureHash.feature(template, a, b, c))
        }
        add(0, 0)
        // Single words.
        add(1, s0w); add(2, s0t); add(3, s0wt); add(4, s1w); add(5, s1t); add(6, s1wt)
        add(7, b0w); add(8, b0t); add(9, b0wt); add(10, b1w); add(11, b1t); add(12, FeatureHash.mix(b1w, b1t))
        add(13, word(b2)); add(14, b2t); add(15, word(s2)); add(16, tag(s2))
        // Pairs.
        add(17, s0wt, b0wt); add(18, s0wt, b0w); add(19, s0w, b0wt); add(20, s0wt, b0t); add(21, s0t, b0wt)
        add(22, s0w, b0w); add(23, s0t, b0t); add(24, b0t, b1t)
        add(25, s1wt, s0wt); add(26, s1wt, s0w); add(27, s1w, s0wt); add(28, s1wt, s0t); add(29, s1t, s0wt)
        add(30, s1w, s0w); add(31, s1t, s0t)
        // Triples of tags.
        add(32, b0t, b1t, b2t); add(33, s0t, b0t, b1t); add(34, s1t, s0t, b0t); add(35, tag(s2), s1t, s0t)
        add(36, s0t, tag(s0l1), b0t); add(37, s0t, tag(s0r1), b0t); add(38, s0t, b0t, tag(b0l1))
        add(39, s1t, s0t, tag(s0l1)); add(40, s1t, tag(s1r1), s0t); add(41, s1t, s0t, tag(s0r1))
        add(42, s1t, s0t, b1t); add(43, s1w, s0t, b0t); add(44, s1t, s0w, b0t); add(45, s1t, s0t, b0w)
        // Distance.
        add(46, s0w, distance); add(47, s0t, distance); add(48, b0w, distance); add(49, b0t, distance)
        add(50, s0w, b0w, distance); add(51, s0t, b0t, distance); add(52, s1t, s0t, distance1)
        add(53, s1w, s0w, distance1); add(54, s1wt, distance1); add(55, s0wt, distance1)
        // Valency.
        add(56, s0w, valency(state.rightCount, s0)); add(57, s0t, valency(state.rightCount, s0))
        add(58, s0w, valency(state.leftCount, s0)); add(59, s0t, valency(state.leftCount, s0))
        add(60, b0w, valency(state.leftCount, b0)); add(61, b0t, valency(state.leftCount, b0))
        add(62, s1w, valency(state.rightCount, s1)); add(63, s1t, valency(state.rightCount, s1))
        // Children.
        add(64, word(s0l1)); add(65, tag(s0l1)); add(66, label(s0l1))
        add(67, word(s0r1)); add(68, tag(s0r1)); add(69, label(s0r1))
        add(70, word(b0l1)); add(71, tag(b0l1)); add(72, label(b0l1))
        add(73, word(s1r1)); add(74, tag(s1r1)); add(75, label(s1r1)); add(76, tag(s1l1)); add(77, label(s1l1))
        add(78, word(s0l2)); add(79, tag(s0l2)); add(80, label(s0l2))
        add(81, word(s0r2)); add(82, tag(s0r2)); add(83, label(s0r2))
        add(84, word(b0l2)); add(85, tag(b0l2)); add(86, label(b0l2))
        add(87, s0t, tag(s0l1), tag(s0l2)); add(88, s0t, tag(s0r1), tag(s0r2)); add(89, b0t, tag(b0l1), tag(b0l2))
        add(90, s0t, label(s0l1), label(s0r1)); add(91, s1t, label(s1l1), label(s1r1))
        // Label sets.
        add(92, s0w, labels(state.rightLabels, s0)); add(93, s0t, labels(state.rightLabels, s0))
        add(94, s0w, labels(state.leftLabels, s0)); add(95, s0t, labels(state.leftLabels, s0))
        add(96, b0w, labels(state.leftLabels, b0)); add(97, b0t, labels(state.leftLabels, b0))
        add(98, s1t, labels(state.rightLabels, s1))
        // Coarse tags and further look-ahead.
        add(99, upos(s0), upos(b0)); add(100, upos(s1), upos(s0), upos(b0)); add(101, upos(s0), upos(b0), upos(b1))
        add(102, tag(b3)); add(103, s0w, b0w, b1w); add(104, s0t, b1w)
    }
}
