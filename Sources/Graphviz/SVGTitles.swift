/// Puts tooltips into the `<title>` elements of Graphviz SVG.
///
/// Graphviz 2.43 writes a node's or edge's tooltip only as `xlink:title` on an inner `<a>`,
/// and fills the group's `<title>` with the object's DOT name (`n3`, `n3&#45;&gt;n5`).
/// Browsers show `<title>` on hover everywhere, so it is replaced by the tooltip text.
enum SVGTitles {
    /// `svg` with the `<title>` of every group whose id is a key of `titles` replaced.
    /// - Complexity: O(n) in the length of the SVG.
    static func replace(in svg: String, titles: [String: String]) -> String {
        var out: [Substring] = []
        var pending: String?
        for line in svg.split(separator: "\n", omittingEmptySubsequences: false) {
            if let title = pending {
                pending = nil
                if line.hasPrefix("<title>"), line.hasSuffix("</title>") {
                    out.append(Substring("<title>" + xmlEscaped(title) + "</title>"))
                    continue
                }
            }
            if line.hasPrefix("<g id=\""), line.hasSuffix("\" class=\"node\">") || line.hasSuffix("\" class=\"edge\">") {
                let id = line.dropFirst("<g id=\"".count).prefix { $0 != "\"" }
                pending = titles[String(id)]
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    /// `text` safe inside XML character data and attribute values.
    static func xmlEscaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\0": continue
            default:
                // XML 1.0 forbids most C0 controls even as references.
                if scalar.value < 0x20, scalar != "\n", scalar != "\t", scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
