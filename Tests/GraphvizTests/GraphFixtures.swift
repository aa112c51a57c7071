import Extraction
import Graph

/// Graphs built for the Graphviz tests.
enum GraphFixtures {
    /// Names that break naive DOT writers: quoting, backslashes (one trailing), line breaks,
    /// HTML-looking text, DOT keywords, Graphviz escapes, non-ASCII and an emoji.
    static let hostileNames: [String] = [
        "say \"hi\"", "back\\slash", "trailing\\", "two\nlines", "<b>bold</b>", "node", "edge",
        "strict", "graph", "Côte d’Ivoire", "🌍 Earth", "\\N", "\\l left \\G", "a & b; &amp;",
        "quote at end\"", "\\\"", "pipe | in name", "",
    ]

    static func evidence(_ text: String, sentence: Int = 0, document: String = "doc.txt") -> Evidence {
        Evidence(document: document, sentence: sentence, text: text, start: sentence * 10, end: sentence * 10 + text.unicodeScalars.count)
    }

    /// A graph whose names, aliases, attributes, relations and evidence are all hostile.
    static func hostile() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let types = EntityType.allCases
        var ids: [NodeID] = []
        for (index, name) in hostileNames.enumerated() {
            let aliases = index.isMultiple(of: 3) ? ["alias|\(index)", "al\\ias \(index)\\"] : []
            let attributes = index.isMultiple(of: 4) ? ["title": name, "key \"\\": "v\n"] : [:]
            ids.append(graph.addNode(name: name, type: types[index % types.count], aliases: aliases, attributes: attributes))
        }
        for index in ids.indices {
            let source = ids[index]
            let target = ids[(index * 7 + 3) % ids.count]
            let relation = hostileNames[(index + 5) % hostileNames.count]
            let first = evidence(hostileNames[index] + " said " + relation, sentence: index, document: hostileNames[index])
            graph.addEdge(from: source, to: target, relation: relation, evidence: [first], count: 1, negated: index.isMultiple(of: 5))
            if index.isMultiple(of: 2) {
                graph.addEdge(from: source, to: target, relation: relation,
                              evidence: [evidence("again \\ \"x\"\n", sentence: index + 1)], count: 2)
            }
        }
        return graph
    }

    /// A small ordinary news graph.
    static func small() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let niger = graph.addNode(name: "Niger", type: .country)
        let russia = graph.addNode(name: "Russia", type: .country, aliases: ["Moscow"])
        let ecowas = graph.addNode(name: "ECOWAS", type: .organization, aliases: ["Ecowas"])
        let tchiani = graph.addNode(name: "Abdourahamane Tchiani", type: .person, attributes: ["title": "General"])
        graph.addEdge(from: niger, to: russia, relation: "sign agreement with",
                      evidence: [evidence("Niger signed an agreement with Russia.")])
        graph.addEdge(from: ecowas, to: niger, relation: "lift sanctions on",
                      evidence: [evidence("ECOWAS lifted sanctions on Niger.", sentence: 1),
                                 evidence("The bloc lifted sanctions.", sentence: 2)])
        graph.addEdge(from: tchiani, to: niger, relation: "lead", evidence: [evidence("Tchiani leads Niger.", sentence: 3)])
        return graph
    }

    /// A random-ish but seeded dense graph with `nodes` nodes and `perNode` edges from each.
    static func dense(nodes: Int, perNode: Int) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let ids = (0..<nodes).map { graph.addNode(name: "Actor \($0)", type: EntityType.allCases[$0 % 6]) }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for source in ids {
            for k in 0..<perNode {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let target = ids[Int((state >> 33) % UInt64(nodes))]
                graph.addEdge(from: source, to: target, relation: "rel \(k)", evidence: [])
            }
        }
        return graph
    }
}
