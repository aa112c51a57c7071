import Extraction
import Graph

/// What the HTML viewer's script knows about the graph, keyed by the SVG ids of the diagram.
struct ViewerData: Encodable {
    struct Node: Encodable {
        var id: String
        var name: String
        var type: String
        var aliases: [String]
    }

    struct Statement: Encodable {
        var document: String
        var sentence: Int
        var text: String
        /// The statement's day or `first..last` days, when known (left out of the JSON otherwise).
        var date: String?
    }

    struct Edge: Encodable {
        var id: String
        var source: String
        var target: String
        var relation: String
        var relationClass: String
        var quadClass: String
        var color: String
        var count: Int
        var negated: Bool
        var evidence: [Statement]
        /// The first and last day the relation was stated, when any statement is dated.
        var firstSeen: String?
        var lastSeen: String?
    }

    var nodes: [Node]
    var edges: [Edge]

    /// - Complexity: O(n + e) plus the evidence.
    init(_ graph: KnowledgeGraph) {
        nodes = graph.nodes.map { Node(id: $0.id.description, name: $0.name, type: $0.type.rawValue, aliases: $0.aliases) }
        edges = graph.edges.map { edge in
            let relationClass = RelationClass.classify(edge.relation)
            let timeline = edge.timeline
            return Edge(id: edge.id.description, source: edge.source.description, target: edge.target.description,
                        relation: edge.relation, relationClass: relationClass.label,
                        quadClass: relationClass.quadClass?.rawValue ?? "", color: relationClass.color,
                        count: edge.count, negated: edge.negated,
                        evidence: edge.evidence.map { evidence in
                            Statement(document: evidence.document, sentence: evidence.sentence + 1, text: evidence.text,
                                      date: evidence.daysText)
                        },
                        firstSeen: timeline.firstSeen, lastSeen: timeline.lastSeen)
        }
    }
}
