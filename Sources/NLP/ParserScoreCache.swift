/// Partial move scores of one sentence's feature groups, remembered by the tokens each group reads.
///
/// Beam items at one step mostly differ in arc labels, and a stack top and buffer front recur
/// across steps, so most group look-ups repeat within a sentence: on EWT dev only 35% of the
/// items scored have a new (s0, b0), 21% a new (s1, s0) and 45% a new (s2, s1, s0, b0). A repeat
/// replaces the group's weight look-ups (a cache miss each, into tens of megabytes of weights)
/// by one vector add. A group's sum is computed the same way whether or not it was remembered,
/// so decoding stays deterministic.
struct ParserScoreCache {
    /// The groups, by what they read.
    enum Group: UInt64 {
        /// (s0, b0) tokens; (s1, s0) tokens; (s2, s1, s0, b0) tokens.
        case front = 1, stackPair, stackTriple
        /// s0, s1 and b0, each with its dependents.
        case top, second, frontDependents
    }

    /// The number of classes in each remembered sum.
    let classes: Int
    /// Open-addressing keys (0 = empty) and the offset of each key's sums in `sums`.
    private var keys: [UInt64]
    private var offsets: [Int32]
    private var sums: [Float] = []
    /// One row of zeros: appending a copy is a memcpy, where appending `repeatElement(0, count:)` went
    /// element by element (4% of extraction's instructions).
    private let zeros: [Float]
    private var used = 0
    private var shift: UInt64

    /// True when token indices of a sentence of `count` words fit in a key.
    static func fits(count: Int) -> Bool { count + 2 < 1 << 15 }

    /// An empty cache for `classes` classes, sized for about `expected` keys.
    init(classes: Int, expected: Int) {
        self.classes = classes
        zeros = [Float](repeating: 0, count: classes)
        // Beam decoding computes about 10 groups per word: reserving room for them spares the growth copies,
        // which cost as much as the appends themselves.
        sums.reserveCapacity(2 * expected * classes)
        var size = 64, shift: UInt64 = 58
        while size < 2 * expected { size <<= 1; shift -= 1 }
        keys = [UInt64](repeating: 0, count: size)
        offsets = [Int32](repeating: 0, count: size)
        self.shift = shift
    }

    /// The key of `group` over tokens `a`…`d` (-1 for unused or absent); never 0.
    @inline(__always)
    static func key(_ group: Group, _ a: Int, _ b: Int, _ c: Int = -1, _ d: Int = -1) -> UInt64 {
        group.rawValue << 60 | UInt64(a + 1) << 45 | UInt64(b + 1) << 30 | UInt64(c + 1) << 15 | UInt64(d + 1)
    }

    /// The key of `group` over token `token` with dependent set `set` (-1 for none); never 0.
    @inline(__always)
    static func key(_ group: Group, set: Int, token: Int) -> UInt64 {
        group.rawValue << 60 | UInt64(token + 1) << 44 | UInt64(set + 1)
    }

    /// Adds the sums remembered for `key` to `scores`, computing them with `compute` (into zeroed
    /// space) the first time.
    /// - Complexity: O(c) for c classes, plus `compute` on the first use of a key.
    @inline(__always)
    mutating func add(_ key: UInt64, to scores: UnsafeMutableBufferPointer<Float>,
                      compute: (UnsafeMutableBufferPointer<Float>) -> Void) {
        var slot = home(of: key)
        let found = keys.withUnsafeBufferPointer { keyBuffer in
            let mask = keyBuffer.count - 1
            while keyBuffer[slot] != 0, keyBuffer[slot] != key { slot = (slot + 1) & mask }
            return keyBuffer[slot] == key
        }
        let offset: Int
        if found {
            offset = Int(offsets[slot])
        } else {
            offset = sums.count
            sums.append(contentsOf: zeros)
            sums.withUnsafeMutableBufferPointer { buffer in
                compute(UnsafeMutableBufferPointer(rebasing: buffer[offset..<offset + classes]))
            }
            keys[slot] = key
            offsets[slot] = Int32(offset)
            used += 1
            if 2 * used > keys.count { grow() }
        }
        sums.withUnsafeBufferPointer { buffer in
            guard let source = buffer.baseAddress.map({ $0 + offset }), let target = scores.baseAddress else { return }
            for index in 0..<classes { target[index] += source[index] }
        }
    }

    /// The slot where the probe for `key` starts: the top bits of a multiplicative hash.
    @inline(__always)
    private func home(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Doubles the table, keeping every key.
    private mutating func grow() {
        let oldKeys = keys, oldOffsets = offsets
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        offsets = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (key, offset) in zip(oldKeys, oldOffsets) where key != 0 {
            var slot = home(of: key)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            offsets[slot] = offset
        }
    }
}
