import Graph

/// What the HTML viewer draws instead of a graph too large to lay out and load quickly: one node
/// per community (the largest `limit` of two or more actors) joined by the relations between
/// their members. The page expands a community into its actors on click, from the embedded data,
/// so Graphviz only ever lays out the summary.
public struct ViewerSummary: Sendable {
    /// Above this many actors the viewer draws a summary (about where dot slows down, see `LayoutLimits`).
    public static let threshold = 150
    /// At most this many communities are drawn; the rest are reached through search.
    public static let limit = 40

    /// Every community, largest first, members best-connected first; the first `drawn` are in the summary.
    public let communities: [[NodeID]]
    /// How many communities the summary draws (as nodes `n<k>` of `graph`, `c<k>` on the page).
    public let drawn: Int
    /// The summary as a graph: node `k` is community `k`, edges are the members' relations between communities.
    public let graph: KnowledgeGraph
    /// The summary's pair edges (`p<j>` in its diagram) as community indices.
    let pairs: [[Int]]

    /// The summary of `graph`, or nil when it has at most `threshold` actors and is drawn whole.
    /// - Complexity: that of `KnowledgeGraph.communities()`, plus O(e).
    public init?(_ graph: KnowledgeGraph, threshold: Int = ViewerSummary.threshold, limit: Int = ViewerSummary.limit) {
        guard graph.nodes.count > threshold else { return nil }
        communities = graph.communities().map(\.members)
        drawn = min(limit, communities.prefix { $0.count > 1 }.count)
        var community = [Int](repeating: -1, count: graph.nodes.count)
        for (index, members) in communities.enumerated() { for member in members { community[member.index] = index } }
        var summary = KnowledgeGraph()
        for (index, members) in communities.prefix(drawn).enumerated() {
            guard let top = members.first else { continue }
            let leader = graph.nodes[top.index]
            // The community is named after its best-connected actors; a unique key keeps it from merging.
            summary.insert(KnowledgeGraph.Node(id: top, key: "community:\(index)", name: "\(leader.name) +\(members.count - 1)",
                                               type: leader.type, aliases: members.dropFirst().prefix(5).map { graph.nodes[$0.index].name },
                                               attributes: [:], records: []))
        }
        let ids = summary.nodes.map(\.id)
        for edge in graph.edges {
            let from = community[edge.source.index], to = community[edge.target.index]
            guard from != to, from >= 0, to >= 0, from < drawn, to < drawn else { continue }
            summary.addEdge(from: ids[from], to: ids[to], relation: edge.relation, evidence: [], count: edge.count, negated: edge.negated)
        }
        self.graph = summary
        pairs = summary.pairEdges().map { [$0.first.index, $0.second.index] }
    }
}
