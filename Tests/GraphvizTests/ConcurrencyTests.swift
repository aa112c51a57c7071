import XCTest
import Graph
@testable import Graphviz

final class ConcurrencyTests: XCTestCase {
    /// libcgraph/libgvc crash when two threads use them at once; the engine must serialise.
    func testConcurrentRendersAndReadsMatchSerialOnes() async throws {
        let engine = GraphvizEngine.shared
        let graphs = [GraphFixtures.small(), GraphFixtures.hostile(), GraphFixtures.dense(nodes: 20, perNode: 2)]
        let serialSVG = try graphs.map { try engine.render($0, format: .svg) }
        let serialPNG = try graphs.map { try engine.render($0, format: .png) }
        let texts = try graphs.map { try engine.dot(for: $0) }

        try await withThrowingTaskGroup(of: Void.self) { group in
            for round in 0..<8 {
                let index = round % graphs.count
                group.addTask {
                    let svg = try engine.render(graphs[index], format: .svg)
                    XCTAssertEqual(svg, serialSVG[index])
                    let png = try engine.render(graphs[index], format: .png, layout: .dot)
                    XCTAssertEqual(png, serialPNG[index])
                }
                group.addTask {
                    XCTAssertEqual(try engine.graph(fromDOT: texts[index]), graphs[index])
                    XCTAssertEqual(try engine.dot(for: graphs[index]), texts[index])
                    XCTAssertThrowsError(try engine.graph(fromDOT: "digraph { x } digraph { y }"))
                }
            }
            try await group.waitForAll()
        }
    }

    func testConcurrentThreads() {
        let engine = GraphvizEngine.shared
        let graph = GraphFixtures.hostile()
        let expected = try? engine.render(graph, format: .svg)
        DispatchQueue.concurrentPerform(iterations: 8) { round in
            if round.isMultiple(of: 2) {
                XCTAssertEqual(try? engine.render(graph, format: .svg), expected)
            } else {
                XCTAssertEqual(try? engine.graph(fromDOT: engine.dot(for: graph)), graph)
            }
        }
    }
}
