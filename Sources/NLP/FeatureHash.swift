/// Cheap 64-bit hashing of strings and integer tuples for perceptron feature ids.
///
/// Stable across runs and platforms (unlike `Hasher`), so hashed features can be stored in a model.
enum FeatureHash {
    /// FNV-1a over the UTF-8 bytes, never 0.
    /// - Complexity: O(n) in the byte count.
    @inline(__always)
    static func string(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash == 0 ? 1 : hash
    }

    /// FNV-1a fed one byte at a time; `value` equals `string` of the same bytes.
    struct Running {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

        @inline(__always)
        mutating func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

        var value: UInt64 { hash == 0 ? 1 : hash }
    }

    /// Mixes `value` into `seed` (a splitmix64 finaliser step).
    @inline(__always)
    static func mix(_ seed: UInt64, _ value: UInt64) -> UInt64 {
        var x = seed &+ 0x9e37_79b9_7f4a_7c15 &+ (value &* 0xbf58_476d_1ce4_e5b9)
        x = (x ^ (x >> 30)) &* 0xbf58_476d_1ce4_e5b9
        x = (x ^ (x >> 27)) &* 0x94d0_49bb_1331_11eb
        x ^= x >> 31
        return x == 0 ? 1 : x
    }

    /// Folds a 64-bit hash to a non-zero 32-bit feature id; the few collisions among a few million
    /// features cost nothing measurable and halve the size of the feature tables.
    @inline(__always)
    static func fold(_ hash: UInt64) -> UInt32 {
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        return folded == 0 ? 1 : folded
    }

    /// A feature id for template `template` over one value.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64) -> UInt32 { fold(mix(mix(template, a), 0x51)) }

    /// A feature id for template `template` over two values.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt32 { fold(mix(mix(mix(template, a), b), 0x52)) }

    /// A feature id for template `template` over three values.
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt32 {
        fold(mix(mix(mix(mix(template, a), b), c), 0x53))
    }
}
