import Foundation
import Graph
import Graphviz

/// `timeline … -o FILE`: the statements as a left-to-right chain of boxes in date order (undated last),
/// each labelled with its date and triple, its sentence as the tooltip; drawn by `GraphvizEngine`.
enum TimelineDiagram {
    /// The picture format for `path`'s extension (.svg, .png or .pdf), or a usage error naming it.
    static func format(of path: String) throws -> RenderFormat {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard let format = RenderFormat(rawValue: ext) else {
            let shown = ext.isEmpty ? "no extension" : "unknown extension '.\(ext)'"
            throw CLIError("\(path) has \(shown); use .svg, .png or .pdf", status: ExitStatus.usage)
        }
        return format
    }

    /// The DOT text of the chain.
    /// - Complexity: O(n) in the entries.
    static func dot(_ entries: [TimelineEntry], title: String) -> String {
        var out = "digraph timeline {\n  rankdir=LR;\n  label=\(DOTEscaping.quoted(DOTEscaping.label(title)));\n  labelloc=t;\n"
        out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f4f4\", fontname=\"Helvetica\", fontsize=10];\n"
        for (index, entry) in entries.enumerated() {
            let label = [entry.dateText, entry.subject, entry.relation, entry.object].joined(separator: "\n")
            let tooltip = "\(entry.evidence.text) (\(entry.evidence.document), sentence \(entry.evidence.sentence + 1))"
            // Quoted: evidence quotes speech ("such sincerity"), and an unescaped quote ended the string.
            out += "  s\(index) [label=\(DOTEscaping.quoted(DOTEscaping.label(label))), tooltip=\(DOTEscaping.quoted(DOTEscaping.tooltip(tooltip)))];\n"
            if index > 0 { out += "  s\(index - 1) -> s\(index);\n" }
        }
        return out + "}\n"
    }

    /// Renders the chain and writes it atomically to `output`.
    static func write(_ entries: [TimelineEntry], title: String, to output: String) throws {
        let bytes = try GraphvizEngine.shared.render(dotText: dot(entries, title: title), format: try format(of: output), layout: .dot)
        try AtomicFile.write(Data(bytes), to: output)
    }
}
