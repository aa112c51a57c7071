import Extraction
import Graph

/// What the HTML viewer's script knows about the graph, as compact JSON: rows are arrays, not
/// objects, and repeated strings (documents, relations, types, dates) and repeated statements
/// (one sentence often states several triples) are interned once, so the whole BBC corpus graph
/// fits in a page that loads fast. Node `i` is the diagram's `n<i>`, edge `i` its `e<i>`;
/// `HTMLViewer.decoder` turns the rows back into objects in the page.
struct ViewerData: Encodable {
    /// Interned strings; other rows refer to them by index.
    var strings: [String] = []
    /// `[name, type, [alias]]`.
    var nodes: [[JSONValue]] = []
    /// `[source, target, relation, class, count, negated 0/1, [statement]]`.
    var edges: [[JSONValue]] = []
    /// `[document, 1-based sentence, days]`; days is `YYYY-MM-DD`, `first..last`, or -1 when undated.
    var statements: [[JSONValue]] = []
    /// Each statement's sentence, by statement index; the page embeds it apart (not encoded here).
    var texts: [String] = []
    /// `[label, quad class, colour]` of each `RelationClass`, in declaration order.
    var classes: [[String]] = RelationClass.allCases.map { [$0.label, $0.quadClass?.rawValue ?? "", $0.color] }
    /// `[type, fill colour]` of each actor type, for actors the page draws itself.
    var typeColors: [[String]] = EntityType.allCases.map { [$0.rawValue, $0.graphvizFillColor] }
    /// The summary's communities, largest first, each its members best-connected first; the summary
    /// diagram draws community `k` as `c<k>`. Empty when the whole graph is drawn.
    var communities: [[Int]] = []
    /// The summary diagram's pair edges `p<j>` as `[community, community]`.
    var summaryPairs: [[Int]] = []

    private var stringIndex: [String: Int] = [:]
    private var statementIndex: [StatementKey: Int] = [:]

    private struct StatementKey: Hashable {
        var document: String, sentence: Int, text: String, days: String?
    }

    // Only these are encoded: the texts go into a script element of their own, the look-up tables are for building.
    private enum CodingKeys: String, CodingKey {
        case strings, nodes, edges, statements, classes, typeColors, communities, summaryPairs
    }

    /// The data of `graph`, with `summary` (nil: the whole graph is drawn).
    /// - Complexity: O(n + e) plus the evidence.
    init(_ graph: KnowledgeGraph, summary: ViewerSummary? = nil) {
        if let summary {
            communities = summary.communities.map { $0.map(\.index) }
            summaryPairs = summary.pairs
        }
        let classOrder = Dictionary(uniqueKeysWithValues: RelationClass.allCases.enumerated().map { ($0.element, $0.offset) })
        for node in graph.nodes {
            nodes.append([.string(node.name), .int(intern(node.type.rawValue)),
                          .array(node.aliases.map(JSONValue.string))])
        }
        for edge in graph.edges {
            let statementRows = edge.evidence.map { evidence in
                internStatement(StatementKey(document: evidence.document, sentence: evidence.sentence + 1,
                                             text: evidence.text, days: evidence.daysText))
            }
            edges.append([.int(edge.source.index), .int(edge.target.index), .int(intern(edge.relation)),
                          .int(classOrder[RelationClass.classify(edge.relation)] ?? 0), .int(edge.count),
                          .int(edge.negated ? 1 : 0), .array(statementRows.map(JSONValue.int))])
        }
    }

    private mutating func intern(_ string: String) -> Int {
        if let index = stringIndex[string] { return index }
        strings.append(string)
        stringIndex[string] = strings.count - 1
        return strings.count - 1
    }

    private mutating func internStatement(_ key: StatementKey) -> Int {
        if let index = statementIndex[key] { return index }
        let row: [JSONValue] = [.int(intern(key.document)), .int(key.sentence), .int(key.days.map { intern($0) } ?? -1)]
        statements.append(row)
        texts.append(key.text)
        statementIndex[key] = statements.count - 1
        return statements.count - 1
    }
}
