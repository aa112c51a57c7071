import Foundation

/// A short fingerprint of a document's bytes, so `build --append` can tell an unchanged article
/// from a changed one without keeping its text.
public enum ContentHash {
    /// 64-bit FNV-1a of `data`, as 16 lower-case hex digits.
    /// - Complexity: O(n) in the size of `data`.
    public static func of(_ data: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
