/// Louvain community detection (Blondel et al. 2008) over an undirected weighted graph:
/// local moves that raise modularity, then the communities folded into nodes, until nothing moves.
/// Deterministic: nodes are visited in index order and ties go to the smaller community index.
struct Louvain {
    /// One level's graph: CSR neighbours without self-loops, plus each node's self-loop weight.
    private struct Level {
        var offsets: [Int]
        var neighbors: [Int]
        var weights: [Double]
        var loops: [Double]

        var count: Int { loops.count }

        /// Weighted degree: neighbour weights plus the self-loop counted twice, as in 2m.
        func strength(_ node: Int) -> Double {
            var sum = 2 * loops[node]
            for slot in offsets[node]..<offsets[node + 1] { sum += weights[slot] }
            return sum
        }
    }

    /// How strongly the null model is weighed; 1 is classic modularity, more gives smaller communities.
    var resolution = 1.0
    /// Passes of local moves per level at most, a bound for adversarial inputs.
    var maxPasses = 100

    /// The community of every node of `adjacency`, numbered in order of first appearance by node index.
    /// - Complexity: about O(levels · passes · (V + E)).
    func communities(of adjacency: WeightedAdjacency) -> [Int] {
        var level = Level(offsets: adjacency.offsets, neighbors: adjacency.neighbors.map(\.index),
                          weights: adjacency.weights, loops: [Double](repeating: 0, count: adjacency.nodeCount))
        var membership = Array(0..<adjacency.nodeCount)
        while true {
            let moved = localMoves(level)
            let (renumbered, groups) = Self.renumber(moved)
            if groups == level.count { break }
            membership = membership.map { renumbered[$0] }
            level = Self.fold(level, into: renumbered, groups: groups)
        }
        return Self.renumber(membership).labels
    }

    /// Modularity of `labels` on `adjacency` (with this resolution).
    /// - Complexity: O(V + E).
    func modularity(of labels: [Int], on adjacency: WeightedAdjacency) -> Double {
        let total = adjacency.weights.reduce(0, +)
        guard total > 0 else { return 0 }
        var inside = [Double](repeating: 0, count: adjacency.nodeCount), degree = inside
        for node in 0..<adjacency.nodeCount {
            for slot in adjacency.range(of: node) {
                degree[labels[node]] += adjacency.weights[slot]
                if labels[adjacency.neighbors[slot].index] == labels[node] { inside[labels[node]] += adjacency.weights[slot] }
            }
        }
        return zip(inside, degree).reduce(0) { $0 + $1.0 / total - resolution * ($1.1 / total) * ($1.1 / total) }
    }

    /// Moves nodes one at a time to the neighbouring community with the best modularity gain.
    private func localMoves(_ level: Level) -> [Int] {
        let count = level.count
        var community = Array(0..<count)
        let strength = (0..<count).map(level.strength)
        var totals = strength
        let twiceTotal = strength.reduce(0, +)
        guard twiceTotal > 0 else { return community }
        var linkWeight = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        for _ in 0..<maxPasses {
            var moves = 0
            for node in 0..<count {
                let own = community[node]
                touched.removeAll(keepingCapacity: true)
                for slot in level.offsets[node]..<level.offsets[node + 1] {
                    let other = community[level.neighbors[slot]]
                    if linkWeight[other] == 0 { touched.append(other) }
                    linkWeight[other] += level.weights[slot]
                }
                totals[own] -= strength[node]
                // Gain of joining c, up to terms that do not depend on c: w(node, c) − γ·Σtot(c)·k/2m.
                func gain(_ candidate: Int) -> Double {
                    linkWeight[candidate] - resolution * totals[candidate] * strength[node] / twiceTotal
                }
                var best = own, bestGain = gain(own)
                // The scan below, in ascending order, ends on the best candidate whenever it leads every other
                // (own community included) by more than twice the tolerance: then no sort is needed. Folded
                // levels have nodes with thousands of candidates, and sorting them was a third of the time.
                var second = -Double.infinity, leader = own, leaderGain = bestGain
                for candidate in touched where candidate != own {
                    let value = gain(candidate)
                    if value > leaderGain {
                        second = leaderGain
                        leader = candidate
                        leaderGain = value
                    } else if value > second {
                        second = value
                    }
                }
                if leaderGain - second > 2e-12 {
                    best = leader
                    bestGain = leaderGain
                } else {
                    touched.sort()
                    for candidate in touched {
                        let value = gain(candidate)
                        // Strictly better only: ties keep the node where it is, or the smaller community.
                        if value > bestGain + 1e-12 {
                            best = candidate
                            bestGain = value
                        }
                    }
                }
                totals[best] += strength[node]
                if best != own {
                    community[node] = best
                    moves += 1
                }
                for other in touched { linkWeight[other] = 0 }
                linkWeight[own] = 0
            }
            if moves == 0 { break }
        }
        return community
    }

    /// Labels renumbered 0, 1, … in order of first appearance, and how many there are.
    private static func renumber(_ labels: [Int]) -> (labels: [Int], groups: Int) {
        var map: [Int: Int] = [:]
        let renumbered = labels.map { label in
            if let known = map[label] { return known }
            map[label] = map.count
            return map.count - 1
        }
        return (renumbered, map.count)
    }

    /// The level graph with each community folded into one node; inner weight becomes a self-loop.
    private static func fold(_ level: Level, into labels: [Int], groups: Int) -> Level {
        var loops = [Double](repeating: 0, count: groups)
        var links = [[Int: Double]](repeating: [:], count: groups)
        for node in 0..<level.count {
            loops[labels[node]] += level.loops[node]
            for slot in level.offsets[node]..<level.offsets[node + 1] {
                let from = labels[node], to = labels[level.neighbors[slot]]
                // Each undirected link is seen from both ends: inner links add half each time.
                if from == to { loops[from] += level.weights[slot] / 2 } else { links[from][to, default: 0] += level.weights[slot] }
            }
        }
        var offsets = [0], neighbors: [Int] = [], weights: [Double] = []
        for group in 0..<groups {
            for (other, weight) in links[group].sorted(by: { $0.key < $1.key }) {
                neighbors.append(other)
                weights.append(weight)
            }
            offsets.append(neighbors.count)
        }
        return Level(offsets: offsets, neighbors: neighbors, weights: weights, loops: loops)
    }
}
