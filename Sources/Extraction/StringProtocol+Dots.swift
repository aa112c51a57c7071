import Foundation

extension StringProtocol {
    /// The string without leading and trailing dots ("Gen." → "Gen"), as `trimmingCharacters(in: ["."])`
    /// gives it; words with no dot at either end (nearly all) skip the Foundation call, which was most of the
    /// cost of title checks made once per token.
    var trimmingDots: String {
        let string = String(self)
        guard string.utf8.first == UInt8(ascii: ".") || string.utf8.last == UInt8(ascii: ".") else { return string }
        return string.trimmingCharacters(in: ["."])
    }
}
