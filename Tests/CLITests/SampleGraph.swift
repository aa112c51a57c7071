import Foundation
import Extraction
import Graph

/// A small hand-made graph written with the library's JSON writer, so query tests do not
/// depend on what the extractor finds.
enum SampleGraph {
    static func make() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let russia = graph.addNode(name: "Russia", type: .country, aliases: ["Moscow"])
        let niger = graph.addNode(name: "Niger", type: .country)
        let nigeria = graph.addNode(name: "Nigeria", type: .country)
        let ecowas = graph.addNode(name: "ECOWAS", type: .organization)
        graph.addNode(name: "France", type: .country)
        graph.addEdge(from: russia, to: niger, relation: "dispatch delegation to", evidence: [
            Evidence(document: "a.txt", sentence: 3, text: "Russia dispatched a delegation to Niger.", start: 100, end: 140),
        ])
        graph.addEdge(from: niger, to: ecowas, relation: "leave", evidence: [
            Evidence(document: "a.txt", sentence: 5, text: "Niger left\tECOWAS.", start: 200, end: 218),
            Evidence(document: "b.txt", sentence: 1, text: "Niger quit the bloc.", start: 20, end: 40),
        ])
        graph.addEdge(from: nigeria, to: ecowas, relation: "lead", evidence: [
            Evidence(document: "b.txt", sentence: 2, text: "Nigeria leads ECOWAS.", start: 50, end: 71),
        ])
        return graph
    }

    static func json() throws -> Data { try make().jsonData() }
}
