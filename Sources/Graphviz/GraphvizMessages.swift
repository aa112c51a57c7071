@preconcurrency import CGraphviz

/// Collects what libcgraph/libgvc report through agerr, so it reaches callers as Swift errors
/// instead of stderr. Only touched with `GraphvizEngine`'s lock held.
enum GraphvizMessages {
    /// Text reported since the last `reset()`; guarded by the engine's lock.
    nonisolated(unsafe) private static var buffer = ""

    /// agerr hands each message over in pieces ("Error", ": ", text); they are concatenated.
    private static let handler: agusererrf = { message in
        if let message { GraphvizMessages.buffer += String(cString: message) }
        return 0
    }

    /// Routes every Graphviz message to the buffer; called once, under the lock.
    static func install() {
        _ = agseterrf(handler)
    }

    /// Forgets earlier messages; called under the lock before each operation.
    static func reset() {
        buffer = ""
        _ = agreseterrors()
    }

    /// The messages so far as one trimmed line, or `fallback` when Graphviz said nothing.
    static func summary(or fallback: String) -> String {
        let lines = buffer.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: " \t") }
            .filter { !$0.isEmpty }
        return lines.isEmpty ? fallback : lines.joined(separator: "; ")
    }

    /// Every message reported so far, one entry per "Error:"/"Warning:" with its
    /// continuation lines joined on, for the notices of an operation that still succeeded.
    static func messages() -> [String] {
        var grouped: [String] = []
        for line in buffer.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let text = line.trimmingCharacters(in: " \t")
            if text.isEmpty { continue }
            if text.hasPrefix("Error") || text.hasPrefix("Warning") || grouped.isEmpty {
                grouped.append(text)
            } else {
                grouped[grouped.count - 1] += " " + text
            }
        }
        return grouped
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
