import Foundation
import Graph

/// Builds the single-file interactive viewer: the diagram's SVG inlined, the graph as
/// embedded JSON and a small script, with no network access. Deterministic for a given SVG
/// and graph. For a large graph the SVG is a summary's, whose nodes are renamed `c<k>` so that
/// `n<i>` always means actor `i`.
enum HTMLViewer {
    /// The whole page.
    /// - Complexity: O(s + n + e) for SVG length s and the graph's evidence.
    static func page(svg: String, graph: KnowledgeGraph, summary: ViewerSummary? = nil, title: String) throws -> String {
        var inlineSVG = svg.range(of: "<svg").map { String(svg[$0.lowerBound...]) } ?? svg
        if summary != nil { inlineSVG = inlineSVG.replacingOccurrences(of: "<g id=\"n", with: "<g id=\"c") }
        let data = ViewerData(graph, summary: summary)
        // The sentences are most of the bytes but only needed when evidence is shown, so the page
        // parses them on first use (see `statementText` in the script).
        let json = try scriptJSON(data), texts = try scriptJSON(data.texts)
        let heading = SVGTitles.xmlEscaped(title)
        let shown = summary.map { "\($0.drawn) communities of \(graph.nodes.count) actors, \(graph.edges.count) relations. Click a community to expand it."
        } ?? "\(graph.nodes.count) actors, \(graph.edges.count) relations. Click an actor or a relation."
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
            <title>\(heading)</title>
            <style>
            \(stylesheet)
            </style>
            </head>
            <body>
            <header id="ng-header">
            <h1>\(heading)</h1>
            <div id="ng-search-box"><input id="ng-search" type="search" placeholder="Search actors…" autocomplete="off" aria-label="Search actors"><ul id="ng-matches"></ul></div>
            <form id="ng-path-form"><input id="ng-from" list="ng-names" placeholder="From" aria-label="From actor"> <input id="ng-to" list="ng-names" placeholder="To" aria-label="To actor"> <button type="submit">Shortest path</button> <button type="button" id="ng-clear">Clear</button> <button type="button" id="ng-zoom" aria-pressed="false">Actual size</button> <button type="button" id="ng-fit" title="Wheel zooms, drag pans">Fit selection</button></form>
            <datalist id="ng-names"></datalist>
            \(filterForm)
            <p id="ng-status" role="status">\(shown)</p>
            </header>
            <main id="ng-main">
            <div id="ng-diagram">
            \(inlineSVG)
            </div>
            <aside id="ng-panel"><h2>Details</h2><div id="ng-details">Click an actor to see its neighbourhood, or a relation to read its evidence.</div></aside>
            </main>
            <script type="application/json" id="ng-data">\(json)</script>
            <script type="application/json" id="ng-texts">\(texts)</script>
            <script>
            (function () {
            'use strict';
            \(script)
            \(filterScript)
            \(summaryScript)
            \(navigationScript)
            })();
            </script>
            </body>
            </html>

            """
    }

    /// The graph as JSON safe inside a `<script>` element (see `scriptJSON`), without the
    /// statements' texts, which `textsJSON` holds.
    static func dataJSON(for graph: KnowledgeGraph, summary: ViewerSummary? = nil) throws -> String {
        try scriptJSON(ViewerData(graph, summary: summary))
    }

    /// `value` as JSON safe inside a `<script>` element: `<`, `>`, `&` and the JavaScript line
    /// separators are written as `\\u` escapes, which only occur inside JSON strings, so no
    /// `</script>` or `<!--` can appear. Every piece of data the page embeds goes through here.
    static func scriptJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(value)
        } catch {
            throw GraphvizError.internalError("cannot encode the viewer data: \(error)")
        }
        var out = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
