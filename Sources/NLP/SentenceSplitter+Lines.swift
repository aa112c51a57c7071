/// Line structure of the text under the tokens: line breaks in gaps and hard-wrap detection.
extension SentenceScan {
    /// The line breaks between token `t` and the next one; CR LF counts once.
    func gap(after t: Int) -> Gap {
        var gap = Gap()
        var p = ends[t]
        let end = min(starts[t + 1], scalars.count)
        while p < end {
            switch scalars[p].value {
            case 0x0A, 0x0B, 0x0C, 0x85, 0x2028:
                gap.lineBreaks += 1
                gap.nextLineStart = p + 1
            case 0x0D:
                if p + 1 < end && scalars[p + 1].value == 0x0A { break }
                gap.lineBreaks += 1
                gap.nextLineStart = p + 1
            case 0x2029:
                gap.lineBreaks += 2
                gap.nextLineStart = p + 1
            default:
                break
            }
            p += 1
        }
        return gap
    }

    /// The offset where the line holding `position` starts.
    func lineStartBefore(_ position: Int) -> Int {
        var p = min(position, scalars.count) - 1
        while p >= 0 {
            if Self.isLineBreak(scalars[p].value) { return p + 1 }
            p -= 1
        }
        return 0
    }

    static func isLineBreak(_ value: UInt32) -> Bool {
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The wrap width if the text is hard-wrapped prose: several lines nearly as long as the
    /// longest one, which is at most 100 scalars. Texts with one paragraph per line get nil.
    /// - Complexity: O(n) in the number of scalars.
    static func detectWrapWidth(_ scalars: [Unicode.Scalar]) -> Int? {
        var lengths: [Int] = []
        var length = 0
        for scalar in scalars {
            if isLineBreak(scalar.value) {
                if length > 0 { lengths.append(length) }
                length = 0
            } else {
                length += 1
                if length > 100 { return nil }
            }
        }
        if length > 0 { lengths.append(length) }
        guard lengths.count >= 4, let widest = lengths.max(), widest >= 30 else { return nil }
        let full = lengths.filter { $0 * 10 >= widest * 8 }.count
        return full >= 3 && full * 3 >= lengths.count ? widest : nil
    }
}
