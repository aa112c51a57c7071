import Extraction
@testable import Graph

/// Small hand-built graphs shared by the Graph tests.
enum GraphFixtures {
    static func evidence(_ n: Int, _ text: String = "") -> Evidence {
        Evidence(document: "doc.txt", sentence: n, text: text.isEmpty ? "sentence \(n)" : text, start: n * 10, end: n * 10 + 9)
    }

    /// Russia → Niger → ECOWAS → Nigeria, Russia → Mali → Nigeria, plus a lone France → Chad edge.
    static func sahel() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let russia = graph.addNode(name: "Russia", type: .country, aliases: ["Moscow", "Russian Federation"])
        let niger = graph.addNode(name: "Niger", type: .country)
        let ecowas = graph.addNode(name: "ECOWAS", type: .organization, aliases: ["Economic Community of West African States"])
        let nigeria = graph.addNode(name: "Nigeria", type: .country)
        let mali = graph.addNode(name: "Mali", type: .country)
        let france = graph.addNode(name: "France", type: .country)
        let chad = graph.addNode(name: "Chad", type: .country)
        graph.addEdge(from: russia, to: niger, relation: "send delegation to", evidence: [evidence(0, "Russia sent a delegation to Niger.")])
        graph.addEdge(from: niger, to: ecowas, relation: "leave", evidence: [evidence(1)])
        graph.addEdge(from: ecowas, to: nigeria, relation: "meet in", evidence: [evidence(2)])
        graph.addEdge(from: russia, to: mali, relation: "arm", evidence: [evidence(3)])
        graph.addEdge(from: mali, to: nigeria, relation: "border", evidence: [evidence(4)])
        graph.addEdge(from: nigeria, to: niger, relation: "warn", evidence: [evidence(5), evidence(6)])
        graph.addEdge(from: france, to: chad, relation: "withdraw from", evidence: [evidence(7)], negated: true)
        return graph
    }
}
