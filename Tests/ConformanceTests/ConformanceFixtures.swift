import Extraction
import Graph

/// A graph that exercises every escaping rule: quotes, markup, line breaks, non-ASCII, attributes,
/// negation, repeated statements, parallel edges and a self-loop.
enum ConformanceFixtures {
    static func evidence(_ n: Int, _ text: String, document: String = "news/a.txt") -> Evidence {
        Evidence(document: document, sentence: n, text: text, start: n * 100, end: n * 100 + text.unicodeScalars.count)
    }

    static func tricky() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let russia = graph.addNode(name: "Russia", type: .country, aliases: ["Moscow", "Russian Federation"],
                                   attributes: ["capital": "Moscow", "iso": "RU"])
        let niger = graph.addNode(name: "Niger", type: .country)
        let ecowas = graph.addNode(name: "ECOWAS", type: .organization, aliases: ["Economic Community of West African States"])
        let weird = graph.addNode(name: "AT&T \"<Global>\" #1; a,b", type: .organization, aliases: ["a;b", "x_y"])
        let cote = graph.addNode(name: "Côte d'Ivoire", type: .country, attributes: ["note": "line one\nline two"])
        let person = graph.addNode(name: "Abdourahamane Tchiani", type: .person)
        graph.addEdge(from: russia, to: niger, relation: "send delegation to",
                      evidence: [evidence(0, "Russia sent a delegation to Niger."), evidence(4, "Again, Russia \"sent\" one.", document: "news/b.txt")])
        graph.addEdge(from: russia, to: niger, relation: "support", evidence: [evidence(1, "Russia supports Niger's junta.")])
        graph.addEdge(from: niger, to: ecowas, relation: "leave", evidence: [evidence(2, "Niger left ECOWAS\tin 2024.\nIt said so.")])
        graph.addEdge(from: weird, to: cote, relation: "say \"yes\" to <&>", evidence: [evidence(3, "Ünïcode — “quotes” \\ / 😀")])
        graph.addEdge(from: cote, to: cote, relation: "Meet", evidence: [evidence(5, "Self loop.")])
        graph.addEdge(from: cote, to: cote, relation: "meet", evidence: [evidence(6, "Case differs.")])
        graph.addEdge(from: person, to: ecowas, relation: "withdraw from", evidence: [evidence(7, "He did not withdraw.")], negated: true)
        graph.addEdge(from: ecowas, to: person, relation: "warn", evidence: [])
        return graph
    }
}
