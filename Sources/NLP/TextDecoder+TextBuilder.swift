/// Collects text extracted from markup, collapsing runs of white space the way a browser
/// renders them and keeping at most one blank line between blocks.
struct TextBuilder {
    private var scalars: [Unicode.Scalar] = []
    private var pendingSpace = false
    private var pendingBreaks = 0

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.properties.isWhitespace && scalar.value != 0xA0 {
            pendingSpace = true
            return
        }
        if !scalars.isEmpty {
            if pendingBreaks > 0 {
                scalars.append(contentsOf: repeatElement("\n", count: pendingBreaks))
            } else if pendingSpace {
                scalars.append(" ")
            }
        }
        pendingSpace = false
        pendingBreaks = 0
        scalars.append(scalar)
    }

    /// Ends the current line (`count` 1) or paragraph (`count` 2).
    mutating func lineBreak(_ count: Int) {
        pendingBreaks = max(pendingBreaks, min(count, 2))
    }

    func finish() -> [Unicode.Scalar] { scalars }
}
