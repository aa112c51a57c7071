/// Communities of actors, found by Louvain modularity optimisation over the pair edges.
extension KnowledgeGraph {
    /// The graph's communities over pair edges weighted by statements (Louvain, deterministic),
    /// largest first (ties: the one whose best-ranked member ranks higher); an actor with no
    /// edge is a community of its own. `resolution` above 1 gives smaller communities.
    /// - Complexity: about O(levels · passes · (V + E)) plus O(E log E) for the pairs.
    public func communities(resolution: Double = 1) -> [Community] {
        let pairs = pairEdges()
        let labels = Louvain(resolution: resolution).communities(of: WeightedAdjacency(nodeCount: nodes.count, pairs: pairs))
        return communities(labels: labels, pairs: pairs)
    }

    /// Modularity of the partition `communities` on the pair edges (statements as weights).
    /// - Complexity: O(V + E log E).
    public func modularity(of communities: [Community], resolution: Double = 1) -> Double {
        var labels = [Int](repeating: 0, count: nodes.count)
        for (index, community) in communities.enumerated() {
            for member in community.members { labels[member.index] = index }
        }
        return Louvain(resolution: resolution).modularity(of: labels, on: pairAdjacency())
    }

    /// Groups nodes by label, members ranked by `rankByPairDegree`, groups ordered by size.
    private func communities(labels: [Int], pairs: [PairEdge]) -> [Community] {
        let ranking = rankByPairDegree()
        var groups: [Int: Community] = [:]
        var order: [Int] = []
        for node in ranking {
            let label = labels[node.index]
            if groups[label] == nil {
                groups[label] = Community(members: [], innerStatements: 0, outerStatements: 0)
                order.append(label)
            }
            groups[label]?.members.append(node)
        }
        for pair in pairs {
            let first = labels[pair.first.index], second = labels[pair.second.index]
            if first == second {
                groups[first]?.innerStatements += pair.count
            } else {
                groups[first]?.outerStatements += pair.count
                groups[second]?.outerStatements += pair.count
            }
        }
        // `order` lists groups by their best member's rank, which breaks ties between equal sizes.
        let rankOf = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
        return order.sorted { lhs, rhs in
            let left = groups[lhs]?.members.count ?? 0, right = groups[rhs]?.members.count ?? 0
            return left != right ? left > right : rankOf[lhs, default: 0] < rankOf[rhs, default: 0]
        }.compactMap { groups[$0] }
    }
}
