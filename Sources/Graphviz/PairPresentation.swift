import Graph

/// How one pair edge is drawn: its label, colour, direction and tooltip, from every relation
/// between the two actors. Pure, so the choices are testable without Graphviz.
struct PairPresentation: Equatable {
    /// Where the arrowhead goes, relative to the pair's `first` → `second`.
    enum Direction: String {
        case forward, back, none
    }

    /// One relation of the pair, summed over its statements (the same words in either direction
    /// count together for the label; the tooltip keeps directions apart).
    struct Tally: Equatable {
        var relation: String
        var count: Int
    }

    /// The label text: the most frequent relation or two, with counts ("accuse ×7, meet ×3, +2").
    var label: String
    /// The most frequent relation alone ("accuse ×7, +3"), for force layouts, whose labels float
    /// beside the edge and need the room.
    var shortLabel: String
    /// A Graphviz colour list: one colour, or "cooperation:conflict" for two parallel strokes.
    var color: String
    var labelColor: String
    var direction: Direction
    var penWidth: String
    /// True when every statement of every relation was negated.
    var negated: Bool
    var tooltip: String

    /// How many relations the label names at most.
    static let labelledRelations = 2
    /// How many evidence sentences the tooltip quotes.
    static let tooltipSentences = 6
    /// The share of statements running one way above which the pair gets an arrowhead.
    static let directedShare = 2.0 / 3.0
    /// The smaller of cooperation and conflict must reach this share of the two for a split stroke.
    static let splitShare = 0.3

    /// The presentation of `pair` in `graph`.
    /// - Complexity: O(r log r) for the pair's r relations, plus the evidence quoted.
    init(_ pair: PairEdge, in graph: KnowledgeGraph) {
        let members = pair.edges.map { graph.edges[$0.index] }
        var byRelation: [String: Int] = [:]
        var byClass: [RelationClass: Int] = [:]
        for edge in members {
            let words = edge.negated ? "not " + edge.relation : edge.relation
            byRelation[words, default: 0] += edge.count
            byClass[RelationClass.classify(edge.relation), default: 0] += edge.count
        }
        let tallies = byRelation.map { Tally(relation: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.relation < $1.relation }
        label = Self.label(tallies)
        shortLabel = Self.label(tallies, relations: 1)
        let dominant = RelationClass.allCases.max { lhs, rhs in
            let left = byClass[lhs] ?? 0, right = byClass[rhs] ?? 0
            // Equal counts: the earlier class in declaration order wins (max keeps the later on ties).
            return left != right ? left < right : Self.order(lhs) > Self.order(rhs)
        } ?? .unclassified
        (color, labelColor) = Self.colors(byClass: byClass, dominant: dominant)
        direction = Self.direction(forward: pair.forward, backward: pair.backward, loop: pair.first == pair.second)
        penWidth = DOTWriter.penWidth(count: pair.count)
        negated = members.allSatisfy(\.negated)
        tooltip = Self.tooltip(pair, members: members, in: graph)
    }

    /// "accuse ×7, meet ×3, +2": counts shown above one, and how many relations are left out.
    static func label(_ tallies: [Tally], relations: Int = labelledRelations) -> String {
        var parts = tallies.prefix(relations).map { $0.count > 1 ? "\($0.relation) ×\($0.count)" : $0.relation }
        if tallies.count > relations { parts.append("+\(tallies.count - relations)") }
        return parts.joined(separator: ", ")
    }

    /// The dominant class's colour, or cooperation and conflict side by side when both are strong.
    static func colors(byClass: [RelationClass: Int], dominant: RelationClass) -> (line: String, text: String) {
        let cooperation = [RelationClass.consult, .cooperate].map { byClass[$0] ?? 0 }
        let conflict = [RelationClass.demand, .sanction, .coerce].map { byClass[$0] ?? 0 }
        let cooperating = cooperation.reduce(0, +), conflicting = conflict.reduce(0, +)
        let both = cooperating + conflicting
        if both > 0, Double(min(cooperating, conflicting)) >= splitShare * Double(both) {
            let cooperationClass: RelationClass = cooperation[1] > cooperation[0] ? .cooperate : .consult
            let conflictClass = [RelationClass.demand, .sanction, .coerce][conflict.indices.max { conflict[$0] < conflict[$1] } ?? 0]
            return ("\(cooperationClass.color):\(conflictClass.color)", dominant.labelColor)
        }
        return (dominant.color, dominant.labelColor)
    }

    /// An arrowhead when at least two thirds of the statements run one way.
    static func direction(forward: Int, backward: Int, loop: Bool) -> Direction {
        let total = Double(forward + backward)
        if loop || Double(forward) >= directedShare * total { return .forward }
        if Double(backward) >= directedShare * total { return .back }
        return .none
    }

    /// Who is joined, how often each way, every relation with its direction and count, then evidence.
    private static func tooltip(_ pair: PairEdge, members: [KnowledgeGraph.Edge], in graph: KnowledgeGraph) -> String {
        let first = graph.nodes[pair.first.index].name, second = graph.nodes[pair.second.index].name
        let statements = pair.count == 1 ? "1 statement" : "\(pair.count) statements"
        var lines = ["\(first) — \(second): \(statements) (\(pair.forward) \(first) → \(second), \(pair.backward) \(second) → \(first))"]
        let ordered = members.sorted { lhs, rhs in
            lhs.count != rhs.count ? lhs.count > rhs.count : (lhs.relation, lhs.id) < (rhs.relation, rhs.id)
        }
        for edge in ordered {
            let source = graph.nodes[edge.source.index].name, target = graph.nodes[edge.target.index].name
            let times = edge.count == 1 ? "" : " ×\(edge.count)"
            lines.append("\(source) → \(edge.negated ? "not " : "")\(edge.relation) → \(target)\(times) "
                         + "(\(RelationClass.classify(edge.relation).label)\(DiagramStyler.seenText(edge)))")
        }
        let evidence = ordered.flatMap(\.evidence)
        for item in evidence.prefix(tooltipSentences) {
            let date = item.daysText.map { ", " + $0 } ?? ""
            lines.append("• \(item.text.replacingNewlines) — \(item.document), sentence \(item.sentence + 1)\(date)")
        }
        if evidence.count > tooltipSentences { lines.append("(\(evidence.count - tooltipSentences) more)") }
        return lines.joined(separator: "\n")
    }

    private static func order(_ relationClass: RelationClass) -> Int {
        RelationClass.allCases.firstIndex(of: relationClass) ?? 0
    }
}
