import XCTest
import Extraction
import Graph
@testable import Graphviz

/// The viewer's summary of a large graph and its filters: the compact data, and in headless
/// Chromium (skipped without it, see `ViewerBrowserTests.chromium()`) zoom, a click on a
/// community that expands it, evidence of a relation inside it, and the date, type and count
/// filters hiding relations. The summary threshold is lowered so that a small graph has one.
final class ViewerSummaryTests: XCTestCase {
    private var directory = URL(fileURLWithPath: NSTemporaryDirectory())

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-summary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Two groups of four (persons Alpha 1–4 meeting in January 2024, organisations Beta 1–4
    /// attacking one another in March) joined by one undated relation. Edge `e<2k>` is Alpha's,
    /// `e<2k+1>` Beta's, `e12` the bridge.
    static func twoGroups() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let alpha = (1...4).map { graph.addNode(name: "Alpha \($0)", type: .person) }
        let beta = (1...4).map { graph.addNode(name: "Beta \($0)", type: .organization) }
        func link(_ source: NodeID, _ target: NodeID, _ relation: String, _ text: String, date: String?) {
            var evidence = GraphFixtures.evidence(text, document: text.prefix(7).replacingOccurrences(of: " ", with: "") + ".txt")
            evidence.date = date
            graph.addEdge(from: source, to: target, relation: relation, evidence: [evidence])
        }
        for first in 0..<4 {
            for second in first + 1..<4 {
                link(alpha[first], alpha[second], "meet", "Alpha \(first + 1) met Alpha \(second + 1).", date: "2024-01-1\(first)")
                link(beta[first], beta[second], "attack", "Beta \(first + 1) attacked Beta \(second + 1).", date: "2024-03-2\(second)")
            }
        }
        link(alpha[0], beta[0], "criticize", "Alpha 1 criticised Beta 1.", date: nil)
        return graph
    }

    private func page(summarised: Bool) throws -> URL {
        let graph = Self.twoGroups()
        let summary = summarised ? ViewerSummary(graph, threshold: 3) : nil
        let html = try GraphvizEngine.shared.viewer(of: graph, summary: summary, layout: .dot, title: "Summary test").bytes
        let url = directory.appendingPathComponent(summarised ? "summary.html" : "whole.html")
        try Data(html).write(to: url)
        return url
    }

    /// The community (`c<k>`) whose first member is `name`'s node.
    private func community(of name: String) throws -> Int {
        let graph = Self.twoGroups()
        let summary = try XCTUnwrap(ViewerSummary(graph, threshold: 3))
        let node = try XCTUnwrap(graph.node(named: name))
        return try XCTUnwrap(summary.communities.firstIndex { $0.contains(node) })
    }

    func testSummaryDataIsCompactAndDeterministic() throws {
        let graph = Self.twoGroups()
        XCTAssertNil(ViewerSummary(graph), "eight actors are drawn whole")
        let summary = try XCTUnwrap(ViewerSummary(graph, threshold: 3))
        XCTAssertEqual(summary.drawn, 2)
        XCTAssertEqual(Set(summary.communities.map { Set($0.map { graph.nodes[$0.index].name.prefix(4) }) }), [["Alph"], ["Beta"]])
        XCTAssertEqual(summary.graph.nodes.count, 2)
        XCTAssertEqual(summary.graph.pairEdges().count, 1, "the bridge is the one summary edge")
        let first = try GraphvizEngine.shared.viewer(of: graph, summary: summary, layout: .dot, title: "t").bytes
        let second = try GraphvizEngine.shared.viewer(of: graph, summary: ViewerSummary(graph, threshold: 3), layout: .dot, title: "t").bytes
        XCTAssertEqual(first, second, "same graph, same page")
        let json = try HTMLViewer.dataJSON(for: graph, summary: summary)
        XCTAssertEqual(json.components(separatedBy: "\"meet\"").count, 2, "relations are interned once: \(json)")
        XCTAssertTrue(json.contains("\"summaryPairs\":[[0,1]]"), json)
        let text = String(decoding: first, as: UTF8.self)
        XCTAssertTrue(text.contains("<g id=\"c0\" class=\"node\">"), "summary nodes are communities")
        XCTAssertFalse(text.contains("<g id=\"n0\" class=\"node\">"), "n<i> stays an actor's id")
    }

    func testZoomThenClickOnCommunityExpandsItAndShowsEvidence() throws {
        let browser = try ViewerBrowserTests.chromium()
        let url = try page(summarised: true).absoluteString
        let alpha = try community(of: "Alpha 1"), beta = try community(of: "Beta 2")

        let plain = try dump(browser, url)
        let whole = try XCTUnwrap(ViewerBrowserTests.viewBox(in: plain, attribute: "viewBox"), String(plain.prefix(2_000)))
        let zoomed = try dump(browser, url + "?zoom=2")
        let half = try XCTUnwrap(ViewerBrowserTests.viewBox(in: zoomed, attribute: "data-ng-view"), String(zoomed.prefix(1_000)))
        XCTAssertEqual(half[2], whole[2] / 2, accuracy: 0.02)

        let expanded = try dump(browser, url + "?click=c\(alpha)")
        XCTAssertTrue(expanded.contains("data-ng-expanded=\"\(alpha)\""), String(expanded.prefix(2_000)))
        XCTAssertTrue(expanded.contains("<g id=\"n0\" class=\"node\"><title>Alpha 1 (person)</title>"), "Alpha's actors are drawn")
        XCTAssertFalse(expanded.contains("<g id=\"n4\" class=\"node\""), "Beta's are not")
        XCTAssertTrue(expanded.contains("4 actors, 6 relations among them"))

        let evidence = try dump(browser, url + "?click=c\(alpha)&click=e2&zoom=2")
        XCTAssertTrue(evidence.contains("<blockquote>Alpha 1 met Alpha 3.</blockquote>"), String(evidence.prefix(3_000)))
        XCTAssertTrue(evidence.contains("Alpha1.txt, sentence 1, 2024-01-10"))
        XCTAssertTrue(evidence.contains("data-ng-highlight=\"Alpha 1|Alpha 3\""))
        let inside = try XCTUnwrap(ViewerBrowserTests.viewBox(in: evidence, attribute: "data-ng-view"))
        let expandedBox = try XCTUnwrap(Self.svgViewBox(in: expanded, community: alpha), String(expanded.prefix(2_000)))
        XCTAssertEqual(inside[2], expandedBox[2] / 2, accuracy: 0.02, "zoom works on the expanded picture")

        let bridge = try dump(browser, url + "?click=p0")
        XCTAssertTrue(bridge.contains("data-ng-highlight=\"c0|c1\""), String(bridge.prefix(3_000)))
        XCTAssertTrue(bridge.contains(">Alpha 1 → criticize → Beta 1</a>"), "a summary edge lists its relations")

        let searched = try dump(browser, url + "?select=Beta%202")
        XCTAssertTrue(searched.contains("data-ng-expanded=\"\(beta)\""), "selecting an actor expands its community")
        XCTAssertTrue(searched.contains("<g id=\"n5\" class=\"node ng-on ng-selected\">"), String(searched.prefix(3_000)))
    }

    func testDateTypeAndCountFiltersHideRelations() throws {
        let browser = try ViewerBrowserTests.chromium()
        let whole = try page(summarised: false).absoluteString
        let march = try dump(browser, whole + "?since=2024-03&until=2024-03")
        XCTAssertTrue(march.contains("data-ng-shown=\"6/13\""), String(march.prefix(3_000)))
        XCTAssertTrue(march.contains("<g id=\"e0\" class=\"edge ng-hidden\">"), "January is outside the range")
        XCTAssertTrue(march.contains("<g id=\"e1\" class=\"edge\">"), "March is inside")
        XCTAssertTrue(march.contains("<g id=\"e12\" class=\"edge ng-hidden\">"), "undated statements are outside any range")
        XCTAssertTrue(march.contains("<output id=\"ng-date-range\">2024-03 – 2024-03</output>"))
        let all = try dump(browser, whole + "?since=2024-01&until=2024-03")
        XCTAssertTrue(all.contains("data-ng-shown=\"13/13\""), "the whole span filters nothing")
        let people = try dump(browser, whole + "?type=person")
        XCTAssertTrue(people.contains("data-ng-shown=\"6/13\""))
        XCTAssertTrue(people.contains("<g id=\"n4\" class=\"node ng-hidden ng-dim\">"), String(people.prefix(3_000)))
        XCTAssertTrue(try dump(browser, whole + "?min=2").contains("data-ng-shown=\"0/13\""))

        let summary = try page(summarised: true).absoluteString
        let beta = try community(of: "Beta 1")
        let january = try dump(browser, summary + "?since=2024-01&until=2024-01&click=c\(beta)")
        XCTAssertTrue(january.contains("data-ng-shown=\"0/6\""), "the filters apply to an expanded community")
        let hidden = try dump(browser, summary + "?until=2024-01")
        XCTAssertTrue(hidden.contains("<g id=\"p0\" class=\"edge ng-hidden\">"), "the undated bridge leaves the summary")
    }

    /// The viewBox of the expanded community's SVG.
    private static func svgViewBox(in html: String, community: Int) -> [Double]? {
        guard let start = html.range(of: "data-ng-community=\"\(community)\"") else { return nil }
        let tail = String(html[start.lowerBound...])
        let head = String(html[..<start.lowerBound].suffix(300))
        return ViewerBrowserTests.viewBox(in: head + tail, attribute: "viewBox")
    }

    private func dump(_ browser: URL, _ url: String) throws -> String {
        try ViewerBrowserTests.run(browser, ["--dump-dom", url], profile: directory.appendingPathComponent("profile"))
    }
}
