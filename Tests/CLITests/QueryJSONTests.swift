import Foundation
import XCTest
import Extraction
import Graph

/// `--format json` on the query commands, checked against the schema in docs/query-json.md:
/// exactly the documented keys, with the documented types, and byte-identical on repeat.
final class QueryJSONTests: CLITestCase {
    private func run(_ arguments: String...) throws -> CLIRun { try CLIRunner.run(arguments, in: workDirectory) }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try SampleGraph.json().write(to: workDirectory.appendingPathComponent("g.json"))
    }

    private func object(_ result: CLIRun, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try XCTUnwrap(value as? [String: Any], file: file, line: line)
    }

    private func assertActor(_ value: Any?, file: StaticString = #filePath, line: UInt = #line) {
        let actor = value as? [String: Any]
        XCTAssertEqual(actor.map { Set($0.keys) }, ["key", "name", "type"], file: file, line: line)
        XCTAssertTrue(actor?["name"] is String && actor?["key"] is String, file: file, line: line)
    }

    func testRankStatsComponentsNeighborsAndPathFollowTheSchema() throws {
        let rank = try object(try run("rank", "-g", "g.json", "--top", "2", "--format", "json"))
        XCTAssertEqual(Set(rank.keys), ["by", "actors"])
        let ranked = try XCTUnwrap(rank["actors"] as? [[String: Any]])
        XCTAssertEqual(ranked.map { Set($0.keys) }, [["rank", "score", "actor"], ["rank", "score", "actor"]])
        XCTAssertEqual(ranked.first?["rank"] as? Int, 1)
        assertActor(ranked.first?["actor"])

        let stats = try object(try run("stats", "-g", "g.json", "--format", "json"))
        XCTAssertEqual(Set(stats.keys), ["actors", "relations", "statements", "components", "types", "topActors"])
        XCTAssertEqual(stats["actors"] as? Int, 5)
        XCTAssertEqual(stats["statements"] as? Int, 4)
        XCTAssertEqual((stats["types"] as? [String: Int])?["country"], 4)

        let components = try object(try run("components", "-g", "g.json", "--format", "json"))
        XCTAssertEqual(Set(components.keys), ["count", "components"])
        XCTAssertEqual(components["count"] as? Int, 2)
        let first = try XCTUnwrap((components["components"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["size"] as? Int, 4)
        assertActor((first["actors"] as? [Any])?.first)

        let neighbors = try object(try run("neighbors", "Niger", "-g", "g.json", "--format", "json"))
        XCTAssertEqual(Set(neighbors.keys), ["center", "depth", "reached"])
        let reached = try XCTUnwrap(neighbors["reached"] as? [[String: Any]])
        XCTAssertEqual(reached.compactMap { ($0["actor"] as? [String: Any])?["name"] as? String }, ["ECOWAS", "Russia"])

        let path = try object(try run("path", "Russia", "Nigeria", "-g", "g.json", "--format", "json"))
        XCTAssertEqual(Set(path.keys), ["from", "to", "paths"])
        let hops = try XCTUnwrap((path["paths"] as? [[[String: Any]]])?.first)
        XCTAssertEqual(hops.count, 3)
        XCTAssertEqual(Set(hops[0].keys), ["from", "to", "relation", "negated", "forward", "count", "evidence"])
        XCTAssertEqual(hops[2]["forward"] as? Bool, false, "Nigeria → ECOWAS is walked backwards")
        XCTAssertEqual((hops[0]["evidence"] as? [String: Any])?["document"] as? String, "a.txt")

        let again = try run("path", "Russia", "Nigeria", "-g", "g.json", "--format", "json")
        XCTAssertEqual(again.stdout, try run("path", "Russia", "Nigeria", "-g", "g.json", "--format", "json").stdout)
        assertFails(try run("path", "Russia", "Atlantis", "-g", "g.json", "--format", "json"), status: 2, mentioning: "Atlantis")
    }

    func testCommunitiesListsGroupsWithTopActors() throws {
        let text = try run("communities", "-g", "g.json")
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.hasPrefix("2 communities, modularity "), text.stdout)
        let json = try object(try run("communities", "-g", "g.json", "--format", "json", "--top", "1"))
        XCTAssertEqual(Set(json.keys), ["count", "modularity", "communities"])
        XCTAssertEqual(json["count"] as? Int, 2)
        let groups = try XCTUnwrap(json["communities"] as? [[String: Any]])
        XCTAssertEqual(groups.count, 1)
        XCTAssertEqual(Set(groups[0].keys), ["rank", "size", "innerStatements", "outerStatements", "actors"])
        XCTAssertEqual(groups[0]["size"] as? Int, 4)
        XCTAssertEqual(groups[0]["outerStatements"] as? Int, 0)
        assertActor((groups[0]["actors"] as? [Any])?.first)
    }

    func testPairEdgesAreTheDefaultAndEdgesAllKeepsEveryRelation() throws {
        var graph = SampleGraph.make()
        let russia = try XCTUnwrap(graph.node(named: "Russia")), niger = try XCTUnwrap(graph.node(named: "Niger"))
        graph.addEdge(from: niger, to: russia, relation: "welcome", evidence: [])
        graph.addEdge(from: russia, to: niger, relation: "arm", evidence: [], count: 3)
        try graph.jsonData().write(to: workDirectory.appendingPathComponent("pairs.json"))
        XCTAssertEqual(try run("render", "-g", "pairs.json", "-o", "pairs.svg", "--no-legend").status, 0)
        let pairs = try String(contentsOf: workDirectory.appendingPathComponent("pairs.svg"), encoding: .utf8)
        XCTAssertEqual(pairs.components(separatedBy: "class=\"edge\"").count - 1, 3, "one edge per pair")
        XCTAssertTrue(pairs.contains(">arm ×3, dispatch delegation to, +1</text>"), pairs)
        XCTAssertEqual(try run("render", "-g", "pairs.json", "-o", "all.svg", "--edges", "all").status, 0)
        let all = try String(contentsOf: workDirectory.appendingPathComponent("all.svg"), encoding: .utf8)
        XCTAssertEqual(all.components(separatedBy: "class=\"edge\"").count - 1, 5)
        XCTAssertEqual(try run("render", "-g", "pairs.json", "-o", "c.svg", "--clusters").status, 0)
        let clustered = try String(contentsOf: workDirectory.appendingPathComponent("c.svg"), encoding: .utf8)
        XCTAssertTrue(clustered.contains("stroke=\"#332288\" stroke-width=\"3.5\""), "the largest community is outlined")
        XCTAssertFalse(pairs.contains("#332288"))
    }
}
