import Foundation
import XCTest
import Graph
import Graphviz

/// Exports read back by the tools that consume them: networkx, rdflib and Graphviz's `dot`.
final class ReaderConformanceTests: XCTestCase {
    private var files: [URL] = []

    override func tearDown() {
        for file in files { try? FileManager.default.removeItem(at: file) }
        files = []
        super.tearDown()
    }

    private func write(_ text: String, _ ext: String) throws -> String {
        let url = try ExternalReader.temporaryFile(text, extension: ext)
        files.append(url)
        return url.path
    }

    func testNetworkxReadsGraphMLWithSameCountsAndValues() throws {
        try ExternalReader.requirePython(["networkx"])
        let graph = ConformanceFixtures.tricky()
        let path = try write(graph.graphML(), "graphml")
        let script = """
            import json, sys, networkx as nx
            g = nx.read_graphml(sys.argv[1], force_multigraph=True)
            edges = sorted([d['relation'], d['count'], d['negated'], type(d['count']).__name__, type(d['negated']).__name__]
                           for _, _, d in g.edges(data=True))
            print(json.dumps({'kind': type(g).__name__, 'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
                              'labels': sorted(d['label'] for _, d in g.nodes(data=True)),
                              'attrs': sorted(k for _, d in g.nodes(data=True) for k in d if k.startswith('attr.')),
                              'edge_rows': edges}))
            """
        let output = try ExternalReader.python(script, [path])
        let result = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        XCTAssertEqual(result["kind"] as? String, "MultiDiGraph")
        XCTAssertEqual(result["nodes"] as? Int, graph.nodes.count)
        XCTAssertEqual(result["edges"] as? Int, graph.edges.count)
        XCTAssertEqual(result["labels"] as? [String], graph.nodes.map(\.name).sorted())
        XCTAssertEqual(result["attrs"] as? [String], ["attr.capital", "attr.iso", "attr.note"])
        let rows = try XCTUnwrap(result["edge_rows"] as? [[Any]])
        XCTAssertEqual(rows.compactMap { $0[0] as? String }, graph.edges.map(\.relation).sorted())
        XCTAssertTrue(rows.allSatisfy { $0[3] as? String == "int" && $0[4] as? String == "bool" }, "\(rows)")
        XCTAssertEqual(rows.filter { $0[2] as? Bool == true }.count, 1)
        XCTAssertEqual(rows.compactMap { $0[1] as? Int }.reduce(0, +), graph.edges.reduce(0) { $0 + $1.count })
    }

    func testRDFLibParsesNTriplesAndTurtleToTheSameStatements() throws {
        try ExternalReader.requirePython(["rdflib"])
        let graph = ConformanceFixtures.tricky()
        let nTriples = graph.nTriples()
        let ntPath = try write(nTriples, "nt"), ttlPath = try write(graph.turtle(), "ttl")
        let script = """
            import json, sys, rdflib
            from rdflib.namespace import RDF, RDFS
            nt = rdflib.Graph(); nt.parse(sys.argv[1], format='nt')
            ttl = rdflib.Graph(); ttl.parse(sys.argv[2], format='turtle')
            ng = rdflib.Namespace('https://newsgraph.invalid/schema#')
            print(json.dumps({'nt': len(nt), 'ttl': len(ttl), 'same': set(nt) == set(ttl),
                              'labels': sorted(str(o) for s, o in nt.subject_objects(RDFS.label) if (s, RDF.type, ng.Actor) in nt),
                              'statements': len(set(nt.subjects(RDF.type, RDF.Statement))),
                              'evidence': sorted(str(o) for o in nt.objects(None, ng.text)),
                              'counts': sum(int(o) for o in nt.objects(None, ng['count']))}))
            """
        let output = try ExternalReader.python(script, [ntPath, ttlPath])
        let result = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        // Expected size, counted from the graph: 3 per actor + aliases + attributes; 2 per relation name;
        // per edge the direct triple (unless negated) + 6 + 7 per evidence.
        let actorStatements = graph.nodes.reduce(0) { $0 + 3 + $1.aliases.count + $1.attributes.count }
        let relationStatements = 2 * Set(graph.edges.map(\.relation)).count
        let edgeStatements = graph.edges.reduce(0) { $0 + ($1.negated ? 0 : 1) + 6 + 7 * $1.evidence.count }
        let expected = actorStatements + relationStatements + edgeStatements
        XCTAssertEqual(nTriples.split(separator: "\n").count, expected)
        XCTAssertEqual(result["nt"] as? Int, expected)
        XCTAssertEqual(result["ttl"] as? Int, expected)
        XCTAssertEqual(result["same"] as? Bool, true)
        XCTAssertEqual(result["labels"] as? [String], graph.nodes.map(\.name).sorted())
        XCTAssertEqual(result["statements"] as? Int, graph.edges.count)
        XCTAssertEqual(result["evidence"] as? [String], graph.edges.flatMap { $0.evidence.map(\.text) }.sorted())
        XCTAssertEqual(result["counts"] as? Int, graph.edges.reduce(0) { $0 + $1.count })
    }

    func testDotBinaryAcceptsTheDOT() throws {
        try ExternalReader.requireDot()
        let graph = ConformanceFixtures.tricky()
        let path = try write(try GraphvizEngine.shared.dot(for: graph), "dot")
        let result = try ExternalReader.run("dot", ["-Tjson0", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stderr.contains("Error"), result.stderr)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((parsed["objects"] as? [Any])?.count, graph.nodes.count)
        XCTAssertEqual((parsed["edges"] as? [Any])?.count, graph.edges.count)
    }
}
