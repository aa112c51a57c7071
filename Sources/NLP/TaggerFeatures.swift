/// The tagger's feature templates over a sentence's token attributes.
struct TaggerFeatures {
    /// Attributes with two padding tokens on each side.
    private let padded: [TokenAttributes]

    /// The number of real tokens.
    var count: Int { padded.count - 4 }

    /// True when token `index`'s lower-case form was frequent enough in training to get an ambiguity class.
    func isKnown(_ index: Int) -> Bool { padded[index + 2].ambiguity != 0 }

    init(words: [String], ambiguities: [UInt64: UInt64]) {
        var padded: [TokenAttributes] = [.padding(11), .padding(12)]
        padded.reserveCapacity(words.count + 4)
        for word in words { padded.append(.of(word, ambiguities: ambiguities)) }
        padded.append(.padding(13))
        padded.append(.padding(14))
        self.padded = padded
    }

    /// The most features `extract` writes.
    static let maximumCount = 49

    /// Writes the features of token `index` given the two previous tags (class + 1, 0 at the start)
    /// and, for a second pass, the two next tags (0 when unknown).
    /// - Complexity: O(1); about 45 features.
    func extract(_ index: Int, previous: (Int, Int), next: (Int, Int), into features: inout [UInt32]) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.maximumCount) { buffer in
            let count = extract(index, previous: previous, next: next, into: buffer)
            features.removeAll(keepingCapacity: true)
            features.append(contentsOf: buffer[..<count])
        }
    }

    /// Writes the same features into `features` (room for `maximumCount`) and returns how many: the tagger
    /// asks this for every token, and appending to an array cost about as much as hashing the features.
    /// - Complexity: O(1).
    @inline(__always)
    func extract(_ index: Int, previous: (Int, Int), next: (Int, Int), into features: UnsafeMutableBufferPointer<UInt32>) -> Int {
        var count = 0
        let at = index + 2
        let token = padded[at], left = padded[at - 1], left2 = padded[at - 2]
        let right = padded[at + 1], right2 = padded[at + 2]
        let p1 = UInt64(previous.0), p2 = UInt64(previous.1)
        let n1 = UInt64(next.0), n2 = UInt64(next.1)
        func add(_ template: UInt64, _ a: UInt64) {
            features[count] = FeatureHash.feature(template, a)
            count += 1
        }
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64) {
            features[count] = FeatureHash.feature(template, a, b)
            count += 1
        }
        add(1, 0)
        add(2, token.word)
        add(3, token.lower)
        add(4, token.suffixes.0); add(5, token.suffixes.1); add(6, token.suffixes.2); add(7, token.suffixes.3)
        add(8, token.prefixes.0); add(9, token.prefixes.1); add(10, token.prefixes.2); add(11, token.prefixes.3)
        add(12, token.shape)
        add(13, token.flags)
        add(14, left.lower); add(15, right.lower); add(16, left2.lower); add(17, right2.lower)
        add(18, left.suffixes.2); add(19, right.suffixes.2)
        add(20, left.suffixes.0); add(21, right.suffixes.0)
        add(22, p1); add(23, p1, p2); add(24, p1, token.lower); add(25, p1, token.suffixes.2)
        add(26, token.ambiguity); add(27, left.ambiguity); add(28, right.ambiguity); add(29, token.ambiguity, p1)
        add(30, token.ambiguity, right.ambiguity); add(31, left.ambiguity, token.ambiguity)
        add(32, token.lower, right.lower); add(33, left.lower, token.lower)
        add(34, left.shape); add(35, right.shape); add(36, token.shape, right.shape)
        add(37, token.flags, UInt64(index == 0 ? 1 : 2))
        add(38, token.shape, p1)
        add(39, token.suffixes.2, right.lower)
        add(40, left.word, token.shape)
        add(41, right2.ambiguity); add(42, left2.ambiguity)
        add(43, token.ambiguity, right.shape)
        if n1 != 0 {
            add(44, n1); add(45, n1, n2); add(46, n1, token.lower); add(47, p1, n1)
            add(48, n1, token.suffixes.2); add(49, token.ambiguity, n1)
        }
        return count
    }
}
